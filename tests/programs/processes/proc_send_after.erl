-module(proc_send_after).
-export([main/0]).

%% erlang:send_after/3 delivers a message after a delay and returns a
%% reference.
now_ms() -> erlang:monotonic_time(millisecond).

main() ->
    T0 = now_ms(),
    TRef = erlang:send_after(100, self(), tick),
    io:format("returns a reference: ~p~n", [is_reference(TRef)]),
    io:format("not there yet: ~p~n", [receive tick -> early after 0 -> not_yet end]),
    receive tick -> ok end,
    io:format("arrived, no earlier than 100 ms: ~p~n", [now_ms() - T0 >= 100]),
    %% Timers with well separated delays fire in delay order.
    erlang:send_after(200, self(), {t, 3}),
    erlang:send_after(10, self(), {t, 1}),
    erlang:send_after(100, self(), {t, 2}),
    Order = [receive {t, N} -> N end || _ <- [1, 2, 3]],
    io:format("order: ~p~n", [Order]),
    %% Timeout 0 fires at once (but still as a message).
    erlang:send_after(0, self(), zero),
    io:format("zero: ~p~n", [receive zero -> zero after 1000 -> missing end]),
    %% A timer to another process.
    Parent = self(),
    P = spawn(fun() -> receive ring -> Parent ! {rang, self()} end end),
    erlang:send_after(20, P, ring),
    receive {rang, P} -> io:format("timer reached another process~n") end,
    %% Any term as the message.
    erlang:send_after(5, self(), {complex, [1, 2], #{k => v}, <<"b">>}),
    receive {complex, _, _, _} = M -> io:format("~p~n", [M]) end,
    %% A timer to a pid that is dead by the time it fires is simply dropped.
    {D, R} = spawn_monitor(fun() -> ok end),
    receive {'DOWN', R, process, D, normal} -> ok end,
    io:format("to dead pid: ~p~n", [is_reference(erlang:send_after(10, D, lost))]),
    %% Many timers at once.
    [erlang:send_after(I rem 20, self(), {many, I}) || I <- lists:seq(1, 500)],
    Many = lists:sort([receive {many, I} -> I end || _ <- lists:seq(1, 500)]),
    io:format("500 timers fired: ~p~n", [Many =:= lists:seq(1, 500)]),
    io:format("bad destination: ~p~n", [catch_class(fun() -> erlang:send_after(10, "x", m) end)]),
    io:format("bad time: ~p~n", [catch_class(fun() -> erlang:send_after(-1, self(), m) end)]).

catch_class(F) ->
    try F() of _ -> no_error catch C:R -> {C, R} end.
