-module(proc_trap_exit_flag).
-export([main/0]).

%% process_flag(trap_exit, Bool) returns the previous value. A new process
%% starts with trap_exit = false. (Checked in spawned processes: the main
%% process of `erl -s` already traps exits.)
main() ->
    Parent = self(),
    spawn(fun() ->
                  I0 = process_info(self(), trap_exit),
                  A = process_flag(trap_exit, true),
                  I1 = process_info(self(), trap_exit),
                  B = process_flag(trap_exit, true),
                  C = process_flag(trap_exit, false),
                  D = process_flag(trap_exit, false),
                  I2 = process_info(self(), trap_exit),
                  Parent ! {flags, [I0, A, I1, B, C, D, I2]}
          end),
    receive {flags, L} -> io:format("~p~n", [L]) end,
    %% Trapping can be switched off again: then a linked crash kills.
    {P, R} = spawn_monitor(fun() ->
        process_flag(trap_exit, true),
        C1 = spawn_link(fun() -> exit(first) end),
        receive {'EXIT', C1, first} -> ok end,
        process_flag(trap_exit, false),
        spawn_link(fun() -> exit(second) end),
        receive after 5000 -> exit(survived) end
    end),
    receive {'DOWN', R, process, P, Why} -> io:format("after switching off: ~p~n", [Why]) end,
    %% Signals that arrived while trapping stay messages after switching off.
    {P2, R2} = spawn_monitor(fun() ->
        process_flag(trap_exit, true),
        C2 = spawn_link(fun() -> exit(queued) end),
        M = monitor(process, C2),
        receive {'DOWN', M, process, C2, _} -> ok end,
        process_flag(trap_exit, false),
        receive {'EXIT', C2, Reason} -> exit({still_a_message, Reason}) after 1000 -> exit(lost) end
    end),
    receive {'DOWN', R2, process, P2, Why2} -> io:format("~p~n", [Why2]) end,
    io:format("bad value: ~p~n", [try process_flag(trap_exit, yes) catch C:E -> {C, E} end]).
