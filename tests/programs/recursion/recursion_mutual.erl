-module(recursion_mutual).
-export([main/0]).

is_even(0) -> true;
is_even(N) -> is_odd(N - 1).
is_odd(0) -> false;
is_odd(N) -> is_even(N - 1).

%% A tiny recursive-descent parser: expr := term ('+' term)*, term := num | '(' expr ')'
parse(S) -> {V, []} = expr(S), V.
expr(S) -> {T, Rest} = term(S), expr_rest(T, Rest).
expr_rest(Acc, [$+ | S]) -> {T, Rest} = term(S), expr_rest(Acc + T, Rest);
expr_rest(Acc, [$* | S]) -> {T, Rest} = term(S), expr_rest(Acc * T, Rest);
expr_rest(Acc, S) -> {Acc, S}.
term([$( | S]) -> {V, [$) | Rest]} = expr(S), {V, Rest};
term(S) -> num(S, 0).
num([C | S], Acc) when C >= $0, C =< $9 -> num(S, Acc * 10 + C - $0);
num(S, Acc) -> {Acc, S}.

main() ->
    io:format("~p~n", [[is_even(N) || N <- [0, 1, 10, 11, 100001]]]),
    io:format("~p~n", [is_odd(1000001)]),
    io:format("~p~n", [parse("1+2+3")]),
    io:format("~p~n", [parse("(1+2)*(3+4)")]),
    io:format("~p~n", [parse("((10))+(20*3)")]).
