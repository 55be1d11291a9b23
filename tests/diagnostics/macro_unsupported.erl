-module(macro_unsupported).
-export([f/0]).
f() -> ?MODULE.
