-module(proc_link_normal_exit).
-export([main/0]).

%% A linked process that exits with reason `normal` has no effect on a
%% process that does not trap exits; a trapping process gets
%% {'EXIT', Pid, normal}.
main() ->
    Parent = self(),
    {T1, R1} = spawn_monitor(fun() ->
        C = spawn_link(fun() -> receive go -> ok end end),
        M = monitor(process, C),
        C ! go,
        receive {'DOWN', M, process, C, normal} -> ok end,
        Parent ! {survived, process_info(self(), links)},
        receive after 20 -> exit(checked) end
    end),
    receive {survived, L} -> io:format("non-trapping survived, links now: ~p~n", [L]) end,
    receive {'DOWN', R1, process, T1, Why1} -> io:format("it ended with: ~p~n", [Why1]) end,
    {T2, R2} = spawn_monitor(fun() ->
        process_flag(trap_exit, true),
        C = spawn_link(fun() -> ok end),
        receive {'EXIT', C, Reason} -> exit({trapped, Reason}) end
    end),
    receive {'DOWN', R2, process, T2, Why2} -> io:format("trapping: ~p~n", [Why2]) end,
    %% The same when the child ends by calling exit(normal).
    {T3, R3} = spawn_monitor(fun() ->
        process_flag(trap_exit, true),
        C = spawn_link(fun() -> exit(normal) end),
        receive {'EXIT', C, Reason} -> exit({trapped, Reason}) end
    end),
    receive {'DOWN', R3, process, T3, Why3} -> io:format("exit(normal): ~p~n", [Why3]) end.
