-module(rt_undef).
-export([main/0]).

main() ->
    io:format("before the crash~n"),
    Mod = no_such_module,
    Mod:start(1, 2),
    ok.
