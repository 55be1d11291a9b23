-module(proc_stress_spawn).
-export([main/0]).

%% 100,000 processes alive at the same time: each is spawned, waits for a
%% request, answers it and ends. Then 100,000 short-lived processes that
%% each send one message back. Only counts and sums are printed.
main() ->
    N = 100000,
    Parent = self(),
    Pids = [spawn(fun() -> receive {ask, From, X} -> From ! {self(), X * 2} end end) || _ <- lists:seq(1, N)],
    io:format("spawned ~p waiting processes~n", [length(Pids)]),
    [P ! {ask, Parent, I} || {P, I} <- lists:zip(Pids, lists:seq(1, N))],
    Sum = lists:foldl(fun(P, Acc) -> receive {P, V} -> Acc + V end end, 0, Pids),
    io:format("answers sum: ~p (expected ~p)~n", [Sum, N * (N + 1)]),
    [spawn(fun() -> Parent ! {done, I} end) || I <- lists:seq(1, N)],
    Got = count_done(N, 0, 0),
    io:format("short-lived: ~p~n", [Got]).

count_done(0, C, S) -> {C, S};
count_done(K, C, S) -> receive {done, I} -> count_done(K - 1, C + 1, S + I) end.
