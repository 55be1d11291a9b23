-module(proc_spawn_monitor_fun).
-export([main/0]).

%% spawn_monitor/1 returns {Pid, Ref}; the 'DOWN' message carries both.
main() ->
    {P, R} = spawn_monitor(fun() -> ok end),
    io:format("shape: ~p ~p~n", [is_pid(P), is_reference(R)]),
    receive
        {'DOWN', Ref, Type, Obj, Reason} ->
            io:format("ref matches: ~p, type: ~p, object is pid: ~p, reason: ~p~n",
                      [Ref =:= R, Type, Obj =:= P, Reason])
    end,
    Reasons = [normal, shutdown, {shutdown, x}, [a, list], 42, <<"bin">>, {nested, {tuple, 1.5}}],
    lists:foreach(
      fun(Why) ->
              {P1, R1} = spawn_monitor(fun() -> exit(Why) end),
              receive {'DOWN', R1, process, P1, Got} -> io:format("exit(~p) -> ~p~n", [Why, Got]) end
      end, Reasons),
    %% A monitor does not link: the monitoring process is unaffected by the crash.
    {P2, R2} = spawn_monitor(fun() -> exit(crash) end),
    receive {'DOWN', R2, process, P2, crash} -> ok end,
    io:format("still alive after monitored crash: ~p~n", [is_process_alive(self())]),
    %% Waiting child: DOWN comes only after it is told to stop.
    {P3, R3} = spawn_monitor(fun() -> receive stop -> exit(stopped) end end),
    io:format("before stop: ~p~n", [receive {'DOWN', R3, _, _, _} -> down after 50 -> no_down end]),
    P3 ! stop,
    receive {'DOWN', R3, process, P3, Why} -> io:format("after stop: ~p~n", [Why]) end.
