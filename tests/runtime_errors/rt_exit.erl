-module(rt_exit).
-export([main/0]).

main() ->
    io:format("before the crash~n"),
    stop(),
    ok.

stop() ->
    exit({shutdown, "giving up"}).
