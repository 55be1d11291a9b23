-module(term_order_types).
-export([main/0]).

%% number < atom < reference < fun < port < pid < tuple < map < nil < list < bitstring
main() ->
    Mixed = [<<"bin">>, [1, 2], [], #{a => 1}, {1, 2, 3}, {}, atom, 42, 3.5,
             "string", {a}, 'Atom', -7, 1 bsl 70, <<>>, #{}, [a], 1.0e10, z, {a, b}],
    io:format("~p~n", [lists:sort(Mixed)]),
    io:format("~p~n", [lists:reverse(lists:sort(Mixed))]),
    io:format("~p~n", [lists:usort(Mixed ++ Mixed)]),
    F = fun() -> ok end,
    io:format("~p~n", [[1 < a, a < {}, {} < #{}, #{} < [], [] < [1], [1] < <<>>, a < F, F < {}]]),
    io:format("~p~n", [{1 < 1.5, 1.5 < 2, 2 < a, {9} < {1, 1}, {1, 2} < {1, 3}, [1, 2] < [1, 3], [2] > [1, 100]}]),
    io:format("~p~n", [{"abc" < "abd", "abc" < "ab", <<"abc">> < <<"abd">>, <<1>> < <<1, 0>>}]),
    io:format("~p~n", [{#{a => 1} < #{b => 1}, #{a => 2} < #{a => 1, b => 0}, #{b => 1} < #{a => 2}}]),
    io:format("~p~n", [{max(atom, 100), min([], {}), max("a", <<"a">>)}]),
    io:format("~p~n", [lists:max(Mixed)]),
    io:format("~p~n", [lists:min(Mixed)]).
