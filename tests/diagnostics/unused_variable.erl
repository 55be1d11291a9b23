-module(unused_variable).
-export([f/1]).
f(X) -> Y = X, ok.
