-module(lists_basic).
-export([main/0]).

main() ->
    L = [1, 2, 3],
    io:format("~p~n", [L]),
    io:format("~p~n", [[0 | L]]),
    io:format("~p~n", [[-1, 0 | L]]),
    [H | T] = L,
    io:format("~p ~p~n", [H, T]),
    io:format("~p ~p~n", [hd(L), tl(L)]),
    io:format("~p~n", [length(L)]),
    io:format("~p~n", [[]]),
    io:format("~p~n", [[[]]]),
    io:format("~p~n", [[[], [[]], [1, [2, [3]]]]]),
    io:format("~p~n", [L ++ [4, 5]]),
    io:format("~p~n", [[1, 2, 3, 2, 1] -- [2, 1]]),
    io:format("~p~n", [[a, b] ++ []]),
    io:format("~p~n", [[] ++ [a]]),
    io:format("~p~n", [is_list([]) andalso is_list([1]) andalso not is_list({})]),
    io:format("~p~n", [[X * 2 || X <- L]]),
    io:format("~p~n", [lists:seq(1, 30)]),
    io:format("~w~n", [lists:seq(1, 30)]),
    io:format("~p~n", [lists:seq(10, 1, -3)]),
    io:format("~p~n", [lists:seq(5, 4)]).
