-module(lists_ops).
-export([main/0]).

rev([]) -> [];
rev([H | T]) -> rev(T) ++ [H].

len([]) -> 0;
len([_ | T]) -> 1 + len(T).

map(_, []) -> [];
map(F, [H | T]) -> [F(H) | map(F, T)].

zip([A | As], [B | Bs]) -> [{A, B} | zip(As, Bs)];
zip(_, _) -> [].

main() ->
    L = lists:seq(1, 10),
    io:format("~p~n", [rev(L)]),
    io:format("~p~n", [len(L)]),
    io:format("~p~n", [map(fun(X) -> X * X end, L)]),
    io:format("~p~n", [zip(L, [a, b, c])]),
    io:format("~p~n", [L -- [3, 5, 7, 100]]),
    io:format("~p~n", [[a, b, a, c, a] -- [a, a]]),
    io:format("~p~n", [[x] ++ [y] ++ [z]]),
    io:format("~p~n", [lists:seq(1, 5) ++ lists:seq(5, 1, -1)]),
    io:format("~p~n", [[[X, Y] || X <- [1, 2], Y <- [a, b]]]),
    io:format("~p~n", [hd(tl(tl(L)))]),
    io:format("~p~n", [length(lists:seq(1, 100000))]).
