-module(proc_link_dead).
-export([main/0]).

%% link/1 to a process that no longer exists (OTP 25, local pid):
%%  - a non-trapping caller gets an error exception with reason noproc
%%    (catchable; uncaught it kills the caller);
%%  - a trapping caller gets `true` and then {'EXIT', Pid, noproc}.
watch(F) ->
    {P, R} = spawn_monitor(F),
    receive {'DOWN', R, process, P, Reason} -> Reason end.

main() ->
    {Dead, DR} = spawn_monitor(fun() -> ok end),
    receive {'DOWN', DR, process, Dead, normal} -> ok end,
    io:format("non-trapping, caught: ~p~n",
              [watch(fun() -> exit(try link(Dead) of V -> {returned, V} catch C:E -> {C, E} end) end)]),
    R1 = watch(fun() -> link(Dead), exit(survived) end),
    io:format("non-trapping, uncaught: ~p~n", [element(1, R1)]),
    io:format("trapping: ~p~n",
              [watch(fun() ->
                             process_flag(trap_exit, true),
                             V = link(Dead),
                             receive {'EXIT', Dead, Why} -> exit({V, Why}) after 1000 -> exit({V, no_message}) end
                     end)]),
    %% spawn_link cannot have this problem; the child may die at once.
    io:format("spawn_link of instantly dying child: ~p~n",
              [watch(fun() ->
                             process_flag(trap_exit, true),
                             C = spawn_link(fun() -> exit(quick) end),
                             receive {'EXIT', C, Why} -> exit(Why) end
                     end)]),
    %% A process killed just before the link call.
    io:format("after kill: ~p~n",
              [watch(fun() ->
                             process_flag(trap_exit, true),
                             Q = spawn(fun() -> receive after infinity -> ok end end),
                             exit(Q, kill),
                             false = is_process_alive(Q),
                             true = link(Q),
                             receive {'EXIT', Q, Why} -> exit(Why) end
                     end)]).
