-module(rt_case_clause).
-export([main/0]).

main() ->
    io:format("before the crash~n"),
    pick({unexpected, [1, 2]}),
    ok.

pick(X) ->
    case X of
        {expected, _} -> yes;
        other -> no
    end.
