-module(recursion_classic).
-export([main/0]).

ack(0, N) -> N + 1;
ack(M, 0) -> ack(M - 1, 1);
ack(M, N) -> ack(M - 1, ack(M, N - 1)).

hanoi(0, _, _, _) -> [];
hanoi(N, From, To, Via) ->
    hanoi(N - 1, From, Via, To) ++ [{From, To}] ++ hanoi(N - 1, Via, To, From).

fib(0) -> 0;
fib(1) -> 1;
fib(N) -> fib(N - 1) + fib(N - 2).

power_set([]) -> [[]];
power_set([H | T]) -> P = power_set(T), [[H | S] || S <- P] ++ P.

collatz(1, Steps) -> Steps;
collatz(N, Steps) when N rem 2 =:= 0 -> collatz(N div 2, Steps + 1);
collatz(N, Steps) -> collatz(3 * N + 1, Steps + 1).

main() ->
    io:format("~p~n", [ack(2, 3)]),
    io:format("~p~n", [ack(3, 5)]),
    io:format("~p~n", [hanoi(3, a, c, b)]),
    io:format("~p~n", [length(hanoi(12, a, c, b))]),
    io:format("~p~n", [fib(22)]),
    io:format("~p~n", [power_set([a, b, c])]),
    io:format("~p~n", [[collatz(N, 0) || N <- [1, 7, 27, 97]]]),
    io:format("~p~n", [lists:max([{collatz(N, 0), N} || N <- lists:seq(1, 3000)])]).
