-module(rt_badmatch).
-export([main/0]).

main() ->
    io:format("before the crash~n"),
    check(3).

check(X) ->
    {ok, Value} = X,
    Value.
