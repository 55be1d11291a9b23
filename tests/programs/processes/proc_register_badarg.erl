-module(proc_register_badarg).
-export([main/0]).

%% The badarg cases of register/2 and unregister/1.
try_it(F) ->
    try F() of
        V -> {ok, V}
    catch
        Class:Reason -> {Class, Reason}
    end.

main() ->
    P = spawn(fun() -> receive stop -> ok end end),
    Q = spawn(fun() -> receive stop -> ok end end),
    true = register(proc_rb_taken, P),
    io:format("name already taken: ~p~n", [try_it(fun() -> register(proc_rb_taken, Q) end)]),
    io:format("same name, same pid: ~p~n", [try_it(fun() -> register(proc_rb_taken, P) end)]),
    io:format("pid already has a name: ~p~n", [try_it(fun() -> register(proc_rb_other, P) end)]),
    io:format("name undefined: ~p~n", [try_it(fun() -> register(undefined, Q) end)]),
    io:format("name not an atom: ~p~n", [try_it(fun() -> register("name", Q) end)]),
    io:format("not a pid: ~p~n", [try_it(fun() -> register(proc_rb_x, not_a_pid) end)]),
    {D, DR} = spawn_monitor(fun() -> ok end),
    receive {'DOWN', DR, process, D, _} -> ok end,
    io:format("dead pid: ~p~n", [try_it(fun() -> register(proc_rb_dead, D) end)]),
    io:format("unregister unknown: ~p~n", [try_it(fun() -> unregister(proc_rb_unknown) end)]),
    io:format("unregister twice: ~p ~p~n",
              [try_it(fun() -> unregister(proc_rb_taken) end), try_it(fun() -> unregister(proc_rb_taken) end)]),
    io:format("unregister non-atom: ~p~n", [try_it(fun() -> unregister(123) end)]),
    io:format("Q still unnamed: ~p~n", [process_info(Q, registered_name)]),
    io:format("now Q can take the name: ~p~n", [try_it(fun() -> register(proc_rb_taken, Q) end)]),
    %% Uncaught in a process, the badarg ends it.
    {E, ER} = spawn_monitor(fun() -> register(proc_rb_taken, self()) end),
    receive {'DOWN', ER, process, E, {Why, _}} -> io:format("uncaught in a process: ~p~n", [Why]) end,
    P ! stop, Q ! stop.
