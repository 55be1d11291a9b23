-module(proc_pmap).
-export([main/0]).

%% Parallel map: one process per element, results collected in the
%% original order by matching on each worker's pid.
pmap(F, L) ->
    Parent = self(),
    Pids = [spawn(fun() -> Parent ! {self(), F(X)} end) || X <- L],
    [receive {P, R} -> R end || P <- Pids].

%% Chunked parallel map with a fixed number of workers.
pmap_chunks(F, L, Workers) ->
    Parent = self(),
    Chunks = chunk(L, (length(L) + Workers - 1) div Workers),
    Refs = [begin Ref = make_ref(), spawn(fun() -> Parent ! {Ref, [F(X) || X <- C]} end), Ref end || C <- Chunks],
    lists:append([receive {Ref, R} -> R end || Ref <- Refs]).

chunk([], _) -> [];
chunk(L, N) when length(L) =< N -> [L];
chunk(L, N) -> {H, T} = lists:split(N, L), [H | chunk(T, N)].

fib(0) -> 0;
fib(1) -> 1;
fib(N) -> fib(N - 1) + fib(N - 2).

main() ->
    io:format("~p~n", [pmap(fun(X) -> X * X end, lists:seq(1, 20))]),
    io:format("~p~n", [pmap(fun fib/1, [15, 10, 20, 5, 1, 0])]),
    io:format("~p~n", [pmap(fun(X) -> X end, [])]),
    L = lists:seq(1, 1000),
    io:format("chunked equals serial: ~p~n", [pmap_chunks(fun(X) -> X * 3 + 1 end, L, 4) =:= [X * 3 + 1 || X <- L]]),
    io:format("sum: ~p~n", [lists:sum(pmap_chunks(fun fib/1, lists:seq(1, 22), 3))]),
    %% Mixed result types, including big integers.
    io:format("~p~n", [pmap(fun(X) -> {X, 1 bsl X} end, [1, 64, 100])]).
