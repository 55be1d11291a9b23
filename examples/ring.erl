%% A ring of processes: 10,000 processes are spawned, each knowing the
%% next one; the last one links back to main. A token (a counter) travels
%% round the ring 100 times, each process adding one, i.e. one million
%% messages. Then a `stop` message goes round and every process ends.
%%
%% Run: joist run examples/ring.erl      (or: erlc ring.erl &&
%%      erl -noshell -s ring main -s init stop)
%%
%% Output:
%%   ring of 10000 processes built
%%   lap 10: token = 100000
%%   lap 20: token = 200000
%%   lap 30: token = 300000
%%   lap 40: token = 400000
%%   lap 50: token = 500000
%%   lap 60: token = 600000
%%   lap 70: token = 700000
%%   lap 80: token = 800000
%%   lap 90: token = 900000
%%   lap 100: token = 1000000
%%   1000000 messages passed, ring stopped
-module(ring).
-export([main/0]).

main() ->
    N = 10000,
    Laps = 100,
    %% Build the ring backwards: each new process sends to the previous one;
    %% the first one built sends back to main.
    Start = lists:foldl(fun(_, Next) -> spawn(fun() -> member(Next) end) end, self(), lists:seq(1, N)),
    io:format("ring of ~p processes built~n", [N]),
    Token = laps(Start, 0, 1, Laps),
    Start ! stop,
    receive stop -> ok end,
    io:format("~p messages passed, ring stopped~n", [Token]).

laps(_Start, Token, Lap, Laps) when Lap > Laps ->
    Token;
laps(Start, Token, Lap, Laps) ->
    Start ! {token, Token},
    receive
        {token, T} ->
            case Lap rem 10 of
                0 -> io:format("lap ~p: token = ~p~n", [Lap, T]);
                _ -> ok
            end,
            laps(Start, T, Lap + 1, Laps)
    end.

member(Next) ->
    receive
        {token, T} ->
            Next ! {token, T + 1},
            member(Next);
        stop ->
            Next ! stop
    end.
