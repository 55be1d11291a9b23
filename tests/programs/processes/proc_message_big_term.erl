-module(proc_message_big_term).
-export([main/0]).

%% Large and nested terms survive a round trip through another process
%% unchanged, including terms with internal sharing (the same sub-term
%% referenced several times).
echo() -> receive {From, T} -> From ! {echo, T}, echo(); stop -> ok end.

roundtrip(P, T) -> P ! {self(), T}, receive {echo, T2} -> T2 end.

deep(0) -> leaf;
deep(N) -> {node, N, deep(N - 1)}.

main() ->
    P = spawn(fun echo/0),
    L = lists:seq(1, 10000),
    Shared = {L, L, [L, L], #{a => L, b => L}},
    R1 = roundtrip(P, Shared),
    io:format("shared tuple equal: ~p~n", [R1 =:= Shared]),
    io:format("parts still equal: ~p~n", [element(1, R1) =:= element(2, R1)]),
    io:format("sum of one copy: ~p~n", [lists:sum(element(1, R1))]),
    %% Exponential sharing: a DAG of depth 20 (2^20 leaves if unfolded).
    Dag = lists:foldl(fun(_, Acc) -> {Acc, Acc} end, x, lists:seq(1, 20)),
    R2 = roundtrip(P, Dag),
    io:format("dag equal: ~p~n", [R2 =:= Dag]),
    io:format("dag depth: ~p~n", [depth(R2)]),
    Deep = deep(5000),
    R3 = roundtrip(P, Deep),
    io:format("deep nesting equal: ~p~n", [R3 =:= Deep]),
    Mixed = [{I, integer_to_list(I), float(I), 1 bsl (I rem 100 + 64), <<I:32>>} || I <- lists:seq(1, 2000)],
    R4 = roundtrip(P, Mixed),
    io:format("mixed list equal: ~p, length ~p~n", [R4 =:= Mixed, length(R4)]),
    BigMap = maps:from_list([{K, {K, [K]}} || K <- lists:seq(1, 1000)]),
    R5 = roundtrip(P, BigMap),
    io:format("big map equal: ~p, size ~p~n", [R5 =:= BigMap, map_size(R5)]),
    io:format("improper list: ~p~n", [roundtrip(P, [1, 2 | tail])]),
    io:format("empty things: ~p~n", [roundtrip(P, {[], {}, #{}, <<>>, ""})]),
    P ! stop.

depth({A, _}) -> 1 + depth(A);
depth(x) -> 0.
