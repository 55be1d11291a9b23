-module(proc_stress_monitors).
-export([main/0]).

%% Monitors in bulk: 10,000 monitors on one process (all get the 'DOWN'),
%% 10,000 processes each monitoring the next one, and 10,000 monitors
%% created and removed again with demonitor.
main() ->
    N = 10000,
    Victim = spawn(fun() -> receive go -> exit(bulk) end end),
    Refs = [monitor(process, Victim) || _ <- lists:seq(1, N)],
    Victim ! go,
    Reasons = lists:usort([receive {'DOWN', R, process, Victim, W} -> W end || R <- Refs]),
    io:format("~p DOWN messages, reasons ~p~n", [length(Refs), Reasons]),
    %% Watchers: each watches one target; all targets die; each watcher reports.
    Parent = self(),
    Targets = [spawn(fun() -> receive go -> exit({t, I rem 3}) end end) || I <- lists:seq(1, N)],
    Watchers = [spawn(fun() -> M = monitor(process, T), Parent ! {watching, self()},
                              receive {'DOWN', M, process, T, W} -> Parent ! {saw, self(), W} end end)
                || T <- Targets],
    [receive {watching, W} -> ok end || W <- Watchers],
    [T ! go || T <- Targets],
    Seen = [receive {saw, W, R} -> R end || W <- Watchers],
    Counts = lists:foldl(fun(R, M) -> maps:update_with(R, fun(C) -> C + 1 end, 1, M) end, #{}, Seen),
    io:format("watchers saw: ~p~n", [lists:sort(maps:to_list(Counts))]),
    %% Monitor then demonitor: no DOWN may arrive afterwards.
    Live = spawn(fun() -> receive go -> ok end end),
    Refs2 = [monitor(process, Live) || _ <- lists:seq(1, N)],
    Removed = length([ok || R <- Refs2, demonitor(R, [info])]),
    M = monitor(process, Live),
    Live ! go,
    receive {'DOWN', M, process, Live, normal} -> ok end,
    Stray = count_downs(0),
    io:format("demonitored ~p, stray DOWN messages: ~p~n", [Removed, Stray]).

count_downs(N) -> receive {'DOWN', _, _, _, _} -> count_downs(N + 1) after 0 -> N end.
