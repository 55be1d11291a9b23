-module(bifs_statistics_reductions).
-export([main/0]).

%% statistics(reductions) and statistics(exact_reductions) are {Total,
%% SinceLastCall}: Total counts the time slices every process has finished
%% (not the caller's current one), SinceLastCall is the growth since the
%% previous call for the same item. process_info(self(), reductions) does
%% count the caller's current slice. Only relations between the numbers
%% are printed (their values depend on the VM and on where slices end).
main() ->
    {T1, _} = statistics(reductions),
    {E1, _} = statistics(exact_reductions),
    {reductions, R1} = process_info(self(), reductions),
    loop(3000),
    {reductions, R2} = process_info(self(), reductions),
    {T2, D2} = statistics(reductions),
    {E2, DE2} = statistics(exact_reductions),
    io:format("since last call: ~p ~p~n", [D2 =:= T2 - T1, DE2 =:= E2 - E1]),
    io:format("own reductions count the current slice: ~p~n", [R2 - R1 >= 3000]),
    P = spawn(fun() -> loop(5000), receive stop -> ok end end),
    %% Once P waits, its slices (with the loop) have ended.
    waiting(P),
    {reductions, RP} = process_info(P, reductions),
    {T3, D3} = statistics(reductions),
    {E3, DE3} = statistics(exact_reductions),
    io:format("other process: ~p~n", [RP >= 5000]),
    io:format("finished slices counted: ~p ~p~n", [T3 - T2 >= 5000, E3 - E2 >= 5000]),
    io:format("since last call: ~p ~p~n", [D3 =:= T3 - T2, DE3 =:= E3 - E2]),
    P ! stop.

waiting(P) ->
    case process_info(P, status) of
        {status, waiting} -> ok;
        _ -> receive after 1 -> waiting(P) end
    end.

loop(0) -> ok;
loop(N) -> loop(N - 1).
