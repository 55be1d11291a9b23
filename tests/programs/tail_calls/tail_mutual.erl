-module(tail_mutual).
-export([main/0]).

ping(0, Acc) -> {ping_done, Acc};
ping(N, Acc) -> pong(N - 1, Acc + 1).
pong(0, Acc) -> {pong_done, Acc};
pong(N, Acc) -> ping(N - 1, Acc + 2).

state_a(0, Trace) -> {a, Trace};
state_a(N, Trace) when N rem 3 =:= 0 -> state_b(N - 1, Trace + 1);
state_a(N, Trace) -> state_c(N - 1, Trace).
state_b(0, Trace) -> {b, Trace};
state_b(N, Trace) -> state_a(N - 1, Trace).
state_c(0, Trace) -> {c, Trace};
state_c(N, Trace) -> state_a(N - 1, Trace + 2).

main() ->
    io:format("~p~n", [ping(3000000, 0)]),
    io:format("~p~n", [ping(3000001, 0)]),
    io:format("~p~n", [state_a(1000000, 0)]),
    %% a tail call through a fun value and through apply
    Loop = fun L(0, A) -> A; L(N, A) -> L(N - 1, A + N) end,
    io:format("~p~n", [Loop(2000000, 0)]),
    io:format("~p~n", [via_apply(1000000, 0)]).

via_apply(0, Acc) -> Acc;
via_apply(N, Acc) -> apply(fun via_apply/2, [N - 1, Acc + 1]).
