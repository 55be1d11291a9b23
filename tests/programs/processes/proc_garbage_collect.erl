-module(proc_garbage_collect).
-export([main/0]).

%% erlang:garbage_collect/0,1: the call returns true for a live process
%% (false for a dead one), and a full collection frees what is no longer
%% reachable, in the caller and in another process.

main() ->
    io:format("gc() = ~p~n", [garbage_collect()]),
    io:format("gc(self()) = ~p~n", [erlang:garbage_collect(self())]),
    {memory, M0} = process_info(self(), memory),
    keep(M0),
    drop(),
    {memory, M3} = process_info(self(), memory),
    io:format("freed: ~p~n", [M3 < M0 + 1000000]),
    other(),
    io:format("dead: ~p~n", [dead()]).

keep(M0) ->
    Big = build(300000),
    {memory, M1} = process_info(self(), memory),
    io:format("grew: ~p~n", [M1 > M0 + 1000000]),
    true = garbage_collect(),
    {memory, M2} = process_info(self(), memory),
    io:format("big list kept: ~p~n", [M2 > M0 + 1000000]),
    io:format("length: ~p~n", [length(Big)]).

build(N) -> [{I, integer_to_list(I)} || I <- lists:seq(1, N)].

%% The list is dead once build/1's result is dropped here.
drop() ->
    _ = length(build(300000)),
    garbage_collect().

other() ->
    Parent = self(),
    Pid = spawn(fun() ->
        L = build(300000),
        Parent ! {built, length(L)},
        receive drop -> ok end,
        Parent ! dropped,
        receive stop -> ok end
    end),
    receive {built, N} -> io:format("other built ~p~n", [N]) end,
    {memory, A} = process_info(Pid, memory),
    io:format("other is big: ~p~n", [A > 1000000]),
    Pid ! drop,
    receive dropped -> ok end,
    io:format("gc(Pid) = ~p~n", [garbage_collect(Pid)]),
    {memory, B} = process_info(Pid, memory),
    io:format("other freed: ~p~n", [B < 1000000]),
    Pid ! stop.

dead() ->
    Pid = spawn(fun() -> ok end),
    Ref = monitor(process, Pid),
    receive {'DOWN', Ref, process, Pid, _} -> ok end,
    garbage_collect(Pid).
