-module(proc_spawn_link_mfa).
-export([main/0, child/1]).

child(normal) -> ok;
child({exit, R}) -> exit(R);
child({wait, Parent}) -> Parent ! {ready, self()}, receive stop -> stopped end.

main() ->
    Parent = self(),
    {Tester, Ref} = spawn_monitor(fun() -> tester(Parent) end),
    receive {'DOWN', Ref, process, Tester, Reason} -> io:format("tester ended: ~p~n", [Reason]) end.

tester(_Parent) ->
    process_flag(trap_exit, true),
    P1 = spawn_link(proc_spawn_link_mfa, child, [normal]),
    receive {'EXIT', P1, R1} -> io:format("child(normal): ~p~n", [R1]) end,
    P2 = spawn_link(proc_spawn_link_mfa, child, [{exit, shutdown}]),
    receive {'EXIT', P2, R2} -> io:format("child(exit shutdown): ~p~n", [R2]) end,
    P3 = spawn_link(proc_spawn_link_mfa, child, [{exit, {custom, [1, 2]}}]),
    receive {'EXIT', P3, R3} -> io:format("child(exit custom): ~p~n", [R3]) end,
    P4 = spawn_link(proc_spawn_link_mfa, child, [{wait, self()}]),
    receive {ready, P4} -> ok end,
    P4 ! stop,
    receive {'EXIT', P4, R4} -> io:format("child(wait) after stop: ~p~n", [R4]) end,
    %% An undefined function: spawn_link itself succeeds, the child dies with undef.
    P5 = spawn_link(proc_spawn_link_mfa, no_such_function, [1]),
    receive {'EXIT', P5, {undef, [{M, F, A, _} | _]}} ->
            io:format("undefined function: undef ~p:~p/~p~n", [M, F, length(A)]) end,
    exit(finished).
