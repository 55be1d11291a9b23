-module(proc_exit_shapes).
-export([main/0]).

%% The shape of {'EXIT', Pid, Reason} for each way a linked process can end,
%% as seen by a trapping parent. Stacks are replaced by the atom `stack`.
zero() -> 0.

trap(Body) ->
    Parent = self(),
    {T, R} = spawn_monitor(fun() ->
        process_flag(trap_exit, true),
        P = spawn_link(Body),
        Parent ! {child, P},
        receive {'EXIT', From, Why} -> exit({From =:= P, normalise(Why)}) end
    end),
    receive {child, P} -> ok end,
    receive {'DOWN', R, process, T, Res} -> {P, Res} end.

normalise({Reason, Stack}) when is_list(Stack), Stack =/= [], is_tuple(hd(Stack)) -> {Reason, stack};
normalise(R) -> R.

main() ->
    Cases = [{returns, fun() -> ok end},
             {exit_normal, fun() -> exit(normal) end},
             {exit_atom, fun() -> exit(bye) end},
             {exit_tuple, fun() -> exit({shutdown, reason}) end},
             {exit_kill, fun() -> exit(kill) end},
             {error_badarith, fun() -> 1 / zero() end},
             {error_custom, fun() -> erlang:error({custom, 1}) end},
             {error_badarg, fun() -> atom_to_list(zero()) end},
             {throw, fun() -> throw(ball) end},
             {undef, fun() -> no_such_module_xyz:f(zero()) end},
             {function_clause, fun() -> lists:map(zero(), zero()) end},
             {killed, fun() -> exit(self(), kill), receive after infinity -> ok end end}],
    lists:foreach(fun({Name, F}) ->
                          {_, Res} = trap(F),
                          io:format("~p: ~p~n", [Name, Res])
                  end, Cases),
    %% Killed from outside and noproc from a link to a dead pid.
    Parent = self(),
    {T, R} = spawn_monitor(fun() ->
        process_flag(trap_exit, true),
        P = spawn_link(fun() -> receive after infinity -> ok end end),
        Parent ! {victim, P},
        receive {'EXIT', P, Why} -> exit(Why) end
    end),
    receive {victim, V} -> exit(V, kill) end,
    receive {'DOWN', R, process, T, K} -> io:format("killed from outside: ~p~n", [K]) end,
    {T2, R2} = spawn_monitor(fun() ->
        process_flag(trap_exit, true),
        {D, DR} = spawn_monitor(fun() -> ok end),
        receive {'DOWN', DR, process, D, _} -> ok end,
        link(D),
        receive {'EXIT', D, Why} -> exit(Why) end
    end),
    receive {'DOWN', R2, process, T2, NP} -> io:format("link to dead pid: ~p~n", [NP]) end,
    %% exit/2 from a non-linked process, trapped: Pid is the sender.
    {T3, R3} = spawn_monitor(fun() ->
        process_flag(trap_exit, true),
        Parent ! {ready, self()},
        receive {'EXIT', From, Why} -> exit({From =:= Parent, Why}) end
    end),
    receive {ready, T3} -> exit(T3, {from, main}) end,
    receive {'DOWN', R3, process, T3, E3} -> io:format("exit/2 from main: ~p~n", [E3]) end.
