-module(tuples_basic).
-export([main/0]).

main() ->
    T = {a, 1, "two", {3, 4}, [5]},
    io:format("~p~n", [T]),
    io:format("~w~n", [T]),
    io:format("~p~n", [tuple_size(T)]),
    io:format("~p~n", [element(1, T)]),
    io:format("~p~n", [element(4, T)]),
    io:format("~p~n", [setelement(2, T, changed)]),
    io:format("~p~n", [T]),
    io:format("~p~n", [tuple_to_list(T)]),
    io:format("~p~n", [list_to_tuple([x, y, z])]),
    io:format("~p~n", [{}]),
    io:format("~p~n", [{{}}]),
    io:format("~p~n", [tuple_size({})]),
    io:format("~p~n", [size({1, 2, 3})]),
    {A, B, _, {C, D}, [E]} = T,
    io:format("~p~n", [[A, B, C, D, E]]),
    io:format("~p~n", [erlang:append_element({a, b}, c)]),
    io:format("~p~n", [erlang:make_tuple(3, z)]),
    io:format("~p~n", [is_tuple(T) andalso not is_tuple([T])]),
    io:format("~p~n", [lists:sort([{b, 1}, {a, 2}, {a, 1, 0}, {z}, {}])]).
