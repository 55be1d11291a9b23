-module(record_expr_unsupported).
-export([f/0]).
f() -> #point{x = 1}.
