-module(arith_bitwise).
-export([main/0]).

main() ->
    io:format("~p ~p ~p~n", [12 band 10, 12 bor 10, 12 bxor 10]),
    io:format("~p ~p ~p~n", [bnot 0, bnot 5, bnot -1]),
    io:format("~p ~p ~p~n", [1 bsl 10, 1024 bsr 3, -16 bsr 2]),
    io:format("~p ~p~n", [-1 bsr 10, 5 bsl -1]),
    io:format("~p ~p~n", [16#F0 bsr -4, -8 band 16#FF]),
    io:format("~p ~p ~p~n", [-6 band -3, -6 bor 3, -6 bxor 3]),
    io:format("~.2B ~.2B~n", [2#1100 band 2#1010, 2#1100 bxor 2#1010]),
    io:format("~p~n", [1 bsl 62]),
    io:format("~p~n", [1 bsl 63]),
    io:format("~p~n", [1 bsl 64]),
    io:format("~p~n", [(1 bsl 59) - 1 + 1]),
    io:format("~p~n", [(1 bsl 60) * 16]),
    io:format("~p~n", [1 + 2 bsl 3]),
    io:format("~p~n", [(1 + 2) bsl 3]),
    io:format("~p~n", [2 * 3 band 5]),
    io:format("~p~n", [[X band 1 || X <- lists:seq(0, 9)]]).
