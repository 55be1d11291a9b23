-module(proc_periodic_timer).
-export([main/0]).

%% A periodic tick made by re-arming erlang:send_after/3 on every tick; a
%% `stop` message cancels the pending timer.
ticker(Parent, N, TRef) ->
    receive
        tick ->
            Parent ! {tick, N},
            ticker(Parent, N + 1, erlang:send_after(10, self(), tick));
        {stop, From} ->
            erlang:cancel_timer(TRef),
            From ! {stopped, N}
    end.

main() ->
    Parent = self(),
    T = spawn(fun() -> ticker(Parent, 1, erlang:send_after(10, self(), tick)) end),
    Ticks = [receive {tick, N} -> N end || _ <- lists:seq(1, 5)],
    io:format("ticks: ~p~n", [Ticks]),
    T ! {stop, self()},
    %% The ticker may have sent a few more ticks before it saw `stop`; they
    %% all arrive before its `stopped` reply, which says how many there were.
    receive {stopped, Next} -> ok end,
    Extra = flush_ticks([]),
    io:format("extra ticks are exactly the ones before stop: ~p~n", [Extra =:= lists:seq(6, Next - 1)]),
    io:format("no tick after stop: ~p~n", [receive {tick, _} -> got after 60 -> none end]).

flush_ticks(Acc) -> receive {tick, N} -> flush_ticks([N | Acc]) after 0 -> lists:reverse(Acc) end.
