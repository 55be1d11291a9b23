%% Attributes the VM does not use are accepted and skipped.
-module(misc_forms).
-author("Joist test suite").
-vsn("1.0.0").
-behaviour(gen_server).
-compile(export_all).
-compile([nowarn_export_all, nowarn_unused_function]).
-dialyzer({nowarn_function, main/0}).

-type shape() :: {circle, number()} | {square, number()}.
-opaque counter() :: {counter, non_neg_integer()}.
-export_type([shape/0, counter/0]).

-callback do_something(term()) -> ok.

-spec area(shape()) -> float().
area({circle, R}) -> 3.0 * R * R;
area({square, S}) -> float(S * S).

-spec new() -> counter().
new() -> {counter, 0}.

-spec incr(Counter) -> Counter
    when Counter :: counter().
incr({counter, N}) -> {counter, N + 1}.

unused() -> this_is_never_called.

main() ->
    io:format("~p~n", [[area({circle, 1}), area({square, 2})]]),
    io:format("~p~n", [incr(incr(new()))]),
    %% export_all makes every function callable from outside
    io:format("~p~n", [misc_forms:unused()]),
    io:format("~p~n", [(fun misc_forms:area/1)({square, 3})]).
