%% timer -- time measurement and time conversion functions, written in
%% Joist (Level 1 Erlang).
%%
%% Mirrors the non-server part of the `timer` module of Erlang/OTP 25:
%% tc/1,2,3, sleep/1, seconds/1, minutes/1, hours/1, hms/3 and now_diff/2.
%% The timer-server functions (send_after, apply_after, cancel, ...) are
%% not provided; use erlang:send_after/3 and erlang:cancel_timer/1.
%%
%% tc/1,2,3 measure with erlang:monotonic_time(microsecond) at both ends,
%% where OTP reads native time and converts the difference; the elapsed
%% time can therefore differ from OTP's rounding by one microsecond.

-module(timer).

-export([tc/1, tc/2, tc/3, sleep/1, seconds/1, minutes/1, hours/1, hms/3,
         now_diff/2]).

%% Returns {Microseconds, Value} for the call F().
tc(F) ->
    T1 = erlang:monotonic_time(microsecond),
    Val = F(),
    T2 = erlang:monotonic_time(microsecond),
    {T2 - T1, Val}.

%% Returns {Microseconds, Value} for the call apply(F, Args).
tc(F, Args) ->
    T1 = erlang:monotonic_time(microsecond),
    Val = apply(F, Args),
    T2 = erlang:monotonic_time(microsecond),
    {T2 - T1, Val}.

%% Returns {Microseconds, Value} for the call apply(M, F, Args).
tc(M, F, Args) ->
    T1 = erlang:monotonic_time(microsecond),
    Val = apply(M, F, Args),
    T2 = erlang:monotonic_time(microsecond),
    {T2 - T1, Val}.

%% Suspends the calling process for Time milliseconds.
sleep(Time) ->
    receive
    after Time -> ok
    end.

%% Conversions to milliseconds.
seconds(Seconds) -> 1000 * Seconds.

minutes(Minutes) -> 1000 * 60 * Minutes.

hours(Hours) -> 1000 * 60 * 60 * Hours.

hms(H, M, S) -> hours(H) + minutes(M) + seconds(S).

%% Difference in microseconds between two erlang:timestamp() tuples.
now_diff({A2, B2, C2}, {A1, B1, C1}) ->
    ((A2 - A1) * 1000000 + B2 - B1) * 1000000 + C2 - C1.
