-module(proc_call_timeout).
-export([main/0]).

%% A call with a timeout to a slow server: the caller gives up, and the
%% late reply arrives later; tagging with a reference lets the caller tell
%% it apart and discard it.
server() ->
    receive
        {call, From, Ref, {sleep, Ms, V}} ->
            receive after Ms -> ok end,
            From ! {Ref, V},
            server();
        stop -> ok
    end.

call(S, Req, Timeout) ->
    Ref = make_ref(),
    S ! {call, self(), Ref, Req},
    receive {Ref, Reply} -> {ok, Reply} after Timeout -> {timeout, Ref} end.

main() ->
    S = spawn(fun server/0),
    io:format("~p~n", [call(S, {sleep, 0, fast}, 1000)]),
    {timeout, Late} = call(S, {sleep, 200, slow}, 20),
    io:format("timed out~n"),
    %% The next call waits behind the slow one but still gets its own reply.
    io:format("~p~n", [call(S, {sleep, 0, next}, 2000)]),
    io:format("late reply in mailbox: ~p~n", [receive {Late, V} -> V after 0 -> none end]),
    %% Call to a server that died: with a monitor the caller notices at once.
    {D, DR} = spawn_monitor(fun() -> receive {call, _, _, _} -> exit(server_crashed) end end),
    Ref = make_ref(),
    M = monitor(process, D),
    D ! {call, self(), Ref, anything},
    R = receive
            {Ref, Reply} -> {ok, Reply};
            {'DOWN', M, process, D, Why} -> {server_down, Why}
        after 5000 -> timeout
        end,
    io:format("~p~n", [R]),
    receive {'DOWN', DR, process, D, _} -> ok end,
    S ! stop.
