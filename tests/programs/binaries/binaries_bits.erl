-module(binaries_bits).
-export([main/0]).

to_bits(<<>>) -> [];
to_bits(<<B:1, Rest/bitstring>>) -> [B | to_bits(Rest)].

popcount(<<>>) -> 0;
popcount(<<B:1, R/bitstring>>) -> B + popcount(R).

main() ->
    io:format("~p~n", [to_bits(<<2#10110010>>)]),
    io:format("~p~n", [to_bits(<<5:3, 1:2>>)]),
    io:format("~p~n", [popcount(<<16#FFFF:16, 16#0F>>)]),
    <<A:3, B:5, C:4, D:4>> = <<2#10111010, 2#11000011>>,
    io:format("~p~n", [{A, B, C, D}]),
    io:format("~p~n", [<<1:1, 1:1, 0:6>>]),
    io:format("~p~n", [<<7:3>>]),
    io:format("~p~n", [<<(<<1:3>>)/bitstring, 1:5>>]),
    io:format("~p~n", [bit_size(<<1:13>>)]),
    io:format("~p~n", [byte_size(<<1:13>>)]),
    <<Head:5/bitstring, Tail/bitstring>> = <<255>>,
    io:format("~p ~p~n", [Head, Tail]),
    io:format("~p~n", [[X || <<X:2>> <= <<2#11100100>>]]),
    io:format("~p~n", [<< <<X:1>> || X <- [1, 0, 1, 1, 0, 0, 0, 1] >>]),
    io:format("~p~n", [<<-1:4/signed, 3:4>>]),
    <<S:4/signed, U:4>> = <<16#F3>>,
    io:format("~p ~p~n", [S, U]).
