-module(proc_send_basic).
-export([main/0]).

%% Pid ! Msg and erlang:send/2: both return the message; sending to self
%% puts the message in the own mailbox.
main() ->
    R1 = self() ! first,
    R2 = erlang:send(self(), {second, 2}),
    io:format("returns: ~p ~p~n", [R1, R2]),
    io:format("got: ~p~n", [receive M1 -> M1 end]),
    io:format("got: ~p~n", [receive M2 -> M2 end]),
    %% `!` is right associative: A ! B ! Msg sends Msg to both.
    Parent = self(),
    Echo = fun() -> receive X -> Parent ! {echoed, self(), X} end end,
    A = spawn(Echo),
    B = spawn(Echo),
    V = A ! B ! shared,
    io:format("chained send value: ~p~n", [V]),
    receive {echoed, A, XA} -> io:format("A got ~p~n", [XA]) end,
    receive {echoed, B, XB} -> io:format("B got ~p~n", [XB]) end,
    %% The message expression is evaluated before the send.
    C = spawn(Echo),
    C ! lists:seq(1, 5),
    receive {echoed, C, XC} -> io:format("C got ~p~n", [XC]) end,
    %% Sending to a process that has ended is not an error.
    {D, Ref} = spawn_monitor(fun() -> ok end),
    receive {'DOWN', Ref, process, D, normal} -> ok end,
    io:format("send to dead pid: ~p~n", [D ! lost]),
    io:format("erlang:send to dead pid: ~p~n", [erlang:send(D, lost)]),
    io:format("mailbox now: ~p~n", [receive Any -> Any after 0 -> empty end]).
