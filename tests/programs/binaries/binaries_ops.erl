-module(binaries_ops).
-export([main/0]).

%% Binary utilities written with matching only.
split(Bin, Sep) -> split(Bin, Sep, <<>>, []).
split(<<>>, _Sep, Cur, Acc) -> lists:reverse([Cur | Acc]);
split(Bin, Sep, Cur, Acc) ->
    N = byte_size(Sep),
    case Bin of
        <<Sep:N/binary, Rest/binary>> -> split(Rest, Sep, <<>>, [Cur | Acc]);
        <<C, Rest/binary>> -> split(Rest, Sep, <<Cur/binary, C>>, Acc)
    end.

replace(Bin, From, To) ->
    iolist_to_binary(lists:join(To, split(Bin, From))).

find(Bin, Pat) -> find(Bin, Pat, 0).
find(Bin, Pat, Pos) when byte_size(Bin) < byte_size(Pat) -> {nomatch, Pos};
find(Bin, Pat, Pos) ->
    N = byte_size(Pat),
    case Bin of
        <<Pat:N/binary, _/binary>> -> {Pos, N};
        <<_, Rest/binary>> -> find(Rest, Pat, Pos + 1)
    end.

rev(Bin) -> << <<C>> || C <- lists:reverse(binary_to_list(Bin)) >>.

main() ->
    io:format("~p~n", [split(<<"a,b,,c">>, <<",">>)]),
    io:format("~p~n", [split(<<"key=>value=>x">>, <<"=>">>)]),
    io:format("~p~n", [replace(<<"a-b-c">>, <<"-">>, <<"+">>)]),
    io:format("~p~n", [find(<<"hello world">>, <<"o w">>)]),
    io:format("~p~n", [find(<<"hello">>, <<"xyz">>)]),
    io:format("~p~n", [rev(<<"stressed">>)]),
    io:format("~p~n", [<<"abc">> < <<"abd">>]),
    io:format("~p~n", [<<"abc">> < <<"abcd">>]),
    io:format("~p~n", [<<2>> > <<1, 255>>]),
    io:format("~p~n", [<<"abc">> == <<"abc">>]),
    io:format("~p~n", [lists:sort([<<"b">>, <<>>, <<"a", 0>>, <<"a">>, <<1:1>>])]),
    io:format("~p~n", [binary_to_list(<<1, 2, 3>>)]),
    io:format("~p~n", [split_binary(<<"hello">>, 2)]),
    io:format("~p~n", [binary_part(<<"hello">>, {1, 3})]),
    io:format("~p~n", [binary_part(<<"hello">>, 5, -2)]),
    io:format("~p~n", [iolist_to_binary(["a", $b, [<<"c">>, ["d", [$e]]]])]),
    io:format("~p~n", [iolist_size(["ab", <<"cd">>])]),
    io:format("~p~n", [term_size_ok(<<0:800>>)]).

term_size_ok(B) -> {byte_size(B), bit_size(B)}.
