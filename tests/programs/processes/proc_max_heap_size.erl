-module(proc_max_heap_size).
-export([main/0]).

%% process_flag(max_heap_size, Words): a process whose heap grows past its
%% limit is killed (reason killed, which it cannot catch); the others
%% carry on. The old value is returned.
grow(N, Acc) -> grow(N + 1, [N | Acc]).

main() ->
    Parent = self(),
    {P, R} = spawn_monitor(fun() ->
                               Old1 = process_flag(max_heap_size, 100000),
                               Old2 = process_flag(max_heap_size, 200000),
                               Parent ! {olds, Old1, Old2},
                               try grow(0, []) catch _:_ -> exit(caught) end
                           end),
    receive {olds, O1, O2} -> io:format("old values: ~p ~p~n", [O1, O2]) end,
    receive {'DOWN', R, process, P, Why} -> io:format("runaway process: ~p~n", [Why]) end,
    io:format("main carries on: ~p~n", [length(lists:seq(1, 300000))]).
