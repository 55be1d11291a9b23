-module(funs_higher_order).
-export([main/0]).

twice(F) -> fun(X) -> F(F(X)) end.
curry(F) -> fun(X) -> fun(Y) -> F(X, Y) end end.
compose(Fs) -> lists:foldr(fun(F, Acc) -> fun(X) -> F(Acc(X)) end end, fun(X) -> X end, Fs).
iterate(_, 0, X) -> X;
iterate(F, N, X) -> iterate(F, N - 1, F(X)).

main() ->
    Inc = fun(X) -> X + 1 end,
    io:format("~p~n", [(twice(Inc))(5)]),
    io:format("~p~n", [(twice(twice(Inc)))(0)]),
    Add = curry(fun(A, B) -> A + B end),
    Add5 = Add(5),
    io:format("~p~n", [Add5(10)]),
    io:format("~p~n", [((curry(fun erlang:'*'/2))(6))(7)]),
    Pipeline = compose([fun(X) -> X * 2 end, Inc, fun(X) -> X * X end]),
    io:format("~p~n", [Pipeline(3)]),
    io:format("~p~n", [iterate(fun(X) -> X * 2 end, 10, 1)]),
    Fs = [fun erlang:length/1, fun erlang:hd/1, fun lists:last/1],
    io:format("~p~n", [[F([a, b, c]) || F <- Fs]]),
    Ops = #{add => fun erlang:'+'/2, sub => fun erlang:'-'/2},
    io:format("~p~n", [[(maps:get(Op, Ops))(10, 3) || Op <- [add, sub]]]),
    io:format("~p~n", [lists:foldl(fun(F, Acc) -> F(Acc) end, 1, [Inc, Inc, fun(X) -> X * 10 end])]).
