-module(proc_monitor_dead).
-export([main/0]).

%% Monitoring a process that no longer exists succeeds and delivers
%% {'DOWN', Ref, process, Pid, noproc} at once.
main() ->
    {P, R} = spawn_monitor(fun() -> ok end),
    receive {'DOWN', R, process, P, normal} -> ok end,
    Ref = monitor(process, P),
    receive
        {'DOWN', Ref, process, Obj, Reason} ->
            io:format("dead pid: ~p, object is the pid: ~p~n", [Reason, Obj =:= P])
    after 1000 -> io:format("no DOWN~n")
    end,
    %% A killed process.
    Q = spawn(fun() -> receive after infinity -> ok end end),
    exit(Q, kill),
    Ref2 = monitor(process, Q),
    receive {'DOWN', Ref2, process, Q, R2} -> io:format("after kill: ~p~n", [R2]) end,
    %% Several monitors of the same dead pid.
    Refs = [monitor(process, P) || _ <- lists:seq(1, 3)],
    io:format("three noprocs: ~p~n", [[receive {'DOWN', X, process, P, W} -> W end || X <- Refs]]),
    %% demonitor with flush of such a monitor: no 'DOWN' is left behind.
    Ref4 = monitor(process, P),
    io:format("demonitor flush: ~p~n", [demonitor(Ref4, [flush])]),
    io:format("after flush: ~p~n", [receive {'DOWN', Ref4, _, _, W4} -> W4 after 0 -> none end]).
