-module(binaries_match).
-export([main/0]).

parse_packet(<<Type:8, Len:16, Payload:Len/binary, Rest/binary>>) ->
    {Type, Payload, Rest};
parse_packet(_) ->
    invalid.

parse_all(<<>>) -> [];
parse_all(Bin) ->
    case parse_packet(Bin) of
        invalid -> [{invalid, Bin}];
        {T, P, Rest} -> [{T, P} | parse_all(Rest)]
    end.

main() ->
    <<A, B, C>> = <<1, 2, 3>>,
    io:format("~p~n", [{A, B, C}]),
    <<X:16, Rest/binary>> = <<1, 2, 3, 4>>,
    io:format("~p ~p~n", [X, Rest]),
    <<Y:16/little, _/binary>> = <<1, 2, 3, 4>>,
    io:format("~p~n", [Y]),
    <<S:8/signed, U:8/unsigned>> = <<255, 255>>,
    io:format("~p ~p~n", [S, U]),
    <<S16:16/signed-little>> = <<254, 255>>,
    io:format("~p~n", [S16]),
    <<H:4, L:4>> = <<16#A5>>,
    io:format("~p ~p~n", [H, L]),
    <<Bits:3, More/bitstring>> = <<2#10111111>>,
    io:format("~p ~p~n", [Bits, More]),
    <<F:64/float>> = <<1.25/float>>,
    io:format("~p~n", [F]),
    <<F32:32/float-little>> = <<0.5:32/float-little>>,
    io:format("~p~n", [F32]),
    <<"GET ", Path/binary>> = <<"GET /index.html">>,
    io:format("~p~n", [Path]),
    Packets = <<1, 0, 3, "abc", 2, 0, 0, 7, 0, 2, "hi", 9, 9>>,
    io:format("~p~n", [parse_all(Packets)]),
    <<Big:72>> = <<1, 0, 0, 0, 0, 0, 0, 0, 0>>,
    io:format("~p~n", [Big]),
    <<Neg:72/signed>> = <<255, 0, 0, 0, 0, 0, 0, 0, 0>>,
    io:format("~p~n", [Neg]),
    case <<1, 2>> of
        <<1, Z>> when Z > 1 -> io:format("guarded ~p~n", [Z]);
        _ -> io:format("no~n")
    end,
    Len = 2,
    <<Head:Len/binary, _/binary>> = <<"abcdef">>,
    io:format("~p~n", [Head]),
    <<Size:8, Data:Size/binary, _/binary>> = <<3, "xyzw">>,
    io:format("~p~n", [Data]),
    io:format("~p~n", [case <<1, 2, 3>> of <<_:8, T/binary>> -> T end]),
    io:format("~p~n", [try <<_:32>> = <<1, 2>>, ok catch error:{badmatch, V} -> {badmatch, V} end]).
