%% Matches that the loader fuses into one op: a constant clause returning a
%% literal (`leaf(0) -> {nil, nil}`), and a tuple pattern whose first
%% element is tested against a constant before the next element is read
%% (`{nil, X}`). Each is driven down every path: the test holding and
%% failing, on integers, floats, atoms, bignums and non-tuples, with the
%% element read into a register that must survive a call.
-module(fused_matches).
-export([main/0]).

main() ->
    io:format("~p~n", [[leaf(X) || X <- [0, 0.0, 1, nil, 100000000000000000000, "0"]]]),
    io:format("~p~n", [[kind(T) || T <- [{nil, nil}, {nil, 3}, {4, nil}, {1, 2},
                                          {nil, {nil, nil}}, {nil}, nil, [nil, nil]]]]),
    Tree = make(4),
    io:format("~p ~p~n", [check(Tree), count_nil_left(Tree)]),
    io:format("~p~n", [[after_call(T) || T <- [{ok, 1}, {ok, {ok, 2}}, {error, x}, {ok}]]]),
    io:format("~p~n", [[status(S) || S <- [0, 1, 2, 3, -1, 2.0]]]).

leaf(0) -> {nil, nil};
leaf(_) -> other.

kind({nil, nil}) -> empty;
kind({nil, R}) -> {right, R};
kind({L, nil}) -> {left, L};
kind({L, R}) -> {both, L, R};
kind(T) -> {not_a_pair, T}.

make(0) -> {nil, nil};
make(D) -> {make(D - 1), make(D - 1)}.

check({nil, nil}) -> 1;
check({L, R}) -> 1 + check(L) + check(R).

count_nil_left({nil, R}) -> 1 + count_nil_left(R);
count_nil_left({L, R}) -> count_nil_left(L) + count_nil_left(R);
count_nil_left(nil) -> 0.

%% The element read after the constant test is kept across a call.
after_call({ok, V}) ->
    W = identity(V),
    {got, V, W};
after_call(Other) ->
    {other, Other}.

identity(X) -> X.

status(0) -> {idle, []};
status(1) -> {busy, [1]};
status(2) -> "two";
status(N) -> {unknown, N}.
