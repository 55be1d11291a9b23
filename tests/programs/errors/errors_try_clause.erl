-module(errors_try_clause).
-export([main/0]).

id(X) -> X.

main() ->
    R = try
            try id(unexpected) of
                expected -> fine
            catch
                throw:_ -> thrown
            end
        catch
            C:E -> {C, E}
        end,
    io:format("~p~n", [R]),
    R2 = try
             try id({value, 3}) of
                 {value, N} when N > 5 -> big
             catch
                 _:_ -> not_here
             end
         catch
             C2:E2 -> {C2, E2}
         end,
    io:format("~p~n", [R2]),
    R3 = try id(ok) of ok -> matched catch _:_ -> no end,
    io:format("~p~n", [R3]).
