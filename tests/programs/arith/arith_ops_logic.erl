-module(arith_ops_logic).
-export([main/0]).

main() ->
    io:format("~p~n", [[true and false, true or false, true xor true, not true, not false]]),
    io:format("~p~n", [[false andalso error(never), true orelse error(never)]]),
    io:format("~p~n", [true andalso 42]),
    io:format("~p~n", [false orelse ok]),
    io:format("~p~n", [not (1 > 2) and (3 > 2)]),
    io:format("~p~n", [1 < 2 andalso 2 < 3 orelse false]),
    io:format("~p~n", [[X || X <- lists:seq(1, 20), X rem 3 =:= 0 orelse X rem 5 =:= 0]]),
    A = 5,
    io:format("~p~n", [A > 3 andalso A < 10]),
    io:format("~p~n", [(A == 5) xor (A == 6)]),
    io:format("~p~n", [- - A]),
    io:format("~p~n", [bnot bnot A]),
    io:format("~p~n", [[1, 2] ++ [3] -- [1]]),
    io:format("~p~n", [[1, 2, 3] -- [2] -- [2]]),
    io:format("~p~n", [2 + 3 == 5]),
    io:format("~p~n", [case catch (1 < 2) and 3 of {'EXIT', {R, _}} -> R end]).
