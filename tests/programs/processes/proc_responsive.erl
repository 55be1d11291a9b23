-module(proc_responsive).
-export([main/0]).

%% A process busy summing a large range does not stop another process from
%% answering requests meanwhile (processes are preempted). Only the answers
%% and the final sum are printed, not the timing.
sum(From, To, Acc) when From > To -> Acc;
sum(From, To, Acc) -> sum(From + 1, To, Acc + From).

main() ->
    Parent = self(),
    N = 3000000,
    Summer = spawn(fun() -> Parent ! {sum, sum(1, N, 0)} end),
    Answerer = spawn(fun Loop() ->
                             receive
                                 {ask, From, Q} -> From ! {answer, Q, Q * Q}, Loop();
                                 stop -> ok
                             end
                     end),
    Answers = [begin Answerer ! {ask, self(), Q}, receive {answer, Q, A} -> A end end || Q <- lists:seq(1, 10)],
    io:format("answers: ~p~n", [Answers]),
    receive {sum, S} -> io:format("sum of 1..~p = ~p~n", [N, S]) end,
    Answerer ! stop,
    _ = Summer,
    ok.
