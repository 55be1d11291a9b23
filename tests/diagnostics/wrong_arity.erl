-module(wrong_arity).
-export([main/0]).
main() -> helper(1, 2).
helper(X) -> X.
