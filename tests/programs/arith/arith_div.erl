-module(arith_div).
-export([main/0]).

main() ->
    Pairs = [{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 5}, {1, 7}, {-1, 7},
             {100, 10}, {-100, 10}, {13, 13}, {5, 13}, {-5, 13}],
    lists:foreach(
      fun({A, B}) ->
              io:format("~p div ~p = ~p, ~p rem ~p = ~p~n",
                        [A, B, A div B, A, B, A rem B])
      end, Pairs),
    io:format("~p~n", [[A / B || {A, B} <- Pairs]]),
    io:format("~p~n", [-7 / 2]),
    io:format("~p~n", [7.0 / -2]),
    io:format("~p~n", [(-7 div 2) * 2 + (-7 rem 2)]),
    %% div and rem agree: A == (A div B) * B + A rem B
    io:format("~p~n", [lists:all(fun({A, B}) -> A =:= (A div B) * B + A rem B end, Pairs)]).
