-module(catch_expr).
-export([main/0]).

reason({'EXIT', {R, _Stack}}) -> {'EXIT', R};
reason(Other) -> Other.

main() ->
    io:format("~p~n", [catch 1 + 2]),
    io:format("~p~n", [catch throw(hello)]),
    io:format("~p~n", [catch throw({a, b})]),
    io:format("~p~n", [catch exit(bye)]),
    io:format("~p~n", [catch exit({shutdown, 1})]),
    io:format("~p~n", [reason(catch error(boom))]),
    io:format("~p~n", [reason(catch 1 / zero())]),
    io:format("~p~n", [reason(catch list_to_integer("x"))]),
    io:format("~p~n", [reason(catch element(5, {a}))]),
    X = (catch 10),
    io:format("~p~n", [X]),
    Y = catch throw(not_an_error),
    io:format("~p~n", [Y]),
    {'EXIT', {R, [Top | _]}} = (catch lists:nth(1, [])),
    io:format("~p~n", [R]),
    io:format("~p~n", [is_tuple(Top)]),
    io:format("~p~n", [[reason(catch F()) || F <- [fun() -> ok end, fun() -> throw(t) end, fun() -> exit(e) end]]]).

zero() -> 0.
