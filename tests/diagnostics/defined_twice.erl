-module(defined_twice).
-export([f/0]).
f() -> 1.
f() -> 2.
