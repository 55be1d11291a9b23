-module(proc_message_funs).
-export([main/0, triple/1]).

%% Funs travel in messages and the receiver calls them: closures keep their
%% captured values, external funs and named funs work too.
triple(X) -> 3 * X.

executor() ->
    receive
        {From, F, Args} -> From ! {result, apply(F, Args)}, executor();
        stop -> ok
    end.

run(P, F, Args) -> P ! {self(), F, Args}, receive {result, R} -> R end.

main() ->
    P = spawn(fun executor/0),
    K = 7,
    io:format("closure: ~p~n", [run(P, fun(X) -> X * K end, [6])]),
    io:format("local fun ref: ~p~n", [run(P, fun triple/1, [5])]),
    io:format("external fun: ~p~n", [run(P, fun lists:reverse/1, [[1, 2, 3]])]),
    io:format("external fun of this module: ~p~n", [run(P, fun proc_message_funs:triple/1, [11])]),
    Fib = fun F(0) -> 0; F(1) -> 1; F(N) -> F(N - 1) + F(N - 2) end,
    io:format("named fun: ~p~n", [run(P, Fib, [20])]),
    io:format("fun returning fun: ~p~n", [(run(P, fun(A) -> fun(B) -> A + B end end, [1]))(2)]),
    Adders = [fun(X) -> X + I end || I <- lists:seq(1, 5)],
    io:format("list of closures: ~p~n", [run(P, fun(Fs) -> [F(100) || F <- Fs] end, [Adders])]),
    %% A fun that sends: evaluated in the receiver, so self() is the receiver.
    Parent = self(),
    run(P, fun() -> Parent ! {who, self()} end, []),
    receive {who, W} -> io:format("self() inside the fun is the executor: ~p~n", [W =:= P]) end,
    %% The fun compares equal after the trip.
    F1 = fun(X) -> {X, K} end,
    P2 = spawn(fun() -> receive {From, F} -> From ! {back, F} end end),
    P2 ! {self(), F1},
    receive {back, F2} -> io:format("fun equal after round trip: ~p ~p~n", [F1 =:= F2, F2(1)]) end,
    %% A fun crashing in the receiver does not affect the sender.
    {Q, R} = spawn_monitor(fun() -> receive F -> F() end end),
    Q ! fun() -> erlang:error(in_receiver) end,
    receive {'DOWN', R, process, Q, {Why, _}} -> io:format("receiver died with: ~p~n", [Why]) end,
    P ! stop.
