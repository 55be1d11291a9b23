-module(proc_message_binaries).
-export([main/0]).

%% Binaries of every size in messages: small heap binaries, large
%% (reference-counted in OTP) ones and sub-binaries.
echo() -> receive {From, T} -> From ! {echo, T}, echo(); stop -> ok end.

roundtrip(P, T) -> P ! {self(), T}, receive {echo, T2} -> T2 end.

main() ->
    P = spawn(fun echo/0),
    Small = <<"hello">>,
    io:format("~p~n", [roundtrip(P, Small)]),
    Large = list_to_binary([I rem 256 || I <- lists:seq(1, 100000)]),
    R = roundtrip(P, Large),
    io:format("large: equal ~p, size ~p, sum ~p~n", [R =:= Large, byte_size(R), lists:sum(binary_to_list(R))]),
    <<_:10/binary, Sub:20/binary, _/binary>> = Large,
    RS = roundtrip(P, Sub),
    io:format("sub-binary: ~p~n", [RS]),
    <<_:50000/binary, BigSub/binary>> = Large,
    RB = roundtrip(P, BigSub),
    io:format("large sub-binary: ~p ~p~n", [byte_size(RB), RB =:= BigSub]),
    %% A binary built by the receiver and sent back.
    Parent = self(),
    spawn(fun() -> Parent ! {built, << <<X>> || X <- lists:seq(65, 90) >>} end),
    receive {built, B} -> io:format("built: ~s~n", [B]) end,
    %% Many processes share one large binary.
    Pids = [spawn(fun() -> receive {Bin, From} -> <<_:99999/binary, Lst, _/binary>> = Bin, From ! {self(), byte_size(Bin), Lst} end end)
            || _ <- lists:seq(1, 50)],
    [Q ! {Large, Parent} || Q <- Pids],
    Answers = [receive {Q, S, Lst} -> {S, Lst} end || Q <- Pids],
    io:format("50 readers agree: ~p ~p~n", [lists:usort(Answers), length(Answers)]),
    %% Binaries inside other terms, pattern-matched by the receiver.
    spawn(fun() -> receive {From, <<Len:16, Body:Len/binary, Rest/binary>>} -> From ! {parsed, Body, Rest} end end)
        ! {self(), <<5:16, "abcdeXYZ">>},
    receive {parsed, Body, Rest} -> io:format("parsed: ~p ~p~n", [Body, Rest]) end,
    P ! stop.
