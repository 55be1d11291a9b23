-module(records_unsupported).
-record(point, {x, y}).
-export([f/0]).
f() -> ok.
