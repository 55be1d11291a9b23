-module(funs_in_data).
-export([main/0, inc/1]).

inc(X) -> X + 1.

main() ->
    Handlers = #{inc => fun inc/1, dbl => fun(X) -> X * 2 end, neg => fun erlang:'-'/1},
    Pipeline = [inc, dbl, dbl, neg, inc],
    io:format("~p~n", [lists:foldl(fun(K, Acc) -> (maps:get(K, Handlers))(Acc) end, 1, Pipeline)]),
    Pairs = [{"square", fun(X) -> X * X end}, {"cube", fun(X) -> X * X * X end}],
    [io:format("~s(3) = ~p~n", [Name, F(3)]) || {Name, F} <- Pairs],
    F1 = fun funs_in_data:inc/1,
    F2 = fun funs_in_data:inc/1,
    io:format("~p~n", [F1 =:= F2]),
    io:format("~p~n", [F1 == F2]),
    G = fun(X) -> X end,
    io:format("~p~n", [G =:= G]),
    io:format("~p~n", [is_function(element(2, hd(Pairs)), 1)]),
    Stored = {wrapper, [fun() -> stored_result end]},
    {wrapper, [Thunk]} = Stored,
    io:format("~p~n", [Thunk()]),
    Lazy = fun Seq(N) -> {N, fun() -> Seq(N + 1) end} end,
    io:format("~p~n", [take(5, Lazy(1))]).

take(0, _) -> [];
take(N, {V, Next}) -> [V | take(N - 1, Next())].
