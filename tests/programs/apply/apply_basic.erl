-module(apply_basic).
-export([main/0, add/2, greet/1, nullary/0]).

add(A, B) -> A + B.
greet(Name) -> "hello " ++ Name.
nullary() -> no_args.

main() ->
    io:format("~p~n", [apply(apply_basic, add, [1, 2])]),
    io:format("~p~n", [apply(fun add/2, [3, 4])]),
    io:format("~p~n", [apply(fun(X) -> X * X end, [5])]),
    io:format("~p~n", [apply(lists, reverse, [[1, 2, 3]])]),
    io:format("~p~n", [apply(erlang, element, [2, {a, b}])]),
    io:format("~p~n", [apply(apply_basic, nullary, [])]),
    M = apply_basic,
    F = greet,
    io:format("~p~n", [M:F("dynamic")]),
    io:format("~p~n", [apply(M, F, ["apply"])]),
    Mod = lists,
    io:format("~p~n", [Mod:seq(1, 5)]),
    Fun = add,
    io:format("~p~n", [apply_basic:Fun(10, 20)]),
    Calls = [{lists, sum, [[1, 2, 3]]}, {erlang, length, [[a, b]]}, {apply_basic, add, [100, 1]},
             {string, to_upper, ["up"]}, {maps, get, [k, #{k => v}]}],
    io:format("~p~n", [[apply(Mo, Fu, Ar) || {Mo, Fu, Ar} <- Calls]]),
    io:format("~p~n", [erlang:apply(fun() -> via_erlang_apply end, [])]).
