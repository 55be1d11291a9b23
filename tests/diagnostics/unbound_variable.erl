-module(unbound_variable).
-export([main/0]).
main() -> X + 1.
