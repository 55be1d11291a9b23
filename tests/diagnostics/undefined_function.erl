-module(undefined_function).
-export([main/0]).
main() -> helper(1).
