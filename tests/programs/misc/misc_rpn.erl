-module(misc_rpn).
-export([main/0]).

rpn(Expr) ->
    [Result] = lists:foldl(fun token/2, [], string:tokens(Expr, " ")),
    Result.

token("+", [B, A | S]) -> [A + B | S];
token("-", [B, A | S]) -> [A - B | S];
token("*", [B, A | S]) -> [A * B | S];
token("/", [B, A | S]) -> [A / B | S];
token("^", [B, A | S]) -> [pow(A, B) | S];
token("sum", S) -> [lists:sum(S)];
token(N, S) ->
    case string:to_float(N) of
        {F, []} -> [F | S];
        _ -> [list_to_integer(N) | S]
    end.

pow(_, 0) -> 1;
pow(A, B) -> A * pow(A, B - 1).

main() ->
    Exprs = ["3 4 +", "5 1 2 + 4 * + 3 -", "2 3 ^", "2 100 ^", "10 4 /", "1.5 2 *",
             "1 2 3 4 5 sum", "90 34 12 33 55 66 + * - + -"],
    [io:format("~-30s => ~p~n", [E, rpn(E)]) || E <- Exprs],
    io:format("~p~n", [try rpn("1 +") catch error:R -> {error, R} end]),
    io:format("~p~n", [try rpn("1 0 /") catch error:R2 -> {error, R2} end]).
