-module(proc_exit_kill_reason).
-export([main/0]).

%% A process that ends itself with exit(kill) dies with reason `kill`, and
%% the exit signal its links receive has reason `kill` too -- but, not
%% being sent by exit/2, it is an ordinary signal: trappable, and a
%% non-trapping linked process dies with reason `kill` (not `killed`).
watch(F) ->
    {P, R} = spawn_monitor(F),
    receive {'DOWN', R, process, P, Reason} -> Reason end.

main() ->
    io:format("own reason: ~p~n", [watch(fun() -> exit(kill) end)]),
    io:format("trapping link sees: ~p~n",
              [watch(fun() ->
                             process_flag(trap_exit, true),
                             C = spawn_link(fun() -> exit(kill) end),
                             receive {'EXIT', C, R} -> exit({trapped, R}) end
                     end)]),
    io:format("non-trapping link dies with: ~p~n",
              [watch(fun() ->
                             spawn_link(fun() -> exit(kill) end),
                             receive after 5000 -> exit(not_killed) end
                     end)]),
    %% Two hops: the middle process dies with `kill`, and its other link
    %% (trapping) sees `kill`.
    io:format("second hop sees: ~p~n",
              [watch(fun() ->
                             process_flag(trap_exit, true),
                             Mid = spawn_link(fun() ->
                                                      spawn_link(fun() -> exit(kill) end),
                                                      receive after 5000 -> exit(not_killed) end
                                              end),
                             receive {'EXIT', Mid, R} -> exit({trapped, R}) end
                     end)]),
    %% By contrast exit(Pid, kill) from outside gives `killed` to the links.
    io:format("exit(Pid, kill) gives links: ~p~n",
              [watch(fun() ->
                             process_flag(trap_exit, true),
                             C = spawn_link(fun() -> receive after infinity -> ok end end),
                             exit(C, kill),
                             receive {'EXIT', C, R} -> exit({trapped, R}) end
                     end)]).
