-module(misc_life).
-export([main/0]).

%% Conway's game of life on a small torus, cells kept in a map.

width() -> 8.
height() -> 6.

from_rows(Rows) ->
    maps:from_list([{{X, Y}, C =:= $#} || {Y, Row} <- lists:zip(lists:seq(0, length(Rows) - 1), Rows),
                                          {X, C} <- lists:zip(lists:seq(0, length(Row) - 1), Row)]).

neighbours(G, {X, Y}) ->
    length([1 || DX <- [-1, 0, 1], DY <- [-1, 0, 1], {DX, DY} =/= {0, 0},
                 maps:get({(X + DX + width()) rem width(), (Y + DY + height()) rem height()}, G)]).

step(G) ->
    maps:map(fun(P, Alive) ->
                     case {Alive, neighbours(G, P)} of
                         {true, N} when N =:= 2; N =:= 3 -> true;
                         {false, 3} -> true;
                         _ -> false
                     end
             end, G).

show(G) ->
    [io:format("~s~n", [[case maps:get({X, Y}, G) of true -> $#; false -> $. end
                         || X <- lists:seq(0, width() - 1)]])
     || Y <- lists:seq(0, height() - 1)],
    io:format("~n").

main() ->
    G0 = from_rows(["........",
                    "..#.....",
                    "...#....",
                    ".###....",
                    "........",
                    "........"]),
    lists:foldl(fun(Gen, G) ->
                        io:format("generation ~p~n", [Gen]),
                        show(G),
                        step(G)
                end, G0, lists:seq(0, 4)),
    ok.
