-module(proc_selective_receive).
-export([main/0]).

%% Selective receive takes the first matching message; the messages it
%% skips stay in the mailbox in their original order.
drain() ->
    receive M -> [M | drain()] after 0 -> [] end.

main() ->
    Self = self(),
    Self ! a, Self ! b, Self ! c, Self ! d, Self ! e,
    receive c -> io:format("took c first~n") end,
    receive e -> io:format("then e~n") end,
    io:format("left in order: ~p~n", [drain()]),
    %% Tagged messages picked out of order by tag.
    [Self ! {T, N} || {T, N} <- [{x, 1}, {y, 1}, {x, 2}, {z, 1}, {y, 2}, {x, 3}]],
    Ys = [receive {y, N} -> N end || _ <- [1, 2]],
    io:format("ys: ~p~n", [Ys]),
    Zs = receive {z, N} -> N end,
    io:format("z: ~p~n", [Zs]),
    io:format("rest: ~p~n", [drain()]),
    %% The same from another process: the messages of one sender keep their order.
    P = spawn(fun() -> [Self ! {seq, I} || I <- lists:seq(1, 10)], Self ! done end),
    receive done -> ok end,
    Evens = [receive {seq, I} when I rem 2 =:= 0 -> I end || _ <- lists:seq(1, 5)],
    io:format("evens first: ~p~n", [Evens]),
    io:format("odds after: ~p~n", [drain()]),
    io:format("pid alive or gone, no matter: ~p~n", [is_pid(P)]).
