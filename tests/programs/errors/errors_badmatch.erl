-module(errors_badmatch).
-export([main/0]).

id(X) -> X.

try_it(F) ->
    try F() of
        V -> {ok, V}
    catch
        Class:Reason -> {Class, Reason}
    end.

main() ->
    io:format("~p~n", [try_it(fun() -> {a, _} = id({b, 1}) end)]),
    io:format("~p~n", [try_it(fun() -> [_, _] = id([1, 2, 3]) end)]),
    io:format("~p~n", [try_it(fun() -> 3 = id(3.0) end)]),
    io:format("~p~n", [try_it(fun() -> <<_:8>> = id(<<1, 2>>) end)]),
    io:format("~p~n", [try_it(fun() -> #{k := _} = id(#{j => 1}) end)]),
    io:format("~p~n", [try_it(fun() -> "abc" ++ _ = id("abd") end)]),
    io:format("~p~n", [try_it(fun() -> X = id(1), X = id(2) end)]),
    io:format("~p~n", [try_it(fun() -> {ok, V} = id(error), V end)]),
    io:format("~p~n", [try_it(fun() -> ok = id(ok) end)]),
    {'EXIT', {Reason, _}} = (catch ({x} = id({y}))),
    io:format("~p~n", [Reason]).
