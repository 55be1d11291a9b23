-module(bignum_factorial).
-export([main/0]).

fact(0) -> 1;
fact(N) when N > 0 -> N * fact(N - 1).

fact_acc(N) -> fact_acc(N, 1).
fact_acc(0, Acc) -> Acc;
fact_acc(N, Acc) -> fact_acc(N - 1, N * Acc).

digit_sum(0) -> 0;
digit_sum(N) -> N rem 10 + digit_sum(N div 10).

main() ->
    io:format("~p~n", [fact(50)]),
    io:format("~p~n", [fact(20)]),
    io:format("~p~n", [fact(21)]),
    io:format("~p~n", [fact_acc(100)]),
    io:format("~p~n", [fact(100) =:= fact_acc(100)]),
    io:format("~p~n", [digit_sum(fact(100))]),
    io:format("~p~n", [fact(30) div fact(28)]),
    io:format("~p~n", [fact(30) rem 1000000007]),
    io:format("~p~n", [[fact(N) || N <- lists:seq(0, 25, 5)]]).
