-module(proc_stress_link_chain).
-export([main/0]).

%% A chain of 10,000 linked processes dying in a cascade: the far end
%% crashes; every process in between does not trap exits and dies with the
%% same reason; the process at the head traps exits and reports the reason.
%% Then the same chain is killed from the far end with exit(Pid, kill): the
%% head sees `killed`.
main() ->
    N = 10000,
    io:format("crash: ~p~n", [run(N, fun(Tail) -> Tail ! crash end)]),
    io:format("kill: ~p~n", [run(N, fun(Tail) -> exit(Tail, kill) end)]),
    io:format("exit(Tail, custom): ~p~n", [run(N, fun(Tail) -> exit(Tail, {custom, N}) end)]).

run(N, Trigger) ->
    Parent = self(),
    {Head, HR} = spawn_monitor(fun() ->
        process_flag(trap_exit, true),
        First = spawn_link(fun() -> build(N - 1, Parent) end),
        receive {'EXIT', First, Why} -> exit({head_saw, Why}) end
    end),
    receive {tail_ready, Tail} -> Trigger(Tail) end,
    receive {'DOWN', HR, process, Head, R} -> R end.

build(1, Parent) ->
    Parent ! {tail_ready, self()},
    receive crash -> exit(tail_crashed) end;
build(K, Parent) ->
    spawn_link(fun() -> build(K - 1, Parent) end),
    receive after infinity -> ok end.
