-module(binary_long_conversions).
-export([main/0]).

%% binary_to_list/1,3, list_to_binary/1, iolist_to_binary/1 and
%% iolist_size/1 on inputs far longer than the chunk Joist converts in one
%% go (it continues them through an Erlang call every 65,536 elements so
%% the process can be preempted): results, and errors found after many
%% chunks, must be OTP's (badarg, with the BIF and its original argument
%% as the top frame).
main() ->
    Bytes = [X rem 256 || X <- lists:seq(1, 300000)],
    Bin = list_to_binary(Bytes),
    io:format("list_to_binary: ~p ~p~n", [byte_size(Bin), erlang:phash2(Bin)]),
    io:format("binary_to_list: ~p~n", [binary_to_list(Bin) =:= Bytes]),
    io:format("binary_to_list/3: ~p ~p~n",
              [binary_to_list(Bin, 70000, 70005), length(binary_to_list(Bin, 2, 299999))]),
    <<_:3, Odd:200000/binary, _/bits>> = Bin,
    io:format("unaligned: ~p ~p~n", [length(binary_to_list(Odd)), erlang:phash2(binary_to_list(Odd))]),
    Sub = binary_part(Bin, 1000, 150000),
    io:format("sub-binary: ~p~n", [binary_to_list(Sub) =:= lists:sublist(Bytes, 1001, 150000)]),
    Deep = [[B, [<<B>>, "ab"], []] || B <- lists:sublist(Bytes, 100000)],
    io:format("iolist_to_binary: ~p ~p~n", [byte_size(iolist_to_binary(Deep)),
                                            erlang:phash2(iolist_to_binary(Deep))]),
    Nested = lists:foldl(fun(B, Acc) -> [Acc, B] end, [], lists:sublist(Bytes, 100000)),
    io:format("nested: ~p ~p~n", [iolist_size(Nested), erlang:phash2(list_to_binary(Nested))]),
    Tail = lists:foldr(fun(B, Acc) -> [B | Acc] end, <<"end">>, lists:sublist(Bytes, 100000)),
    io:format("binary tail: ~p ~p~n", [iolist_size(Tail), binary_part(list_to_binary(Tail), 99998, 5)]),
    io:format("iolist_size: ~p ~p ~p~n", [iolist_size(Deep), iolist_size(Bin), iolist_size([Bin, Bin])]),
    io:format("short: ~p ~p ~p ~p~n", [binary_to_list(<<>>), list_to_binary([]),
                                       iolist_to_binary(<<"x">>), iolist_size([])]),
    Long = lists:seq(1, 200000),
    [show(Name, F) || {Name, F} <- [
        {too_big, fun() -> list_to_binary(lists:sublist(Bytes, 150000) ++ [256]) end},
        {atom_inside, fun() -> iolist_to_binary([Deep, [a]]) end},
        {improper, fun() -> list_to_binary(lists:sublist(Bytes, 150000) ++ x) end},
        {bits_inside, fun() -> iolist_size([Deep, <<1:3>>]) end},
        {negative, fun() -> list_to_binary([Long, -1]) end},
        {b2l_bits, fun() -> binary_to_list(<<Bin/binary, 1:1>>) end},
        {b2l3_range, fun() -> binary_to_list(Bin, 0, 5) end},
        {b2l3_past, fun() -> binary_to_list(Bin, 5, 300001) end},
        {not_binary, fun() -> binary_to_list(Bytes) end}
    ]],
    ok.

show(Name, F) ->
    try F() of
        V -> io:format("~p: ok ~p~n", [Name, V])
    catch
        C:R:S ->
            [{M, Fn, A, _} | _] = S,
            Args = case is_list(A) of
                       true -> [erlang:phash2(X) || X <- A];
                       false -> A
                   end,
            io:format("~p: ~p:~p in ~p:~p ~p~n", [Name, C, R, M, Fn, Args])
    end.
