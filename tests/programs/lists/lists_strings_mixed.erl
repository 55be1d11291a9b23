-module(lists_strings_mixed).
-export([main/0]).

main() ->
    %% ~p decides per list whether it is a printable string
    Cases = [[104, 105], [104, 105, 1000], "", [$a | "bc"], [[104, 105]],
             [104, [105]], [7, 8], [32, 33], [$a, $\n, $b], lists:seq(97, 102),
             lists:seq(30, 40), [255, 256], [$", $\\]],
    [io:format("~w => ~p~n", [C, C]) || C <- Cases],
    io:format("~p~n", [Cases]).
