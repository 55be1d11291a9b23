%% Ping-pong: two processes send a ball back and forth. `ping` sends a
%% numbered ping to `pong`, which answers with a pong; each side prints
%% what it received. Printing happens strictly in turn (each process prints
%% before it sends), so the output is the same on every run and on any
%% number of cores. At the end ping tells pong to stop and main waits for
%% both with monitors.
%%
%% Run: joist run examples/pingpong.erl      (or: erlc pingpong.erl &&
%%      erl -noshell -s pingpong main -s init stop)
%%
%% Output:
%%   pong received ping 1
%%   ping received pong 1
%%   pong received ping 2
%%   ping received pong 2
%%   pong received ping 3
%%   ping received pong 3
%%   pong received ping 4
%%   ping received pong 4
%%   pong received ping 5
%%   ping received pong 5
%%   pong stopping
%%   both processes finished
-module(pingpong).
-export([main/0]).

ping(N, Max, Pong) when N > Max ->
    Pong ! stop;
ping(N, Max, Pong) ->
    Pong ! {ping, N, self()},
    receive
        {pong, N} -> io:format("ping received pong ~p~n", [N])
    end,
    ping(N + 1, Max, Pong).

pong() ->
    receive
        {ping, N, From} ->
            io:format("pong received ping ~p~n", [N]),
            From ! {pong, N},
            pong();
        stop ->
            io:format("pong stopping~n")
    end.

main() ->
    {Pong, PongRef} = spawn_monitor(fun pong/0),
    {Ping, PingRef} = spawn_monitor(fun() -> ping(1, 5, Pong) end),
    receive {'DOWN', PingRef, process, Ping, normal} -> ok end,
    receive {'DOWN', PongRef, process, Pong, normal} -> ok end,
    io:format("both processes finished~n").
