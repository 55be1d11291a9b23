-module(term_order_numbers).
-export([main/0]).

main() ->
    %% integers and floats that compare equal: lists:sort keeps an order that
    %% depends on OTP's merge sort, usort keeps the first of equals
    io:format("~w~n", [lists:sort([3, 1.0, 2, 1, 2.0, 0.5])]),
    io:format("~w~n", [lists:usort([1, 1.0, 2, 2.0])]),
    io:format("~w~n", [lists:usort([2.0, 2, 1.0, 1])]),
    io:format("~w~n", [lists:sort([-1, -1.5, -(1 bsl 65), 1.0e-300, 0, -0.0])]),
    io:format("~w~n", [{1 == 1.0, 1 =:= 1.0, 1 /= 1.0, 1 =/= 1.0}]),
    io:format("~w~n", [{[1] == [1.0], {1, a} == {1.0, a}, #{a => 1} == #{a => 1.0}}]),
    io:format("~w~n", [{#{1 => a} == #{1.0 => a}}]),
    io:format("~w~n", [lists:sort([{1, b}, {1.0, a}])]),
    io:format("~w~n", [lists:keysort(1, [{2, x}, {1.0, y}, {1, z}])]),
    io:format("~w~n", [(1 bsl 1023) * 2 > 1.7976931348623157e308]),
    io:format("~w~n", [(1 bsl 1024) > 1.7976931348623157e308]).
