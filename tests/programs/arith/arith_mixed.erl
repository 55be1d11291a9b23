-module(arith_mixed).
-export([main/0]).

main() ->
    io:format("~p~n", [1 + 2.0]),
    io:format("~p~n", [3 * 1.5]),
    io:format("~p~n", [10 - 0.5]),
    io:format("~p~n", [abs(-3)]),
    io:format("~p~n", [abs(-3.5)]),
    io:format("~p~n", [abs(4)]),
    io:format("~p~n", [abs(-(1 bsl 80))]),
    io:format("~p ~p~n", [max(3, 7), min(3, 7)]),
    io:format("~p ~p~n", [max(a, 7), min("x", {t})]),
    io:format("~p~n", [[round(2.5), round(-2.5), round(2.4), round(-0.5), round(7)]]),
    io:format("~p~n", [[trunc(2.9), trunc(-2.9), trunc(5)]]),
    io:format("~p~n", [[float(3), float(-2), float(2.5)]]),
    io:format("~p~n", [[floor(-2.5), ceil(-2.5), floor(2.5), ceil(2.1), floor(3), ceil(-3)]]),
    io:format("~p~n", [1.0e300 * 10]),
    io:format("~p~n", [(1 bsl 100) / 3]),
    io:format("~p~n", [(1 bsl 100) + 0.5]).
