-module(lists_long_walks).
-export([main/0]).

%% The lists functions that walk or build whole lists (seq, duplicate,
%% flatten, zip, unzip, delete, the key* updates, sum, max, min, last, nth,
%% nthtail, prefix, suffix, sublist, split, droplast, concat) on lists far
%% longer than the chunk Joist's natives handle in one go (they continue
%% through an Erlang call every 65,536 elements so the process can be
%% preempted), on short lists, and on bad arguments: results and error
%% reasons must be OTP's.
main() ->
    N = 300000,
    L = lists:seq(1, N),
    T = [{I, I * 2} || I <- L],
    seqs(),
    dups(),
    folds(L),
    positions(L),
    pieces(L),
    pairs(L, T),
    flat(N),
    edits(L, T),
    strings(L),
    errors(L, T).

sig(X) -> {length(X), erlang:phash2(X)}.

show(Name, V) -> io:format("~s: ~p~n", [Name, V]).

try_it(F) ->
    try F() of V when is_list(V), length(V) > 10 -> {ok, sig(V)};
               V -> {ok, V}
    catch C:E -> {C, E}
    end.

seqs() ->
    show("seq/2", [sig(lists:seq(1, 300000)), sig(lists:seq(-5, 200000)),
                   lists:seq(3, 2), lists:seq(1, 1), lists:seq(5, 9)]),
    show("seq/3", [sig(lists:seq(1, 1000000, 3)), sig(lists:seq(300000, 1, -2)),
                   lists:seq(1, 10, 4), lists:seq(10, 1, -4), lists:seq(7, 7, 0),
                   lists:seq(5, 4, 1), lists:seq(5, 6, -1)]),
    Big = 1 bsl 70,
    S = lists:seq(Big, Big + 200000),
    show("seq bignums", [sig(S), hd(S), lists:last(S),
                         sig(lists:seq(-Big, -Big - 200000, -1)),
                         sig(lists:seq(0, 200000 * Big, Big))]),
    show("seq crossing the small range",
         [sig(lists:seq((1 bsl 59) - 100000, (1 bsl 59) + 100000))]).

dups() ->
    D = lists:duplicate(300000, x),
    show("duplicate", [length(D), lists:usort(D), lists:duplicate(0, y),
                       lists:duplicate(3, [a]), sig(lists:duplicate(65536, 1)),
                       sig(lists:duplicate(65537, {t}))]).

folds(L) ->
    show("sum", [lists:sum(L), lists:sum([]), lists:sum([1, 2.5]),
                 lists:sum(lists:duplicate(200000, 1 bsl 60)),
                 lists:sum(L ++ [0.5])]),
    Mixed = [X rem 1000 || X <- L] ++ [1000.0, 1000, 999] ++ [X rem 1000 || X <- L],
    show("max", [lists:max(L), lists:max(Mixed), lists:max([b, 1, "a", {}])]),
    show("min", [lists:min(L), lists:min([0.0 | Mixed] ++ [0]),
                 lists:min([b, 1, "a", {}])]),
    show("last", [lists:last(L), lists:last([x]), lists:last(lists:seq(1, 65536))]).

positions(L) ->
    show("nth", [lists:nth(1, L), lists:nth(300000, L), lists:nth(65536, L),
                 lists:nth(65537, L), lists:nth(131073, L)]),
    show("nthtail", [lists:nthtail(299998, L), lists:nthtail(300000, L),
                     length(lists:nthtail(65536, L)), lists:nthtail(0, [a])]),
    show("prefix", [lists:prefix(L, L), lists:prefix(lists:seq(1, 200000), L),
                    lists:prefix(L ++ [x], L), lists:prefix(L, L ++ [x]),
                    lists:prefix(lists:seq(1, 200000) ++ [0], L), lists:prefix([], [])]),
    show("suffix", [lists:suffix(lists:seq(100001, 300000), L),
                    lists:suffix(lists:seq(100000, 300000), L), lists:suffix(L, L),
                    lists:suffix([x | L], L), lists:suffix([], L)]).

pieces(L) ->
    show("sublist/2", [sig(lists:sublist(L, 200000)), sig(lists:sublist(L, 400000)),
                       lists:sublist(L, 0), lists:sublist(L, 3),
                       sig(lists:sublist(L, 1 bsl 80))]),
    show("sublist/3", [lists:sublist(L, 299998, 5), sig(lists:sublist(L, 70000, 200000)),
                       lists:sublist(L, 400000, 3), lists:sublist(L, 300001, 2),
                       lists:sublist([a, b], 3, 1), lists:sublist(L, 1 bsl 70, 2)]),
    {A, B} = lists:split(200000, L),
    {C, D} = lists:split(300000, L),
    {E, F} = lists:split(0, L),
    show("split", [sig(A), sig(B), sig(C), D, E, sig(F), lists:split(2, [a, b, c])]),
    show("droplast", [sig(lists:droplast(L)), lists:droplast([a]), lists:droplast([a, b]),
                      lists:last(lists:droplast(L))]).

pairs(L, T) ->
    Z = lists:zip(L, lists:reverse(L)),
    show("zip", [sig(Z), hd(Z), lists:last(Z), lists:zip([], []), lists:zip([a], [b])]),
    {Xs, Ys} = lists:unzip(T),
    show("unzip", [sig(Xs), sig(Ys), lists:unzip([]), lists:unzip([{a, b}, {c, d}]),
                   lists:unzip(lists:zip(lists:seq(1, 40000), lists:seq(1, 40000))) =:=
                       {lists:seq(1, 40000), lists:seq(1, 40000)}]).

flat(N) ->
    Deep = [[X, [X, [[X]]], []] || X <- lists:seq(1, N div 3)],
    F = lists:flatten(Deep),
    Nested = lists:foldl(fun(X, Acc) -> [Acc, X] end, [], lists:seq(1, 100000)),
    Right = lists:foldl(fun(X, Acc) -> [X, Acc] end, [], lists:seq(1, 100000)),
    show("flatten", [sig(F), lists:sublist(F, 7), sig(lists:flatten(Nested)),
                     sig(lists:flatten(Right)), lists:flatten([]), lists:flatten([[], [[]]]),
                     lists:flatten([a, [b, [c]], "de"]),
                     sig(lists:flatten(lists:duplicate(100000, []) ++ [x]))]),
    show("flatten/2", [sig(lists:flatten(Deep, [tail])), lists:flatten([[a], b], [c])]).

edits(L, T) ->
    show("delete", [sig(lists:delete(250000, L)), sig(lists:delete(x, L)),
                    sig(lists:delete(1, L)), lists:delete(1.0, [1, 1.0, 1]),
                    lists:delete(a, [])]),
    show("keydelete", [sig(lists:keydelete(250000, 1, T)), sig(lists:keydelete(x, 1, T)),
                       sig(lists:keydelete(400000.0, 2, T)), lists:keydelete(a, 1, [{a}, {a, 1}]),
                       lists:keydelete(a, 5, [{a}]), sig(lists:keydelete(a, 1 bsl 70, T))]),
    show("keyreplace", [sig(lists:keyreplace(250000, 1, T, {new})),
                        lists:nth(250000, lists:keyreplace(250000, 1, T, {new})),
                        sig(lists:keyreplace(x, 1, T, {new})),
                        lists:keyreplace(a, 1, [{b}, {a}, {a}], {c})]),
    S = lists:keystore(x, 1, T, {x, y}),
    show("keystore", [sig(S), lists:last(S), sig(lists:keystore(299999, 1, T, {new})),
                      lists:nth(299999, lists:keystore(299999, 1, T, {new})),
                      lists:keystore(a, 1, [], {a, 1})]).

strings(L) ->
    Things = [a, 12, 1.5, "str", [$x, [$y]], -7, 'B c'],
    C = lists:concat(lists:duplicate(30000, Things)),
    show("concat", [sig(C), lists:sublist(C, 40), lists:concat([]), lists:concat([1 bsl 70, x])]),
    show("concat of a long list", [sig(lists:concat(lists:sublist(L, 100000)))]).

errors(L, T) ->
    Bad = L ++ improper,
    Short = [1, 2 | bad],
    Cases = [
        {seq2_float, fun() -> lists:seq(1.0, 5) end},
        {seq2_down, fun() -> lists:seq(5, 3) end},
        {seq2_atom, fun() -> lists:seq(a, 3) end},
        {seq3_zero, fun() -> lists:seq(1, 5, 0) end},
        {seq3_wrong_way, fun() -> lists:seq(1, 5, -1) end},
        {seq3_float, fun() -> lists:seq(1, 5, 1.0) end},
        {duplicate_neg, fun() -> lists:duplicate(-1, x) end},
        {duplicate_float, fun() -> lists:duplicate(1.0, x) end},
        {sum_improper, fun() -> lists:sum(Bad) end},
        {sum_atom, fun() -> lists:sum(L ++ [a]) end},
        {sum_not_list, fun() -> lists:sum(x) end},
        {max_empty, fun() -> lists:max([]) end},
        {max_improper, fun() -> lists:max(Bad) end},
        {min_improper, fun() -> lists:min(Short) end},
        {last_empty, fun() -> lists:last([]) end},
        {last_improper, fun() -> lists:last(Bad) end},
        {nth_zero, fun() -> lists:nth(0, L) end},
        {nth_past, fun() -> lists:nth(300001, L) end},
        {nth_improper, fun() -> lists:nth(300001, Bad) end},
        {nth_float, fun() -> lists:nth(1.0, L) end},
        {nth_atom, fun() -> lists:nth(a, L) end},
        {nthtail_past, fun() -> lists:nthtail(300001, L) end},
        {nthtail_improper, fun() -> lists:nthtail(300001, Bad) end},
        {nthtail_zero_bad, fun() -> lists:nthtail(0, x) end},
        {nthtail_neg, fun() -> lists:nthtail(-1, L) end},
        {prefix_improper, fun() -> lists:prefix(Bad, Bad) end},
        {prefix_not_list, fun() -> lists:prefix(L, L ++ x) end},
        {suffix_improper, fun() -> lists:suffix([a], Bad) end},
        {sublist_neg, fun() -> lists:sublist(L, -1) end},
        {sublist_improper, fun() -> lists:sublist(Bad, 400000) end},
        {sublist_within, fun() -> length(lists:sublist(Bad, 300000)) end},
        {sublist3_zero, fun() -> lists:sublist(L, 0, 2) end},
        {sublist3_improper, fun() -> lists:sublist(Bad, 400000, 1) end},
        {sublist3_neg_len, fun() -> lists:sublist(L, 2, -1) end},
        {split_past, fun() -> lists:split(300001, L) end},
        {split_improper, fun() -> lists:split(300001, Bad) end},
        {split_neg, fun() -> lists:split(-1, L) end},
        {split_not_list, fun() -> lists:split(1, x) end},
        {droplast_empty, fun() -> lists:droplast([]) end},
        {droplast_improper, fun() -> lists:droplast(Bad) end},
        {zip_short, fun() -> lists:zip(L, tl(L)) end},
        {zip_long, fun() -> lists:zip(tl(L), L) end},
        {zip_improper, fun() -> lists:zip(Bad, Bad) end},
        {unzip_bad, fun() -> lists:unzip(T ++ [{a}]) end},
        {unzip_improper, fun() -> lists:unzip(T ++ x) end},
        {flatten_improper, fun() -> lists:flatten([L, [a | b]]) end},
        {flatten_not_list, fun() -> lists:flatten(x) end},
        {flatten_deep_improper, fun() -> lists:flatten(Bad) end},
        {delete_improper, fun() -> lists:delete(x, Bad) end},
        {delete_found_before_bad, fun() -> length(lists:delete(5, Bad)) end},
        {keydelete_zero, fun() -> lists:keydelete(a, 0, T) end},
        {keydelete_improper, fun() -> lists:keydelete(a, 1, T ++ x) end},
        {keyreplace_not_tuple, fun() -> lists:keyreplace(a, 1, T, new) end},
        {keyreplace_improper, fun() -> lists:keyreplace(a, 1, T ++ x, {n}) end},
        {keystore_improper, fun() -> lists:keystore(a, 1, T ++ x, {n}) end},
        {keystore_pos, fun() -> lists:keystore(a, a, T, {n}) end},
        {concat_bad, fun() -> lists:concat([a, {b}]) end},
        {concat_improper, fun() -> lists:concat([a | b]) end},
        {concat_improper_item, fun() -> lists:concat([[1 | 2], a]) end}
    ],
    [show(atom_to_list(Name), try_it(F)) || {Name, F} <- Cases],
    ok.
