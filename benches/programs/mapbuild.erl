%% mapbuild: a map of N integer keys built with maps:put/3 one key at a
%% time, then every key looked up with maps:get/2 -- map update and lookup
%% speed on a large map (a hash trie past 32 keys, in BEAM and in Joist).
%% Usage: main/0 runs N = 100000; main/1 takes ["N", ...].
%% Prints one line per N:  mapbuild 100000 = 4999950000 in 0.0123 s
-module(mapbuild).
-export([main/0, main/1]).

main() -> main([]).

main([]) -> run([100000]);
main(Args) -> run([list_to_integer(A) || A <- Args]).

run([]) -> ok;
run([N | Ns]) ->
    T0 = erlang:monotonic_time(microsecond),
    M = build(0, N, #{}),
    Sum = lookup(0, N, M, 0),
    T1 = erlang:monotonic_time(microsecond),
    io:format("mapbuild ~w = ~w in ~.4f s~n", [N, Sum, (T1 - T0) / 1000000]),
    run(Ns).

build(I, N, M) when I < N -> build(I + 1, N, maps:put(I, I, M));
build(_, _, M) -> M.

lookup(I, N, M, Acc) when I < N -> lookup(I + 1, N, M, Acc + maps:get(I, M));
lookup(_, _, _, Acc) -> Acc.
