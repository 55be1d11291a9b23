-module(syntax_two_errors).
-export([f/0, g/0]).
f() -> ).
g() -> [1, 2.
