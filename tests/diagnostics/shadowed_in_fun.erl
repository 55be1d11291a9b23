-module(shadowed_in_fun).
-export([f/1]).
f(X) -> F = fun(X) -> X end, F(1).
