-module(rt_deep_stack).
-export([main/0]).

main() ->
    io:format("before the crash~n"),
    level1(10),
    ok.

level1(N) -> level2(N) + 1.
level2(N) -> level3(N) + 1.
level3(N) -> N / 0.
