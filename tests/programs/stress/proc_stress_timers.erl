-module(proc_stress_timers).
-export([main/0]).

%% 20,000 timers from 100 processes: each process starts 200 timers with
%% delays 1..100 ms, cancels every other one, and checks that exactly the
%% kept ones fire (and no cancelled one does).
main() ->
    Parent = self(),
    Pids = [spawn(fun() -> worker(Parent, S) end) || S <- lists:seq(1, 100)],
    Results = [receive {result, P, R} -> R end || P <- Pids],
    io:format("workers: ~p~n", [length(Results)]),
    io:format("results: ~p~n", [lists:usort(Results)]).

worker(Parent, S) ->
    Timers = [{I, erlang:send_after(1 + (I * 7 + S) rem 100, self(), {fired, I})} || I <- lists:seq(1, 200)],
    Cancelled = [I || {I, T} <- Timers, I rem 2 =:= 0, erlang:cancel_timer(T) =/= false],
    %% A cancel can come too late for a timer with a very short delay; such a
    %% timer has fired (its message is here or coming) and counts as kept.
    Kept = 200 - length(Cancelled),
    Fired = lists:sort([receive {fired, I} -> I end || _ <- lists:seq(1, Kept)]),
    Extra = receive {fired, _} -> extra after 150 -> none end,
    Expected = [I || {I, _} <- Timers, not lists:member(I, Cancelled)],
    Ok = Fired =:= Expected andalso Extra =:= none,
    Parent ! {result, self(), {ok, Ok}}.
