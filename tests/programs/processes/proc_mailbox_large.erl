-module(proc_mailbox_large).
-export([main/0]).

%% A large mailbox: 50,000 messages, a selective receive of the last one,
%% then the rest drained in order.
main() ->
    N = 50000,
    [self() ! {m, I} || I <- lists:seq(1, N)],
    self() ! last,
    io:format("queue: ~p~n", [process_info(self(), message_queue_len)]),
    receive last -> io:format("found the last message~n") end,
    receive {m, 25000} -> io:format("found the middle one~n") end,
    Rest = drain([]),
    io:format("drained ~p, order kept: ~p~n",
              [length(Rest), Rest =:= lists:seq(1, 24999) ++ lists:seq(25001, N)]),
    %% The same in another process, filled by a third one.
    Parent = self(),
    Box = spawn(fun() -> receive go -> ok end, Parent ! {box, lists:sum([receive {m, I} -> I end || _ <- lists:seq(1, N)])} end),
    Filler = spawn(fun() -> [Box ! {m, I} || I <- lists:seq(1, N)], Parent ! filled end),
    receive filled -> Box ! go end,
    receive {box, S} -> io:format("sum in the other process: ~p~n", [S]) end,
    _ = Filler.

drain(Acc) ->
    receive {m, I} -> drain([I | Acc]) after 0 -> lists:reverse(Acc) end.
