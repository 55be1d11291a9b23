-module(rt_badfun).
-export([main/0]).

main() ->
    io:format("before the crash~n"),
    call(not_a_fun),
    ok.

call(F) ->
    F(42).
