-module(rt_try_clause).
-export([main/0]).

main() ->
    io:format("before the crash~n"),
    run(surprise),
    ok.

run(X) ->
    try X of
        expected -> ok
    catch
        _:_ -> caught
    end.
