-module(include_unsupported).
-include("x.hrl").
-export([f/0]).
f() -> 1.
