-module(syntax_bad_token).
-export([main/0]).
main() -> 1 ` 2.
