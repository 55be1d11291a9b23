-module(recursion_deep).
-export([main/0]).

%% Body recursion one million frames deep: the stack must grow.
sum([]) -> 0;
sum([H | T]) -> H + sum(T).

len([]) -> 0;
len([_ | T]) -> 1 + len(T).

build(0) -> [];
build(N) -> [N | build(N - 1)].

map(_, []) -> [];
map(F, [H | T]) -> [F(H) | map(F, T)].

main() ->
    L = lists:seq(1, 1000000),
    io:format("~p~n", [sum(L)]),
    io:format("~p~n", [len(L)]),
    B = build(1000000),
    io:format("~p~n", [{hd(B), lists:last(B), length(B)}]),
    M = map(fun(X) -> X * 2 end, lists:seq(1, 100000)),
    io:format("~p~n", [sum(M)]).
