-module(proc_processes_bif).
-export([main/0]).

%% erlang:processes/0 lists the pids of all live processes (the runtime has
%% processes of its own, so only membership is checked).
main() ->
    All = processes(),
    io:format("list of pids: ~p~n", [lists:all(fun is_pid/1, All)]),
    io:format("self is listed: ~p~n", [lists:member(self(), All)]),
    Ps = [spawn(fun() -> receive stop -> ok end end) || _ <- lists:seq(1, 10)],
    Now = processes(),
    io:format("new processes listed: ~p~n", [lists:all(fun(P) -> lists:member(P, Now) end, Ps)]),
    io:format("at least 11 processes: ~p~n", [length(Now) >= 11]),
    [begin M = monitor(process, P), P ! stop, receive {'DOWN', M, _, _, _} -> ok end end || P <- Ps],
    Later = processes(),
    io:format("ended processes gone: ~p~n", [not lists:any(fun(P) -> lists:member(P, Later) end, Ps)]),
    io:format("no duplicates: ~p~n", [length(Later) =:= length(lists:usort(Later))]).
