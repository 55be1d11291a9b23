-module(apply_dispatch).
-export([main/0, handle_add/1, handle_mul/1, handle_neg/1]).

handle_add([A, B]) -> A + B.
handle_mul([A, B]) -> A * B.
handle_neg([A]) -> -A.

dispatch(Op, Args) ->
    Name = list_to_atom("handle_" ++ atom_to_list(Op)),
    apply_dispatch:Name(Args).

main() ->
    Program = [{add, [1, 2]}, {mul, [3, 4]}, {neg, [5]}, {add, [10, -10]}],
    io:format("~p~n", [[dispatch(Op, Args) || {Op, Args} <- Program]]),
    Table = #{square => fun(X) -> X * X end, double => fun(X) -> 2 * X end},
    io:format("~p~n", [[(maps:get(K, Table))(7) || K <- [square, double]]]),
    io:format("~p~n", [lists:foldl(fun({M, F}, Acc) -> M:F(Acc) end, [3, 1, 2],
                                   [{lists, sort}, {lists, reverse}])]).
