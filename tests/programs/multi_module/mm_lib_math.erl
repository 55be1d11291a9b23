-module(mm_lib_math).
-export([square/1, sum_squares/1, apply_twice/2, module_name/0]).

square(X) -> X * X.

sum_squares(L) -> lists:sum([square(X) || X <- L]).

apply_twice(F, X) -> F(F(X)).

module_name() -> {mm_lib_math, private()}.

private() -> only_local.
