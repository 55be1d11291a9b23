-module(proc_exit_self_normal).
-export([main/0]).

%% exit(self(), normal) is NOT ignored: unlike exit(Other, normal), a
%% process that sends `normal` to itself and does not trap exits
%% terminates with reason normal. A trapping process instead receives
%% {'EXIT', self(), normal}.
watch(F) ->
    {P, R} = spawn_monitor(F),
    receive {'DOWN', R, process, P, Reason} -> Reason end.

main() ->
    Parent = self(),
    R1 = watch(fun() ->
                       exit(self(), normal),
                       receive after 100 -> ok end,
                       Parent ! still_running,
                       exit(survived)
               end),
    io:format("non-trapping: ~p, ran on: ~p~n", [R1, receive still_running -> yes after 0 -> no end]),
    R2 = watch(fun() ->
                       process_flag(trap_exit, true),
                       exit(self(), normal),
                       receive {'EXIT', From, Why} -> exit({trapped, From =:= self(), Why}) after 1000 -> exit(nothing) end
               end),
    io:format("trapping: ~p~n", [R2]),
    %% exit(self(), Other) kills a non-trapping process with that reason.
    io:format("exit(self(), bye): ~p~n", [watch(fun() -> exit(self(), bye), receive after 1000 -> exit(survived) end end)]),
    io:format("exit(self(), bye) trapped: ~p~n",
              [watch(fun() -> process_flag(trap_exit, true), exit(self(), bye), receive M -> exit({msg, element(1, M), element(3, M)}) end end)]),
    %% exit(self(), kill) kills even a trapping process, with reason killed.
    io:format("exit(self(), kill) trapped: ~p~n",
              [watch(fun() -> process_flag(trap_exit, true), exit(self(), kill), receive after 1000 -> exit(survived) end end)]),
    %% exit/1 with normal, for comparison.
    io:format("exit(normal): ~p~n", [watch(fun() -> exit(normal) end)]).
