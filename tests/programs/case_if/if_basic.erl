-module(if_basic).
-export([main/0]).

sign(X) ->
    if
        X > 0 -> positive;
        X < 0 -> negative;
        true -> zero
    end.

grade(S) ->
    if S >= 90 -> a;
       S >= 80 -> b;
       S >= 70 -> c;
       S >= 60, S < 70 -> d;
       true -> f
    end.

fizz(N) ->
    if N rem 15 =:= 0 -> "FizzBuzz";
       N rem 3 =:= 0 -> "Fizz";
       N rem 5 =:= 0 -> "Buzz";
       true -> integer_to_list(N)
    end.

main() ->
    io:format("~p~n", [[sign(X) || X <- [-3, 0, 3, 0.5, -0.0]]]),
    io:format("~p~n", [[grade(S) || S <- [95, 85, 75, 65, 55]]]),
    lists:foreach(fun(N) -> io:format("~s ", [fizz(N)]) end, lists:seq(1, 20)),
    io:format("~n"),
    X = 10,
    io:format("~p~n", [if X > 5; X < 0 -> outside; true -> inside end]),
    io:format("~p~n", [if is_integer(X), X rem 2 =:= 0 -> even_int; true -> other end]),
    %% a guard that raises is just false
    io:format("~p~n", [if hd(X) =:= 1 -> bad; true -> guard_error_is_false end]),
    io:format("~p~n", [if length(X) > 0 -> bad; X > 1 -> second_clause end]).
