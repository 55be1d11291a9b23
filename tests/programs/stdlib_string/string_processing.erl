-module(string_processing).
-export([main/0]).

parse_csv(Text) ->
    Lines = string:split(Text, "\n", all),
    [string:split(L, ",", all) || L <- Lines, L =/= ""].

caesar(S, N) ->
    [if C >= $a, C =< $z -> $a + (C - $a + N) rem 26;
        C >= $A, C =< $Z -> $A + (C - $A + N) rem 26;
        true -> C
     end || C <- S].

main() ->
    Csv = "name,age,city\nann,31,oslo\nbob,27,lima\n",
    Rows = parse_csv(Csv),
    io:format("~p~n", [Rows]),
    [Header | Data] = Rows,
    io:format("~s~n", [string:join(Header, " | ")]),
    [io:format("~-6s|~4s|~8s|~n", [N, A, C]) || [N, A, C] <- Data],
    Ages = [list_to_integer(A) || [_, A, _] <- Data],
    io:format("~p~n", [lists:sum(Ages) / length(Ages)]),
    io:format("~s~n", [caesar("Hello, World!", 3)]),
    io:format("~s~n", [caesar(caesar("Round Trip", 13), 13)]),
    Words = string:lexemes("The rain in Spain stays mainly in the plain", " "),
    io:format("~p~n", [[W || W <- Words, string:find(W, "ain") =/= nomatch]]),
    io:format("~p~n", [string:to_upper(string:join(lists:reverse(Words), " "))]),
    io:format("~p~n", [lists:map(fun string:length/1, Words)]).
