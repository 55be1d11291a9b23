-module(rt_badarith).
-export([main/0]).

main() ->
    io:format("before the crash~n"),
    average([]),
    ok.

average(L) ->
    lists:sum(L) div length(L).
