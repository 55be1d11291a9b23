-module(did_you_mean_function).
-export([main/0]).
main() -> hepler(1).
helper(X) -> X.
