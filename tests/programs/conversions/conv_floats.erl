-module(conv_floats).
-export([main/0]).

main() ->
    Fs = [0.1, 1.0e10, 3.0, 1.0e-5, 123456789.0, -0.0, 2.5, 1/3],
    io:format("~p~n", [[float_to_list(F) || F <- Fs]]),
    io:format("~p~n", [[float_to_list(F, [short]) || F <- Fs]]),
    io:format("~p~n", [[float_to_list(F, [{decimals, 3}]) || F <- Fs]]),
    io:format("~p~n", [[float_to_list(F, [{decimals, 3}, compact]) || F <- Fs]]),
    io:format("~p~n", [[float_to_list(F, [{scientific, 2}]) || F <- Fs]]),
    io:format("~p~n", [[float_to_binary(F, [short]) || F <- Fs]]),
    io:format("~p~n", [list_to_float("1.0")]),
    io:format("~p~n", [list_to_float("-0.5e-3")]),
    io:format("~p~n", [list_to_float("1.5E10")]),
    io:format("~p~n", [binary_to_float(<<"6.25">>)]),
    io:format("~p~n", [float(7)]),
    io:format("~p~n", [trunc(7.9) + round(0.5)]),
    io:format("~p~n", [list_to_float(float_to_list(0.1)) =:= 0.1]),
    io:format("~p~n", [list_to_float(float_to_list(1/3, [short])) =:= 1/3]).
