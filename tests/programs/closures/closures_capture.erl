-module(closures_capture).
-export([main/0]).

make_adder(N) -> fun(X) -> X + N end.
make_counter(Start) -> fun(Step) -> {Start + Step, make_counter(Start + Step)} end.

main() ->
    Add3 = make_adder(3),
    Add10 = make_adder(10),
    io:format("~p ~p~n", [Add3(1), Add10(1)]),
    Adders = [make_adder(N) || N <- lists:seq(1, 5)],
    io:format("~p~n", [[F(100) || F <- Adders]]),
    C0 = make_counter(0),
    {V1, C1} = C0(5),
    {V2, C2} = C1(5),
    {V3, _} = C2(10),
    io:format("~p ~p ~p~n", [V1, V2, V3]),
    X = 42,
    Y = "captured",
    Z = {tuple, [list]},
    F = fun() -> {X, Y, Z} end,
    io:format("~p~n", [F()]),
    Prefix = "item-",
    io:format("~p~n", [lists:map(fun(I) -> Prefix ++ integer_to_list(I) end, [1, 2, 3])]),
    Threshold = 3,
    io:format("~p~n", [lists:filter(fun(E) -> E > Threshold end, [1, 5, 2, 4, 3])]),
    Outer = fun(A) -> fun(B) -> fun(C) -> [A, B, C] end end end,
    io:format("~p~n", [((Outer(1))(2))(3)]),
    Shadow = 1,
    G = fun(Shadow2) -> Shadow + Shadow2 end,
    io:format("~p~n", [G(10)]),
    Big = lists:seq(1, 1000),
    H = fun() -> lists:sum(Big) end,
    io:format("~p~n", [H()]).
