-module(rt_error_custom).
-export([main/0]).

main() ->
    io:format("before the crash~n"),
    validate(-5),
    ok.

validate(N) when N < 0 ->
    error({negative, N});
validate(N) ->
    N.
