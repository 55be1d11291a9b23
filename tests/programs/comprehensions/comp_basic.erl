-module(comp_basic).
-export([main/0]).

main() ->
    io:format("~p~n", [[X * X || X <- lists:seq(1, 10)]]),
    io:format("~p~n", [[X || X <- lists:seq(1, 20), X rem 3 =:= 0]]),
    io:format("~p~n", [[{X, Y} || X <- [1, 2, 3], Y <- [a, b]]]),
    io:format("~p~n", [[{X, Y} || X <- lists:seq(1, 4), Y <- lists:seq(X, 4), X + Y =:= 5]]),
    io:format("~p~n", [[X || X <- [], X > 0]]),
    io:format("~p~n", [[ok || _ <- [1, 2, 3]]]),
    io:format("~p~n", [[X || {ok, X} <- [{ok, 1}, {error, 2}, {ok, 3}, ok, {ok, 4, extra}]]]),
    io:format("~p~n", [[X || [X | _] <- [[1, 2], [], [3], "abc"]]]),
    io:format("~p~n", [[{A, B, C} || A <- lists:seq(1, 20), B <- lists:seq(A, 20), C <- lists:seq(B, 20), A * A + B * B =:= C * C]]),
    io:format("~p~n", [[X || X <- lists:seq(1, 30), X rem 2 =:= 0, X rem 3 =:= 0]]),
    io:format("~p~n", [[Y || X <- [1, 2, 3], Y <- [X, X * 10], Y > 2]]),
    io:format("~p~n", [[X || X <- [1, a, "s", 2.0, {t}], is_number(X)]]),
    io:format("~p~n", [[X || true, X <- [1, 2]]]),
    io:format("~p~n", [[X || false, X <- [1, 2]]]),
    Y0 = 2,
    io:format("~p~n", [[X || X <- [1, 2, 3, 2], X =:= Y0]]).
