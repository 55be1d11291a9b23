-module(arith_basic).
-export([main/0]).

main() ->
    io:format("~p~n", [1 + 2]),
    io:format("~p~n", [10 - 25]),
    io:format("~p~n", [6 * 7]),
    io:format("~p~n", [7 / 2]),
    io:format("~p~n", [8 / 2]),
    io:format("~p~n", [-5 + 3]),
    io:format("~p~n", [- (3 - 10)]),
    io:format("~p~n", [+ 4]),
    io:format("~p~n", [2 + 3 * 4]),
    io:format("~p~n", [(2 + 3) * 4]),
    io:format("~p~n", [100 - 10 - 1]),
    io:format("~p~n", [2 * 3 + 4 * 5 - 6]),
    io:format("~p~n", [1 / 3]),
    io:format("~p~n", [2 / 3]),
    io:format("~p~n", [10 / 4]),
    io:format("~p~n", [0 * -1]),
    X = 17,
    Y = 5,
    io:format("~p ~p ~p ~p~n", [X + Y, X - Y, X * Y, X / Y]),
    io:format("~p ~p~n", [X div Y, X rem Y]),
    io:format("~w~n", [lists:sum([I * I || I <- lists:seq(1, 10)])]).
