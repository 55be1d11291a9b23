-module(proc_ring).
-export([main/0]).

%% A ring of 1000 processes: a token goes around the ring 10 times, each
%% process adding one to it.
main() ->
    N = 1000, Rounds = 10,
    First = self(),
    Last = lists:foldl(fun(_, Next) -> spawn(fun() -> node_loop(Next) end) end, First, lists:seq(1, N)),
    %% Last is the process that sends to ... -> First (main closes the ring).
    Token = go_round(Last, 0, Rounds),
    io:format("token after ~p rounds through ~p processes: ~p~n", [Rounds, N, Token]),
    Last ! stop,
    receive stop -> ok end,
    io:format("ring stopped~n").

go_round(_, Token, 0) -> Token;
go_round(Start, Token, K) ->
    Start ! {token, Token},
    receive {token, T} -> go_round(Start, T, K - 1) end.

node_loop(Next) ->
    receive
        {token, T} -> Next ! {token, T + 1}, node_loop(Next);
        stop -> Next ! stop
    end.
