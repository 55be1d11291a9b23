-module(rt_throw).
-export([main/0]).

main() ->
    io:format("before the crash~n"),
    find(missing),
    ok.

find(Key) ->
    throw({not_found, Key}).
