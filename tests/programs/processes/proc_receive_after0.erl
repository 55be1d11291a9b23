-module(proc_receive_after0).
-export([main/0]).

%% receive ... after 0: take a matching message if one is already there,
%% otherwise run the after branch at once.
flush(Acc) ->
    receive M -> flush([M | Acc]) after 0 -> lists:reverse(Acc) end.

main() ->
    io:format("empty: ~p~n", [receive X -> X after 0 -> timeout end]),
    self() ! one,
    io:format("present: ~p~n", [receive X1 -> X1 after 0 -> timeout end]),
    %% A pure `after 0` with no clauses returns the body.
    io:format("bare after: ~p~n", [receive after 0 -> bare end]),
    %% Flushing a mailbox of 1000 messages.
    [self() ! {m, I} || I <- lists:seq(1, 1000)],
    Flushed = flush([]),
    io:format("flushed ~p, in order: ~p~n", [length(Flushed), Flushed =:= [{m, I} || I <- lists:seq(1, 1000)]]),
    io:format("after flush: ~p~n", [receive Y -> Y after 0 -> empty end]),
    %% after 0 with non-matching messages leaves them.
    self() ! keep,
    io:format("no match: ~p~n", [receive other -> other after 0 -> timeout end]),
    io:format("kept: ~p~n", [receive keep -> keep after 0 -> lost end]),
    %% Messages sent by another process before it replied are already there.
    Parent = self(),
    spawn(fun() -> Parent ! a, Parent ! b, Parent ! sync end),
    receive sync -> ok end,
    io:format("after sync: ~p~n", [flush([])]),
    %% The timeout value may be a variable.
    T = 0,
    io:format("variable 0: ~p~n", [receive Z -> Z after T -> timeout end]).
