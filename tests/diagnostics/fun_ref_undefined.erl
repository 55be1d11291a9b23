-module(fun_ref_undefined).
-export([f/0]).
f() -> fun nothere/1.
