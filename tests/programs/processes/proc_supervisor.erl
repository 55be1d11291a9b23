-module(proc_supervisor).
-export([main/0, worker/2]).

%% A tiny supervisor written with links and trap_exit: it restarts its
%% worker whenever the worker exits abnormally, up to a restart limit, and
%% then gives up (exits itself).
worker(Id, Parent) ->
    Parent ! {started, Id, self()},
    worker_loop(Id, Parent).

worker_loop(Id, Parent) ->
    receive
        {job, N} when N < 0 -> exit({bad_job, N});
        {job, 0} -> 1 / (Id - Id);
        {job, N} -> Parent ! {result, N * 10}, worker_loop(Id, Parent);
        stop -> ok
    end.

supervisor(Parent, MaxRestarts) ->
    process_flag(trap_exit, true),
    Pid = spawn_link(proc_supervisor, worker, [1, Parent]),
    sup_loop(Parent, Pid, 1, 0, MaxRestarts).

sup_loop(Parent, Pid, Id, Restarts, Max) ->
    receive
        {'EXIT', Pid, normal} ->
            Parent ! {sup, worker_stopped, Restarts},
            exit(normal);
        {'EXIT', Pid, Reason} when Restarts < Max ->
            Parent ! {sup, restarting, short(Reason), Restarts + 1},
            New = spawn_link(proc_supervisor, worker, [Id + 1, Parent]),
            sup_loop(Parent, New, Id + 1, Restarts + 1, Max);
        {'EXIT', Pid, Reason} ->
            Parent ! {sup, giving_up, short(Reason), Restarts},
            exit(too_many_restarts)
    end.

short({R, [T | _]}) when is_tuple(T) -> R;
short(R) -> R.

%% Wait for the (new) worker to start and return its pid.
started() -> receive {started, Id, P} -> io:format("worker ~p started~n", [Id]), P end.

sup_msg() ->
    receive {sup, _, _, _} = M -> io:format("supervisor: ~p~n", [M]);
            {sup, _, _} = M -> io:format("supervisor: ~p~n", [M])
    end.

main() ->
    Parent = self(),
    {Sup, SupRef} = spawn_monitor(fun() -> supervisor(Parent, 3) end),
    W1 = started(),
    W1 ! {job, 5},
    receive {result, R1} -> io:format("result ~p~n", [R1]) end,
    W1 ! {job, -1},
    sup_msg(),
    W2 = started(),
    W2 ! {job, 7},
    receive {result, R2} -> io:format("result ~p~n", [R2]) end,
    W2 ! {job, 0},
    sup_msg(),
    W3 = started(),
    exit(W3, kill),
    sup_msg(),
    W4 = started(),
    W4 ! {job, -2},
    sup_msg(),
    receive {'DOWN', SupRef, process, Sup, Why} -> io:format("supervisor exited: ~p~n", [Why]) end,
    %% A second supervisor whose worker stops normally: no restart.
    {Sup2, Ref2} = spawn_monitor(fun() -> supervisor(Parent, 3) end),
    V1 = started(),
    V1 ! stop,
    sup_msg(),
    receive {'DOWN', Ref2, process, Sup2, Why2} -> io:format("second supervisor exited: ~p~n", [Why2]) end.
