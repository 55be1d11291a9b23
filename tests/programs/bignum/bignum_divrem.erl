-module(bignum_divrem).
-export([main/0]).

main() ->
    A = 123456789012345678901234567890,
    B = 987654321,
    C = -A,
    io:format("~p ~p~n", [A div B, A rem B]),
    io:format("~p ~p~n", [C div B, C rem B]),
    io:format("~p ~p~n", [A div -B, A rem -B]),
    io:format("~p ~p~n", [A div A, A rem A]),
    io:format("~p ~p~n", [B div A, B rem A]),
    io:format("~p~n", [(A * A) div A =:= A]),
    io:format("~p~n", [A * B + (A rem B)]),
    io:format("~p~n", [A / B]),
    io:format("~p~n", [A - A * 1]),
    io:format("~p~n", [(1 bsl 100) div (1 bsl 40)]),
    io:format("~p~n", [((1 bsl 100) + 1) rem (1 bsl 40)]),
    io:format("~p~n", [(1 bsl 70) - (1 bsl 70) + 5]),
    io:format("~p~n", [is_integer((1 bsl 70) - (1 bsl 70))]),
    io:format("~p~n", [gcd(fact(40), 1 bsl 100)]).

gcd(A, 0) -> A;
gcd(A, B) -> gcd(B, A rem B).

fact(0) -> 1;
fact(N) -> N * fact(N - 1).
