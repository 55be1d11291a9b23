-module(format_integers).
-export([main/0]).

main() ->
    Ns = [0, 1, -1, 10, 255, -255, 4096, 123456789, 1 bsl 64, -(1 bsl 70)],
    lists:foreach(
      fun(N) ->
              io:format("~b ~.2b ~.8b ~.16b ~.16B ~.36B ~x ~X ~.16x ~.16X ~#~n",
                        [N, N, N, N, N, N, N, "pre_", N, "0x", N, "0x", N, "0X", N])
      end, Ns),
    io:format("~.16# ~.16+ ~# ~+~n", [255, 255, 255, 255]),
    io:format("~.2#~n", [-5]),
    io:format("~+~n", [1234]),
    io:format("~w ~p~n", [1 bsl 100, -(1 bsl 100)]),
    io:format("~s~n", [integer_to_list(255, 16)]),
    io:format("[~12.16.0B]~n", [16#abcdef]),
    io:format("[~-12.8B]~n", [511]),
    io:format("[~.10B]~n", [-42]),
    io:format("~e~n", [12345.678]),
    io:format("~.10e~n", [1/3]),
    io:format("~f~n", [1.0e-7]),
    io:format("~g ~g ~g ~g ~g ~g~n", [0.1, 1.0, 123.0, 0.0001, 1.0e7, 12345678.9]).
