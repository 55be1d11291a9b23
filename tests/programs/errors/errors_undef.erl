-module(errors_undef).
-export([main/0, exported/0]).

exported() -> i_am_exported.
not_exported() -> hidden.

main() ->
    M = no_such_module,
    io:format("~p~n", [t(fun() -> M:f() end)]),
    F = no_such_function,
    io:format("~p~n", [t(fun() -> errors_undef:F(1, 2) end)]),
    io:format("~p~n", [t(fun() -> lists:no_such_fn([]) end)]),
    io:format("~p~n", [t(fun() -> apply(errors_undef, not_exported, []) end)]),
    io:format("~p~n", [t(fun() -> apply(errors_undef, exported, [extra_arg]) end)]),
    io:format("~p~n", [t(fun() -> apply(errors_undef, exported, []) end)]),
    io:format("~p~n", [not_exported()]),
    G = fun nosuchmod:nosuchfun/1,
    io:format("~p~n", [t(fun() -> G(1) end)]).

t(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
