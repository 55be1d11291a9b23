-module(patterns_basic).
-export([main/0]).

same(X, X) -> same;
same(_, _) -> different.

first_two([A, B | _]) -> {A, B};
first_two(_) -> too_short.

swap({A, B}) -> {B, A}.

main() ->
    {A, B} = {1, 2},
    io:format("~p ~p~n", [A, B]),
    [H | T] = "hello",
    io:format("~p ~p~n", [H, T]),
    {ok, {_, Inner}} = {ok, {ignored, inner}},
    io:format("~p~n", [Inner]),
    io:format("~p~n", [[same(1, 1), same(1, 1.0), same(a, b), same([1], [1])]]),
    io:format("~p~n", [[first_two([1, 2, 3]), first_two([1])]]),
    io:format("~p~n", [swap({left, right})]),
    Whole = {X, Y} = {10, 20},
    io:format("~p ~p ~p~n", [Whole, X, Y]),
    {P, Q} = Pair = {3, 4},
    io:format("~p ~p ~p~n", [P, Q, Pair]),
    [1, Second, 3] = [1, 2, 3],
    io:format("~p~n", [Second]),
    {_, _, Third} = {a, b, c},
    io:format("~p~n", [Third]),
    "abc" ++ Rest = "abcdef",
    io:format("~p~n", [Rest]),
    [$x | Tail] = "xyz",
    io:format("~p~n", [Tail]),
    {Same, Same} = {z, z},
    io:format("~p~n", [Same]),
    F = fun({tag, V}) -> V; ([V | _]) -> V; (V) -> {raw, V} end,
    io:format("~p~n", [[F({tag, 1}), F([2, 3]), F(4)]]),
    #{a := #{b := Deep}} = #{a => #{b => deep_value}},
    io:format("~p~n", [Deep]),
    <<Len:8, Str:Len/binary>> = <<5, "hello">>,
    io:format("~p~n", [Str]),
    _ = ignored,
    _Unused = also_ignored,
    {1.0, Atom} = {1.0, matched_float},
    io:format("~p~n", [Atom]),
    io:format("~p~n", [try {1, W} = {1.0, x}, W catch error:{badmatch, BM} -> {no_match, BM} end]).
