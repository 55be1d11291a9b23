-module(arith_literals).
-export([main/0]).

main() ->
    io:format("~p~n", [[16#FF, 16#ff, 2#1010, 8#777, 36#ZZ, 36#zz, 3#210]]),
    io:format("~p~n", [[$a, $Z, $0, $\n, $\t, $\s, $\\, $', $", $\e, $\d, $\0]]),
    io:format("~p~n", [[$\x41, $\101, $\^A, $ ]]),
    io:format("~p~n", [-16#10]),
    io:format("~p~n", [1_000_000]),
    io:format("~p~n", [16#FFFF_FFFF]),
    io:format("~p~n", [16#123456789ABCDEF0123456789ABCDEF]),
    io:format("~p~n", [[1.5, 1.0e3, 2.5e-3, 1.0E2, 0.000001, 1_000.5]]),
    io:format("~p~n", [-0]),
    io:format("~p~n", [[- 1, -1, 1 - -1, 1 - - 1]]),
    io:format("~w~n", ["\a\b\f\v\r"]),
    io:format("~w~n", ["\x{41}\x42"]).
