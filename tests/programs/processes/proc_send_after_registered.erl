-module(proc_send_after_registered).
-export([main/0]).

%% erlang:send_after/3 to a registered name: the name is looked up when the
%% timer fires. If nobody has the name then, the message is dropped (no
%% error, no crash).
main() ->
    Parent = self(),
    P = spawn(fun() -> receive M -> Parent ! {got, M} end end),
    register(proc_sa_target, P),
    TRef = erlang:send_after(20, proc_sa_target, hello),
    io:format("reference: ~p~n", [is_reference(TRef)]),
    receive {got, M} -> io:format("target got ~p~n", [M]) end,
    %% Timer to a name that is not registered: nothing happens.
    erlang:send_after(10, proc_sa_nobody, lost),
    receive after 50 -> ok end,
    io:format("still running after timer to unknown name~n"),
    %% The name is registered after the timer was started but before it fires.
    erlang:send_after(300, proc_sa_later, late_hello),
    Q = spawn(fun() -> receive M2 -> Parent ! {later_got, M2} end end),
    register(proc_sa_later, Q),
    receive {later_got, M2} -> io:format("registered later got ~p~n", [M2]) end,
    %% The main process under a name.
    register(proc_sa_main, self()),
    erlang:send_after(10, proc_sa_main, to_main),
    receive to_main -> io:format("main got its named timer~n") end,
    unregister(proc_sa_main),
    erlang:send_after(10, proc_sa_main, not_for_me),
    io:format("after unregister: ~p~n", [receive not_for_me -> delivered after 60 -> dropped end]).
