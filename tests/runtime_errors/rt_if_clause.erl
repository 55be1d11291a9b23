-module(rt_if_clause).
-export([main/0]).

main() ->
    io:format("before the crash~n"),
    sign(0),
    ok.

sign(X) ->
    if X > 0 -> positive;
       X < 0 -> negative
    end.
