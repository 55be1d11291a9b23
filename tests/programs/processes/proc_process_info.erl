-module(proc_process_info).
-export([main/0]).

%% process_info/2 for the items message_queue_len, status, links,
%% registered_name, dictionary and trap_exit, for a single item and for a
%% list of items. A dead process gives undefined.
wait_status(P, Want) -> wait_status(P, Want, 2000).
wait_status(_, _, 0) -> gave_up;
wait_status(P, Want, N) ->
    case process_info(P, status) of
        {status, Want} -> Want;
        _ -> receive after 1 -> wait_status(P, Want, N - 1) end
    end.

main() ->
    Parent = self(),
    P = spawn(fun() -> receive {go, From} -> From ! {queue_after_go, process_info(self(), message_queue_len)} end end),
    io:format("status of a process blocked in receive: ~p~n", [wait_status(P, waiting)]),
    P ! one, P ! two, P ! three,
    io:format("~p~n", [process_info(P, message_queue_len)]),
    P ! {go, self()},
    receive {queue_after_go, Q} -> io:format("inside, after taking go: ~p~n", [Q]) end,
    io:format("~p~n", [process_info(self(), message_queue_len)]),
    self() ! a, self() ! b,
    io:format("own queue: ~p~n", [process_info(self(), message_queue_len)]),
    receive a -> ok end, receive b -> ok end,
    %% A list of items returns a list of tuples, in the order asked.
    {T, TR} = spawn_monitor(fun() ->
        process_flag(trap_exit, true),
        register(proc_pi_named, self()),
        put(k, v),
        L = spawn_link(fun() -> receive stop -> ok end end),
        Info = process_info(self(), [registered_name, trap_exit, dictionary, message_queue_len]),
        {links, Links} = process_info(self(), links),
        L ! stop,
        Parent ! {info, Info, Links =:= [L]},
        receive {'EXIT', L, normal} -> ok end,
        exit(done)
    end),
    receive {info, Info, LinksOk} -> io:format("~p~nlinks: ~p~n", [Info, LinksOk]) end,
    receive {'DOWN', TR, process, T, done} -> ok end,
    io:format("dead: ~p ~p~n", [process_info(T, status), process_info(T, [status, links])]),
    %% Defaults of a fresh process.
    F = spawn(fun() -> receive stop -> ok end end),
    io:format("fresh: ~p~n", [process_info(F, [registered_name, trap_exit, links, dictionary])]),
    F ! stop,
    %% A running process reports running or runnable; either way a valid status.
    B = spawn(fun Spin() -> Spin() end),
    {status, S} = process_info(B, status),
    io:format("busy process status valid: ~p~n", [lists:member(S, [running, runnable, waiting, garbage_collecting])]),
    exit(B, kill),
    io:format("memory is an integer: ~p~n", [case process_info(self(), memory) of {memory, M} -> is_integer(M); _ -> false end]),
    io:format("bad item: ~p~n", [try process_info(self(), no_such_item) catch C:E -> {C, E} end]),
    io:format("bad pid: ~p~n", [try process_info(not_a_pid, status) catch C2:E2 -> {C2, E2} end]).
