-module(misc_syntax).   % trailing comment after a form
-export([main/0,
         f/1]).

%%% Triple-percent comment
%% Double

f(X)when X>0->X;f(_)->neg.   % compact layout

main()->
    io:format("~p~n",[[f(1),f(-1)]]),
    A=1,B=2,
    io:format("~p~n", [A+B]),
    io:format("~p~n", [
        [
         1,
         2
        ]
    ]),
    Str = "multi
line string",
    io:format("~p~n", [Str]),
    io:format("~p~n", ['single quoted atom with \' and \\']),
    io:format("~p~n", [$\s]),
    io:format("~p~n", ["\101\x42\x{43}"]),
    io:format("~p~n", [[$\^@, $\^Z, $\^[]]),
    io:format("~p~n", [2#1111_0000]),
    io:format("~p~n", [1.5e+3]),
    io:format("~p~n", [-(-(-3))]),
    io:format("~p~n", [fun() -> ok end()]),
    io:format("~p~n", [{ok,[],{}, #{}, <<>>, "", ''}]),
    io:format("~p~n", [begin X = 5, X * X end]),
    io:format("~p~n", [[X || X <- [1, 2, 3], (X > 1)]]),
    io:format("~p~n", [#{a => 1}#{b => 2}]),
    io:format("~p~n", [element(1, {first, second})]),
    io:format("~p~n", [<<"abc">>]),
    io:format("~p~n", [1 - 1 - 1]),
    io:format("~p~n", [2 * 3 rem 4]),
    io:format("~p~n", [- 2 * 3]),
    io:format("~p~n", [10 / 2 / 5]),
    io:format("~p~n", [[1, 2 | [3]]]),
    io:format("~p~n", [(((1)))]),
    io:format("~p~n", [case 1 of _ when true -> y end]),
    ok.
