-module(proc_send_unregistered).
-export([main/0]).

%% Sending to a name nobody registered raises badarg in the sender (unlike
%% sending to a dead pid, which is silently dropped).
try_send(F) ->
    try F() of
        V -> {ok, V}
    catch
        Class:Reason -> {Class, Reason}
    end.

main() ->
    io:format("bang: ~p~n", [try_send(fun() -> proc_nobody_here ! hello end)]),
    io:format("erlang:send: ~p~n", [try_send(fun() -> erlang:send(proc_nobody_here, hello) end)]),
    %% Once the name is unregistered, sending fails again.
    P = spawn(fun() -> receive _ -> ok end end),
    register(proc_unreg_tmp, P),
    Ref = monitor(process, P),
    io:format("registered: ~p~n", [try_send(fun() -> proc_unreg_tmp ! wake end)]),
    receive {'DOWN', Ref, process, P, normal} -> ok end,
    io:format("after owner died: ~p~n", [try_send(fun() -> proc_unreg_tmp ! again end)]),
    %% Invalid destinations.
    io:format("integer: ~p~n", [try_send(fun() -> erlang:send(42, x) end)]),
    io:format("list: ~p~n", [try_send(fun() -> erlang:send("name", x) end)]),
    %% A crash inside a process due to sending to an unknown name.
    {Q, R} = spawn_monitor(fun() -> proc_nobody_here ! x end),
    receive {'DOWN', R, process, Q, {Why, _Stack}} -> io:format("child died: ~p~n", [Why]) end,
    %% catch form
    case catch proc_nobody_here ! y of
        {'EXIT', {badarg, _}} -> io:format("catch: badarg~n");
        Other -> io:format("catch: ~p~n", [Other])
    end.
