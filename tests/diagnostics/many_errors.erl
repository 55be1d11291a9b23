-module(many_errors).
-export([f/0, h/0]).
f() -> A + B.
g() -> ok.
