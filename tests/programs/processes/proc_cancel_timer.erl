-module(proc_cancel_timer).
-export([main/0]).

%% erlang:cancel_timer/1 returns the time left (an integer) for an active
%% timer and false for one that fired or was already cancelled. A cancelled
%% timer never delivers its message.
main() ->
    T1 = erlang:send_after(10000, self(), t1),
    Left = erlang:cancel_timer(T1),
    io:format("active timer: integer ~p, within range ~p~n", [is_integer(Left), Left > 0 andalso Left =< 10000]),
    io:format("cancel again: ~p~n", [erlang:cancel_timer(T1)]),
    T2 = erlang:send_after(10, self(), t2),
    receive t2 -> ok end,
    io:format("fired timer: ~p~n", [erlang:cancel_timer(T2)]),
    io:format("unknown reference: ~p~n", [erlang:cancel_timer(make_ref())]),
    T3 = erlang:send_after(100, self(), t3),
    erlang:cancel_timer(T3),
    io:format("cancelled message: ~p~n", [receive t3 -> delivered after 200 -> never_delivered end]),
    %% Cancelling one timer leaves the others.
    Ts = [{I, erlang:send_after(100 + I, self(), {t, I})} || I <- lists:seq(1, 10)],
    [erlang:cancel_timer(T) || {I, T} <- Ts, I rem 2 =:= 0],
    Got = lists:sort([receive {t, I} -> I end || _ <- lists:seq(1, 5)]),
    io:format("kept timers: ~p~n", [Got]),
    io:format("no more: ~p~n", [receive {t, _} -> more after 50 -> none end]),
    %% Another process may cancel the timer.
    T4 = erlang:send_after(10000, self(), t4),
    Parent = self(),
    spawn(fun() -> Parent ! {cancelled, is_integer(erlang:cancel_timer(T4))} end),
    receive {cancelled, C} -> io:format("cancelled by another process: ~p~n", [C]) end,
    io:format("then: ~p~n", [erlang:cancel_timer(T4)]),
    io:format("bad argument: ~p~n", [try erlang:cancel_timer(not_a_ref) catch C2:R2 -> {C2, R2} end]).
