-module(binaries_utf8).
-export([main/0]).

decode(<<>>) -> [];
decode(<<C/utf8, Rest/binary>>) -> [C | decode(Rest)].

count(<<>>, N) -> N;
count(<<_/utf8, R/binary>>, N) -> count(R, N + 1).

main() ->
    B = <<"añ€😀"/utf8>>,
    io:format("~w~n", [B]),
    io:format("~p~n", [byte_size(B)]),
    io:format("~p~n", [decode(B)]),
    io:format("~p~n", [count(B, 0)]),
    <<First/utf8, _/binary>> = B,
    io:format("~p~n", [First]),
    io:format("~w~n", [<< <<C/utf8>> || C <- [72, 228, 8364] >>]),
    io:format("~p~n", [[C || <<C/utf8>> <= B]]),
    io:format("~w~n", [<<"a€"/utf8>>]),
    io:format("~p~n", [try <<_/utf8>> = <<255>>, ok catch error:{badmatch, _} -> bad_utf8 end]).
