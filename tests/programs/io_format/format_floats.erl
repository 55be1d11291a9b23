-module(format_floats).
-export([main/0]).

main() ->
    Fs = [0.1, 1.0e10, 3.0, 1.0e-5, 123456789.0, -0.0, 1.0e100, 2.5, 0.3333333333333333],
    [io:format("~p | ~w | ~f | ~e | ~g | ~.2f | ~.4e | ~12.3f | ~-12.3e|~n", [F, F, F, F, F, F, F, F, F]) || F <- Fs],
    io:format("~s~n", [float_to_list(0.1)]),
    io:format("~s~n", [float_to_list(0.1, [short])]),
    io:format("~p~n", [io_lib:format("~p", [1.0e-10])]),
    io:format("~.1f ~.1f ~.1f~n", [0.05, 0.15, 0.25]),
    io:format("~.3f ~.3f~n", [2.0005, 2.0015]),
    io:format("~.20f~n", [0.1]),
    io:format("~.15e~n", [0.1]),
    io:format("~.1f~n", [1.0e20]),
    io:format("~w~n", [[1.0e15, 1.0e16, 123456.0, 0.000123]]).
