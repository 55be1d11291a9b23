-module(proc_stress_ring_tokens).
-export([main/0]).

%% A ring of 10,000 processes with 100 tokens circulating at once (so
%% every scheduler has work). Each token goes around the ring 5 times,
%% counting the hops; then the ring is shut down.
main() ->
    N = 10000, Tokens = 100, Laps = 5,
    Parent = self(),
    First = spawn(fun() -> receive {next, Next} -> relay(Next, Parent, N * Laps) end end),
    Last = lists:foldl(fun(_, Next) -> spawn(fun() -> relay(Next, Parent, N * Laps) end) end, First, lists:seq(2, N)),
    First ! {next, Last},
    [First ! {token, T, 0} || T <- lists:seq(1, Tokens)],
    Done = [receive {finished, T, Hops} -> Hops end || T <- lists:seq(1, Tokens)],
    io:format("tokens finished: ~p, hops each: ~p~n", [length(Done), lists:usort(Done)]),
    First ! stop,
    receive ring_stopped -> io:format("ring stopped~n") end.

relay(Next, Parent, Limit) ->
    receive
        {token, T, Hops} when Hops + 1 =:= Limit -> Parent ! {finished, T, Hops + 1}, relay(Next, Parent, Limit);
        {token, T, Hops} -> Next ! {token, T, Hops + 1}, relay(Next, Parent, Limit);
        stop -> Next ! {stop, self()}, wait_stop(Parent);
        {stop, Origin} -> Next ! {stop, Origin}
    end.

%% The process that started the shutdown waits for the stop to come round.
wait_stop(Parent) ->
    Me = self(),
    receive {stop, Me} -> Parent ! ring_stopped end.
