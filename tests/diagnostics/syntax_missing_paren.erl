-module(syntax_missing_paren).
-export([main/0]).
main() -> io:format("hi~n".
