-module(float_round).
-export([main/0]).

main() ->
    Xs = [0.5, 1.5, 2.5, -0.5, -1.5, 2.4999, 2.5001, -2.5001, 0.0, -0.0, 1.0e20, -7.9, 123456789.987],
    lists:foreach(
      fun(X) ->
              io:format("~p: round ~p trunc ~p floor ~p ceil ~p~n",
                        [X, round(X), trunc(X), floor(X), ceil(X)])
      end, Xs),
    io:format("~p~n", [trunc(1.0e30)]),
    io:format("~p~n", [round(1.0e25)]),
    io:format("~p~n", [trunc(-4.0e19)]).
