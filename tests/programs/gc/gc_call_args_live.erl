-module(gc_call_args_live).
-export([main/0]).

%% A tail call from a clause with a frame builds its arguments directly in
%% x registers: N - 1 lands in x0 before [X | Acc] needs heap. The safe
%% point between them must count x0 as live, or a collection there (GC
%% stress mode collects at every one) loses the counter.
loop(0, Acc) -> Acc;
loop(N, Acc) -> X = id(N), loop(N - 1, [X | Acc]).

id(X) -> X.

collect(0, Acc) -> Acc;
collect(N, Acc) -> X = id({N, N}), collect(N - 1, [X, {N} | Acc]).

main() ->
    L = loop(2000, []),
    io:format("~p ~p ~p~n", [length(L), hd(L), lists:last(L)]),
    C = collect(500, []),
    io:format("~p ~p~n", [length(C), lists:sublist(C, 4)]).
