-module(proc_link_kill).
-export([main/0]).

%% exit(Pid, kill) cannot be trapped: the target dies with reason `killed`,
%% and processes linked to it receive `killed` (not `kill`).
main() ->
    Parent = self(),
    %% Even a trapping process dies.
    {V, VR} = spawn_monitor(fun() -> process_flag(trap_exit, true), Parent ! trapping, receive after infinity -> ok end end),
    receive trapping -> ok end,
    exit(V, kill),
    receive {'DOWN', VR, process, V, R1} -> io:format("trapping victim: ~p~n", [R1]) end,
    %% A trapping process linked to the victim sees {'EXIT', Victim, killed}.
    {W, WR} = spawn_monitor(fun() ->
        process_flag(trap_exit, true),
        Victim = spawn_link(fun() -> receive after infinity -> ok end end),
        exit(Victim, kill),
        receive {'EXIT', Victim, Why} -> exit({linked_saw, Why}) end
    end),
    receive {'DOWN', WR, process, W, R2} -> io:format("~p~n", [R2]) end,
    %% A non-trapping process linked to the victim dies with killed as well.
    {X, XR} = spawn_monitor(fun() ->
        Victim = spawn_link(fun() -> receive after infinity -> ok end end),
        Parent ! {victim, Victim},
        receive after infinity -> ok end
    end),
    receive {victim, Vic} -> exit(Vic, kill) end,
    receive {'DOWN', XR, process, X, R3} -> io:format("non-trapping linked: ~p~n", [R3]) end,
    %% The killed process does not run any more code (no message after kill).
    {Y, YR} = spawn_monitor(fun() -> receive after 1000 -> Parent ! should_not_happen end end),
    exit(Y, kill),
    receive {'DOWN', YR, process, Y, R4} -> io:format("sleeping victim: ~p~n", [R4]) end,
    io:format("no late message: ~p~n", [receive should_not_happen -> bad after 200 -> ok end]),
    %% kill on a process that already ended: nothing happens, exit/2 returns true.
    io:format("exit/2 returns: ~p~n", [exit(Y, kill)]).
