-module(float_arith).
-export([main/0]).
main() ->
    io:format("~p~n", [0.1 + 0.2]),
    io:format("~p~n", [0.1 * 3]),
    io:format("~p~n", [1.0 - 0.9]),
    io:format("~p~n", [1.0e16 + 1]),
    io:format("~p~n", [2.0 * 0.5]),
    io:format("~p~n", [1 / 7]),
    io:format("~p~n", [-1.5 * -2]),
    io:format("~p~n", [-0.0 * 1]),
    io:format("~p~n", [0.0 * -1]),
    %% Through id/1: OTP 25 folds the constant expression -0.0 + 0.0 at
    %% compile time to -0.0 (its literal pool merges 0.0 and -0.0).
    io:format("~p~n", [id(-0.0) + id(0.0)]),
    io:format("~p~n", [lists:sum([0.1 || _ <- lists:seq(1, 10)])]),
    io:format("~p~n", [lists:foldl(fun(X, A) -> A * X end, 1.0, lists:seq(1, 30))]),
    io:format("~p~n", [is_float(1.0) andalso not is_float(1)]),
    io:format("~p~n", [3.0 == 3]),
    io:format("~p~n", [float(1 bsl 62)]),
    io:format("~p~n", [(1 bsl 53) + 1.0]).

id(X) -> X.
