-module(unused_function).
-export([main/0]).
main() -> ok.
lonely() -> 1.
