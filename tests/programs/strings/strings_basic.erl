-module(strings_basic).
-export([main/0]).

main() ->
    S = "hello",
    io:format("~p~n", [S]),
    io:format("~w~n", [S]),
    io:format("~s~n", [S]),
    io:format("~p~n", [S ++ " " ++ "world"]),
    io:format("~p~n", [[$h, $i]]),
    io:format("~p~n", [length(S)]),
    io:format("~p~n", [hd(S)]),
    io:format("~p~n", ["abc" == [97, 98, 99]]),
    io:format("~p~n", [""]),
    io:format("~p~n", ["" =:= []]),
    io:format("~p~n", ["con" "cat" "enated"]),
    io:format("~p~n", [lists:reverse("stressed")]),
    io:format("~p~n", [[C - 32 || C <- "shout", C >= $a, C =< $z]]),
    io:format("~p~n", ["a" < "b"]),
    io:format("~p~n", ["abc" < "abd"]),
    io:format("~p~n", ["ab" < "abc"]),
    io:format("~p~n", [lists:sort(["pear", "apple", "fig", "Banana", "apple pie"])]),
    "he" ++ Rest = S,
    io:format("~p~n", [Rest]),
    io:format("~p~n", [[S, S]]),
    io:format("~p~n", [{S, 'S', <<"S">>}]).
