-module(proc_spawn_many).
-export([main/0]).

%% 2000 processes, each answering once; the answers are collected per pid
%% (selective receive), so the result does not depend on scheduling.
main() ->
    Parent = self(),
    N = 2000,
    Pids = [spawn(fun() -> Parent ! {self(), I * 3} end) || I <- lists:seq(1, N)],
    Results = [receive {P, V} -> V end || P <- Pids],
    io:format("count ~p~n", [length(Results)]),
    io:format("sum ~p~n", [lists:sum(Results)]),
    io:format("first ~p last ~p~n", [hd(Results), lists:last(Results)]),
    io:format("all pids distinct: ~p~n", [length(lists:usort(Pids)) =:= N]),
    %% Answers collected in any arrival order, then sorted.
    [spawn(fun() -> Parent ! {num, I} end) || I <- lists:seq(1, 500)],
    Got = lists:sort([receive {num, X} -> X end || _ <- lists:seq(1, 500)]),
    io:format("sorted answers equal 1..500: ~p~n", [Got =:= lists:seq(1, 500)]),
    io:format("mailbox empty: ~p~n", [receive M -> M after 0 -> empty end]).
