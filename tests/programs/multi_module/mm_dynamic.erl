-module(mm_dynamic).
-export([main/0]).

main() ->
    M1 = list_to_atom("mm_lib_" ++ "math"),
    io:format("~p~n", [M1:square(9)]),
    io:format("~p~n", [apply(mm_lib_text, shout, ["dynamic"])]),
    Fun = fun mm_lib_text:shout/1,
    io:format("~p~n", [Fun("fun ref")]),
    io:format("~p~n", [try (list_to_atom("mm_lib_missing")):f() catch error:undef -> undef end]).
