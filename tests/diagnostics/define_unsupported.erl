-module(define_unsupported).
-define(X, 1).
-export([f/0]).
f() -> 1.
