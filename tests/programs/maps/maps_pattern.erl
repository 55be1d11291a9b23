-module(maps_pattern).
-export([main/0]).

describe(#{type := circle, r := R}) -> {circle_area, 3 * R * R};
describe(#{type := rect, w := W, h := H}) -> {rect_area, W * H};
describe(#{type := T}) -> {unknown, T};
describe(#{}) -> no_type;
describe(_) -> not_a_map.

get_name(#{name := N}) when is_list(N) -> N;
get_name(#{name := N}) when is_atom(N) -> atom_to_list(N);
get_name(_) -> "anonymous".

main() ->
    io:format("~p~n", [describe(#{type => circle, r => 2})]),
    io:format("~p~n", [describe(#{type => rect, w => 3, h => 4, extra => x})]),
    io:format("~p~n", [describe(#{type => blob})]),
    io:format("~p~n", [describe(#{size => 1})]),
    io:format("~p~n", [describe([])]),
    io:format("~p~n", [[get_name(M) || M <- [#{name => "ann"}, #{name => bob}, #{}]]]),
    K = key,
    #{K := V} = #{key => found},
    io:format("~p~n", [V]),
    case #{a => 1, b => 2} of
        #{a := 1, b := B} when B > 1 -> io:format("matched b=~p~n", [B]);
        _ -> io:format("no~n")
    end,
    F = fun(#{x := X, y := Y}) -> X + Y end,
    io:format("~p~n", [F(#{x => 1, y => 2, z => 3})]),
    #{} = #{any => thing},
    io:format("empty pattern matches any map~n"),
    Res = [X || #{x := X} <- [#{x => 1}, #{y => 2}, #{x => 3}, not_map]],
    io:format("~p~n", [Res]).
