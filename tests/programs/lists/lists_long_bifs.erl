-module(lists_long_bifs).
-export([main/0]).

%% length/1, ++ and -- on lists far longer than the chunk the VM handles
%% in one go (Joist continues these BIFs through Erlang calls every few
%% thousand elements so the process can be preempted): results and
%% errors must be the same as with short lists.
main() ->
    N = 300000,
    L = lists:seq(1, N),
    Mixed = mixed(N, 7, []),
    length_cases(L, Mixed),
    append_cases(L, Mixed),
    subtract_cases(L, Mixed),
    error_cases(L),
    called_cases(L).

%% Integers and floats that compare equal (1 == 1.0) but are not exactly
%% equal, plus atoms and tuples, in a pseudo-random order.
mixed(0, _, Acc) -> Acc;
mixed(N, X, Acc) ->
    X1 = (X * 1103515245 + 12345) rem 2147483648,
    V = case X1 rem 5 of
            0 -> X1 rem 100;
            1 -> float(X1 rem 100);
            2 -> list_to_atom([$a + X1 rem 26]);
            3 -> {X1 rem 10};
            4 -> X1 rem 1000
        end,
    mixed(N - 1, X1, [V | Acc]).

length_cases(L, Mixed) ->
    io:format("length: ~p ~p ~p~n", [length(L), length(Mixed), length(L ++ L)]),
    G = if length(L) > 299999 -> big; true -> small end,
    io:format("length in a guard: ~p ~p~n", [G, guard_len(Mixed)]),
    io:format("length in tail position: ~p~n", [tail_len(lists:reverse(L))]).

guard_len(X) when length(X) =:= 300000 -> exact;
guard_len(_) -> other.

tail_len(X) -> length(X).

append_cases(L, Mixed) ->
    A = L ++ [end_marker],
    io:format("++: ~p ~p ~p~n", [length(A), lists:last(A), lists:nth(200000, A)]),
    B = Mixed ++ L,
    io:format("++ mixed: ~p ~p~n", [length(B), erlang:phash2(B)]),
    C = L ++ improper_tail,
    io:format("++ improper tail: ~p ~p~n", [lists:nthtail(299999, C), hd(C)]),
    D = (L ++ L) ++ (L ++ []),
    io:format("++ nested: ~p ~p~n", [length(D), erlang:phash2(D)]),
    E = [] ++ L,
    io:format("[] ++ L is L: ~p~n", [E =:= L]),
    Exact = lists:seq(1, 65536) ++ [x],
    io:format("++ at the chunk size: ~p ~p~n", [length(Exact), lists:last(Exact)]),
    Exact2 = lists:seq(1, 131072) ++ [y],
    io:format("++ at twice the chunk size: ~p ~p~n", [length(Exact2), lists:last(Exact2)]).

subtract_cases(L, Mixed) ->
    S1 = L -- [5, 299999, 5, not_there],
    io:format("-- short: ~p ~p ~p~n", [length(S1), lists:sublist(S1, 6), lists:last(S1)]),
    S2 = L -- [],
    io:format("-- []: ~p~n", [S2 =:= L]),
    S3 = Mixed -- [1, 1.0, 2.0, a, {3}, 999],
    io:format("-- exact: ~p ~p~n", [length(S3), erlang:phash2(S3)]),
    S4 = Mixed -- lists:seq(1, 2000),
    io:format("-- medium: ~p ~p~n", [length(S4), erlang:phash2(S4)]),
    S5 = L -- lists:seq(2, 300000, 2),
    io:format("-- long: ~p ~p ~p~n", [length(S5), lists:sum(S5), lists:sublist(S5, 5)]),
    S6 = Mixed -- Mixed,
    io:format("-- itself: ~p~n", [S6]),
    S7 = Mixed -- lists:reverse(lists:sublist(Mixed, 100000)),
    io:format("-- prefix: ~p ~p~n", [length(S7), erlang:phash2(S7)]),
    S8 = [1, 2, 3] -- L,
    io:format("short -- long: ~p~n", [S8]),
    S9 = (L ++ L) -- [1, 2, 1],
    io:format("-- duplicates: ~p ~p~n", [length(S9), lists:sublist(S9, 3)]),
    S10 = Mixed -- [float(X) || X <- lists:seq(0, 99)],
    io:format("-- floats: ~p ~p~n", [length(S10), erlang:phash2(S10)]).

error_cases(L) ->
    Bad = L ++ foo,
    io:format("length improper: ~p~n", [catch_error(fun() -> length(Bad) end)]),
    io:format("++ improper: ~p~n", [catch_error(fun() -> Bad ++ [1] end)]),
    io:format("-- improper left: ~p~n", [catch_error(fun() -> Bad -- [1] end)]),
    io:format("-- improper right: ~p~n", [catch_error(fun() -> L -- [1 | foo] end)]),
    io:format("-- improper right long: ~p~n", [catch_error(fun() -> L -- Bad end)]),
    io:format("-- improper both long: ~p~n", [catch_error(fun() -> Bad -- L end)]),
    io:format("-- not a list: ~p~n", [catch_error(fun() -> L -- foo end)]),
    io:format("++ not a list: ~p~n", [catch_error(fun() -> foo ++ L end)]).

catch_error(F) ->
    try F() of
        V -> {value, V}
    catch
        error:R:S ->
            [{M, Fn, Args, _} | _] = S,
            {error, R, {M, Fn, [summary(A) || A <- Args]}}
    end.

summary(X) when is_list(X) -> {list, len(X, 0)};
summary(X) -> X.

len([_ | T], N) -> len(T, N + 1);
len(T, N) -> {N, T}.

called_cases(L) ->
    Len = fun erlang:length/1,
    App = fun erlang:'++'/2,
    io:format("through funs: ~p ~p~n", [Len(L), length(App(L, L))]),
    io:format("through apply: ~p ~p~n",
              [apply(erlang, length, [L]), length(apply(erlang, '--', [L, [1, 2]]))]),
    io:format("lists:append/subtract: ~p ~p~n",
              [length(lists:append(L, L)), length(lists:subtract(L, lists:seq(1, 10000)))]),
    io:format("erlang: calls: ~p ~p~n",
              [erlang:length(L), length(erlang:'--'(L, [3]))]).
