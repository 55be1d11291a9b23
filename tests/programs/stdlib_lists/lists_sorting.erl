-module(lists_sorting).
-export([main/0]).

main() ->
    Words = ["banana", "Apple", "cherry", "apple", "date", "Banana", "fig"],
    io:format("~p~n", [lists:sort(Words)]),
    io:format("~p~n", [lists:usort(Words ++ Words)]),
    io:format("~p~n", [lists:sort(fun(A, B) -> length(A) =< length(B) end, Words)]),
    io:format("~p~n", [lists:sort(fun(A, B) -> string:lowercase(A) =< string:lowercase(B) end, Words)]),
    Big = [(X * 7919) rem 1000 || X <- lists:seq(1, 500)],
    Sorted = lists:sort(Big),
    io:format("~p~n", [lists:sublist(Sorted, 10)]),
    io:format("~p~n", [length(lists:usort(Big))]),
    io:format("~p~n", [Sorted =:= lists:sort(lists:reverse(Big))]),
    io:format("~p~n", [lists:sort([{2, b}, {1, z}, {2, a}, {1, a}])]),
    io:format("~p~n", [lists:keysort(1, [{2, b}, {1, z}, {2, a}, {1, a}])]),
    io:format("~p~n", [lists:reverse(lists:sort([5, 3, 8]))]),
    io:format("~p~n", [lists:sort([])]),
    io:format("~p~n", [lists:sort([x])]),
    io:format("~p~n", [lists:merge([[1, 4], [2, 5], [3, 6]])]).
