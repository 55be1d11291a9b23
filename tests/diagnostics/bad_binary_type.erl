-module(bad_binary_type).
-export([f/0]).
f() -> <<1/bogus>>.
