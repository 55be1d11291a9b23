-module(try_basic).
-export([main/0]).

risky(0) -> ok;
risky(1) -> throw(thrown_value);
risky(2) -> error(some_error);
risky(3) -> exit(some_exit);
risky(4) -> 1 = 2;
risky(5) -> error({custom, [1, 2]}).

run(N) ->
    try risky(N) of
        ok -> {returned, ok}
    catch
        throw:T -> {caught_throw, T};
        error:E -> {caught_error, E};
        exit:X -> {caught_exit, X}
    end.

main() ->
    lists:foreach(fun(N) -> io:format("~p -> ~p~n", [N, run(N)]) end, lists:seq(0, 5)),
    R = try 1 + 1 catch _:_ -> never end,
    io:format("~p~n", [R]),
    R2 = try throw(x) catch x -> caught_default_class_throw end,
    io:format("~p~n", [R2]),
    R3 = try error(y) catch Class:Reason -> {Class, Reason} end,
    io:format("~p~n", [R3]),
    R4 = try exit(z) catch _:Any -> {any, Any} end,
    io:format("~p~n", [R4]),
    R5 = try
             X = 10,
             Y = X * 2,
             Y + 1
         catch
             _:_ -> failed
         end,
    io:format("~p~n", [R5]),
    R6 = try throw({complex, [1, 2, 3], #{k => v}}) catch throw:{complex, L, M} -> {L, M} end,
    io:format("~p~n", [R6]).
