-module(comp_nested).
-export([main/0]).

main() ->
    io:format("~p~n", [[[X * Y || X <- lists:seq(1, 5)] || Y <- lists:seq(1, 5)]]),
    io:format("~p~n", [[{K, V} || {K, V} <- maps:to_list(#{a => 1, b => 2, c => 3}), V > 1]]),
    io:format("~p~n", [maps:from_list([{X, X * X} || X <- lists:seq(1, 5)])]),
    io:format("~p~n", [[X || L <- [[1, 2], [3], [], [4, 5, 6]], X <- L]]),
    io:format("~p~n", [[{X, Y} || X <- [1, 2, 3], X > 1, Y <- [X * 2, X * 3], Y < 9]]),
    io:format("~p~n", [lists:flatten([[X, X] || X <- "abc"])]),
    io:format("~s~n", [[C || C <- "Hello, World!", C =/= $o]]),
    io:format("~p~n", [[length([Y || Y <- lists:seq(1, X)]) || X <- [0, 1, 5]]]),
    io:format("~p~n", [[X || <<X:8>> <= <<"ab">>, Y <- [1, 2], Y > 1]]),
    io:format("~p~n", [[{I, C} || {I, C} <- lists:zip(lists:seq(1, 3), "xyz")]]).
