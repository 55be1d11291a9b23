-module(float_compare).
-export([main/0]).

main() ->
    io:format("~p~n", [0.1 + 0.2 == 0.3]),
    io:format("~p~n", [0.1 + 0.2 > 0.3]),
    io:format("~p~n", [1.0 =:= 1.0]),
    io:format("~p~n", [0.0 =:= -0.0]),
    io:format("~p~n", [0.0 == -0.0]),
    io:format("~p~n", [1 < 1.5 andalso 1.5 < 2]),
    io:format("~p~n", [9007199254740993 == 9007199254740992.0]),
    io:format("~p~n", [9007199254740993 > 9007199254740992.0]),
    io:format("~p~n", [lists:max([1, 1.5, 0.5])]),
    io:format("~p~n", [lists:min([2.0, 2, 3])]),
    io:format("~p~n", [lists:sort([2.5, -1, 0, -0.5, 1.0e-3, 7])]),
    io:format("~p~n", [[X || X <- [1, 2.0, 3, 4.0], X == 2 orelse X == 4]]),
    io:format("~p~n", [[X || X <- [1, 2.0, 3, 4.0], X =:= 2.0]]),
    io:format("~p~n", [lists:member(2, [1.0, 2.0])]),
    io:format("~p~n", [lists:keyfind(1, 1, [{1.0, float}, {1, int}])]),
    io:format("~p~n", [(1 bsl 80) < 1.0e30]).
