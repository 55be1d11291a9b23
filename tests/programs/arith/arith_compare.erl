-module(arith_compare).
-export([main/0]).

main() ->
    Vals = [{1, 1.0}, {1, 1}, {1, 2}, {2.0, 1}, {0, -0.0}, {0.0, -0.0}, {3, 3.0000001}],
    lists:foreach(
      fun({A, B}) ->
              io:format("~w ~w: == ~w /= ~w =:= ~w =/= ~w < ~w > ~w =< ~w >= ~w~n",
                        [A, B, A == B, A /= B, A =:= B, A =/= B,
                         A < B, A > B, A =< B, A >= B])
      end, Vals),
    io:format("~w~n", [1 == 1.0 andalso 1 =/= 1.0]),
    io:format("~w~n", [max(1, 1.0)]),
    io:format("~w~n", [max(1.0, 1)]),
    io:format("~w~n", [min(1, 1.0)]),
    io:format("~w~n", [min(1.0, 1)]),
    io:format("~w~n", [(1 bsl 70) > 1.0e20]),
    io:format("~w~n", [(1 bsl 70) == float(1 bsl 70)]),
    io:format("~w~n", [(1 bsl 70) =:= float(1 bsl 70)]).
