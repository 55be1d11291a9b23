-module(rt_function_clause).
-export([main/0]).

main() ->
    io:format("before the crash~n"),
    classify(-1),
    ok.

classify(N) when N > 0 -> positive;
classify(0) -> zero.
