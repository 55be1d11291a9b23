-module(proc_link_cascade).
-export([main/0]).

%% A chain of 1000 linked processes. The last one crashes; the exit signal
%% travels the whole chain; the first process traps exits and reports the
%% reason it received.
main() ->
    Parent = self(),
    N = 1000,
    {Head, HR} = spawn_monitor(fun() ->
        process_flag(trap_exit, true),
        Next = spawn_link(fun() -> build(N - 1, Parent) end),
        receive {'EXIT', Next, Why} -> exit({head_saw, Why}) end
    end),
    receive {tail_ready, Tail} -> Tail ! crash end,
    receive {'DOWN', HR, process, Head, R} -> io:format("~p~n", [R]) end,
    %% With `kill`: the killed one dies with killed, the rest of the chain
    %% gets `killed` as an ordinary reason.
    {Head2, HR2} = spawn_monitor(fun() ->
        process_flag(trap_exit, true),
        Next = spawn_link(fun() -> build(N - 1, Parent) end),
        receive {'EXIT', Next, Why} -> exit({head_saw, Why}) end
    end),
    receive {tail_ready, Tail2} -> exit(Tail2, kill) end,
    receive {'DOWN', HR2, process, Head2, R2} -> io:format("~p~n", [R2]) end,
    %% Normal exit of the tail does not cascade: the chain stays up.
    {Head3, HR3} = spawn_monitor(fun() ->
        process_flag(trap_exit, true),
        Next = spawn_link(fun() -> build(N - 1, Parent) end),
        receive check -> ok end,
        receive {'EXIT', Next, Why} -> exit({head_saw, Why}) after 0 -> exit({chain_still_up, is_process_alive(Next)}) end
    end),
    receive {tail_ready, Tail3} ->
            TM = monitor(process, Tail3),
            Tail3 ! quit,
            receive {'DOWN', TM, process, Tail3, TailWhy} -> io:format("tail ended: ~p~n", [TailWhy]) end
    end,
    receive after 100 -> Head3 ! check end,
    receive {'DOWN', HR3, process, Head3, R3} -> io:format("~p~n", [R3]) end.

build(1, Parent) ->
    Parent ! {tail_ready, self()},
    receive
        crash -> exit({tail_crashed, 1000});
        quit -> ok
    end;
build(K, Parent) ->
    spawn_link(fun() -> build(K - 1, Parent) end),
    receive after infinity -> ok end.
