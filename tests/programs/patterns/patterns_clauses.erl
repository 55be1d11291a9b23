-module(patterns_clauses).
-export([main/0]).

area({square, S}) -> S * S;
area({rect, W, H}) -> W * H;
area({circle, R}) -> 3.14159 * R * R;
area({triangle, B, H}) -> B * H / 2.

len([]) -> 0;
len([_]) -> 1;
len([_, _]) -> 2;
len([_, _ | T]) -> 2 + len(T).

lookup(_, []) -> none;
lookup(K, [{K, V} | _]) -> {found, V};
lookup(K, [_ | T]) -> lookup(K, T).

merge([], L) -> L;
merge(L, []) -> L;
merge([A | As], [B | Bs]) when A =< B -> [A | merge(As, [B | Bs])];
merge(As, [B | Bs]) -> [B | merge(As, Bs)].

rle([]) -> [];
rle([H | T]) -> rle(T, H, 1, []).
rle([], C, N, Acc) -> lists:reverse([{C, N} | Acc]);
rle([C | T], C, N, Acc) -> rle(T, C, N + 1, Acc);
rle([D | T], C, N, Acc) -> rle(T, D, 1, [{C, N} | Acc]).

main() ->
    io:format("~p~n", [[area(S) || S <- [{square, 3}, {rect, 2, 5}, {circle, 1}, {triangle, 3, 4}]]]),
    io:format("~p~n", [[len(lists:seq(1, N)) || N <- [0, 1, 2, 3, 7]]]),
    KV = [{a, 1}, {b, 2}, {c, 3}],
    io:format("~p~n", [[lookup(K, KV) || K <- [a, c, z]]]),
    io:format("~p~n", [merge([1, 4, 6, 8], [2, 3, 7, 9, 10])]),
    io:format("~p~n", [rle("aaabccddddde")]).
