-module(comp_algorithms).
-export([main/0]).

qsort([]) -> [];
qsort([P | T]) -> qsort([X || X <- T, X < P]) ++ [P] ++ qsort([X || X <- T, X >= P]).

perms([]) -> [[]];
perms(L) -> [[H | T] || H <- L, T <- perms(L -- [H])].

primes(N) -> sieve(lists:seq(2, N)).
sieve([]) -> [];
sieve([P | T]) -> [P | sieve([X || X <- T, X rem P =/= 0])].

queens(N) -> queens(N, N).
queens(0, _) -> [[]];
queens(K, N) -> [[Q | Qs] || Qs <- queens(K - 1, N), Q <- lists:seq(1, N), safe(Q, Qs, 1)].
safe(_, [], _) -> true;
safe(Q, [Q1 | Qs], D) -> Q =/= Q1 andalso abs(Q - Q1) =/= D andalso safe(Q, Qs, D + 1).

main() ->
    io:format("~p~n", [qsort([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5])]),
    io:format("~p~n", [perms([1, 2, 3])]),
    io:format("~p~n", [length(perms(lists:seq(1, 6)))]),
    io:format("~p~n", [primes(100)]),
    io:format("~p~n", [length(queens(6))]),
    io:format("~p~n", [hd(queens(8))]),
    io:format("~p~n", [[lists:sum(R) || R <- [[1, 2], [3, 4, 5], []]]]),
    Transpose = fun T([[] | _]) -> []; T(M) -> [[H || [H | _] <- M] | T([Tl || [_ | Tl] <- M])] end,
    io:format("~p~n", [Transpose([[1, 2, 3], [4, 5, 6], [7, 8, 9]])]).
