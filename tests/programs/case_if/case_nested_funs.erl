-module(case_nested_funs).
-export([main/0]).

eval({num, N}) -> N;
eval({add, A, B}) -> eval(A) + eval(B);
eval({mul, A, B}) -> eval(A) * eval(B);
eval({neg, A}) -> -eval(A);
eval({'if', C, T, E}) ->
    case eval(C) of
        0 -> eval(E);
        _ -> eval(T)
    end.

simplify({add, {num, 0}, E}) -> simplify(E);
simplify({add, E, {num, 0}}) -> simplify(E);
simplify({mul, {num, 1}, E}) -> simplify(E);
simplify({mul, E, {num, 1}}) -> simplify(E);
simplify({mul, {num, 0}, _}) -> {num, 0};
simplify({add, A, B}) -> {add, simplify(A), simplify(B)};
simplify({mul, A, B}) -> {mul, simplify(A), simplify(B)};
simplify(E) -> E.

show({num, N}) -> integer_to_list(N);
show({add, A, B}) -> "(" ++ show(A) ++ " + " ++ show(B) ++ ")";
show({mul, A, B}) -> show(A) ++ " * " ++ show(B);
show({neg, A}) -> "-" ++ show(A);
show({'if', C, T, E}) -> "if " ++ show(C) ++ " then " ++ show(T) ++ " else " ++ show(E).

main() ->
    E1 = {add, {num, 2}, {mul, {num, 3}, {num, 4}}},
    E2 = {'if', {add, {num, 1}, {neg, {num, 1}}}, {num, 100}, {num, 200}},
    E3 = {add, {num, 0}, {mul, {num, 1}, {add, {num, 5}, {num, 0}}}},
    [io:format("~s = ~p~n", [show(E), eval(E)]) || E <- [E1, E2, E3]],
    io:format("~p~n", [simplify(E3)]),
    io:format("~s~n", [show(simplify(E3))]).
