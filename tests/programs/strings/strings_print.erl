-module(strings_print).
-export([main/0]).

main() ->
    %% ~p prints printable lists as strings, others as lists of integers
    io:format("~p~n", [[72, 105]]),
    io:format("~p~n", [[72, 105, 0]]),
    io:format("~p~n", [[1, 2, 3]]),
    io:format("~p~n", [[10]]),
    io:format("~p~n", [[9, 10, 13]]),
    io:format("~p~n", [[8, 27, 127]]),
    io:format("~p~n", [[31]]),
    io:format("~p~n", [[32, 126]]),
    io:format("~p~n", [[127]]),
    io:format("~p~n", [[160, 255]]),
    io:format("~p~n", [[256]]),
    io:format("~p~n", [[-1]]),
    io:format("~p~n", ["quote\"inside"]),
    io:format("~p~n", ["back\\slash"]),
    io:format("~p~n", ["tab\tnew\nline"]),
    io:format("~p~n", ["apos'trophe"]),
    io:format("~p~n", ["\e\v\f\b\d"]),
    io:format("~p~n", [["abc", [1, 2], "def"]]),
    io:format("~p~n", [{"abc", [$a | "bc"]}]),
    io:format("~s~n", [["nested ", ["io", $l], "ist"]]),
    io:format("~s~n", [<<"binary string">>]),
    io:format("~s~n", [atom_string]),
    io:format("~w~n", ["abc"]),
    io:format("~p~n", [[$a, 1.0]]),
    io:format("~p~n", [[$a | b]]).
