-module(float_to_list_opts).
-export([main/0]).

main() ->
    Fs = [0.1, 1.0, 3.14159, -2.5, 1.0e10, 1.0e-5, 123456789.0, 0.0],
    lists:foreach(
      fun(F) ->
              io:format("~s | ~s | ~s | ~s | ~s | ~s~n",
                        [float_to_list(F),
                         float_to_list(F, [{decimals, 2}]),
                         float_to_list(F, [{decimals, 6}, compact]),
                         float_to_list(F, [{scientific, 3}]),
                         float_to_list(F, [short]),
                         float_to_binary(F, [{decimals, 0}])])
      end, Fs),
    io:format("~s~n", [float_to_list(0.5, [{decimals, 0}])]),
    io:format("~s~n", [float_to_list(1.5, [{decimals, 0}])]),
    io:format("~s~n", [float_to_list(2.675, [{decimals, 2}])]),
    io:format("~s~n", [float_to_list(1.0e20, [{decimals, 1}])]),
    io:format("~p~n", [float_to_binary(1.25)]),
    io:format("~p~n", [list_to_float("3.25")]),
    io:format("~p~n", [list_to_float("-1.5e3")]),
    io:format("~p~n", [binary_to_float(<<"2.0e-3">>)]),
    io:format("~p~n", [catch_reason(fun() -> list_to_float("3") end)]).

catch_reason(F) ->
    try F() catch error:R -> {error, R} end.
