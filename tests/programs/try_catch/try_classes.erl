-module(try_classes).
-export([main/0]).

classify(F) ->
    try F() of
        V -> {value, V}
    catch
        throw:Term -> {throw, Term};
        exit:Term -> {exit, Term};
        error:Term -> {error, Term}
    end.

main() ->
    Cases = [fun() -> 42 end,
             fun() -> throw(t) end,
             fun() -> exit(normal) end,
             fun() -> exit({reason, 1}) end,
             fun() -> error(e) end,
             fun() -> error(e, [arg1, arg2]) end,
             fun() -> erlang:error({badthing, 1}) end,
             fun() -> erlang:throw(thrown) end,
             fun() -> erlang:exit(exited) end],
    [io:format("~p~n", [classify(C)]) || C <- Cases],
    Reasons = [try throw(V) catch throw:V2 -> V2 end || V <- [1, 2.5, "s", <<"b">>, {t}, [l], #{m => 1}]],
    io:format("~p~n", [Reasons]).
