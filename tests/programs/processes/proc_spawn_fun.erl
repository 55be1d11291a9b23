-module(proc_spawn_fun).
-export([main/0]).

%% spawn/1 with a fun: the child runs concurrently, has its own pid and
%% answers through a message.
main() ->
    Parent = self(),
    Pid = spawn(fun() -> Parent ! {self(), hello, 6 * 7} end),
    io:format("is_pid: ~p~n", [is_pid(Pid)]),
    io:format("distinct from self: ~p~n", [Pid =/= self()]),
    receive
        {From, hello, N} ->
            io:format("reply from the spawned pid: ~p~n", [From =:= Pid]),
            io:format("value: ~p~n", [N])
    end,
    %% The child can find out its own pid and send it back.
    P2 = spawn(fun() -> Parent ! {me, self()} end),
    receive {me, Me} -> io:format("child's self() is spawn's result: ~p~n", [Me =:= P2]) end,
    %% A spawned process that just returns exits normally.
    {P3, Ref} = spawn_monitor(fun() -> 1 + 1 end),
    receive {'DOWN', Ref, process, P3, R} -> io:format("returning fun exits with ~p~n", [R]) end,
    %% The result of `Pid ! Msg` is Msg.
    P4 = spawn(fun() -> receive {X, From2} -> From2 ! {echo, X} end end),
    Sent = P4 ! {ping, self()},
    io:format("send returns: ~p~n", [Sent =:= {ping, self()}]),
    receive {echo, E} -> io:format("echo: ~p~n", [E]) end,
    ok.
