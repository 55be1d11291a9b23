%% The interpreter's specialised instructions handle small integers and
%% immediates inline and hand everything else to the general instruction at
%% the same place. This program drives every such fast path off its fast
%% case: bignums and floats through the fused add-then-call and the
%% compare ops, badarith raised from a fused position, `==` between an
%% integer and a float, tuple tests on non-tuples, and put_tuple/put_list
%% with constants.
-module(fast_path_fallbacks).
-export([main/0]).

main() ->
    %% N - 1 then a call (fused), with N a bignum, a float, and a small
    %% integer that crosses into a bignum.
    io:format("~p~n", [down(100000000000000000003, 100000000000000000000, 0)]),
    io:format("~p~n", [count(2.5, 3)]),
    io:format("~p~n", [grow(1152921504606846970, 10)]),
    io:format("~p~n", [fib(15)]),
    io:format("~p~n", [fib(15.0)]),
    %% A constant clause that returns (fused with its test), a frame body
    %% ending in a sum (fused with the return), and a tuple built after a
    %% call (fused with its heap test): small, float, bignum, and mixed.
    io:format("~p~n", [[zero_or(X) || X <- [0, 0.0, 1, a, 100000000000000000000]]]),
    io:format("~p~n", [[sum_after(X) || X <- [1, 2.5, 1152921504606846975, -1152921504606846976]]]),
    io:format("~p~n", [[tree(D) || D <- [0, 1, 2]]]),
    io:format("~p~n", [try sum_after(an_atom) catch error:Why -> Why end]),
    %% Comparisons of registers: small, big, float, mixed, atoms.
    Pairs = [{1, 2}, {2, 1}, {1, 1.0}, {1.5, 1}, {100000000000000000000, 1},
             {a, 1}, {a, b}, {[], {}}, {"abc", "abd"}],
    [io:format("~p ~p ~p ~p ~p ~p~n",
               [A, B, A < B, A >= B, A == B, A =:= B]) || {A, B} <- Pairs],
    %% `==` and `=:=` against constants, integers and floats.
    [io:format("~p ~p ~p ~p~n", [X, eq_one(X), exact_one(X), is_nil(X)])
     || X <- [1, 1.0, 2, one, [], {}]],
    %% Arithmetic errors from fused and plain positions, with the operator
    %% frame where BEAM gives one (the functions are called through funs so
    %% that OTP's compiler cannot specialise them for these arguments).
    Errors = [{fun count/2, [foo, 1]}, {fun add/2, [1, foo]},
              {fun mul/2, [foo, 2]}, {fun band_/2, [1.0, 2]},
              {fun sub/2, [foo, bar]}, {fun one_plus/1, [foo]},
              {fun div0/2, [7, 0]}],
    [io:format("~p~n", [try apply(F, As) catch error:R:St -> {R, top(St)} end])
     || {F, As} <- Errors],
    %% Tuple tests on non-tuples and tuples of other sizes.
    [io:format("~p ~p~n", [T, pair(T)]) || T <- [{1, 2}, {1, 2, 3}, [1, 2], 7, {}]],
    %% Lists and tuples built from constants and registers.
    io:format("~p~n", [build(x, 42)]),
    %% Integer arithmetic at the edges of the small range.
    Max = 576460752303423487,
    io:format("~p ~p ~p~n", [Max + 1, -Max - 2, Max * 2]),
    io:format("~p ~p ~p~n", [Max div 7, Max rem 7, Max band 255]),
    io:format("~p ~p~n", [7 div 2, -7 rem 2]),
    ok.

count(0, Acc) -> Acc;
count(N, Acc) when N < 0 -> Acc;
count(N, Acc) -> count(N - 1, Acc + 1).

down(Stop, Stop, Acc) -> Acc;
down(N, Stop, Acc) -> down(N - 1, Stop, Acc + 1).

grow(N, 0) -> N;
grow(N, K) -> grow(N + 1, K - 1).

fib(N) when N < 2 -> N;
fib(N) -> fib(N - 1) + fib(N - 2).

eq_one(X) -> X == 1.
exact_one(X) -> X =:= 1.
is_nil(X) -> X =:= [].

add(A, B) -> A + B.
mul(A, B) -> A * B.
band_(A, B) -> A band B.
sub(A, B) -> A - B.
one_plus(X) -> 1 + X.
div0(A, B) -> A div B.

top([{M, F, A, _} | _]) -> {M, F, A}.

pair({A, B}) -> {B, A};
pair(_) -> not_a_pair.

build(A, B) ->
    L = [A, B, 3],
    {A, B, 3, [A | L], [1 | L], L}.

zero_or(0) -> zero;
zero_or(X) -> {other, X}.

sum_after(X) ->
    Y = id(X),
    Y + X.

id(X) -> X.

tree(0) -> leaf;
tree(D) ->
    L = tree(D - 1),
    {L, tree(D - 1)}.
