-module(strings_ops).
-export([main/0]).

words(S) -> words(S, [], []).
words([], [], Acc) -> lists:reverse(Acc);
words([], W, Acc) -> lists:reverse([lists:reverse(W) | Acc]);
words([$\s | T], [], Acc) -> words(T, [], Acc);
words([$\s | T], W, Acc) -> words(T, [], [lists:reverse(W) | Acc]);
words([C | T], W, Acc) -> words(T, [C | W], Acc).

capitalize([C | T]) when C >= $a, C =< $z -> [C - 32 | T];
capitalize(S) -> S.

is_palindrome(S) ->
    Clean = [C || C <- string:lowercase(S), C >= $a, C =< $z],
    Clean =:= lists:reverse(Clean).

main() ->
    Ws = words("  the quick  brown fox "),
    io:format("~p~n", [Ws]),
    io:format("~s~n", [lists:join(" ", [capitalize(W) || W <- Ws])]),
    io:format("~p~n", [lists:join(", ", Ws)]),
    io:format("~p~n", [[is_palindrome(S) || S <- ["A man, a plan, a canal: Panama", "hello", ""]]]),
    io:format("~p~n", [lists:flatten(["a", ["b", ["c"]], "d"])]),
    io:format("~p~n", [string:copies("ab", 3)]),
    io:format("~p~n", [lists:concat([abc, 123, "def", 4.5])]),
    io:format("~p~n", [string:chr("hello", $l)]),
    io:format("~p~n", [string:str("hello world", "wor")]),
    io:format("~p~n", [string:substr("hello world", 7)]),
    io:format("~p~n", [string:substr("hello world", 1, 5)]),
    io:format("~p~n", [lists:prefix("he", "hello")]),
    io:format("~p~n", [lists:suffix("lo", "hello")]).
