-module(proc_stress_fanout).
-export([main/0]).

%% 100,000 messages across schedulers: 1,000 senders each send 10
%% sequence-numbered messages to each of 10 receivers (chosen by sender
%% number), i.e. 100 messages per sender and 1,000 per receiver (from 100
%% different senders). Every receiver checks that nothing is lost and that
%% each sender's messages arrived in order, then reports a summary.
senders() -> 1000.
receivers() -> 100.
per_pair() -> 10.
targets() -> 10.

main() ->
    Parent = self(),
    Receivers = list_to_tuple([spawn(fun() -> receiver(Parent) end) || _ <- lists:seq(1, receivers())]),
    %% Tell each receiver how many messages to expect.
    Expected = lists:foldl(fun(S, Acc) ->
                                   lists:foldl(fun(R, A) -> maps:update_with(R, fun(C) -> C + per_pair() end, per_pair(), A) end,
                                               Acc, targets(S))
                           end, #{}, lists:seq(1, senders())),
    [element(R, Receivers) ! {expect, maps:get(R, Expected, 0)} || R <- lists:seq(1, receivers())],
    [spawn(fun() -> sender(S, Receivers) end) || S <- lists:seq(1, senders())],
    Reports = [receive {report, Rp, Count, Bad} when Rp =:= element(R, Receivers) -> {Count, Bad} end
               || R <- lists:seq(1, receivers())],
    Total = lists:sum([C || {C, _} <- Reports]),
    Bad = lists:sum([B || {_, B} <- Reports]),
    case Bad of
        0 -> io:format("ok ~p~n", [Total]);
        _ -> io:format("FAILED: ~p out-of-order or missing, ~p received~n", [Bad, Total])
    end.

%% Sender S sends to receivers S, S+10, S+20, ... (mod 100), 10 of them.
targets(S) -> [((S + 10 * K) rem receivers()) + 1 || K <- lists:seq(0, targets() - 1)].

sender(S, Receivers) ->
    Ts = [element(R, Receivers) || R <- targets(S)],
    %% Interleave: message 1 to every target, then message 2, ...
    [[T ! {msg, S, I} || T <- Ts] || I <- lists:seq(1, per_pair())],
    ok.

receiver(Parent) ->
    receive {expect, N} -> loop(N, #{}, 0, 0, Parent) end.

loop(0, _Seen, Count, Bad, Parent) ->
    Parent ! {report, self(), Count, Bad};
loop(N, Seen, Count, Bad, Parent) ->
    receive
        {msg, S, I} ->
            Prev = maps:get(S, Seen, 0),
            Bad2 = case I =:= Prev + 1 of true -> Bad; false -> Bad + 1 end,
            loop(N - 1, Seen#{S => I}, Count + 1, Bad2, Parent)
    end.
