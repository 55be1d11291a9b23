-module(proc_receive_nested).
-export([main/0]).

%% receive inside receive: the inner one sees the messages the outer one
%% left behind.
main() ->
    Self = self(),
    [Self ! M || M <- [{outer, 1}, {inner, a}, {inner, b}, {outer, 2}, {inner, c}]],
    R = receive
            {outer, N} ->
                Inner = receive
                            {inner, X} ->
                                Deeper = receive {outer, M2} -> M2 after 0 -> none end,
                                {X, Deeper}
                        end,
                {N, Inner}
        end,
    io:format("~p~n", [R]),
    Rest = [receive Any -> Any end || _ <- [1, 2]],
    io:format("rest: ~p~n", [Rest]),
    io:format("empty: ~p~n", [receive E -> E after 0 -> empty end]),
    %% A server loop that handles a nested request/confirm exchange.
    P = spawn(fun() -> two_phase() end),
    P ! {prepare, Self, 10},
    receive {prepared, P} -> ok end,
    P ! {commit, Self},
    receive {committed, P, V} -> io:format("two-phase result: ~p~n", [V]) end,
    P ! {prepare, Self, 20},
    receive {prepared, P} -> ok end,
    P ! {abort, Self},
    receive {aborted, P} -> io:format("aborted~n") end.

two_phase() ->
    receive
        {prepare, From, V} ->
            From ! {prepared, self()},
            receive
                {commit, From} -> From ! {committed, self(), V * 2}, two_phase();
                {abort, From} -> From ! {aborted, self()}
            end
    end.
