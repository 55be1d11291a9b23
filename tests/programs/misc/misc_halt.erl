-module(misc_halt).
-export([main/0]).

%% erlang:halt/0 ends the program at once with status 0, after the output
%% written so far has been flushed.
main() ->
    [io:format("line ~p~n", [N]) || N <- lists:seq(1, 5)],
    finish(),
    io:format("never printed~n").

finish() ->
    io:format("halting~n"),
    erlang:halt().
