-module(errors_function_clause).
-export([main/0]).

only_positive(N) when N > 0 -> N.
pair({A, B}) -> A + B.

main() ->
    io:format("~p~n", [t(fun() -> only_positive(-1) end)]),
    io:format("~p~n", [t(fun() -> pair({1, 2, 3}) end)]),
    F = fun(ok) -> fine end,
    io:format("~p~n", [t(fun() -> F(not_ok) end)]),
    io:format("~p~n", [t(fun() -> lists:map(not_a_fun, [1]) end)]),
    io:format("~p~n", [t(fun() -> only_positive(5) end)]).

t(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
