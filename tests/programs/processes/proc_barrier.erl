-module(proc_barrier).
-export([main/0]).

%% A barrier: 50 processes each compute a phase-1 value and report it to
%% the barrier process, which releases everybody only once all 50 have
%% arrived, handing each the total of all phase-1 values. Each worker then
%% computes its phase-2 value from that total. The results are collected
%% per worker pid, so no ordering between different senders is assumed.
main() ->
    Parent = self(),
    N = 50,
    Barrier = spawn(fun() -> barrier(N, [], 0) end),
    Pids = [spawn(fun() -> worker(I, Barrier, Parent) end) || I <- lists:seq(1, N)],
    Results = [receive {phase2, P, Arrived, Total, V} -> {Arrived, Total, V} end || P <- Pids],
    io:format("every worker released after ~p arrivals: ~p~n",
              [N, lists:usort([A || {A, _, _} <- Results]) =:= [N]]),
    io:format("total seen by all: ~p~n", [lists:usort([T || {_, T, _} <- Results])]),
    io:format("phase 2 values: ~p~n", [[V || {_, _, V} <- lists:sublist(Results, 5)]]).

worker(I, Barrier, Parent) ->
    Barrier ! {arrived, self(), I * I},
    receive {go, Arrived, Total} -> Parent ! {phase2, self(), Arrived, Total, Total - I} end.

barrier(0, Waiting, Total) ->
    [P ! {go, length(Waiting), Total} || P <- Waiting];
barrier(K, Waiting, Total) ->
    receive {arrived, P, V} -> barrier(K - 1, [P | Waiting], Total + V) end.
