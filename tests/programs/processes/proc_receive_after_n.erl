-module(proc_receive_after_n).
-export([main/0]).

%% receive ... after N (milliseconds).
now_ms() -> erlang:monotonic_time(millisecond).

main() ->
    T0 = now_ms(),
    R1 = receive never -> got after 50 -> timeout end,
    Elapsed = now_ms() - T0,
    io:format("~p, waited at least 50 ms: ~p~n", [R1, Elapsed >= 50]),
    %% A message that arrives before the timeout wins.
    Parent = self(),
    spawn(fun() -> receive after 20 -> ok end, Parent ! late_but_in_time end),
    R2 = receive late_but_in_time -> arrived after 5000 -> timeout end,
    io:format("~p~n", [R2]),
    %% Non-matching messages do not stop the timer; they stay queued.
    spawn(fun() -> [Parent ! {noise, I} || I <- lists:seq(1, 5)] end),
    R3 = receive signal -> signal after 100 -> timeout end,
    io:format("~p~n", [R3]),
    Noise = [receive {noise, I} -> I end || _ <- lists:seq(1, 5)],
    io:format("noise kept: ~p~n", [Noise]),
    %% Timeout computed at run time.
    Ms = length([a, b, c]) * 10,
    R4 = receive never -> got after Ms -> {timeout_after, Ms} end,
    io:format("~p~n", [R4]),
    %% timer:sleep-like receive: the after body's value is the result.
    R5 = receive after 10 -> lists:sum([1, 2, 3]) end,
    io:format("~p~n", [R5]),
    %% A loop of timeouts counts deterministically.
    io:format("loops: ~p~n", [count_timeouts(5, 0)]).

count_timeouts(0, N) -> N;
count_timeouts(K, N) ->
    receive never -> never after 1 -> count_timeouts(K - 1, N + 1) end.
