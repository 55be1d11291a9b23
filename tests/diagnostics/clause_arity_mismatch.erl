-module(clause_arity_mismatch).
-export([f/1]).
f(0) -> zero;
f(_, _) -> other.
