-module(proc_late_message).
-export([main/0]).

%% A message that arrives after a receive timed out is not lost: it waits
%% in the mailbox for the next receive.
main() ->
    Parent = self(),
    spawn(fun() -> receive after 100 -> Parent ! {late, 1} end end),
    R1 = receive {late, X} -> {got, X} after 10 -> timeout end,
    io:format("first receive: ~p~n", [R1]),
    R2 = receive {late, Y} -> {got, Y} after 5000 -> timeout end,
    io:format("second receive: ~p~n", [R2]),
    %% A timed-out receive leaves non-matching messages where they were.
    self() ! a, self() ! b,
    R3 = receive c -> c after 10 -> timeout end,
    io:format("~p, queue ~p~n", [R3, process_info(self(), message_queue_len)]),
    io:format("~p~n", [[receive M -> M end || _ <- [1, 2]]]),
    %% A loop that collects messages until 50 ms pass without one (they are
    %% all queued already: the sender's all_sent came after them).
    spawn(fun() -> [Parent ! {item, I} || I <- lists:seq(1, 20)], Parent ! all_sent end),
    receive all_sent -> ok end,
    Items = gather([]),
    io:format("gathered ~p items~n", [length(Items)]).

gather(Acc) ->
    receive {item, I} -> gather([I | Acc]) after 50 -> lists:reverse(Acc) end.
