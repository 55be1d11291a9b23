-module(proc_exit2_other).
-export([main/0]).

%% exit(Pid, Reason) sends an exit signal to another process (no link
%% needed). A non-trapping target dies with Reason; a trapping one receives
%% {'EXIT', Sender, Reason}, where Sender is the caller of exit/2.
main() ->
    Parent = self(),
    Reasons = [stop_now, {shutdown, 1}, [1, 2, 3], 42],
    lists:foreach(
      fun(Reason) ->
              {P, R} = spawn_monitor(fun() -> receive after infinity -> ok end end),
              true = exit(P, Reason),
              receive {'DOWN', R, process, P, Got} -> io:format("non-trapping: ~p -> ~p~n", [Reason, Got]) end
      end, Reasons),
    {T, TR} = spawn_monitor(fun() ->
        process_flag(trap_exit, true),
        Parent ! ready,
        Msgs = [receive {'EXIT', From, Why} -> {From =:= Parent, Why} end || _ <- [1, 2, 3]],
        exit({trapped, Msgs})
    end),
    receive ready -> ok end,
    exit(T, first), exit(T, {second, x}), exit(T, shutdown),
    receive {'DOWN', TR, process, T, Got} -> io:format("trapping: ~p~n", [Got]) end,
    %% A third process sends the signal: the From in the message is that process.
    {U, UR} = spawn_monitor(fun() ->
        process_flag(trap_exit, true),
        Parent ! {ready, self()},
        receive {'EXIT', From, Why} -> exit({from_killer, From, Why}) end
    end),
    receive {ready, U} -> ok end,
    Killer = spawn(fun() -> receive {go, Target} -> exit(Target, from_third) end end),
    Killer ! {go, U},
    receive {'DOWN', UR, process, U, {from_killer, F, W}} -> io:format("from third: ~p ~p~n", [F =:= Killer, W]) end,
    io:format("exit/2 to dead pid returns: ~p~n", [exit(U, whatever)]),
    io:format("exit/2 bad pid: ~p~n", [try exit(not_a_pid, x) catch C:E -> {C, E} end]).
