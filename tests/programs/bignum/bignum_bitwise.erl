-module(bignum_bitwise).
-export([main/0]).

main() ->
    A = (1 bsl 100) + 16#FF,
    B = (1 bsl 90) bor 16#F0F,
    io:format("~p~n", [A band B]),
    io:format("~p~n", [A bor B]),
    io:format("~p~n", [A bxor B]),
    io:format("~p~n", [bnot A]),
    io:format("~p~n", [-A band 16#FFFF]),
    io:format("~p~n", [-A bor 1]),
    io:format("~p~n", [-A bxor -B]),
    io:format("~p~n", [A band -1]),
    io:format("~.16B~n", [A bor B]),
    io:format("~.2B~n", [1 bsl 70 bor 5]),
    io:format("~p~n", [(1 bsl 128) - 1 band ((1 bsl 64) - 1)]).
