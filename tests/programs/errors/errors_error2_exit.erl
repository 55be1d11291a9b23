-module(errors_error2_exit).
-export([main/0]).

main() ->
    io:format("~p~n", [t(fun() -> error(my_reason, [a, b]) end)]),
    io:format("~p~n", [t(fun() -> erlang:error({complex, "msg"}) end)]),
    io:format("~p~n", [t(fun() -> exit(normal) end)]),
    io:format("~p~n", [t(fun() -> exit({shutdown, reason}) end)]),
    io:format("~p~n", [t(fun() -> throw(ball) end)]),
    io:format("~p~n", [catch exit(caught_by_catch)]),
    io:format("~p~n", [catch throw(thrown_to_catch)]),
    io:format("~p~n", [try error(badarg) catch error:badarg -> explicit_badarg end]),
    io:format("~p~n", [try error({badmatch, fake}) catch error:{badmatch, V} -> {fake_badmatch, V} end]).

t(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
