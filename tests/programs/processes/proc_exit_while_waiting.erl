-module(proc_exit_while_waiting).
-export([main/0]).

%% Exit signals reach processes wherever they are: blocked in a receive,
%% waiting in `after`, sleeping in timer:sleep, or busy computing.
victim(waiting) -> receive never -> ok end;
victim(after_timeout) -> receive never -> ok after 60000 -> ok end;
victim(sleeping) -> timer:sleep(60000);
victim(busy) -> spin(0).

spin(N) -> spin(N + 1).

main() ->
    lists:foreach(
      fun(Kind) ->
              {P, R} = spawn_monitor(fun() -> victim(Kind) end),
              exit(P, {stop, Kind}),
              receive {'DOWN', R, process, P, Why} -> io:format("~p: ~p~n", [Kind, Why]) end
      end, [waiting, after_timeout, sleeping, busy]),
    %% A busy process can be killed too.
    {P, R} = spawn_monitor(fun() -> spin(0) end),
    exit(P, kill),
    receive {'DOWN', R, process, P, Why} -> io:format("busy, kill: ~p~n", [Why]) end,
    %% And a linked crash reaches a busy non-trapping process.
    {Q, QR} = spawn_monitor(fun() ->
        spawn_link(fun() -> receive go -> exit(stop_spinning) end end) ! go,
        spin(0)
    end),
    receive {'DOWN', QR, process, Q, Why2} -> io:format("busy, linked crash: ~p~n", [Why2]) end.
