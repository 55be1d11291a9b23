-module(maps_update).
-export([main/0]).

count(Words) ->
    lists:foldl(fun(W, Acc) ->
                        case Acc of
                            #{W := N} -> Acc#{W := N + 1};
                            _ -> Acc#{W => 1}
                        end
                end, #{}, Words).

main() ->
    M = count(string:tokens("the cat and the dog and the bird", " ")),
    io:format("~p~n", [M]),
    M2 = M#{"the" := 0, "fish" => 1},
    io:format("~p~n", [M2]),
    io:format("~p~n", [try M#{missing := 1} catch error:E -> E end]),
    io:format("~p~n", [(#{a => 1})#{a => 2}]),
    Nested = #{outer => #{inner => 1}},
    #{outer := Inner} = Nested,
    io:format("~p~n", [Nested#{outer := Inner#{inner := 2, other => 3}}]),
    Big = lists:foldl(fun(I, Acc) -> Acc#{I => I * 2} end, #{}, lists:seq(1, 100)),
    io:format("~p ~p ~p~n", [map_size(Big), maps:get(50, Big), maps:get(100, Big)]),
    Big2 = maps:map(fun(_K, V) -> V + 1 end, Big),
    io:format("~p~n", [lists:sum(maps:values(Big2))]),
    io:format("~p~n", [maps:with([1, 2, 3], Big2)]).
