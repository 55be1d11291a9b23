-module(conv_terms).
-export([main/0]).

main() ->
    io:format("~p~n", [atom_to_list(hello)]),
    io:format("~p~n", [atom_to_list('Hello World')]),
    io:format("~p~n", [list_to_atom("hello")]),
    io:format("~p~n", [list_to_atom("Hello World")]),
    io:format("~p~n", [list_to_atom("")]),
    io:format("~p~n", [atom_to_binary(ok)]),
    io:format("~p~n", [atom_to_binary('with space', utf8)]),
    io:format("~p~n", [binary_to_atom(<<"from_bin">>)]),
    io:format("~p~n", [binary_to_existing_atom(<<"ok">>, utf8)]),
    io:format("~p~n", [list_to_existing_atom("true")]),
    io:format("~p~n", [binary_to_list(<<"abc">>)]),
    io:format("~p~n", [binary_to_list(<<>>)]),
    io:format("~p~n", [list_to_binary("abc")]),
    io:format("~p~n", [list_to_binary([])]),
    io:format("~p~n", [list_to_binary([1, [2, [3]], <<4>>])]),
    io:format("~p~n", [iolist_to_binary([<<"a">>, [[$b, <<"c">>], "d"], [], [[[]]], $e])]),
    io:format("~p~n", [iolist_to_binary(<<"already binary">>)]),
    io:format("~p~n", [tuple_to_list({a, {b}, [c]})]),
    io:format("~p~n", [list_to_tuple([1, [2], {3}])]),
    io:format("~p~n", [list_to_tuple([])]),
    io:format("~p~n", [tuple_to_list({})]),
    io:format("~p~n", [erlang:list_to_binary(lists:seq($a, $z))]),
    io:format("~p~n", [bitstring_to_list(<<1, 2, 3:3>>)]),
    io:format("~p~n", [maps:to_list(maps:from_list([{b, 2}, {a, 1}]))]),
    io:format("~p~n", [integer_to_list(list_to_integer("0042"))]),
    io:format("~p~n", [list_to_atom(atom_to_list(round_trip))]),
    io:format("~p~n", [term_round_trip()]).

term_round_trip() ->
    Terms = [1, a, "s", {t}, [l], 1.5, <<"b">>],
    [list_to_tuple(tuple_to_list({T})) || T <- Terms].
