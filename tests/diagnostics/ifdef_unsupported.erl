-module(ifdef_unsupported).
-ifdef(TEST).
-endif.
-export([f/0]).
f() -> 1.
