-module(proc_worker_pool).
-export([main/0]).

%% A dispatcher runs each request in its own monitored worker process. One
%% request crashes its worker; the dispatcher reports an error for that one
%% and answers all the others.
work({square, N}) -> N * N;
work({divide, A, B}) -> A div B;
work({concat, A, B}) -> A ++ B.

dispatch(Requests) ->
    Parent = self(),
    Workers = [{Id, Req, spawn_monitor(fun() -> Parent ! {done, Id, work(Req)} end)}
               || {Id, Req} <- lists:zip(lists:seq(1, length(Requests)), Requests)],
    [collect(Id, Req, Ref) || {Id, Req, {_Pid, Ref}} <- Workers].

collect(Id, Req, Ref) ->
    receive
        {'DOWN', Ref, process, _, normal} ->
            receive {done, Id, Result} -> {Id, Req, {ok, Result}} end;
        {'DOWN', Ref, process, _, {Reason, _Stack}} ->
            {Id, Req, {error, Reason}}
    end.

main() ->
    Requests = [{square, 3}, {divide, 10, 2}, {divide, 1, 0}, {concat, "ab", "cd"},
                {square, 12}, {concat, not_a_list, "x"}, {divide, 100, 7}],
    [io:format("~p ~p -> ~p~n", [Id, Req, Res]) || {Id, Req, Res} <- dispatch(Requests)],
    %% A larger batch: 200 requests, every 10th crashes.
    Batch = [case I rem 10 of 0 -> {divide, I, 0}; _ -> {square, I} end || I <- lists:seq(1, 200)],
    Results = dispatch(Batch),
    Oks = [R || {_, _, {ok, R}} <- Results],
    Errs = [E || {_, _, {error, E}} <- Results],
    io:format("batch: ~p ok (sum ~p), ~p errors ~p~n", [length(Oks), lists:sum(Oks), length(Errs), lists:usort(Errs)]),
    io:format("dispatcher mailbox empty: ~p~n", [receive X -> X after 0 -> true end]).
