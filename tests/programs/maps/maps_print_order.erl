-module(maps_print_order).
-export([main/0]).

main() ->
    M1 = #{z => 1, a => 2, m => 3, 10 => int, 2 => int2, "s" => str,
           {t} => tup, [l] => list, <<"b">> => bin, 1.5 => float},
    io:format("~p~n", [M1]),
    io:format("~w~n", [M1]),
    io:format("~p~n", [maps:keys(M1)]),
    io:format("~p~n", [maps:to_list(M1)]),
    M2 = maps:from_list([{N, N * N} || N <- lists:seq(30, 1, -1)]),
    io:format("~p~n", [M2]),
    io:format("~p~n", [maps:keys(M2)]),
    io:format("~p~n", [#{b => #{y => 1, x => 2}, a => [#{}]}]),
    io:format("~p~n", [lists:sort([#{a => 2}, #{a => 1}, #{b => 0}, #{a => 1, b => 1}, #{}])]),
    io:format("~p~n", [lists:sort([#{1 => a}, #{1.0 => a}])]),
    io:format("~p~n", [#{1 => a} < #{1.0 => a}]).
