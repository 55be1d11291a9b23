-module(closures_nested).
-export([main/0]).

main() ->
    Gen = fun(N) ->
                  [fun(X) -> {N, I, X} end || I <- lists:seq(1, N)]
          end,
    Fs = Gen(3),
    io:format("~p~n", [[F(x) || F <- Fs]]),
    Matrix = [[1, 2, 3], [4, 5, 6]],
    Scale = fun(K) -> fun(Row) -> [K * E || E <- Row] end end,
    io:format("~p~n", [lists:map(Scale(10), Matrix)]),
    Counter = fun Counter(0, Acc) -> Acc;
                  Counter(N, Acc) -> Counter(N - 1, [fun() -> N end | Acc]) end,
    io:format("~p~n", [[F() || F <- Counter(5, [])]]),
    {ok, Val} = (fun() -> Tmp = 5, {ok, Tmp * 2} end)(),
    io:format("~p~n", [Val]),
    A = 1,
    F1 = fun() -> B = A + 1, fun() -> C = B + 1, fun() -> A + B + C end end end,
    io:format("~p~n", [((F1())())()]),
    Apply = fun(F, Args) -> apply(F, Args) end,
    io:format("~p~n", [Apply(fun(P, Q, R) -> P * Q * R end, [2, 3, 4])]).
