-module(proc_preempt_long_bifs).
-export([main/0]).

%% Preemption inside one BIF call: a process doing length/1, ++, -- or
%% lists:sort/1 on a 2,000,000-element list does not stop another process
%% from answering meanwhile. The worker says `started` right before the
%% call and `done` right after (messages built beforehand: nothing between
%% them where it could be preempted or collect but the BIF itself); main
%% counts the echo's answers that arrive in between. With one scheduler
%% (CI runs JOIST_SCHEDULERS=1) there are answers in between only if the
%% BIF lets the worker be preempted in the middle of the list (BEAM's
%% and Joist's do, every few thousand elements).
echo() ->
    receive
        {From, X} -> From ! {echo, X}, echo()
    end.

%% A long list, built by a loop that can be preempted anywhere.
build(0, Acc) -> Acc;
build(N, Acc) -> build(N - 1, [N | Acc]).

work(length, Main, L) ->
    {Started, Done} = {{started, self()}, {done, self()}},
    Main ! Started,
    R = length(L),
    Main ! Done,
    R;
work(append, Main, L) ->
    {Started, Done} = {{started, self()}, {done, self()}},
    Main ! Started,
    R = L ++ [last],
    Main ! Done,
    lists:last(R);
work(subtract, Main, L) ->
    {Started, Done} = {{started, self()}, {done, self()}},
    Main ! Started,
    R = L -- [1, 2, 3],
    Main ! Done,
    hd(R);
work(sort, Main, L) ->
    {Started, Done} = {{started, self()}, {done, self()}},
    Main ! Started,
    R = lists:sort(L),
    Main ! Done,
    lists:last(R).

worker(Main, Op) ->
    L = build(2000000, []),
    V = work(Op, Main, L),
    Main ! {result, self(), V}.

%% Pings the echo until the worker is done; returns the answers counted
%% (the answer to the last ping, which comes after `done`, is taken too).
ping(Echo, W, N) ->
    Echo ! {self(), N},
    receive
        {done, W} ->
            receive {echo, N} -> N end;
        {echo, N} ->
            ping(Echo, W, N + 1)
    end.

run(Op, Echo) ->
    Self = self(),
    W = spawn(fun() -> worker(Self, Op) end),
    receive {started, W} -> ok end,
    Answers = ping(Echo, W, 0),
    receive {result, W, V} -> ok end,
    io:format("~p: result ~p, echo answered meanwhile: ~p~n", [Op, V, answered(Answers)]).

%% Whether the echo answered while the worker ran. With several schedulers
%% the two run in parallel, and which finishes first is up to the OS (with
%% 8 schedulers on a loaded 2-core machine the worker sometimes does): the
%% property is checked with one scheduler, where only preemption lets the
%% echo answer (CI runs these programs with JOIST_SCHEDULERS=1).
answered(Answers) -> Answers > 0 orelse erlang:system_info(schedulers) > 1.

main() ->
    Echo = spawn(fun echo/0),
    run(length, Echo),
    run(append, Echo),
    run(subtract, Echo),
    run(sort, Echo),
    exit(Echo, kill),
    io:format("done~n").
