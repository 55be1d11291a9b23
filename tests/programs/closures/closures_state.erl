-module(closures_state).
-export([main/0]).

%% An "object" built from closures over an immutable state.
new_stack() -> stack([]).

stack(Items) ->
    fun(push, X) -> stack([X | Items]);
       (pop, _) -> case Items of [H | T] -> {H, stack(T)}; [] -> {empty, stack([])} end;
       (peek, _) -> case Items of [H | _] -> H; [] -> empty end;
       (size, _) -> length(Items);
       (items, _) -> Items
    end.

memo_fib(N) ->
    {V, _} = memo_fib(N, #{0 => 0, 1 => 1}),
    V.
memo_fib(N, Memo) ->
    case Memo of
        #{N := V} -> {V, Memo};
        _ ->
            {A, M1} = memo_fib(N - 1, Memo),
            {B, M2} = memo_fib(N - 2, M1),
            {A + B, M2#{N => A + B}}
    end.

main() ->
    S0 = new_stack(),
    S1 = S0(push, a),
    S2 = S1(push, b),
    S3 = S2(push, c),
    io:format("~p ~p~n", [S3(size, x), S3(items, x)]),
    {Top, S4} = S3(pop, x),
    io:format("~p ~p ~p~n", [Top, S4(peek, x), S4(size, x)]),
    io:format("~p~n", [S0(pop, x) =/= undefined]),
    io:format("~p~n", [element(1, S0(pop, x))]),
    io:format("~p~n", [memo_fib(200)]),
    Acc = lists:foldl(fun(X, Fs) -> [fun() -> X * X end | Fs] end, [], [1, 2, 3, 4]),
    io:format("~p~n", [[F() || F <- Acc]]).
