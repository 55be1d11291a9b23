-module(errors_badarity).
-export([main/0]).

id(X) -> X.

show(F) ->
    try F() of
        V -> {ok, V}
    catch
        error:{badarity, {Fun, Args}} ->
            %% the fun itself prints in an implementation-specific way
            {badarity, is_function(Fun), Args};
        Class:Reason -> {Class, Reason}
    end.

main() ->
    F1 = id(fun(X) -> X end),
    F2 = id(fun(X, Y) -> {X, Y} end),
    F0 = id(fun() -> zero end),
    io:format("~p~n", [show(fun() -> F1() end)]),
    io:format("~p~n", [show(fun() -> F1(1, 2) end)]),
    io:format("~p~n", [show(fun() -> F2(a) end)]),
    io:format("~p~n", [show(fun() -> F0(a, b, c) end)]),
    io:format("~p~n", [show(fun() -> F2(a, b) end)]),
    io:format("~p~n", [show(fun() -> (id(fun lists:reverse/1))([1], [2]) end)]).
