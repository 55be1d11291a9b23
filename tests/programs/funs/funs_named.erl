-module(funs_named).
-export([main/0]).

main() ->
    Fact = fun F(0) -> 1; F(N) -> N * F(N - 1) end,
    io:format("~p~n", [Fact(10)]),
    io:format("~p~n", [Fact(30)]),
    Fib = fun Fib(0) -> 0; Fib(1) -> 1; Fib(N) -> Fib(N - 1) + Fib(N - 2) end,
    io:format("~p~n", [[Fib(N) || N <- lists:seq(0, 15)]]),
    Len = fun L([]) -> 0; L([_ | T]) -> 1 + L(T) end,
    io:format("~p~n", [Len(lists:seq(1, 1000))]),
    Loop = fun Loop(0, Acc) -> Acc; Loop(N, Acc) -> Loop(N - 1, Acc + N) end,
    io:format("~p~n", [Loop(1000000, 0)]),
    Base = 10,
    Digits = fun D(0) -> []; D(N) -> D(N div Base) ++ [N rem Base] end,
    io:format("~p~n", [Digits(9876543210)]),
    Flatten = fun Fl([]) -> []; Fl([H | T]) when is_list(H) -> Fl(H) ++ Fl(T); Fl([H | T]) -> [H | Fl(T)] end,
    io:format("~p~n", [Flatten([1, [2, [3, [4]], 5], [[6]]])]).
