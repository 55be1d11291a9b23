-module(proc_pingpong).
-export([main/0]).

%% Ping-pong: two processes bounce a counter back and forth. Both print,
%% but strictly alternately (each prints before it sends), so the output
%% order is forced by the message exchange.
ping(0, Pong, Parent) ->
    Pong ! finished,
    Parent ! {ping_done, self()};
ping(N, Pong, Parent) ->
    Pong ! {ping, self(), N},
    receive {pong, N} -> io:format("ping got pong ~p~n", [N]) end,
    ping(N - 1, Pong, Parent).

pong() ->
    receive
        finished -> io:format("pong finished~n");
        {ping, From, N} ->
            io:format("pong got ping ~p~n", [N]),
            From ! {pong, N},
            pong()
    end.

main() ->
    Parent = self(),
    {PongPid, PongRef} = spawn_monitor(fun pong/0),
    Ping = spawn(fun() -> ping(3, PongPid, Parent) end),
    receive {'DOWN', PongRef, process, PongPid, normal} -> ok end,
    io:format("pong exited normally~n"),
    receive {ping_done, Ping} -> io:format("ping reported done~n") end,
    %% A long silent rally; only the count is printed.
    B = spawn(fun Bounce() -> receive {N, From} -> From ! {N + 1, self()}, Bounce(); stop -> ok end end),
    Final = rally(B, 0, 100000),
    B ! stop,
    io:format("rally of ~p exchanges, counter ~p~n", [100000, Final]).

rally(_, N, 0) -> N;
rally(B, N, K) -> B ! {N, self()}, receive {M, B} -> rally(B, M, K - 1) end.
