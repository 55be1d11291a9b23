-module(proc_send_registered).
-export([main/0]).

%% Sending to a registered name with `!` and erlang:send/2.
server() ->
    receive
        {From, Msg} -> From ! {reply, Msg}, server();
        stop -> ok
    end.

main() ->
    P = spawn(fun server/0),
    true = register(proc_send_reg_srv, P),
    proc_send_reg_srv ! {self(), via_bang},
    receive {reply, R1} -> io:format("~p~n", [R1]) end,
    erlang:send(proc_send_reg_srv, {self(), via_send}),
    receive {reply, R2} -> io:format("~p~n", [R2]) end,
    %% The name can come from a variable.
    Name = list_to_atom("proc_send_reg_srv"),
    Name ! {self(), via_variable},
    receive {reply, R3} -> io:format("~p~n", [R3]) end,
    io:format("send returns msg: ~p~n", [(proc_send_reg_srv ! {self(), x}) =:= {self(), x}]),
    receive {reply, x} -> ok end,
    %% The main process can register itself and send to its own name.
    register(proc_send_reg_main, self()),
    proc_send_reg_main ! to_myself,
    receive to_myself -> io:format("self by name ok~n") end,
    Ref = monitor(process, P),
    proc_send_reg_srv ! stop,
    receive {'DOWN', Ref, process, P, normal} -> ok end,
    io:format("whereis after stop: ~p~n", [whereis(proc_send_reg_srv)]),
    unregister(proc_send_reg_main),
    ok.
