-module(proplists_basic).
-export([main/0]).

main() ->
    P = [{name, "joist"}, {version, 1}, debug, {level, 3}, {name, "dup"}, {verbose, false}],
    io:format("~p~n", [proplists:get_value(name, P)]),
    io:format("~p~n", [proplists:get_value(missing, P)]),
    io:format("~p~n", [proplists:get_value(missing, P, default)]),
    io:format("~p~n", [proplists:get_value(debug, P)]),
    io:format("~p~n", [proplists:get_bool(debug, P)]),
    io:format("~p~n", [proplists:get_bool(verbose, P)]),
    io:format("~p~n", [proplists:get_bool(missing, P)]),
    io:format("~p~n", [proplists:lookup(level, P)]),
    io:format("~p~n", [proplists:lookup(debug, P)]),
    io:format("~p~n", [proplists:lookup(missing, P)]),
    io:format("~p~n", [proplists:lookup_all(name, P)]),
    io:format("~p~n", [proplists:get_all_values(name, P)]),
    io:format("~p~n", [proplists:is_defined(version, P)]),
    io:format("~p~n", [proplists:is_defined(nope, P)]),
    io:format("~p~n", [proplists:delete(name, P)]),
    io:format("~p~n", [lists:sort(proplists:get_keys(P))]),
    io:format("~p~n", [proplists:append_values(a, [{a, [1]}, {b, 2}, {a, [2, 3]}, {a, 4}])]),
    io:format("~p~n", [proplists:compact([{a, true}, {b, 1}, c])]),
    io:format("~p~n", [proplists:unfold([a, {b, 1}])]),
    io:format("~p~n", [proplists:property({a, true})]),
    io:format("~p~n", [proplists:to_map([{a, 1}, b, {c, 3}])]),
    io:format("~p~n", [proplists:from_map(#{x => 1})]),
    io:format("~p~n", [proplists:substitute_aliases([{colour, color}], [{colour, red}, size])]),
    io:format("~p~n", [proplists:split([{a, 1}, {b, 2}, c, {a, 3}], [a, c])]).
