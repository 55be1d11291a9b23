-module(guards_types).
-export([main/0]).

type_of(X) when is_integer(X) -> integer;
type_of(X) when is_float(X) -> float;
type_of(X) when is_atom(X) -> atom;
type_of(X) when is_binary(X) -> binary;
type_of(X) when is_bitstring(X) -> bitstring;
type_of(X) when is_list(X) -> list;
type_of(X) when is_tuple(X) -> tuple;
type_of(X) when is_map(X) -> map;
type_of(X) when is_function(X) -> function;
type_of(_) -> unknown.

main() ->
    Vals = [1, 1.0, a, <<"b">>, <<1:3>>, [1], "s", [], {}, {a}, #{}, fun() -> ok end, 1 bsl 100],
    io:format("~p~n", [[type_of(V) || V <- Vals]]),
    io:format("~p~n", [[is_number(V) || V <- Vals]]),
    io:format("~p~n", [[{is_boolean(V), is_atom(V)} || V <- [true, false, yes]]]),
    F = fun(X, Y) -> X + Y end,
    io:format("~p~n", [{is_function(F, 2), is_function(F, 1), is_function(F)}]),
    io:format("~p~n", [[is_pid(V) orelse is_reference(V) orelse is_port(V) || V <- Vals]]).
