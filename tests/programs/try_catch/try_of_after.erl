-module(try_of_after).
-export([main/0]).

check(X) ->
    try X * 2 of
        N when N > 10 -> {big, N};
        N -> {small, N}
    catch
        error:badarith -> not_a_number
    after
        io:format("after for ~p~n", [X])
    end.

only_after(F) ->
    try F()
    after
        io:format("cleanup runs~n")
    end.

main() ->
    io:format("~p~n", [check(3)]),
    io:format("~p~n", [check(30)]),
    io:format("~p~n", [check(foo)]),
    io:format("~p~n", [only_after(fun() -> value end)]),
    io:format("~p~n", [try only_after(fun() -> throw(oops) end) catch throw:T -> {outer_caught, T} end]),
    %% exceptions in the "of" section are not caught by the same try
    io:format("~p~n", [try
                           try ok of
                               ok -> error(in_of_clause)
                           catch
                               error:_ -> inner_caught
                           end
                       catch
                           error:E -> {outer_caught, E}
                       end]),
    %% after result is discarded
    io:format("~p~n", [try 1 after 2 end]),
    Order = try
                io:format("body~n"),
                throw(t)
            catch
                throw:t -> io:format("handler~n"), handled
            after
                io:format("after~n")
            end,
    io:format("~p~n", [Order]).
