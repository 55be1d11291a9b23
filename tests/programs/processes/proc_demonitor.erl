-module(proc_demonitor).
-export([main/0]).

%% demonitor/1 and demonitor/2 with the options flush and info.
main() ->
    %% Removed before the process dies: no 'DOWN' ever arrives.
    P = spawn(fun() -> receive go -> exit(gone) end end),
    Ref = monitor(process, P),
    io:format("demonitor/1: ~p~n", [demonitor(Ref)]),
    P ! go,
    io:format("DOWN after demonitor: ~p~n", [receive {'DOWN', Ref, _, _, _} -> got after 100 -> none end]),
    %% demonitor of an unknown/used reference returns true too.
    io:format("again: ~p~n", [demonitor(Ref)]),
    io:format("fresh ref: ~p~n", [demonitor(make_ref())]),
    %% The process died before demonitor: without flush the 'DOWN' stays queued.
    Q = spawn(fun() -> receive go -> exit(q_gone) end end),
    RefQ = monitor(process, Q),
    Q ! go,
    wait_dead(Q),
    io:format("demonitor/1 after death: ~p~n", [demonitor(RefQ)]),
    io:format("DOWN left: ~p~n", [receive {'DOWN', RefQ, _, _, Wq} -> Wq after 0 -> none end]),
    %% With flush it is removed.
    S = spawn(fun() -> receive go -> exit(s_gone) end end),
    RefS = monitor(process, S),
    S ! go,
    wait_dead(S),
    io:format("demonitor flush: ~p~n", [demonitor(RefS, [flush])]),
    io:format("DOWN left: ~p~n", [receive {'DOWN', RefS, _, _, Ws} -> Ws after 0 -> none end]),
    %% info: true if the monitor was still active and is now removed.
    T = spawn(fun() -> receive go -> ok end end),
    RefT = monitor(process, T),
    io:format("info, active: ~p~n", [demonitor(RefT, [info])]),
    io:format("info, already removed: ~p~n", [demonitor(RefT, [info])]),
    T ! go,
    %% info after the 'DOWN' was delivered: false (the monitor already fired).
    U = spawn(fun() -> receive go -> ok end end),
    RefU = monitor(process, U),
    U ! go,
    receive {'DOWN', RefU, process, U, normal} -> ok end,
    io:format("info, fired: ~p~n", [demonitor(RefU, [info])]),
    %% flush and info together, monitor active.
    V = spawn(fun() -> receive go -> ok end end),
    RefV = monitor(process, V),
    io:format("flush+info, active: ~p~n", [demonitor(RefV, [flush, info])]),
    V ! go,
    io:format("demonitor(R, []): ~p~n", [demonitor(make_ref(), [])]),
    %% flush removes only the 'DOWN' for that reference.
    X = spawn(fun() -> receive go -> ok end end),
    R1 = monitor(process, X), R2 = monitor(process, X),
    X ! go,
    wait_dead(X),
    demonitor(R1, [flush]),
    io:format("other monitor's DOWN kept: ~p~n", [receive {'DOWN', R2, _, _, W2} -> W2 after 0 -> none end]),
    io:format("bad option: ~p~n", [try demonitor(make_ref(), [bogus]) catch C:E -> {C, E} end]).

%% Returns once the process is dead (its 'DOWN' messages are then sent).
wait_dead(P) ->
    M = monitor(process, P),
    receive {'DOWN', M, process, P, _} -> ok end.
