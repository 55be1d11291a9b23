-module(maps_wordfreq).
-export([main/0]).

freq(Words) ->
    lists:foldl(fun(W, M) -> maps:update_with(W, fun(N) -> N + 1 end, 1, M) end, #{}, Words).

invert(M) ->
    maps:fold(fun(K, V, Acc) -> maps:update_with(V, fun(L) -> lists:sort([K | L]) end, [K], Acc) end,
              #{}, M).

main() ->
    Text = "it was the best of times it was the worst of times it was the age of wisdom",
    F = freq(string:tokens(Text, " ")),
    io:format("~p~n", [F]),
    io:format("~p~n", [invert(F)]),
    Top = lists:sublist(lists:reverse(lists:keysort(2, maps:to_list(F))), 3),
    io:format("~p~n", [Top]),
    Sorted = lists:sort(fun({A, X}, {B, Y}) -> {Y, A} =< {X, B} end, maps:to_list(F)),
    [io:format("~-8s ~2w~n", [W, N]) || {W, N} <- Sorted],
    io:format("~p~n", [maps:size(F)]),
    Nested = #{a => #{x => 1}, b => #{y => 2}},
    Flat = maps:fold(fun(K, Inner, Acc) ->
                             maps:fold(fun(K2, V, A2) -> A2#{{K, K2} => V} end, Acc, Inner)
                     end, #{}, Nested),
    io:format("~p~n", [Flat]).
