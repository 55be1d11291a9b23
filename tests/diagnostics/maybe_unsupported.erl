-module(maybe_unsupported).
-export([f/0]).
f() -> maybe ok ?= ok end.
