-module(conv_integers).
-export([main/0]).

main() ->
    io:format("~p~n", [integer_to_list(12345)]),
    io:format("~p~n", [integer_to_list(-12345)]),
    io:format("~p~n", [[integer_to_list(255, B) || B <- [2, 8, 10, 16, 36]]]),
    io:format("~p~n", [integer_to_list(-255, 16)]),
    io:format("~p~n", [integer_to_list(1 bsl 100, 16)]),
    io:format("~p~n", [list_to_integer("42")]),
    io:format("~p~n", [list_to_integer("-42")]),
    io:format("~p~n", [list_to_integer("+42")]),
    io:format("~p~n", [list_to_integer("007")]),
    io:format("~p~n", [list_to_integer("ff", 16)]),
    io:format("~p~n", [list_to_integer("FF", 16)]),
    io:format("~p~n", [list_to_integer("-1010", 2)]),
    io:format("~p~n", [list_to_integer("zz", 36)]),
    io:format("~p~n", [list_to_integer("123456789012345678901234567890")]),
    io:format("~p~n", [integer_to_binary(2024)]),
    io:format("~p~n", [integer_to_binary(255, 16)]),
    io:format("~p~n", [binary_to_integer(<<"-99">>)]),
    io:format("~p~n", [binary_to_integer(<<"7f">>, 16)]),
    io:format("~p~n", [list_to_integer(integer_to_list(1 bsl 200)) =:= 1 bsl 200]),
    io:format("~p~n", [[list_to_integer([C]) || C <- "0123456789"]]).
