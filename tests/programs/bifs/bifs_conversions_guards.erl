-module(bifs_conversions_guards).
-export([main/0]).

describe(X) when is_integer(X), X >= 0 -> {nonneg_int, integer_to_list(X)};
describe(X) when is_integer(X) -> {neg_int, integer_to_list(X)};
describe(X) when is_float(X) -> {float, float_to_list(X, [short])};
describe(X) when is_atom(X) -> {atom, atom_to_list(X)};
describe(X) when is_binary(X) -> {binary, binary_to_list(X)};
describe(X) when is_tuple(X) -> {tuple, tuple_size(X), tuple_to_list(X)};
describe(X) when is_list(X) -> {list, length(X)};
describe(X) when is_map(X) -> {map, map_size(X)}.

main() ->
    [io:format("~p~n", [describe(X)]) || X <- [7, -7, 2.5, atom, <<"bin">>, {1, 2}, [a, b, c], #{k => v}]],
    io:format("~p~n", [lists:map(fun erlang:integer_to_list/1, [1, 22, 333])]),
    io:format("~p~n", [[list_to_integer(S) || S <- ["1", "22", "333"]]]).
