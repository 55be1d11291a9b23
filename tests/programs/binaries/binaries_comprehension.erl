-module(binaries_comprehension).
-export([main/0]).

main() ->
    B = <<1, 2, 3, 4, 5, 6>>,
    io:format("~p~n", [[X || <<X>> <= B]]),
    io:format("~p~n", [<< <<(X * 2)>> || <<X>> <= B >>]),
    io:format("~p~n", [<< <<X>> || <<X>> <= B, X rem 2 =:= 0 >>]),
    io:format("~p~n", [[{X, Y} || <<X, Y>> <= B]]),
    io:format("~p~n", [[X || <<X:16>> <= B]]),
    io:format("~p~n", [<< <<X:4>> || X <- [1, 2, 3, 4] >>]),
    io:format("~p~n", [<< <<C>> || <<C>> <= <<"hello">>, C =/= $l >>]),
    io:format("~p~n", [<< <<(C - 32)>> || <<C>> <= <<"upper">> >>]),
    io:format("~p~n", [[B2 || <<B2:3>> <= <<2#101110:6>>]]),
    io:format("~p~n", [<< <<X, Y>> || X <- [1, 2], Y <- [8, 9] >>]),
    io:format("~p~n", [<< <<Bin/binary, ",">> || Bin <- [<<"a">>, <<"bc">>] >>]),
    Hex = << <<(hex(N))>> || <<N:4>> <= <<16#DE, 16#AD, 16#BE, 16#EF>> >>,
    io:format("~p~n", [Hex]),
    io:format("~p~n", [[X + Y || <<X>> <= <<1, 2>>, Y <- [10, 20]]]).

hex(N) when N < 10 -> $0 + N;
hex(N) -> $a + N - 10.
