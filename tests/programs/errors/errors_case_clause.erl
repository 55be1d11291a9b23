-module(errors_case_clause).
-export([main/0]).

pick(X) ->
    case X of
        1 -> one;
        2 -> two
    end.

main() ->
    io:format("~p~n", [t(fun() -> pick(3) end)]),
    io:format("~p~n", [t(fun() -> pick({1, [2]}) end)]),
    io:format("~p~n", [t(fun() -> pick(1) end)]),
    io:format("~p~n", [t(fun() -> case "str" of [] -> empty end end)]).

t(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
