-module(illegal_pattern).
-export([f/1]).
f(g(X)) -> X.
