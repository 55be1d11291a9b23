-module(proc_monitor_basic).
-export([main/0]).

%% erlang:monitor(process, Pid) and the 'DOWN' message:
%% {'DOWN', Ref, process, Pid, Reason}.
main() ->
    Parent = self(),
    P = spawn(fun() -> receive {stop, R} -> exit(R) end end),
    Ref = erlang:monitor(process, P),
    io:format("reference: ~p~n", [is_reference(Ref)]),
    P ! {stop, finished},
    receive
        {'DOWN', Ref, Type, Obj, Reason} ->
            io:format("type ~p, object is the pid ~p, reason ~p~n", [Type, Obj =:= P, Reason])
    end,
    %% The auto-imported monitor/2 is the same BIF.
    Q = spawn(fun() -> receive go -> ok end end),
    Ref2 = monitor(process, Q),
    Q ! go,
    receive {'DOWN', Ref2, process, Q, R2} -> io:format("monitor/2: ~p~n", [R2]) end,
    %% Monitors are one-way: the monitored process is not affected when the
    %% monitoring process dies.
    Target = spawn(fun() -> receive {ping, From} -> From ! pong end end),
    {W, WR} = spawn_monitor(fun() -> monitor(process, Target), exit(watcher_gone) end),
    receive {'DOWN', WR, process, W, _} -> ok end,
    Target ! {ping, self()},
    io:format("target after watcher died: ~p~n", [receive pong -> alive after 1000 -> dead end]),
    %% Two monitors on the same process give two 'DOWN' messages.
    V = spawn(fun() -> receive go -> exit(twice) end end),
    M1 = monitor(process, V),
    M2 = monitor(process, V),
    io:format("distinct refs: ~p~n", [M1 =/= M2]),
    V ! go,
    D1 = receive {'DOWN', M1, process, V, X1} -> X1 end,
    D2 = receive {'DOWN', M2, process, V, X2} -> X2 end,
    io:format("both: ~p ~p~n", [D1, D2]),
    %% Many watchers of one process all get the same reason.
    Victim = spawn(fun() -> receive go -> exit({common, reason}) end end),
    Ws = [spawn(fun() -> MR = monitor(process, Victim), Parent ! {watching, self()},
                         receive {'DOWN', MR, process, Victim, Why} -> Parent ! {saw, self(), Why} end end)
          || _ <- lists:seq(1, 20)],
    [receive {watching, Wp} -> ok end || Wp <- Ws],
    Victim ! go,
    Seen = lists:usort([receive {saw, Wp, Why} -> Why end || Wp <- Ws]),
    io:format("20 watchers saw: ~p~n", [Seen]),
    io:format("monitor of self: ~p~n", [is_reference(monitor(process, self()))]),
    io:format("bad type: ~p~n", [try monitor(port_or_what, self()) catch C:E -> {C, E} end]),
    io:format("bad target: ~p~n", [try monitor(process, 42) catch C2:E2 -> {C2, E2} end]).
