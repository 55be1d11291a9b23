-module(proc_exit_classes).
-export([main/0]).

%% How the three exception classes end a process when uncaught:
%%   exit(R)  -> reason R (no stack, no error report)
%%   error(R) -> reason {R, Stack}
%%   throw(T) -> reason {{nocatch, T}, Stack}
%% and what the catching forms see inside the process.
reason(F) ->
    {P, R} = spawn_monitor(F),
    receive {'DOWN', R, process, P, Reason} -> Reason end.

shape({R, [T | _]}) when is_tuple(T) -> {R, stack};
shape(R) -> R.

main() ->
    io:format("exit: ~p~n", [shape(reason(fun() -> exit(my_reason) end))]),
    io:format("error: ~p~n", [shape(reason(fun() -> erlang:error(my_reason) end))]),
    io:format("error/2: ~p~n", [shape(reason(fun() -> erlang:error(my_reason, [a1]) end))]),
    io:format("throw: ~p~n", [shape(reason(fun() -> throw(my_ball) end))]),
    io:format("exit tuple with list: ~p~n", [shape(reason(fun() -> exit({a, [b]}) end))]),
    %% Caught inside the process, the class and reason are plain.
    Classify = fun(F) -> try F() of V -> {value, V} catch C:R -> {C, R} end end,
    io:format("~p~n", [reason(fun() -> exit(Classify(fun() -> exit(x) end)) end)]),
    io:format("~p~n", [reason(fun() -> exit(Classify(fun() -> erlang:error(x) end)) end)]),
    io:format("~p~n", [reason(fun() -> exit(Classify(fun() -> throw(x) end)) end)]),
    %% catch: exit gives {'EXIT', R}, error gives {'EXIT', {R, Stack}}, throw gives the value.
    io:format("~p~n", [reason(fun() -> exit(shape2(catch exit(x))) end)]),
    io:format("~p~n", [reason(fun() -> exit(shape2(catch erlang:error(x))) end)]),
    io:format("~p~n", [reason(fun() -> exit(shape2(catch throw(x))) end)]),
    %% A process that catches everything keeps running.
    io:format("~p~n", [reason(fun() -> catch erlang:error(x), catch exit(y), catch throw(z), exit(all_caught) end)]).

shape2({'EXIT', R}) -> {'EXIT', shape(R)};
shape2(V) -> V.
