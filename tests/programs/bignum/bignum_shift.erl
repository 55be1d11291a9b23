-module(bignum_shift).
-export([main/0]).

main() ->
    io:format("~p~n", [1 bsl 200]),
    io:format("~p~n", [(1 bsl 200) bsr 199]),
    io:format("~p~n", [(1 bsl 200) bsr 300]),
    io:format("~p~n", [-(1 bsl 200) bsr 100]),
    io:format("~p~n", [-(1 bsl 200) bsr 300]),
    io:format("~p~n", [(-(1 bsl 100) - 1) bsr 50]),
    io:format("~p~n", [12345678901234567890 bsl 3]),
    io:format("~p~n", [12345678901234567890 bsr 3]),
    io:format("~p~n", [(1 bsl 64) bsl -32]),
    io:format("~p~n", [255 bsl 120]),
    io:format("~p~n", [[1 bsl N || N <- [59, 60, 61, 62, 63, 64, 65]]]),
    io:format("~p~n", [[(1 bsl N) - 1 || N <- [59, 60, 61, 62, 63, 64, 65]]]),
    io:format("~p~n", [[-(1 bsl N) || N <- [59, 60, 61, 62, 63, 64, 65]]]).
