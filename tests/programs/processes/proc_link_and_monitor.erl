-module(proc_link_and_monitor).
-export([main/0]).

%% A trapping process both linked to and monitoring the same child gets
%% both an {'EXIT', ...} message and a 'DOWN' message, with the same reason.
main() ->
    Parent = self(),
    {T, TR} = spawn_monitor(fun() ->
        process_flag(trap_exit, true),
        Results = [begin
                       C = spawn_link(fun() -> receive go -> finish(How) end end),
                       M = monitor(process, C),
                       C ! go,
                       E = receive {'EXIT', C, R1} -> R1 end,
                       D = receive {'DOWN', M, process, C, R2} -> R2 end,
                       {How, shape(E), shape(D)}
                   end || How <- [normal, crash, error, kill_self, killed]],
        Parent ! {results, Results}
    end),
    receive {results, Rs} -> [io:format("~p~n", [R]) || R <- Rs] end,
    receive {'DOWN', TR, process, T, normal} -> ok end,
    %% unlink does not remove the monitor; demonitor does not remove the link.
    {U, UR} = spawn_monitor(fun() ->
        process_flag(trap_exit, true),
        C = spawn_link(fun() -> receive go -> exit(bye) end end),
        M = monitor(process, C),
        unlink(C),
        C ! go,
        D = receive {'DOWN', M, process, C, R} -> R end,
        E = receive {'EXIT', C, R2} -> R2 after 100 -> no_exit_message end,
        C2 = spawn_link(fun() -> receive go -> exit(bye2) end end),
        M2 = monitor(process, C2),
        demonitor(M2),
        C2 ! go,
        E2 = receive {'EXIT', C2, R3} -> R3 end,
        D2 = receive {'DOWN', M2, _, _, _} -> got after 100 -> no_down end,
        exit({D, E, E2, D2})
    end),
    receive {'DOWN', UR, process, U, Res} -> io:format("~p~n", [Res]) end.

shape({R, [T | _]}) when is_tuple(T) -> {R, stack};
shape(R) -> R.

finish(normal) -> ok;
finish(crash) -> exit(crash);
finish(error) -> erlang:error(oops);
finish(kill_self) -> exit(kill);
finish(killed) -> exit(self(), kill).
