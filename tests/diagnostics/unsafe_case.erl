-module(unsafe_case).
-export([f/1]).
f(X) ->
    case X of
        1 -> Y = a;
        _ -> ok
    end,
    Y.
