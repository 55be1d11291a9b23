%% Responsiveness: one process sums the integers 1..100,000,000 in a tight
%% loop, which takes a while. Meanwhile main asks a second process ten
%% questions, 20 ms apart, and prints each answer as it arrives. Because
%% processes are preempted (each gets a budget of reductions, then yields
%% its scheduler), the answers come back at once even while the summing
%% process is still busy -- on one core as on many. Then main waits for
%% the sum and prints it.
%%
%% Run: joist run examples/responsive.erl      (or: erlc responsive.erl &&
%%      erl -noshell -s responsive main -s init stop)
%%
%% Output:
%%   summing 1..100000000 in the background
%%   question 1: 1 squared is 1
%%   question 2: 2 squared is 4
%%   question 3: 3 squared is 9
%%   question 4: 4 squared is 16
%%   question 5: 5 squared is 25
%%   question 6: 6 squared is 36
%%   question 7: 7 squared is 49
%%   question 8: 8 squared is 64
%%   question 9: 9 squared is 81
%%   question 10: 10 squared is 100
%%   sum = 5000000050000000
-module(responsive).
-export([main/0]).

sum(From, To, Acc) when From > To -> Acc;
sum(From, To, Acc) -> sum(From + 1, To, Acc + From).

answerer() ->
    receive
        {square, From, X} -> From ! {answer, X, X * X}, answerer();
        stop -> ok
    end.

main() ->
    Main = self(),
    N = 100000000,
    spawn(fun() -> Main ! {sum, sum(1, N, 0)} end),
    io:format("summing 1..~p in the background~n", [N]),
    Answerer = spawn(fun answerer/0),
    lists:foreach(fun(Q) ->
                          Answerer ! {square, self(), Q},
                          receive {answer, Q, A} -> io:format("question ~p: ~p squared is ~p~n", [Q, Q, A]) end,
                          timer:sleep(20)
                  end, lists:seq(1, 10)),
    Answerer ! stop,
    receive {sum, S} -> io:format("sum = ~p~n", [S]) end.
