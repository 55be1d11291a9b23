-module(atoms_bool).
-export([main/0]).

check(X) when is_boolean(X) -> {bool, X};
check(X) when is_atom(X) -> {atom, X};
check(X) -> {other, X}.

main() ->
    io:format("~p~n", [[check(true), check(false), check(maybe), check(1)]]),
    io:format("~p~n", [true =:= 'true']),
    io:format("~p~n", [is_boolean(1 > 0)]),
    io:format("~p~n", [[true, false] -- [false]]),
    io:format("~p~n", [{not true, true and true, false or false}]),
    io:format("~p~n", [lists:sort([true, false, nil, ok])]),
    io:format("~p~n", [erlang:atom_to_list(true) ++ "!"]).
