-module(try_nested).
-export([main/0]).

level3(X) -> case X of bad -> throw({level3, X}); _ -> X end.
level2(X) -> try level3(X) catch throw:{level3, V} -> throw({level2, V}) end.
level1(X) ->
    try level2(X)
    catch throw:{level2, V} -> {recovered, V}
    end.

rethrow(X) ->
    try error(X)
    catch error:E:Stack -> erlang:raise(error, {wrapped, E}, Stack)
    end.

main() ->
    io:format("~p~n", [level1(good)]),
    io:format("~p~n", [level1(bad)]),
    io:format("~p~n", [try rethrow(inner) catch error:W -> W end]),
    io:format("~p~n", [try try throw(a) catch throw:a -> throw(b) end catch throw:b -> got_b end]),
    io:format("~p~n", [try try error(x) catch throw:_ -> wrong end catch error:x -> passed_through end]),
    Results = [try
                   case N rem 3 of
                       0 -> throw(N);
                       1 -> error(N);
                       2 -> N
                   end
               catch
                   throw:V -> {t, V};
                   error:V -> {e, V}
               end || N <- lists:seq(1, 6)],
    io:format("~p~n", [Results]),
    Deep = fun Deep(0) -> throw(bottom); Deep(N) -> Deep(N - 1) end,
    io:format("~p~n", [try Deep(10000) catch throw:bottom -> reached_bottom end]),
    io:format("~p~n", [try erlang:raise(throw, raised, []) catch throw:raised -> ok end]),
    io:format("~p~n", [try erlang:raise(exit, {shutdown, x}, []) catch exit:{shutdown, R} -> R end]).
