-module(rt_badarity).
-export([main/0]).

main() ->
    io:format("before the crash~n"),
    call(fun(X, Y) -> X + Y end),
    ok.

call(F) ->
    F(1).
