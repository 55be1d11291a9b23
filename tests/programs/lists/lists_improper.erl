-module(lists_improper).
-export([main/0]).

main() ->
    I = [1 | 2],
    io:format("~p~n", [I]),
    io:format("~w~n", [I]),
    io:format("~p~n", [[1, 2 | 3]]),
    io:format("~p~n", [[a | b]]),
    io:format("~p~n", [[[] | []]]),
    io:format("~p~n", [[1 | [2 | [3 | []]]]]),
    io:format("~p~n", [[$a, $b | $c]]),
    io:format("~p~n", [[$a, $b | "cd"]]),
    io:format("~p~n", [[1 | {x}]]),
    io:format("~p~n", [is_list([1 | 2])]),
    [A | B] = I,
    io:format("~p ~p~n", [A, B]),
    io:format("~p~n", [tl([x | y])]),
    io:format("~p~n", [try length([1 | 2]) catch error:R -> R end]),
    io:format("~p~n", [[1] ++ 2]),
    io:format("~p~n", [[1, 2] ++ {t}]),
    io:format("~p~n", [lists:sort([[1 | 2], [1], [1, 2], [0 | 5], []])]).
