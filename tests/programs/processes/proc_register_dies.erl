-module(proc_register_dies).
-export([main/0]).

%% When a registered process ends, for whatever reason, its name is freed
%% and can be reused.
main() ->
    lists:foreach(
      fun(How) ->
              P = spawn(fun() -> receive How -> finish(How) end end),
              register(proc_rd_name, P),
              M = monitor(process, P),
              P ! How,
              receive {'DOWN', M, process, P, Why} -> ok end,
              io:format("~p: reason ~p, whereis ~p~n", [How, Why, whereis(proc_rd_name)])
      end, [normal, crash, killed]),
    %% Killed from outside while registered.
    K = spawn(fun() -> receive after infinity -> ok end end),
    register(proc_rd_name, K),
    exit(K, kill),
    false = is_process_alive(K),
    io:format("after kill, whereis: ~p~n", [whereis(proc_rd_name)]),
    %% Reuse the name many times in a row.
    Count = lists:foldl(fun(_, N) ->
                                P = spawn(fun() -> receive stop -> ok end end),
                                true = register(proc_rd_name, P),
                                M = monitor(process, P),
                                P ! stop,
                                receive {'DOWN', M, process, P, normal} -> ok end,
                                undefined = whereis(proc_rd_name),
                                N + 1
                        end, 0, lists:seq(1, 100)),
    io:format("reused ~p times~n", [Count]),
    %% A linked process killed along with a registered one also frees its name.
    {T, TR} = spawn_monitor(fun() ->
        register(proc_rd_top, self()),
        spawn_link(fun() -> register(proc_rd_child, self()), exit(child_crash) end),
        receive after infinity -> ok end
    end),
    receive {'DOWN', TR, process, T, Why} -> io:format("cascade: ~p~n", [Why]) end,
    io:format("names freed: ~p ~p~n", [whereis(proc_rd_top), whereis(proc_rd_child)]).

finish(normal) -> ok;
finish(crash) -> exit(crashed);
finish(killed) -> exit(self(), kill).
