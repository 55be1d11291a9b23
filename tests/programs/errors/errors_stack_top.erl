-module(errors_stack_top).
-export([main/0, run/1]).

run(X) -> step(X).
step(X) -> {ok, Y} = X, Y.

clause(1) -> one.

top(F) ->
    try F() of
        V -> {value, V}
    catch
        Class:Reason:Stack ->
            [{M, Fn, A, _} | _] = Stack,
            Arity = if is_list(A) -> length(A); true -> A end,
            {Class, Reason, {M, Fn, Arity}}
    end.

main() ->
    io:format("~p~n", [top(fun() -> errors_stack_top:run({ok, 1}) end)]),
    io:format("~p~n", [top(fun() -> errors_stack_top:run(bad) end)]),
    io:format("~p~n", [top(fun() -> clause(2) end)]),
    io:format("~p~n", [top(fun() -> fail(custom) end)]).

fail(Reason) -> erlang:error(Reason).
