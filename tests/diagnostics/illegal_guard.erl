-module(illegal_guard).
-export([f/1]).
f(X) when length(X) > self(), g(X) -> ok.
g(_) -> true.
