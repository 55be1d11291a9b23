-module(rt_badkey).
-export([main/0]).

main() ->
    io:format("before the crash~n"),
    lookup(#{name => "joist"}),
    ok.

lookup(M) ->
    M#{version := 2}.
