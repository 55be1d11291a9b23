%% A worker per request: a dispatcher starts one monitored process for each
%% request and collects the answers in request order. One request (a
%% division by zero) crashes its worker; the dispatcher notices through the
%% monitor's 'DOWN' message and reports an error for that request only --
%% the other workers, the dispatcher and main are unaffected. (An error
%% report for the crashed worker is also printed: on stderr by Joist; by
%% `erl -noshell` on stdout, between the lines below.)
%%
%% Run: joist run examples/worker_pool.erl      (or: erlc worker_pool.erl &&
%%      erl -noshell -s worker_pool main -s init stop)
%%
%% Output (stdout):
%%   request 1: fib(20) -> {ok,6765}
%%   request 2: 100 / 7 -> {ok,14}
%%   request 3: 1 / 0 -> {error,badarith}
%%   request 4: factorial(20) -> {ok,2432902008176640000}
%%   request 5: reverse("joist") -> {ok,"tsioj"}
%%   4 answered, 1 failed
-module(worker_pool).
-export([main/0]).

handle({fib, N}) -> fib(N);
handle({divide, A, B}) -> A div B;
handle({factorial, N}) -> lists:foldl(fun(X, Acc) -> X * Acc end, 1, lists:seq(1, N));
handle({reverse, S}) -> lists:reverse(S).

fib(N) when N < 2 -> N;
fib(N) -> fib(N - 1) + fib(N - 2).

describe({fib, N}) -> io_lib:format("fib(~p)", [N]);
describe({divide, A, B}) -> io_lib:format("~p / ~p", [A, B]);
describe({factorial, N}) -> io_lib:format("factorial(~p)", [N]);
describe({reverse, S}) -> io_lib:format("reverse(~p)", [S]).

%% Start one worker per request; return the results in request order.
dispatch(Requests) ->
    Self = self(),
    Jobs = [begin
                {Pid, Ref} = spawn_monitor(fun() -> Self ! {result, self(), handle(Req)} end),
                {Req, Pid, Ref}
            end || Req <- Requests],
    [{Req, wait(Pid, Ref)} || {Req, Pid, Ref} <- Jobs].

wait(Pid, Ref) ->
    receive
        {result, Pid, Value} ->
            %% Drop the 'DOWN' of the worker, which ended normally.
            demonitor(Ref, [flush]),
            {ok, Value};
        {'DOWN', Ref, process, Pid, {Reason, _Stack}} ->
            {error, Reason}
    end.

main() ->
    Requests = [{fib, 20}, {divide, 100, 7}, {divide, 1, 0}, {factorial, 20}, {reverse, "joist"}],
    Results = dispatch(Requests),
    lists:foldl(fun({Req, Res}, I) ->
                        io:format("request ~p: ~s -> ~p~n", [I, describe(Req), Res]),
                        I + 1
                end, 1, Results),
    Ok = length([x || {_, {ok, _}} <- Results]),
    io:format("~p answered, ~p failed~n", [Ok, length(Results) - Ok]).
