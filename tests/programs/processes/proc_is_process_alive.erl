-module(proc_is_process_alive).
-export([main/0]).

%% is_process_alive/1.
main() ->
    io:format("self: ~p~n", [is_process_alive(self())]),
    P = spawn(fun() -> receive stop -> ok end end),
    io:format("waiting process: ~p~n", [is_process_alive(P)]),
    M = monitor(process, P),
    P ! stop,
    receive {'DOWN', M, process, P, normal} -> ok end,
    io:format("after its DOWN: ~p~n", [is_process_alive(P)]),
    %% Signals from the caller are handled before the check: after
    %% exit(Q, kill) the process is already seen dead.
    Q = spawn(fun() -> receive after infinity -> ok end end),
    exit(Q, kill),
    io:format("right after exit(Q, kill): ~p~n", [is_process_alive(Q)]),
    Rs = [begin X = spawn(fun() -> receive after infinity -> ok end end), exit(X, kill), is_process_alive(X) end
          || _ <- lists:seq(1, 100)],
    io:format("100 kills: ~p~n", [lists:usort(Rs)]),
    %% exit(R, normal) to a non-trapping process does not end it.
    R = spawn(fun() -> receive after infinity -> ok end end),
    exit(R, normal),
    io:format("after exit(R, normal): ~p~n", [is_process_alive(R)]),
    exit(R, other),
    io:format("after exit(R, other): ~p~n", [is_process_alive(R)]),
    io:format("not a pid: ~p~n", [try is_process_alive(self) catch C:E -> {C, E} end]).
