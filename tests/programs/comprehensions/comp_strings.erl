-module(comp_strings).
-export([main/0]).

main() ->
    S = "Hello World 123",
    io:format("~p~n", [[C || C <- S, C >= $A, C =< $Z]]),
    io:format("~p~n", [[C || C <- S, C >= $0, C =< $9]]),
    io:format("~s~n", [[if C >= $a, C =< $z -> C - 32; true -> C end || C <- S]]),
    io:format("~p~n", [[{C, N} || {C, N} <- [{C, length([X || X <- S, X =:= C])} || C <- "lo"]]]),
    io:format("~p~n", [[[C] || C <- "abc"]]),
    io:format("~p~n", [[X ++ Y || X <- ["a", "b"], Y <- ["1", "2"]]]),
    io:format("~p~n", [lists:usort([C || C <- "mississippi"])]),
    Vowels = "aeiou",
    io:format("~p~n", [length([C || C <- "the quick brown fox jumps over the lazy dog", lists:member(C, Vowels)])]),
    io:format("~p~n", [[integer_to_list(N) || N <- lists:seq(8, 12)]]).
