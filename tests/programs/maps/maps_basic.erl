-module(maps_basic).
-export([main/0]).

main() ->
    M = #{a => 1, b => 2, c => 3},
    io:format("~p~n", [M]),
    io:format("~w~n", [M]),
    io:format("~p~n", [#{}]),
    io:format("~p~n", [map_size(M)]),
    io:format("~p~n", [maps:get(b, M)]),
    io:format("~p~n", [M#{d => 4}]),
    io:format("~p~n", [M#{a := 100}]),
    io:format("~p~n", [M#{a := 10, e => 5, b => 20}]),
    io:format("~p~n", [M]),
    #{a := A, c := C} = M,
    io:format("~p ~p~n", [A, C]),
    io:format("~p~n", [is_map(M) andalso not is_map([])]),
    io:format("~p~n", [#{1 => one, 1.0 => float_one}]),
    io:format("~p~n", [maps:size(#{1 => a, 1 => b})]),
    io:format("~p~n", [#{k => v, k => w}]),
    K = key,
    io:format("~p~n", [#{K => K}]),
    io:format("~p~n", [#{{a, b} => [1, 2], "str" => <<"bin">>, [] => #{}}]),
    io:format("~p~n", [is_map_key(a, M)]),
    io:format("~p~n", [map_get(c, M)]),
    io:format("~p~n", [M =:= #{c => 3, b => 2, a => 1}]),
    io:format("~p~n", [M == #{a => 1.0, b => 2, c => 3}]),
    io:format("~p~n", [M =:= #{a => 1.0, b => 2, c => 3}]).
