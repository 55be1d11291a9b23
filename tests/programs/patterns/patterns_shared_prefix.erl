-module(patterns_shared_prefix).
-export([main/0]).

%% Multi-clause functions whose clauses share a prefix of tests, so that a
%% later clause's head repeats what an earlier one checked (the compiler
%% threads those fail edges past the repeated work). Each function falls
%% through to later clauses from every point of a partial match.

%% Tuples: the first element decides late, after the arity test passed.
tree({nil, nil}) -> leaf;
tree({nil, R}) -> {right, tree(R)};
tree({L, nil}) -> {left, tree(L)};
tree({L, R}) -> {both, tree(L), tree(R)};
tree(X) -> {other, X}.

%% Nested tuples and different arities.
shape({point, {X, Y}}) -> {point, X + Y};
shape({point, {X, Y, Z}}) -> {point3, X + Y + Z};
shape({circle, {X, Y}, R}) when R > 0 -> {circle, X, Y, R};
shape({circle, _, R}) -> {bad_radius, R};
shape({rect, {X1, Y1}, {X2, Y2}}) when X2 > X1, Y2 > Y1 -> {rect, (X2 - X1) * (Y2 - Y1)};
shape({rect, A, B}) -> {bad_rect, A, B};
shape({_, _}) -> pair;
shape({_, _, _}) -> triple;
shape(_) -> unknown.

%% Lists: cons, then nil, then longer prefixes.
lst([]) -> empty;
lst([a]) -> just_a;
lst([a, b]) -> a_b;
lst([a | T]) -> {a_then, length(T)};
lst([H]) when is_integer(H) -> {one_int, H};
lst([H]) -> {one, H};
lst([H1, H2 | _]) when H1 =:= H2 -> {dup, H1};
lst([_ | T]) -> {many, T};
lst(X) -> {not_a_list, X}.

%% Guards that fail after the head matched completely.
classify({N, M}) when is_integer(N), N > 100 -> {big, N, M};
classify({N, M}) when is_integer(N), M > N -> {rising, N, M};
classify({N, _}) when is_integer(N) -> {int, N};
classify({A, B}) when is_atom(A), is_atom(B) -> {atoms, A, B};
classify({F, _}) when is_float(F) -> {float, F};
classify({_, _} = T) -> {pair, T};
classify([_ | _] = L) -> {list, length(L)};
classify(X) when is_tuple(X) -> {tuple, tuple_size(X)};
classify(X) -> {other, X}.

%% A chain of constants on one register, then a catch-all.
colour(red) -> 1;
colour(green) -> 2;
colour(blue) -> 3;
colour(cyan) -> 4;
colour(magenta) -> 5;
colour(0) -> zero;
colour(1) -> one;
colour([]) -> nil;
colour(Other) -> {unknown, Other}.

%% Same constant tested again after an unrelated test failed.
kv({key, 1}, _) -> first;
kv({key, 2}, x) -> second_x;
kv({key, 2}, _) -> second;
kv({key, N}, V) when N > 2 -> {big, V};
kv({other, _}, _) -> other;
kv(_, _) -> none.

%% No catch-all: a function_clause error once every clause failed.
strict({a, [1 | _]}) -> a1;
strict({a, [2 | _]}) -> a2;
strict({b, [X]}) when X > 0 -> b;
strict({b, []}) -> b_empty.

%% Deep: records-like tagged tuples nested in lists.
walk([]) -> 0;
walk([{leaf, V} | T]) -> V + walk(T);
walk([{node, L, R} | T]) -> walk([L, R | T]);
walk([{node, L} | T]) -> walk([L | T]);
walk([_ | T]) -> 1000 + walk(T).

%% Same variable bound in the head twice (compares after partial match).
same({X, X}) -> same;
same({X, [X | _]}) -> head;
same({_, [_, Y | _]}) when Y > 10 -> second_big;
same(_) -> no.

%% Maps and binaries after tuple tests.
mb({m, #{k := V}}) -> {map_k, V};
mb({m, #{}}) -> map_other;
mb({b, <<1, Rest/binary>>}) -> {one, Rest};
mb({b, <<X, _/binary>>}) -> {byte, X};
mb({b, _}) -> b_other;
mb(_) -> none.

try_strict(X) ->
    case catch strict(X) of
        {'EXIT', {function_clause, _}} -> function_clause;
        {'EXIT', Other} -> {exit, Other};
        V -> V
    end.

main() ->
    Trees = [{nil, nil}, {nil, {nil, nil}}, {{nil, nil}, nil},
             {{nil, nil}, {{nil, nil}, nil}}, {nil}, nil, {a, b, c}, [nil]],
    io:format("~p~n", [[catch tree(T) || T <- Trees]]),
    Shapes = [{point, {1, 2}}, {point, {1, 2, 3}}, {point, {1}}, {point, x},
              {circle, {0, 0}, 5}, {circle, {0, 0}, -1}, {circle, {0, 0}, a},
              {circle, x}, {rect, {0, 0}, {2, 3}}, {rect, {2, 0}, {1, 3}},
              {rect, {0, 0}, x}, {rect, a, b}, {a, b}, {a, b, c}, {}, [], 7],
    io:format("~p~n", [[shape(S) || S <- Shapes]]),
    Lists = [[], [a], [a, b], [a, c], [a, b, c], [7], [x], [b, b], [b, c, d],
             [b, b | c], [c | d], x, {a}],
    io:format("~p~n", [[lst(L) || L <- Lists]]),
    Pairs = [{200, 1}, {5, 10}, {5, 1}, {x, y}, {x, 1}, {1.5, a}, {"s", 1},
             [1, 2, 3], {1, 2, 3}, {}, atom, {2.0, 3}],
    io:format("~p~n", [[classify(P) || P <- Pairs]]),
    Colours = [red, green, blue, cyan, magenta, yellow, 0, 1, 2, 1.0, [], [x],
               {red}, "red"],
    io:format("~p~n", [[colour(C) || C <- Colours]]),
    KVs = [{{key, 1}, x}, {{key, 2}, x}, {{key, 2}, y}, {{key, 3}, z},
           {{key, 0}, z}, {{key, a}, z}, {{other, 1}, z}, {{key}, z},
           {{other, 1, 2}, z}, {x, y}],
    io:format("~p~n", [[kv(K, V) || {K, V} <- KVs]]),
    Stricts = [{a, [1, 2]}, {a, [2]}, {a, [3]}, {a, []}, {b, [5]}, {b, [0]},
               {b, []}, {b, [1, 2]}, {c, []}, {a}, x],
    io:format("~p~n", [[try_strict(S) || S <- Stricts]]),
    io:format("~p~n", [walk([{leaf, 1}, {node, {leaf, 2}, {node, {leaf, 3}}},
                             {node, {leaf, 4}, {leaf, 5}, {leaf, 6}}, x,
                             {leaf, 10}])]),
    Sames = [{1, 1}, {1, 1.0}, {a, [a, b]}, {a, [b, a]}, {a, [b, 11]},
             {a, [b, 10]}, {a, []}, {a, [a]}, {[], [[]]}, x],
    io:format("~p~n", [[same(S) || S <- Sames]]),
    MBs = [{m, #{k => 1}}, {m, #{j => 1}}, {m, x}, {b, <<1, 2, 3>>},
           {b, <<5, 6>>}, {b, <<>>}, {b, x}, {c, x}],
    io:format("~p~n", [[catch mb(X) || X <- MBs]]).
