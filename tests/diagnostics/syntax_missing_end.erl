-module(syntax_missing_end).
-export([main/0]).
main() ->
    case 1 of
        1 -> ok.
