-module(proc_receive_clause_order).
-export([main/0]).

%% A receive with several clauses takes the OLDEST message that matches ANY
%% clause (the mailbox is scanned message by message, each message tried
%% against all clauses in order), not the first clause that has a match.
main() ->
    self() ! low, self() ! high,
    R1 = receive high -> high; low -> low end,
    io:format("first taken: ~p~n", [R1]),
    R2 = receive high -> high; low -> low end,
    io:format("second taken: ~p~n", [R2]),
    %% A message matching several clauses goes to the first of them.
    self() ! {n, 5},
    R3 = receive {n, X} when X > 3 -> {big, X}; {n, X} -> {any, X} end,
    io:format("~p~n", [R3]),
    self() ! {n, 1},
    R4 = receive {n, Y} when Y > 3 -> {big, Y}; {n, Y} -> {any, Y} end,
    io:format("~p~n", [R4]),
    %% Messages matching no clause are skipped and kept.
    self() ! junk1, self() ! {n, 7}, self() ! junk2,
    R5 = receive {n, Z} -> Z end,
    io:format("~p~n", [R5]),
    R6 = receive J1 -> J1 end,
    R7 = receive J2 -> J2 end,
    io:format("~p ~p~n", [R6, R7]),
    %% A catch-all clause after specific ones still takes the oldest message.
    self() ! other, self() ! wanted,
    R8 = receive wanted -> wanted; Any -> {any, Any} end,
    io:format("~p~n", [R8]),
    receive wanted -> ok end.
