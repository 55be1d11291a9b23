%% A small supervisor written in plain Erlang (links + trap_exit). It
%% starts a worker and restarts it whenever it dies abnormally, at most
%% three times; the fourth crash makes the supervisor give up and exit.
%% The worker keeps a running total of the numbers sent to it; a negative
%% number crashes it (losing its state, which restarts from 0). Every event
%% is reported to main, which prints it.
%%
%% Run: joist run examples/supervisor_demo.erl      (or: erlc supervisor_demo.erl &&
%%      erl -noshell -s supervisor_demo main -s init stop)
%%
%% Output:
%%   worker #1 started
%%   add 5 -> total 5
%%   add 10 -> total 15
%%   add -1 -> worker crashed: {negative,-1}; restart 1 of 3
%%   worker #2 started
%%   add 7 -> total 7
%%   add -2 -> worker crashed: {negative,-2}; restart 2 of 3
%%   worker #3 started
%%   add -3 -> worker crashed: {negative,-3}; restart 3 of 3
%%   worker #4 started
%%   add 1 -> total 1
%%   add -4 -> worker crashed: {negative,-4}; too many restarts, supervisor gives up
%%   supervisor exited: shutdown
-module(supervisor_demo).
-export([main/0]).


max_restarts() -> 3.

%% --- the worker -------------------------------------------------------------

worker(Main, Id) ->
    Main ! {worker_started, Id, self()},
    worker_loop(Main, 0).

worker_loop(Main, Total) ->
    receive
        {add, N} when N < 0 ->
            exit({negative, N});
        {add, N} ->
            Main ! {total, Total + N},
            worker_loop(Main, Total + N)
    end.

%% --- the supervisor ---------------------------------------------------------

supervisor(Main) ->
    process_flag(trap_exit, true),
    supervise(Main, start_worker(Main, 1), 1, 0).

start_worker(Main, Id) ->
    spawn_link(fun() -> worker(Main, Id) end).

supervise(Main, Worker, Id, Restarts) ->
    receive
        {'EXIT', Worker, normal} ->
            ok;
        {'EXIT', Worker, Reason} ->
            case Restarts < max_restarts() of
                true ->
                    Main ! {restarting, Reason, Restarts + 1},
                    supervise(Main, start_worker(Main, Id + 1), Id + 1, Restarts + 1);
                false ->
                    Main ! {giving_up, Reason},
                    exit(shutdown)
            end
    end.

%% --- main: drives the worker and prints what happens ------------------------

main() ->
    Main = self(),
    {Sup, SupRef} = spawn_monitor(fun() -> supervisor(Main) end),
    W1 = started(),
    W2 = send_all(W1, [5, 10, -1]),
    W3 = send_all(W2, [7, -2]),
    W4 = send_all(W3, [-3]),
    send_all(W4, [1, -4]),
    receive {'DOWN', SupRef, process, Sup, Why} -> io:format("supervisor exited: ~p~n", [Why]) end.

%% Send numbers to the worker; return the worker to use next (a new one if
%% the last number crashed it and the supervisor restarted it).
send_all(Worker, []) ->
    Worker;
send_all(Worker, [N | Rest]) ->
    Worker ! {add, N},
    case N < 0 of
        false ->
            receive {total, T} -> io:format("add ~p -> total ~p~n", [N, T]) end,
            send_all(Worker, Rest);
        true ->
            receive
                {restarting, Reason, K} ->
                    io:format("add ~p -> worker crashed: ~p; restart ~p of ~p~n", [N, Reason, K, max_restarts()]),
                    send_all(started(), Rest);
                {giving_up, Reason} ->
                    io:format("add ~p -> worker crashed: ~p; too many restarts, supervisor gives up~n", [N, Reason]),
                    none
            end
    end.

started() ->
    receive {worker_started, Id, Pid} -> io:format("worker #~p started~n", [Id]), Pid end.
