-module(proc_priority_receive).
-export([main/0]).

%% Priority messages: first look for urgent messages with `after 0`, and
%% only then take anything.
next() ->
    receive
        {urgent, M} -> {urgent, M}
    after 0 ->
        receive
            {urgent, M} -> {urgent, M};
            {normal, M} -> {normal, M}
        end
    end.

main() ->
    Self = self(),
    [Self ! Msg || Msg <- [{normal, 1}, {normal, 2}, {urgent, a}, {normal, 3}, {urgent, b}]],
    io:format("~p~n", [[next() || _ <- lists:seq(1, 5)]]),
    %% The same in a worker fed by another process.
    Parent = self(),
    W = spawn(fun() ->
                      receive start -> ok end,
                      Parent ! {order, [next() || _ <- lists:seq(1, 6)]}
              end),
    [W ! Msg || Msg <- [{normal, x}, {urgent, 1}, {normal, y}, {normal, z}, {urgent, 2}, {urgent, 3}]],
    W ! start,
    receive {order, O} -> io:format("~p~n", [O]) end.
