-module(errors_if_clause).
-export([main/0]).

check(X) ->
    if X > 10 -> big;
       X < 0 -> negative
    end.

main() ->
    io:format("~p~n", [t(fun() -> check(5) end)]),
    io:format("~p~n", [t(fun() -> check(50) end)]),
    io:format("~p~n", [t(fun() -> check(-5) end)]),
    io:format("~p~n", [case catch check(0) of {'EXIT', {R, _}} -> R end]).

t(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
