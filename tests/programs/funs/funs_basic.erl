-module(funs_basic).
-export([main/0, double/1]).

double(X) -> 2 * X.
add(X, Y) -> X + Y.

main() ->
    Sq = fun(X) -> X * X end,
    io:format("~p~n", [Sq(7)]),
    Add = fun(X, Y) -> X + Y end,
    io:format("~p~n", [Add(2, 3)]),
    Const = fun() -> constant end,
    io:format("~p~n", [Const()]),
    io:format("~p~n", [(fun(X) -> X + 1 end)(41)]),
    Local = fun double/1,
    io:format("~p~n", [Local(21)]),
    Remote = fun funs_basic:double/1,
    io:format("~p~n", [Remote(5)]),
    Add2 = fun add/2,
    io:format("~p~n", [Add2(10, 20)]),
    io:format("~p~n", [lists:map(fun double/1, [1, 2, 3])]),
    io:format("~p~n", [lists:map(fun erlang:abs/1, [-1, 2, -3])]),
    io:format("~p~n", [lists:map(fun lists:reverse/1, ["ab", "cd"])]),
    M = lists, F = reverse,
    io:format("~p~n", [(fun M:F/1)([1, 2, 3])]),
    Clauses = fun(0) -> zero; (N) when N < 0 -> negative; (_) -> positive end,
    io:format("~p~n", [[Clauses(N) || N <- [0, -5, 5]]]),
    io:format("~p~n", [[is_function(Sq), is_function(Sq, 1), is_function(Sq, 2), is_function(Local, 1), is_function(x)]]),
    io:format("~p~n", [Remote =:= fun funs_basic:double/1]),
    Compose = fun(G, H) -> fun(X) -> G(H(X)) end end,
    io:format("~p~n", [(Compose(Sq, fun double/1))(3)]).
