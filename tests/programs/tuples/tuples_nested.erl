-module(tuples_nested).
-export([main/0]).

insert(K, V, nil) -> {node, K, V, nil, nil};
insert(K, V, {node, K2, V2, L, R}) when K < K2 -> {node, K2, V2, insert(K, V, L), R};
insert(K, V, {node, K2, V2, L, R}) when K > K2 -> {node, K2, V2, L, insert(K, V, R)};
insert(K, V, {node, K, _, L, R}) -> {node, K, V, L, R}.

to_list(nil) -> [];
to_list({node, K, V, L, R}) -> to_list(L) ++ [{K, V}] ++ to_list(R).

depth(nil) -> 0;
depth({node, _, _, L, R}) -> 1 + max(depth(L), depth(R)).

main() ->
    Keys = [5, 3, 8, 1, 4, 7, 9, 2, 6, 5],
    Tree = lists:foldl(fun(K, T) -> insert(K, K * K, T) end, nil, Keys),
    io:format("~p~n", [to_list(Tree)]),
    io:format("~p~n", [depth(Tree)]),
    io:format("~p~n", [Tree]),
    Deep = lists:foldl(fun(I, Acc) -> {I, Acc} end, leaf, lists:seq(1, 12)),
    io:format("~p~n", [Deep]),
    io:format("~w~n", [Deep]).
