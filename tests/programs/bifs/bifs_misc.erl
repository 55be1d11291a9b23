-module(bifs_misc).
-export([main/0]).

main() ->
    T = {a, b, c},
    io:format("~p~n", [{element(2, T), setelement(3, T, z), tuple_size(T)}]),
    io:format("~p~n", [{byte_size(<<1, 2, 3>>), length([1, 2]), hd([x]), tl([x, y])}]),
    io:format("~p~n", [{abs(-5), abs(5.5), max(1, 2), min(1, 2), round(1.5), trunc(-1.5), float(2)}]),
    io:format("~p~n", [{size(T), size(<<1, 2>>)}]),
    io:format("~p~n", [erlang:make_tuple(3, x)]),
    io:format("~p~n", [erlang:append_element({1, 2}, 3)]),
    io:format("~p~n", [{is_integer(1), is_float(1.0), is_number(1), is_atom(a), is_list([]),
                        is_tuple({}), is_binary(<<>>), is_map(#{}), is_function(fun() -> ok end),
                        is_boolean(false), is_bitstring(<<1:1>>)}]),
    io:format("~p~n", [erlang:element(1, {first})]),
    io:format("~p~n", [erlang:length("four")]),
    io:format("~p~n", [lists:map(fun erlang:tuple_size/1, [{}, {1}, {1, 2}])]),
    io:format("~p~n", [erlang:max("abc", "abd")]),
    io:format("~p~n", [{10 div 3, 10 rem 3, erlang:'div'(10, 3), erlang:'+'(1, 2)}]),
    io:format("~p~n", [[erlang:'=='(1, 1.0), erlang:'=:='(1, 1.0), erlang:'++'([1], [2])]]),
    io:format("~p~n", [put(key, value)]),
    io:format("~p~n", [get(key)]),
    io:format("~p~n", [put(key, new_value)]),
    io:format("~p~n", [get(missing)]),
    io:format("~p~n", [erase(key)]),
    io:format("~p~n", [get(key)]).
