-module(proc_ref_receive_marker).
-export([main/0]).

%% Request/reply with a fresh reference while the mailbox is full of
%% unrelated messages: the reply is found without rescanning the old ones
%% (BEAM's receive optimisation; Joist's recv_marker_bind/use). The
%% results must be the same as a plain scan, also when older messages are
%% removed between making the reference and waiting for it.
server() ->
    receive
        {From, Ref, X} -> From ! {Ref, X * 2}, server();
        stop -> ok
    end.

call(S, X) ->
    Ref = make_ref(),
    S ! {self(), Ref, X},
    receive {Ref, R} -> R end.

loop(_, 0, Acc) -> Acc;
loop(S, N, Acc) -> loop(S, N - 1, Acc + call(S, N)).

main() ->
    [self() ! {noise, I} || I <- lists:seq(1, 5000)],
    S = spawn(fun server/0),
    io:format("sum of replies: ~p~n", [loop(S, 5000, 0)]),
    %% Older messages are removed after the reference is made: the reply,
    %% queued after them, is still found.
    self() ! {old, 1},
    self() ! {old, 2},
    Ref = make_ref(),
    S ! {self(), Ref, 21},
    receive {old, 1} -> ok end,
    receive {old, 2} -> ok end,
    Got = receive {Ref, R} -> R after 1000 -> none end,
    io:format("reply after removing older messages: ~p~n", [Got]),
    %% A message sent before the reference existed cannot carry it, but a
    %% clause without the reference still sees every message.
    self() ! first,
    Ref2 = make_ref(),
    self() ! {Ref2, second},
    First = receive first -> got_first; {Ref2, _} -> got_second_first end,
    io:format("clause without the reference: ~p~n", [First]),
    receive {Ref2, X2} -> io:format("then: ~p~n", [X2]) end,
    Noise = length([I || I <- lists:seq(1, 5000), receive {noise, I} -> true after 0 -> false end]),
    io:format("noise still queued, in order: ~p~n", [Noise]),
    S ! stop.
