-module(syntax_missing_arrow).
-export([main/0]).
main() 42.
