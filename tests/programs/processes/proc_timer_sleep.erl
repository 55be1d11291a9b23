-module(proc_timer_sleep).
-export([main/0]).

%% timer:sleep/1 suspends the caller; messages that arrive meanwhile wait in
%% the mailbox.
now_ms() -> erlang:monotonic_time(millisecond).

main() ->
    T0 = now_ms(),
    R = timer:sleep(40),
    io:format("returns ~p, slept at least 40 ms: ~p~n", [R, now_ms() - T0 >= 40]),
    io:format("sleep(0): ~p~n", [timer:sleep(0)]),
    Parent = self(),
    spawn(fun() -> [Parent ! {m, I} || I <- lists:seq(1, 3)] end),
    timer:sleep(50),
    io:format("queued during sleep: ~p~n", [[receive {m, I} -> I end || _ <- [1, 2, 3]]]),
    %% A sleeping process is still reachable after it wakes up.
    P = spawn(fun() -> timer:sleep(30), receive {From, Q} -> From ! {answer, Q + 1} end end),
    P ! {self(), 41},
    receive {answer, A} -> io:format("answer: ~p~n", [A]) end,
    %% Several sleepers finish; collected by pid.
    Ps = [spawn(fun() -> timer:sleep(10 * I), Parent ! {woke, self(), I} end) || I <- lists:seq(1, 5)],
    io:format("woke: ~p~n", [[receive {woke, X, I} -> I end || X <- Ps]]),
    io:format("bad sleep: ~p~n", [try timer:sleep(-5) catch C:Re -> {C, Re} end]).
