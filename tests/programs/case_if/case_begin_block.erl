-module(case_begin_block).
-export([main/0]).

main() ->
    X = begin
            A = 10,
            B = 20,
            A + B
        end,
    io:format("~p~n", [X]),
    Y = begin 42 end,
    io:format("~p~n", [Y]),
    Z = case begin X > 20 end of true -> yes; false -> no end,
    io:format("~p~n", [Z]),
    R = receive after 0 -> timeout_zero end,
    io:format("~p~n", [R]),
    R2 = receive
             {never, sent} -> got_it
         after 10 ->
             timeout_ten
         end,
    io:format("~p~n", [R2]),
    T = 0,
    receive after T -> ok end,
    io:format("~p~n", [(fun() -> begin 1, 2, 3 end end)()]),
    W = if X > 0 -> begin P = X * 2, P + 1 end; true -> 0 end,
    io:format("~p~n", [W]).
