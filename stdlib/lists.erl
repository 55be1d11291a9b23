%% lists -- list processing functions, written in Joist (Level 1 Erlang).
%%
%% Mirrors the `lists` module of Erlang/OTP 25: same exports, same results,
%% same error reasons for bad arguments (normally `function_clause`, or
%% `{case_clause, X}` where OTP 25 uses a `case` on the argument).
%%
%% The following `lists` functions are native (implemented in Rust by the VM)
%% and are therefore NOT defined here, although this module calls them:
%%   reverse/1,2 member/2 keyfind/3 keymember/3 keysearch/3 sort/1 usort/1
%%   append/2 nth/2 nthtail/2 last/1 seq/2,3 sum/1 max/1 min/1 flatten/1
%%   duplicate/2 delete/2 subtract/2 keydelete/3 keystore/4 keyreplace/4
%%   keysort/2 zip/2 unzip/1 split/2 sublist/2,3 prefix/2 droplast/1
%%
%% Sorting and merging with an ordering fun (sort/2, usort/2, merge/3, ...)
%% gives exactly OTP's result whenever the fun is a consistent ordering
%% ("less than or equal", a total preorder).  For inconsistent funs the
%% result may differ from OTP's (OTP's is unspecified too), and the order
%% and number of calls to the fun differ from OTP's.
%%
%% Calls to native functions are written `lists:f(...)`; calls to functions
%% of this module are local, so the file can be compiled under another
%% module name and compared with OTP's real `lists` (see test/compare.sh).

-module(lists).

-export([all/2, any/2, append/1, concat/1, suffix/2, dropwhile/2, enumerate/1, enumerate/2,
         filter/2, filtermap/2, flatlength/1, flatmap/2, flatten/2,
         foldl/3, foldr/3, foreach/2, join/2, keymap/3, keymerge/3,
         keytake/3, map/2, mapfoldl/3, mapfoldr/3, merge/1, merge/2,
         merge/3, merge3/3, partition/2, rkeymerge/3, rmerge/2, rmerge/3,
         rmerge3/3, rukeymerge/3, rumerge/2, rumerge/3, rumerge3/3,
         search/2, sort/2, splitwith/2, takewhile/2, ukeymerge/3,
         ukeysort/2, umerge/1, umerge/2, umerge/3, umerge3/3, uniq/1,
         uniq/2, unzip3/1, usort/2, zf/2, zip3/3, zipwith/3, zipwith3/4, '$reverse'/2, '$member'/2, '$keyfind'/3, '$keymember'/3, '$keysearch'/3, '$length'/3, '$append'/4, '$append_build'/2, '$subtract_count'/4, '$subtract'/6, '$subtract_build'/3, '$sort'/2, '$sort_runs'/3, '$merge'/3,
         '$seq'/4, '$binary_to_list'/4, '$iolist'/4, '$duplicate'/3, '$sum'/2, '$max'/2, '$min'/2, '$last'/2,
         '$nth'/2, '$nthtail'/2, '$prefix'/2, '$sublist'/3, '$take'/3,
         '$split'/3, '$split_rev'/3, '$droplast'/2, '$zip'/3, '$unzip'/3,
         '$unzip_rev'/4, '$flatten'/3, '$delete'/5, '$keydelete'/5,
         '$keyreplace'/5, '$keystore'/5]).

%% ---------------------------------------------------------------------
%% Higher-order functions
%% ---------------------------------------------------------------------

all(Pred, List) when is_function(Pred, 1) ->
    case List of
        [H | T] ->
            case Pred(H) of
                true -> all_1(Pred, T);
                false -> false
            end;
        [] -> true
    end.

all_1(Pred, [H | T]) ->
    case Pred(H) of
        true -> all_1(Pred, T);
        false -> false
    end;
all_1(_Pred, []) -> true.

any(Pred, List) when is_function(Pred, 1) ->
    case List of
        [H | T] ->
            case Pred(H) of
                true -> true;
                false -> any_1(Pred, T)
            end;
        [] -> false
    end.

any_1(Pred, [H | T]) ->
    case Pred(H) of
        true -> true;
        false -> any_1(Pred, T)
    end;
any_1(_Pred, []) -> false.

map(F, List) when is_function(F, 1) ->
    case List of
        [H | T] ->
            V = F(H),
            [V | map_1(F, T)];
        [] -> []
    end.

map_1(F, [H | T]) ->
    V = F(H),
    [V | map_1(F, T)];
map_1(_F, []) -> [].

flatmap(F, List) when is_function(F, 1) ->
    flatmap_1(F, List).

flatmap_1(F, [H | T]) ->
    V = F(H),
    V ++ flatmap_1(F, T);
flatmap_1(_F, []) -> [].

foldl(F, Acc, List) when is_function(F, 2) ->
    case List of
        [H | T] -> foldl_1(F, F(H, Acc), T);
        [] -> Acc
    end.

foldl_1(F, Acc, [H | T]) -> foldl_1(F, F(H, Acc), T);
foldl_1(_F, Acc, []) -> Acc.

foldr(F, Acc, List) when is_function(F, 2) ->
    foldr_1(F, Acc, List).

foldr_1(F, Acc, [H | T]) -> F(H, foldr_1(F, Acc, T));
foldr_1(_F, Acc, []) -> Acc.

filter(Pred, List) when is_function(Pred, 1) ->
    [E || E <- List, Pred(E)].

partition(Pred, List) when is_function(Pred, 1) ->
    partition_1(Pred, List, [], []).

partition_1(Pred, [H | T], As, Bs) ->
    case Pred(H) of
        true -> partition_1(Pred, T, [H | As], Bs);
        false -> partition_1(Pred, T, As, [H | Bs])
    end;
partition_1(_Pred, [], As, Bs) ->
    {lists:reverse(As), lists:reverse(Bs)}.

filtermap(F, List) when is_function(F, 1) ->
    filtermap_1(F, List).

filtermap_1(F, [H | T]) ->
    case F(H) of
        true -> [H | filtermap_1(F, T)];
        {true, V} -> [V | filtermap_1(F, T)];
        false -> filtermap_1(F, T)
    end;
filtermap_1(_F, []) -> [].

zf(F, List) -> filtermap(F, List).

foreach(F, List) when is_function(F, 1) ->
    foreach_1(F, List).

foreach_1(F, [H | T]) ->
    F(H),
    foreach_1(F, T);
foreach_1(_F, []) -> ok.

mapfoldl(F, Acc, List) when is_function(F, 2) ->
    mapfoldl_1(F, Acc, List).

mapfoldl_1(F, Acc0, [H | T]) ->
    {R, Acc1} = F(H, Acc0),
    {Rs, Acc2} = mapfoldl_1(F, Acc1, T),
    {[R | Rs], Acc2};
mapfoldl_1(_F, Acc, []) -> {[], Acc}.

mapfoldr(F, Acc, List) when is_function(F, 2) ->
    mapfoldr_1(F, Acc, List).

mapfoldr_1(F, Acc0, [H | T]) ->
    {Rs, Acc1} = mapfoldr_1(F, Acc0, T),
    {R, Acc2} = F(H, Acc1),
    {[R | Rs], Acc2};
mapfoldr_1(_F, Acc, []) -> {[], Acc}.

takewhile(Pred, List) when is_function(Pred, 1) ->
    takewhile_1(Pred, List).

takewhile_1(Pred, [H | T]) ->
    case Pred(H) of
        true -> [H | takewhile_1(Pred, T)];
        false -> []
    end;
takewhile_1(_Pred, []) -> [].

dropwhile(Pred, List) when is_function(Pred, 1) ->
    dropwhile_1(Pred, List).

dropwhile_1(Pred, [H | T] = Rest) ->
    case Pred(H) of
        true -> dropwhile_1(Pred, T);
        false -> Rest
    end;
dropwhile_1(_Pred, []) -> [].

search(Pred, List) when is_function(Pred, 1) ->
    search_1(Pred, List).

search_1(Pred, [H | T]) ->
    case Pred(H) of
        true -> {value, H};
        false -> search_1(Pred, T)
    end;
search_1(_Pred, []) -> false.

splitwith(Pred, List) when is_function(Pred, 1) ->
    splitwith_1(Pred, List, []).

splitwith_1(Pred, [H | T], Taken) ->
    case Pred(H) of
        true -> splitwith_1(Pred, T, [H | Taken]);
        false -> {lists:reverse(Taken), [H | T]}
    end;
splitwith_1(_Pred, [], Taken) ->
    {lists:reverse(Taken), []}.

%% ---------------------------------------------------------------------
%% Zipping
%% ---------------------------------------------------------------------

zip3([X | Xs], [Y | Ys], [Z | Zs]) -> [{X, Y, Z} | zip3(Xs, Ys, Zs)];
zip3([], [], []) -> [].

unzip3(Ts) -> unzip3(Ts, [], [], []).

unzip3([{X, Y, Z} | Ts], Xs, Ys, Zs) ->
    unzip3(Ts, [X | Xs], [Y | Ys], [Z | Zs]);
unzip3([], Xs, Ys, Zs) ->
    {lists:reverse(Xs), lists:reverse(Ys), lists:reverse(Zs)}.

zipwith(F, [X | Xs], [Y | Ys]) ->
    V = F(X, Y),
    [V | zipwith(F, Xs, Ys)];
zipwith(F, [], []) when is_function(F, 2) -> [].

zipwith3(F, [X | Xs], [Y | Ys], [Z | Zs]) ->
    V = F(X, Y, Z),
    [V | zipwith3(F, Xs, Ys, Zs)];
zipwith3(F, [], [], []) when is_function(F, 3) -> [].

enumerate(List) -> enumerate(1, List).

enumerate(Index, List) when is_integer(Index), is_list(List) ->
    enumerate_1(Index, List).

enumerate_1(Index, [H | T]) -> [{Index, H} | enumerate_1(Index + 1, T)];
enumerate_1(_Index, []) -> [].

%% ---------------------------------------------------------------------
%% Flattening, appending, joining
%% ---------------------------------------------------------------------

append([E]) -> E;
append([H | T]) -> H ++ append(T);
append([]) -> [].

flatten(List, Tail) when is_list(List), is_list(Tail) ->
    do_flatten(List, Tail).

do_flatten([H | T], Tail) when is_list(H) ->
    do_flatten(H, do_flatten(T, Tail));
do_flatten([H | T], Tail) ->
    [H | do_flatten(T, Tail)];
do_flatten([], Tail) -> Tail.

concat(List) -> flatmap(fun thing_to_list/1, List).

thing_to_list(X) when is_integer(X) -> integer_to_list(X);
thing_to_list(X) when is_float(X) -> float_to_list(X);
thing_to_list(X) when is_atom(X) -> atom_to_list(X);
thing_to_list(X) when is_list(X) -> X.

suffix(Suffix, List) ->
    Delta = length(List) - length(Suffix),
    Delta >= 0 andalso lists:nthtail(Delta, List) =:= Suffix.

flatlength(List) -> flatlength(List, 0).

flatlength([H | T], L) when is_list(H) -> flatlength(H, flatlength(T, L));
flatlength([_ | T], L) -> flatlength(T, L + 1);
flatlength([], L) -> L.

join(_Sep, []) -> [];
join(Sep, [H | T]) -> [H | join_prepend(Sep, T)].

join_prepend(_Sep, []) -> [];
join_prepend(Sep, [H | T]) -> [Sep, H | join_prepend(Sep, T)].

%% ---------------------------------------------------------------------
%% Removing duplicates
%% ---------------------------------------------------------------------

%% Duplicates are detected with exact equality (=:=), as map keys are.
uniq(List) when is_list(List) -> uniq_1(List, #{}).

uniq_1([X | Xs], Seen) ->
    case maps:is_key(X, Seen) of
        true -> uniq_1(Xs, Seen);
        false -> [X | uniq_1(Xs, maps:put(X, true, Seen))]
    end;
uniq_1([], _Seen) -> [].

uniq(F, List) when is_function(F, 1), is_list(List) -> uniq_2(List, F, #{}).

uniq_2([X | Xs], F, Seen) ->
    Key = F(X),
    case maps:is_key(Key, Seen) of
        true -> uniq_2(Xs, F, Seen);
        false -> [X | uniq_2(Xs, F, maps:put(Key, true, Seen))]
    end;
uniq_2([], _F, _Seen) -> [].

%% ---------------------------------------------------------------------
%% Tuple lists
%% ---------------------------------------------------------------------

keytake(Key, N, L) when is_integer(N), N > 0 ->
    keytake(Key, N, L, []).

keytake(Key, N, [H | T], L) when element(N, H) == Key ->
    {value, H, lists:reverse(L, T)};
keytake(Key, N, [H | T], L) ->
    keytake(Key, N, T, [H | L]);
keytake(_Key, _N, [], _L) -> false.

keymap(Fun, Index, [Tup | Tail]) ->
    V = Fun(element(Index, Tup)),
    [setelement(Index, Tup, V) | keymap(Fun, Index, Tail)];
keymap(Fun, Index, []) when is_integer(Index), Index >= 1,
                            is_function(Fun, 1) -> [].

%% Stable: tuples of TupleList1 go before tuples of TupleList2 with an
%% equal key.
keymerge(Index, L1, L2) when is_integer(Index), Index > 0 ->
    case L2 of
        [] -> L1;
        [_ | _] -> lists:reverse(keymerge_1(Index, L1, L2, []), [])
    end.

keymerge_1(I, [H1 | T1] = L1, [H2 | T2] = L2, Acc) ->
    case element(I, H1) =< element(I, H2) of
        true -> keymerge_1(I, T1, L2, [H1 | Acc]);
        false -> keymerge_1(I, L1, T2, [H2 | Acc])
    end;
keymerge_1(_I, [], L2, Acc) -> lists:reverse(L2, Acc);
keymerge_1(_I, L1, [], Acc) -> lists:reverse(L1, Acc).

%% Tuples of TupleList1 win over tuples of TupleList2 with an equal key.
ukeymerge(Index, L1, L2) when is_integer(Index), Index > 0 ->
    case L1 of
        [] -> L2;
        [_ | _] -> lists:reverse(ukeymerge_1(Index, L1, L2, []), [])
    end.

ukeymerge_1(I, [H1 | T1] = L1, [H2 | T2] = L2, Acc) ->
    E1 = element(I, H1),
    E2 = element(I, H2),
    if
        E1 == E2 -> ukeymerge_1(I, T1, T2, [H1 | Acc]);
        E1 < E2 -> ukeymerge_1(I, T1, L2, [H1 | Acc]);
        true -> ukeymerge_1(I, L1, T2, [H2 | Acc])
    end;
ukeymerge_1(_I, [], L2, Acc) -> lists:reverse(L2, Acc);
ukeymerge_1(_I, L1, [], Acc) -> lists:reverse(L1, Acc).

%% reverse(rkeymerge(I, reverse(A), reverse(B))) =:= keymerge(I, A, B)
rkeymerge(Index, L1, L2) when is_integer(Index), Index > 0 ->
    case L2 of
        [] -> L1;
        [_ | _] ->
            lists:reverse(keymerge(Index, lists:reverse(L1),
                                   lists:reverse(L2)))
    end.

%% reverse(rukeymerge(I, reverse(A), reverse(B))) =:= ukeymerge(I, A, B)
rukeymerge(Index, L1, L2) when is_integer(Index), Index > 0 ->
    case L2 of
        [] -> L1;
        [_ | _] ->
            lists:reverse(ukeymerge(Index, lists:reverse(L1),
                                    lists:reverse(L2)))
    end.

%% Sorts on element Index, keeping only the first of tuples whose keys
%% compare equal (==).
ukeysort(Index, L) when is_integer(Index), Index > 0 ->
    case L of
        [] -> L;
        [_] -> L;
        [_, _ | _] ->
            ukeysort_dedup(Index, lists:keysort(Index, L))
    end.

ukeysort_dedup(I, [H | T]) -> ukeysort_dedup(I, H, element(I, H), T).

ukeysort_dedup(I, Prev, PK, [H | T]) ->
    K = element(I, H),
    case K == PK of
        true -> ukeysort_dedup(I, Prev, PK, T);
        false -> [Prev | ukeysort_dedup(I, H, K, T)]
    end;
ukeysort_dedup(_I, Prev, _PK, []) -> [Prev].

%% ---------------------------------------------------------------------
%% Sorting and merging with the standard term order
%% ---------------------------------------------------------------------

%% merge(ListOfLists): on equal elements, the one from the list with the
%% lowest position in ListOfLists comes first.
merge(L) -> merge_all(L).

merge_all([]) -> [];
merge_all([L]) when is_list(L) -> L;
merge_all([_ | _] = Ls) -> merge_all(merge_pairs(Ls)).

merge_pairs([A, B | Rest]) -> [merge(A, B) | merge_pairs(Rest)];
merge_pairs([A]) when is_list(A) -> [A];
merge_pairs([]) -> [].

merge(T1, []) -> T1;
merge(T1, [_ | _] = T2) -> lists:reverse(merge_1(T1, T2, []), []).

merge_1([H1 | T1] = L1, [H2 | T2] = L2, Acc) ->
    case H1 =< H2 of
        true -> merge_1(T1, L2, [H1 | Acc]);
        false -> merge_1(L1, T2, [H2 | Acc])
    end;
merge_1([], L2, Acc) -> lists:reverse(L2, Acc);
merge_1(L1, [], Acc) -> lists:reverse(L1, Acc).

merge3(L1, [], L3) -> merge(L1, L3);
merge3(L1, L2, []) -> merge(L1, L2);
merge3(L1, [_ | _] = L2, [_ | _] = L3) -> merge(merge(L1, L2), L3).

%% reverse(rmerge(reverse(A), reverse(B))) =:= merge(A, B)
rmerge(T1, []) -> T1;
rmerge(T1, [_ | _] = T2) ->
    lists:reverse(merge(lists:reverse(T1), lists:reverse(T2))).

rmerge3(L1, [], L3) -> rmerge(L1, L3);
rmerge3(L1, L2, []) -> rmerge(L1, L2);
rmerge3(L1, [_ | _] = L2, [_ | _] = L3) ->
    lists:reverse(merge3(lists:reverse(L1), lists:reverse(L2),
                         lists:reverse(L3))).

%% umerge(ListOfLists): of equal elements, only the one from the list with
%% the lowest position in ListOfLists is kept.
umerge(L) -> umerge_all(L).

umerge_all([]) -> [];
umerge_all([L]) when is_list(L) -> L;
umerge_all([_ | _] = Ls) -> umerge_all(umerge_pairs(Ls)).

umerge_pairs([A, B | Rest]) -> [umerge(A, B) | umerge_pairs(Rest)];
umerge_pairs([A]) when is_list(A) -> [A];
umerge_pairs([]) -> [].

%% Of two equal elements the one from List1 is kept.
umerge([], T2) -> T2;
umerge([_ | _] = T1, T2) -> lists:reverse(umerge_1(T1, T2, []), []).

umerge_1([H1 | T1] = L1, [H2 | T2] = L2, Acc) ->
    if
        H1 == H2 -> umerge_1(T1, T2, [H1 | Acc]);
        H1 < H2 -> umerge_1(T1, L2, [H1 | Acc]);
        true -> umerge_1(L1, T2, [H2 | Acc])
    end;
umerge_1([], L2, Acc) -> lists:reverse(L2, Acc);
umerge_1(L1, [], Acc) -> lists:reverse(L1, Acc).

umerge3(L1, [], L3) -> umerge(L1, L3);
umerge3(L1, L2, []) -> umerge(L1, L2);
umerge3(L1, [_ | _] = L2, [_ | _] = L3) -> umerge(umerge(L1, L2), L3).

%% reverse(rumerge(reverse(A), reverse(B))) =:= umerge(A, B)
rumerge(T1, []) -> T1;
rumerge(T1, [_ | _] = T2) ->
    lists:reverse(umerge(lists:reverse(T1), lists:reverse(T2))).

rumerge3(L1, [], L3) -> rumerge(L1, L3);
rumerge3(L1, L2, []) -> rumerge(L1, L2);
rumerge3(L1, [_ | _] = L2, [_ | _] = L3) ->
    lists:reverse(umerge3(lists:reverse(L1), lists:reverse(L2),
                          lists:reverse(L3))).

%% ---------------------------------------------------------------------
%% Sorting and merging with an ordering fun
%% Fun(A, B) must return true if A compares less than or equal to B.
%% ---------------------------------------------------------------------

%% Stable bottom-up merge sort.
sort(Fun, []) when is_function(Fun, 2) -> [];
sort(Fun, [_] = L) when is_function(Fun, 2) -> L;
sort(Fun, [_, _ | _] = L) when is_function(Fun, 2) ->
    fsort_runs(Fun, [[X] || X <- L]).

fsort_runs(_Fun, [Run]) -> Run;
fsort_runs(Fun, Runs) -> fsort_runs(Fun, fsort_pairs(Fun, Runs)).

fsort_pairs(Fun, [A, B | Rest]) ->
    [lists:reverse(fmerge_1(Fun, A, B, []), []) | fsort_pairs(Fun, Rest)];
fsort_pairs(_Fun, Rest) -> Rest.

%% Stable merge: H1 (from the first list) goes first when Fun(H1, H2).
fmerge_1(Fun, [H1 | T1] = L1, [H2 | T2] = L2, Acc) ->
    case Fun(H1, H2) of
        true -> fmerge_1(Fun, T1, L2, [H1 | Acc]);
        false -> fmerge_1(Fun, L1, T2, [H2 | Acc])
    end;
fmerge_1(_Fun, [], L2, Acc) -> lists:reverse(L2, Acc);
fmerge_1(_Fun, L1, [], Acc) -> lists:reverse(L1, Acc).

%% Of the elements comparing equal (Fun(A, B) andalso Fun(B, A)) only the
%% first one is kept.
usort(Fun, [] = L) when is_function(Fun, 2) -> L;
usort(Fun, [_] = L) when is_function(Fun, 2) -> L;
usort(Fun, [_, _ | _] = L) when is_function(Fun, 2) ->
    fdedup(Fun, sort(Fun, L)).

%% The input is sorted, so Fun(Prev, X) holds; they are equal iff Fun(X, Prev).
fdedup(Fun, [H | T]) -> fdedup(Fun, H, T).

fdedup(Fun, Prev, [X | T]) ->
    case Fun(X, Prev) of
        true -> fdedup(Fun, Prev, T);
        false -> [Prev | fdedup(Fun, X, T)]
    end;
fdedup(_Fun, Prev, []) -> [Prev].

merge(Fun, T1, [_ | _] = T2) when is_function(Fun, 2) ->
    lists:reverse(fmerge_1(Fun, T1, T2, []), []);
merge(Fun, T1, []) when is_function(Fun, 2) -> T1.

%% reverse(rmerge(F, reverse(A), reverse(B))) =:= merge(F, A, B)
rmerge(Fun, T1, [_ | _] = T2) when is_function(Fun, 2) ->
    lists:reverse(merge(Fun, lists:reverse(T1), lists:reverse(T2)));
rmerge(Fun, T1, []) when is_function(Fun, 2) -> T1.

%% Of two equal elements the one from List1 is kept.
umerge(Fun, [], T2) when is_function(Fun, 2) -> T2;
umerge(Fun, [_ | _] = T1, T2) when is_function(Fun, 2) ->
    lists:reverse(ufmerge_1(Fun, T1, T2, []), []).

ufmerge_1(Fun, [H1 | T1] = L1, [H2 | T2] = L2, Acc) ->
    case Fun(H1, H2) of
        true ->
            case Fun(H2, H1) of
                true -> ufmerge_1(Fun, T1, T2, [H1 | Acc]);
                false -> ufmerge_1(Fun, T1, L2, [H1 | Acc])
            end;
        false -> ufmerge_1(Fun, L1, T2, [H2 | Acc])
    end;
ufmerge_1(_Fun, [], L2, Acc) -> lists:reverse(L2, Acc);
ufmerge_1(_Fun, L1, [], Acc) -> lists:reverse(L1, Acc).

%% reverse(rumerge(F, reverse(A), reverse(B))) =:= umerge(F, A, B)
rumerge(Fun, T1, []) when is_function(Fun, 2) -> T1;
rumerge(Fun, T1, [_ | _] = T2) when is_function(Fun, 2) ->
    lists:reverse(umerge(Fun, lists:reverse(T1), lists:reverse(T2))).

%% ---------------------------------------------------------------------
%% Continuations of native functions on long lists: after 65,536 elements
%% the native asks to be continued through one of these ("traps"), so the
%% process can be preempted at this call. Not for direct use.
%% ---------------------------------------------------------------------

'$reverse'(L, Acc) -> lists:reverse(L, Acc).
'$member'(X, L) -> lists:member(X, L).
'$keyfind'(K, N, L) -> lists:keyfind(K, N, L).
'$keymember'(K, N, L) -> lists:keymember(K, N, L).
'$keysearch'(K, N, L) -> lists:keysearch(K, N, L).

%% The natives of lists_walk.rs (seq/2,3, zip/2, delete/2, ...) continue
%% here; each calls the native that does the next chunk.
'$seq'(X, Inc, N, Acc) -> lists:'$seq_chunk'(X, Inc, N, Acc).
'$binary_to_list'(B, From, To, Acc) -> lists:'$binary_to_list_chunk'(B, From, To, Acc).
'$iolist'(Id, Stack, What, L) -> lists:'$iolist_chunk'(Id, Stack, What, L).
'$duplicate'(N, X, Acc) -> lists:'$duplicate_chunk'(N, X, Acc).
'$sum'(L, Acc) -> lists:'$sum_chunk'(L, Acc).
'$max'(L, Max) -> lists:'$max_chunk'(L, Max).
'$min'(L, Min) -> lists:'$min_chunk'(L, Min).
'$last'(L, Last) -> lists:'$last_chunk'(L, Last).
'$nth'(N, L) -> lists:nth(N, L).
'$nthtail'(N, L) -> lists:nthtail(N, L).
'$prefix'(A, B) -> lists:prefix(A, B).
'$sublist'(L, S, Len) -> lists:sublist(L, S, Len).
'$take'(L, N, Rev) -> lists:'$take_chunk'(L, N, Rev).
'$split'(L, N, Rev) -> lists:'$split_chunk'(L, N, Rev).
'$split_rev'(Rev, Acc, L) -> lists:'$split_rev_chunk'(Rev, Acc, L).
'$droplast'(L, Rev) -> lists:'$droplast_chunk'(L, Rev).
'$zip'(As, Bs, Rev) -> lists:'$zip_chunk'(As, Bs, Rev).
'$unzip'(L, Xs, Ys) -> lists:'$unzip_chunk'(L, Xs, Ys).
'$unzip_rev'(Xs, Ys, AccX, AccY) -> lists:'$unzip_rev_chunk'(Xs, Ys, AccX, AccY).
'$flatten'(L, Stack, Rev) -> lists:'$flatten_chunk'(L, Stack, Rev).
'$delete'(N, X, New, L, Rev) -> lists:'$delete_chunk'(N, X, New, L, Rev).
'$keydelete'(N, K, New, L, Rev) -> lists:'$keydelete_chunk'(N, K, New, L, Rev).
'$keyreplace'(N, K, New, L, Rev) -> lists:'$keyreplace_chunk'(N, K, New, L, Rev).
'$keystore'(N, K, New, L, Rev) -> lists:'$keystore_chunk'(N, K, New, L, Rev).

%% erlang:length/1, '++'/2 and '--'/2 continue here (the natives
%% lists:'$length_chunk'/3, ... do the next chunk; an error they raise
%% names the original call, e.g. length(L)).
'$length'(Rest, N, L) -> lists:'$length_chunk'(Rest, N, L).
'$append'(Rest, Starts, A, B) -> lists:'$append_chunk'(Rest, Starts, A, B).
'$append_build'(Starts, Acc) -> lists:'$append_build_chunk'(Starts, Acc).
'$subtract_count'(Id, Rest, A, B) -> lists:'$subtract_count_chunk'(Id, Rest, A, B).
'$subtract'(Id, Rest, Starts, Tail, A, B) ->
    lists:'$subtract_chunk'(Id, Rest, Starts, Tail, A, B).
'$subtract_build'(Id, Starts, Acc) -> lists:'$subtract_build_chunk'(Id, Starts, Acc).

%% sort/1, usort/1 and keysort/2 of a list longer than the natives sort in
%% one go (Mode: see lists_sort.rs): '$sort_runs_chunk'/3 sorts it in
%% chunks, '$merge_chunk'/3 merges them, each a bounded step. sort/1 is
%% not stable in OTP: the natives give up ('unstable') when two equal
%% elements differ (1 and 1.0), and the list is sorted again with OTP's
%% algorithm ('$otp_sort'/1).
'$sort'(L, Mode) ->
    case lists:'$sort_runs_chunk'(L, [], Mode) of
        unstable -> '$otp_sort'(L);
        Runs ->
            case lists:'$merge_chunk'(Runs, [], Mode) of
                unstable -> '$otp_sort'(L);
                Sorted -> Sorted
            end
    end.

'$sort_runs'(Rest, Runs, Mode) -> lists:'$sort_runs_chunk'(Rest, Runs, Mode).
'$merge'(Runs, Acc, Mode) -> lists:'$merge_chunk'(Runs, Acc, Mode).

%% OTP's sort/1, step for step as in lists_sort.rs: ascending and
%% descending runs are split off the list and merged two or three at a
%% time, alternately into descending and ascending lists. Elements that
%% compare equal come out in the order this produces (the list is proper).
'$otp_sort'([X, Y | L] = L0) when X =< Y ->
    case L of
        [] -> L0;
        [Z] when Y =< Z -> L0;
        [Z] when X =< Z -> [X, Z, Y];
        [Z] -> [Z, X, Y];
        _ when X == Y -> '$sort_1'(Y, L, [X]);
        _ -> '$split_1'(X, Y, L, [], [])
    end;
'$otp_sort'([X, Y | L]) ->
    case L of
        [] -> [Y, X];
        [Z] when X =< Z -> [Y, X, Z];
        [Z] when Y =< Z -> [Y, Z, X];
        [Z] -> [Z, Y, X];
        _ -> '$split_2'(X, Y, L, [], [])
    end;
'$otp_sort'(L) -> L.

'$sort_1'(X, [Y | L], R) when X == Y -> '$sort_1'(Y, L, [X | R]);
'$sort_1'(X, [Y | L], R) when X < Y -> '$split_1'(X, Y, L, R, []);
'$sort_1'(X, [Y | L], R) -> '$split_2'(X, Y, L, R, []);
'$sort_1'(X, [], R) -> lists:reverse(R, [X]).

%% An ascending run [.., X, Y] is being built in R; S is an element put
%% aside (smaller than both) that starts the next run with the one after.
'$split_1'(X, Y, [Z | L], R, Rs) when Z >= Y -> '$split_1'(Y, Z, L, [X | R], Rs);
'$split_1'(X, Y, [Z | L], R, Rs) when Z >= X -> '$split_1'(Z, Y, L, [X | R], Rs);
'$split_1'(X, Y, [Z | L], [], Rs) -> '$split_1'(X, Y, L, [Z], Rs);
'$split_1'(X, Y, [Z | L], R, Rs) -> '$split_1_1'(X, Y, L, R, Rs, Z);
'$split_1'(X, Y, [], R, Rs) -> '$rmergel'([[Y, X | R] | Rs], []).

'$split_1_1'(X, Y, [Z | L], R, Rs, S) when Z >= Y -> '$split_1_1'(Y, Z, L, [X | R], Rs, S);
'$split_1_1'(X, Y, [Z | L], R, Rs, S) when Z >= X -> '$split_1_1'(Z, Y, L, [X | R], Rs, S);
'$split_1_1'(X, Y, [Z | L], R, Rs, S) when S =< Z -> '$split_1'(S, Z, L, [], [[Y, X | R] | Rs]);
'$split_1_1'(X, Y, [Z | L], R, Rs, S) -> '$split_1'(Z, S, L, [], [[Y, X | R] | Rs]);
'$split_1_1'(X, Y, [], R, Rs, S) -> '$rmergel'([[S], [Y, X | R] | Rs], []).

%% The same for a descending run.
'$split_2'(X, Y, [Z | L], R, Rs) when Z =< Y -> '$split_2'(Y, Z, L, [X | R], Rs);
'$split_2'(X, Y, [Z | L], R, Rs) when Z =< X -> '$split_2'(Z, Y, L, [X | R], Rs);
'$split_2'(X, Y, [Z | L], [], Rs) -> '$split_2'(X, Y, L, [Z], Rs);
'$split_2'(X, Y, [Z | L], R, Rs) -> '$split_2_1'(X, Y, L, R, Rs, Z);
'$split_2'(X, Y, [], R, Rs) -> '$mergel'([[Y, X | R] | Rs], []).

'$split_2_1'(X, Y, [Z | L], R, Rs, S) when Z =< Y -> '$split_2_1'(Y, Z, L, [X | R], Rs, S);
'$split_2_1'(X, Y, [Z | L], R, Rs, S) when Z =< X -> '$split_2_1'(Z, Y, L, [X | R], Rs, S);
'$split_2_1'(X, Y, [Z | L], R, Rs, S) when S > Z -> '$split_2'(S, Z, L, [], [[Y, X | R] | Rs]);
'$split_2_1'(X, Y, [Z | L], R, Rs, S) -> '$split_2'(Z, S, L, [], [[Y, X | R] | Rs]);
'$split_2_1'(X, Y, [], R, Rs, S) -> '$mergel'([[S], [Y, X | R] | Rs], []).

%% Merges descending runs three (or two) at a time into ascending ones...
'$mergel'([[] | L], Acc) -> '$mergel'(L, Acc);
'$mergel'([T1, [H2 | T2], [H3 | T3] | L], Acc) ->
    '$mergel'(L, ['$merge3_1'(T1, [], H2, T2, H3, T3) | Acc]);
'$mergel'([T1, [H2 | T2]], Acc) -> '$rmergel'(['$merge2_1'(T1, H2, T2, []) | Acc], []);
'$mergel'([L], []) -> L;
'$mergel'([L], Acc) -> '$rmergel'([lists:reverse(L, []) | Acc], []);
'$mergel'([], []) -> [];
'$mergel'([], Acc) -> '$rmergel'(Acc, []);
'$mergel'([A, [] | L], Acc) -> '$mergel'([A | L], Acc);
'$mergel'([A, B, [] | L], Acc) -> '$mergel'([A, B | L], Acc).

%% ... and ascending ones into descending ones.
'$rmergel'([[H3 | T3], [H2 | T2], T1 | L], Acc) ->
    '$rmergel'(L, ['$rmerge3_1'(T1, [], H2, T2, H3, T3) | Acc]);
'$rmergel'([[H2 | T2], T1], Acc) -> '$mergel'(['$rmerge2_1'(T1, H2, T2, []) | Acc], []);
'$rmergel'([L], Acc) -> '$mergel'([lists:reverse(L, []) | Acc], []);
'$rmergel'([], Acc) -> '$mergel'(Acc, []).

%% Three-way merge; M is the merged part, reversed. In the names, 12 means
%% H1 =< H2 is known, 21 that H2 < H1, _3 that H3 was just taken.
'$merge3_1'([H1 | T1], M, H2, T2, H3, T3) when H1 =< H2 -> '$merge3_12'(T1, H1, H2, T2, H3, T3, M);
'$merge3_1'([H1 | T1], M, H2, T2, H3, T3) -> '$merge3_21'(T1, H1, H2, T2, H3, T3, M);
'$merge3_1'([], M, H2, T2, H3, T3) when H2 =< H3 -> '$merge2_1'(T2, H3, T3, [H2 | M]);
'$merge3_1'([], M, H2, T2, H3, T3) -> '$merge2_2'(T2, H3, T3, M, H2).

'$merge3_2'(T1, H1, M, [H2 | T2], H3, T3) when H1 =< H2 -> '$merge3_12'(T1, H1, H2, T2, H3, T3, M);
'$merge3_2'(T1, H1, M, [H2 | T2], H3, T3) -> '$merge3_21'(T1, H1, H2, T2, H3, T3, M);
'$merge3_2'(T1, H1, M, [], H3, T3) when H1 =< H3 -> '$merge2_1'(T1, H3, T3, [H1 | M]);
'$merge3_2'(T1, H1, M, [], H3, T3) -> '$merge2_2'(T1, H3, T3, M, H1).

'$merge3_12'(T1, H1, H2, T2, H3, T3, M) when H1 =< H3 -> '$merge3_1'(T1, [H1 | M], H2, T2, H3, T3);
'$merge3_12'(T1, H1, H2, T2, H3, T3, M) -> '$merge3_12_3'(T1, H1, H2, T2, [H3 | M], T3).

'$merge3_12_3'(T1, H1, H2, T2, M, [H3 | T3]) when H1 =< H3 -> '$merge3_1'(T1, [H1 | M], H2, T2, H3, T3);
'$merge3_12_3'(T1, H1, H2, T2, M, [H3 | T3]) -> '$merge3_12_3'(T1, H1, H2, T2, [H3 | M], T3);
'$merge3_12_3'(T1, H1, H2, T2, M, []) -> '$merge2_1'(T1, H2, T2, [H1 | M]).

'$merge3_21'(T1, H1, H2, T2, H3, T3, M) when H2 =< H3 -> '$merge3_2'(T1, H1, [H2 | M], T2, H3, T3);
'$merge3_21'(T1, H1, H2, T2, H3, T3, M) -> '$merge3_21_3'(T1, H1, H2, T2, [H3 | M], T3).

'$merge3_21_3'(T1, H1, H2, T2, M, [H3 | T3]) when H2 =< H3 -> '$merge3_2'(T1, H1, [H2 | M], T2, H3, T3);
'$merge3_21_3'(T1, H1, H2, T2, M, [H3 | T3]) -> '$merge3_21_3'(T1, H1, H2, T2, [H3 | M], T3);
'$merge3_21_3'(T1, H1, H2, T2, M, []) -> '$merge2_2'(T1, H2, T2, M, H1).

%% The same into a descending list.
'$rmerge3_1'([H1 | T1], M, H2, T2, H3, T3) when H1 =< H2 -> '$rmerge3_12'(T1, H1, H2, T2, H3, T3, M);
'$rmerge3_1'([H1 | T1], M, H2, T2, H3, T3) -> '$rmerge3_21'(T1, H1, H2, T2, H3, T3, M);
'$rmerge3_1'([], M, H2, T2, H3, T3) when H2 =< H3 -> '$rmerge2_2'(T2, H3, T3, M, H2);
'$rmerge3_1'([], M, H2, T2, H3, T3) -> '$rmerge2_1'(T2, H3, T3, [H2 | M]).

'$rmerge3_2'(T1, H1, M, [H2 | T2], H3, T3) when H1 =< H2 -> '$rmerge3_12'(T1, H1, H2, T2, H3, T3, M);
'$rmerge3_2'(T1, H1, M, [H2 | T2], H3, T3) -> '$rmerge3_21'(T1, H1, H2, T2, H3, T3, M);
'$rmerge3_2'(T1, H1, M, [], H3, T3) when H1 =< H3 -> '$rmerge2_2'(T1, H3, T3, M, H1);
'$rmerge3_2'(T1, H1, M, [], H3, T3) -> '$rmerge2_1'(T1, H3, T3, [H1 | M]).

'$rmerge3_12'(T1, H1, H2, T2, H3, T3, M) when H2 =< H3 -> '$rmerge3_12_3'(T1, H1, H2, T2, [H3 | M], T3);
'$rmerge3_12'(T1, H1, H2, T2, H3, T3, M) -> '$rmerge3_2'(T1, H1, [H2 | M], T2, H3, T3).

'$rmerge3_12_3'(T1, H1, H2, T2, M, [H3 | T3]) when H2 =< H3 -> '$rmerge3_12_3'(T1, H1, H2, T2, [H3 | M], T3);
'$rmerge3_12_3'(T1, H1, H2, T2, M, [H3 | T3]) -> '$rmerge3_2'(T1, H1, [H2 | M], T2, H3, T3);
'$rmerge3_12_3'(T1, H1, H2, T2, M, []) -> '$rmerge2_2'(T1, H2, T2, M, H1).

'$rmerge3_21'(T1, H1, H2, T2, H3, T3, M) when H1 =< H3 -> '$rmerge3_21_3'(T1, H1, H2, T2, [H3 | M], T3);
'$rmerge3_21'(T1, H1, H2, T2, H3, T3, M) -> '$rmerge3_1'(T1, [H1 | M], H2, T2, H3, T3).

'$rmerge3_21_3'(T1, H1, H2, T2, M, [H3 | T3]) when H1 =< H3 -> '$rmerge3_21_3'(T1, H1, H2, T2, [H3 | M], T3);
'$rmerge3_21_3'(T1, H1, H2, T2, M, [H3 | T3]) -> '$rmerge3_1'(T1, [H1 | M], H2, T2, H3, T3);
'$rmerge3_21_3'(T1, H1, H2, T2, M, []) -> '$rmerge2_1'(T1, H2, T2, [H1 | M]).

%% Two-way merges; in '$merge2_2' H1 (from the first list) waits.
'$merge2_1'([H1 | T1], H2, T2, M) when H1 =< H2 -> '$merge2_1'(T1, H2, T2, [H1 | M]);
'$merge2_1'([H1 | T1], H2, T2, M) -> '$merge2_2'(T1, H2, T2, M, H1);
'$merge2_1'([], H2, T2, M) -> lists:reverse(T2, [H2 | M]).

'$merge2_2'(T1, H2, [X | T2], M, H1) when H1 =< X -> '$merge2_1'(T1, X, T2, [H1, H2 | M]);
'$merge2_2'(T1, H2, [X | T2], M, H1) -> '$merge2_2'(T1, X, T2, [H2 | M], H1);
'$merge2_2'(T1, H2, [], M, H1) -> lists:reverse(T1, [H1, H2 | M]).

'$rmerge2_1'([H1 | T1], H2, T2, M) when H1 =< H2 -> '$rmerge2_2'(T1, H2, T2, M, H1);
'$rmerge2_1'([H1 | T1], H2, T2, M) -> '$rmerge2_1'(T1, H2, T2, [H1 | M]);
'$rmerge2_1'([], H2, T2, M) -> lists:reverse(T2, [H2 | M]).

'$rmerge2_2'(T1, H2, [X | T2], M, H1) when H1 =< X -> '$rmerge2_2'(T1, X, T2, [H2 | M], H1);
'$rmerge2_2'(T1, H2, [X | T2], M, H1) -> '$rmerge2_1'(T1, X, T2, [H1, H2 | M]);
'$rmerge2_2'(T1, H2, [], M, H1) -> lists:reverse(T1, [H1, H2 | M]).
