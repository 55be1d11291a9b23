-module(proc_mailbox_order).
-export([main/0]).

%% Messages from one sender to one receiver arrive in the order sent, even
%% with interleaved sends to other processes.
collect(0, Acc) -> lists:reverse(Acc);
collect(N, Acc) -> receive {n, I} -> collect(N - 1, [I | Acc]) end.

main() ->
    Parent = self(),
    N = 5000,
    spawn(fun() -> [Parent ! {n, I} || I <- lists:seq(1, N)] end),
    Got = collect(N, []),
    io:format("in order: ~p (~p messages)~n", [Got =:= lists:seq(1, N), length(Got)]),
    %% A relay: A sends to B, B forwards to main; order is kept along the path.
    B = spawn(fun Relay() -> receive stop -> ok; M -> Parent ! M, Relay() end end),
    spawn(fun() -> [B ! {n, I} || I <- lists:seq(1, 1000)], B ! stop end),
    Got2 = collect(1000, []),
    io:format("relayed in order: ~p~n", [Got2 =:= lists:seq(1, 1000)]),
    %% A sender alternating between two receivers: each sees its own order.
    Sink = fun() ->
                   Loop = fun L(Acc) -> receive {n, I} -> L([I | Acc]); {done, To} -> To ! {self(), lists:reverse(Acc)} end end,
                   Loop([])
           end,
    S1 = spawn(Sink), S2 = spawn(Sink),
    [case I rem 2 of 0 -> S1 ! {n, I}; 1 -> S2 ! {n, I} end || I <- lists:seq(1, 200)],
    S1 ! {done, Parent}, S2 ! {done, Parent},
    receive {S1, L1} -> io:format("S1 evens in order: ~p~n", [L1 =:= lists:seq(2, 200, 2)]) end,
    receive {S2, L2} -> io:format("S2 odds in order: ~p~n", [L2 =:= lists:seq(1, 199, 2)]) end.
