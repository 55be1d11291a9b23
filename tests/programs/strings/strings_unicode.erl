-module(strings_unicode).
-export([main/0]).

%% standard_io is latin1 under `erl -noshell`: code points up to 255 are
%% written as single bytes, larger ones through ~ts as \x{...}.
main() ->
    S = "ħéllo wörld",
    io:format("~w~n", [S]),
    io:format("~p~n", [S]),
    io:format("~p~n", [length(S)]),
    io:format("~p~n", [[1024, 1025]]),
    io:format("~w~n", ["日本"]),
    io:format("~ts~n", ["日本"]),
    io:format("~p~n", ["naïve"]),
    io:format("~w~n", [<< <<C/utf8>> || C <- "ħé" >>]),
    io:format("~p~n", [[C || <<C/utf8>> <= <<"ħé"/utf8>>]]),
    io:format("~p~n", [<<"é">>]),
    io:format("~p~n", [<<"é"/utf8>>]),
    io:format("~p~n", [byte_size(<<"日本"/utf8>>)]),
    io:format("~p~n", [string:length("ħé日本")]),
    io:format("~p~n", [[C || <<C/utf8>> <= <<"aħ日"/utf8>>]]),
    io:format("~p~n", [$é]),
    io:format("~p~n", [$日]).
