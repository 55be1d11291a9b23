-module(proc_error_in_linked).
-export([main/0, crasher/1]).

%% An uncaught error in a linked process: the exit reason is {Reason, Stack}
%% where the stack names the function that failed. (The error report goes
%% to stderr and is not part of the expected output.)
crasher(N) -> 10 div N.

main() ->
    Parent = self(),
    {T, R} = spawn_monitor(fun() ->
        process_flag(trap_exit, true),
        P = spawn_link(proc_error_in_linked, crasher, [0]),
        receive {'EXIT', P, {Reason, Stack}} ->
                Parent ! {reason, Reason, hd(Stack)}
        end
    end),
    receive {reason, Reason, Top} ->
            io:format("reason: ~p~n", [Reason]),
            {M, F, A, _Loc} = Top,
            io:format("top of stack: ~p:~p/~p~n", [M, F, if is_list(A) -> length(A); true -> A end])
    end,
    receive {'DOWN', R, process, T, normal} -> ok end,
    %% The same error caught inside the process does not end it.
    {T2, R2} = spawn_monitor(fun() ->
        Res = try crasher(0) catch error:E -> {caught, E} end,
        exit(Res)
    end),
    receive {'DOWN', R2, process, T2, Res} -> io:format("caught inside: ~p~n", [Res]) end,
    %% Without trapping, the linked parent dies with the child's reason.
    {T3, R3} = spawn_monitor(fun() ->
        spawn_link(proc_error_in_linked, crasher, [zero]),
        receive after 5000 -> exit(survived) end
    end),
    receive {'DOWN', R3, process, T3, {Why3, _}} -> io:format("non-trapping parent: ~p~n", [Why3]) end,
    %% Several crashing children, one trapping parent: every child reported.
    {T4, R4} = spawn_monitor(fun() ->
        process_flag(trap_exit, true),
        Ps = [spawn_link(proc_error_in_linked, crasher, [X]) || X <- [1, 0, 2, 0, 5]],
        Rs = [receive {'EXIT', P, Why} -> case Why of {E, S} when is_list(S) -> E; _ -> Why end end || P <- Ps],
        exit(Rs)
    end),
    receive {'DOWN', R4, process, T4, Rs} -> io:format("children: ~p~n", [Rs]) end.
