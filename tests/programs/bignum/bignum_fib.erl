-module(bignum_fib).
-export([main/0]).

fib(N) -> fib(N, 0, 1).
fib(0, A, _) -> A;
fib(N, A, B) -> fib(N - 1, B, A + B).

main() ->
    io:format("~p~n", [fib(90)]),
    io:format("~p~n", [fib(91)]),
    io:format("~p~n", [fib(92)]),
    io:format("~p~n", [fib(93)]),
    io:format("~p~n", [fib(300)]),
    io:format("~p~n", [fib(1000) rem 1000000]),
    io:format("~p~n", [[fib(N) || N <- lists:seq(0, 15)]]),
    io:format("~p~n", [fib(200) > fib(199)]),
    io:format("~p~n", [fib(100) * fib(100) - fib(99) * fib(101)]),
    io:format("~p~n", [lists:max([fib(150), fib(149), 3])]),
    io:format("~p~n", [lists:sort([fib(100), -fib(100), fib(80), 0, 1.0e25])]).
