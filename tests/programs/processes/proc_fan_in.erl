-module(proc_fan_in).
-export([main/0]).

%% Fan-in: 100 senders each send 100 numbered messages to one receiver.
%% Messages from different senders interleave in any way, but each sender's
%% messages must arrive in order, and none may be lost.
main() ->
    Parent = self(),
    Senders = 100, PerSender = 100,
    Pids = [spawn(fun() -> [Parent ! {msg, S, I} || I <- lists:seq(1, PerSender)] end)
            || S <- lists:seq(1, Senders)],
    Last = receive_all(Senders * PerSender, #{}, 0),
    OkOrder = maps:get(errors, Last, 0) =:= 0,
    Complete = lists:all(fun(S) -> maps:get(S, Last) =:= PerSender end, lists:seq(1, Senders)),
    io:format("senders: ~p~n", [length(Pids)]),
    io:format("per-sender order kept: ~p~n", [OkOrder]),
    io:format("every sender complete: ~p~n", [Complete]),
    io:format("nothing extra: ~p~n", [receive X -> X after 100 -> none end]).

receive_all(0, Seen, Errors) -> Seen#{errors => Errors};
receive_all(N, Seen, Errors) ->
    receive
        {msg, S, I} ->
            Prev = maps:get(S, Seen, 0),
            E = case I =:= Prev + 1 of true -> Errors; false -> Errors + 1 end,
            receive_all(N - 1, Seen#{S => I}, E)
    end.
