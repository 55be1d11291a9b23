-module(bignum_pow).
-export([main/0]).

pow(_, 0) -> 1;
pow(B, E) when E rem 2 =:= 0 -> H = pow(B, E div 2), H * H;
pow(B, E) -> B * pow(B, E - 1).

main() ->
    io:format("~p~n", [pow(2, 200)]),
    io:format("~p~n", [pow(3, 100)]),
    io:format("~p~n", [-pow(7, 77)]),
    io:format("~p~n", [pow(10, 40) + 1]),
    io:format("~p~n", [pow(10, 40) - pow(10, 40)]),
    io:format("~p~n", [pow(2, 64) - 1]),
    io:format("~p~n", [pow(2, 64) * pow(2, 64)]),
    io:format("~p~n", [(pow(2, 100) + 7) * (pow(2, 100) - 7)]),
    io:format("~w~n", [pow(2, 200)]),
    io:format("~s~n", [integer_to_list(pow(2, 128))]),
    io:format("~p~n", [length(integer_to_list(pow(2, 1000)))]),
    io:format("~p~n", [lists:sum([pow(2, I) || I <- lists:seq(0, 99)])]),
    io:format("~p~n", [pow(2, 200) == pow(4, 100)]),
    io:format("~p~n", [is_integer(pow(2, 200))]).
