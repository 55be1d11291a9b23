-module(syntax_bad_base).
-export([main/0]).
main() -> 2#102.
