-module(rt_badarg).
-export([main/0]).

main() ->
    io:format("before the crash~n"),
    parse("12abc"),
    ok.

parse(S) ->
    list_to_integer(S) + 1.
