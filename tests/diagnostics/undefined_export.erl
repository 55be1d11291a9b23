-module(undefined_export).
-export([main/0, missing/2]).
main() -> ok.
