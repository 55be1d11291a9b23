-module(rt_badmap).
-export([main/0]).

main() ->
    io:format("before the crash~n"),
    update([not_a, map]),
    ok.

update(M) ->
    M#{key => value}.
