-module(proc_register_basic).
-export([main/0]).

%% register/2, whereis/1, unregister/1.
main() ->
    Parent = self(),
    P = spawn(fun() -> receive {From, Q} -> From ! {answer, Q} end end),
    io:format("whereis before: ~p~n", [whereis(proc_reg_basic)]),
    io:format("register: ~p~n", [register(proc_reg_basic, P)]),
    io:format("whereis is the pid: ~p~n", [whereis(proc_reg_basic) =:= P]),
    io:format("registered_name: ~p~n", [process_info(P, registered_name)]),
    proc_reg_basic ! {Parent, 42},
    receive {answer, A} -> io:format("answer: ~p~n", [A]) end,
    %% A process can register itself.
    spawn(fun() -> register(proc_reg_self, self()), Parent ! registered, receive stop -> ok end end),
    receive registered -> ok end,
    io:format("self-registered found: ~p~n", [is_pid(whereis(proc_reg_self))]),
    proc_reg_self ! stop,
    %% unregister frees the name; the process lives on.
    Q = spawn(fun() -> receive {From, ping} -> From ! pong end end),
    register(proc_reg_q, Q),
    io:format("unregister: ~p~n", [unregister(proc_reg_q)]),
    io:format("whereis after unregister: ~p~n", [whereis(proc_reg_q)]),
    io:format("registered_name after: ~p~n", [process_info(Q, registered_name)]),
    Q ! {self(), ping},
    receive pong -> io:format("process still alive after unregister~n") end,
    %% The name can be given to another process afterwards.
    R = spawn(fun() -> receive _ -> ok end end),
    io:format("re-register: ~p ~p~n", [register(proc_reg_q, R), whereis(proc_reg_q) =:= R]),
    R ! done,
    %% The main process.
    register(proc_reg_main, self()),
    io:format("main registered: ~p~n", [whereis(proc_reg_main) =:= self()]),
    unregister(proc_reg_main),
    io:format("main unregistered: ~p~n", [whereis(proc_reg_main)]),
    io:format("whereis of non-atom: ~p~n", [try whereis("x") catch C:E -> {C, E} end]).
