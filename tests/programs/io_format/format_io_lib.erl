-module(format_io_lib).
-export([main/0]).

main() ->
    S1 = io_lib:format("~p-~w-~s", [1, two, "three"]),
    io:format("~p~n", [lists:flatten(S1)]),
    io:format("~p~n", [is_list(S1)]),
    S2 = lists:flatten(io_lib:format("~5.2f|~-6w|~3..0b", [2.5, ab, 7])),
    io:format("~s~n", [S2]),
    io:format("~p~n", [length(S2)]),
    Table = [io_lib:format("~-6s~6w~n", [Name, Score]) || {Name, Score} <- [{"ann", 10}, {"bob", 200}, {"cy", 3}]],
    io:format("~s", [Table]),
    io:put_chars(Table),
    io:format("~p~n", [lists:flatten(io_lib:format("~p", [#{a => [1, 2]}]))]),
    io:format("~p~n", [lists:flatten(io_lib:format("~w", [<<1, 2>>]))]),
    io:format("~p~n", [lists:flatten(io_lib:format("~~~c~~", [$x]))]),
    io:format("~p~n", [iolist_to_binary(io_lib:format("bin ~p", [ok]))]),
    io:format("~s~n", [io_lib:write([1, {a}])]),
    io:format("~p~n", [lists:flatten(io_lib:write_atom('hello world'))]),
    io:format("~p~n", [lists:flatten(io_lib:write_string("quote\"d"))]),
    io:format("~p~n", [lists:flatten(io_lib:format("~10.3f", [1.0]))]),
    io:format("~p~n", [lists:flatten(io_lib:format("~e", [1.0]))]),
    io:format("~p~n", [lists:flatten(io_lib:format("~.1f", [0.05]))]),
    io:format("~p~n", [lists:flatten(io_lib:format("~.2f", [1.005]))]),
    io:format("~p~n", [lists:flatten(io_lib:format("~.2f", [-0.001]))]),
    io:format("~p~n", [lists:flatten(io_lib:format("~p", [lists:seq(1, 40)]))]).
