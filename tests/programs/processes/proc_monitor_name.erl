-module(proc_monitor_name).
-export([main/0]).

%% monitor(process, RegisteredName): the 'DOWN' message names the process
%% as {Name, Node} instead of a pid (Node is the local node's name). An unregistered name gives noproc at once.
main() ->
    P = spawn(fun() -> receive stop -> exit(stopped) end end),
    register(proc_mon_named, P),
    Ref = monitor(process, proc_mon_named),
    proc_mon_named ! stop,
    receive
        {'DOWN', Ref, process, {Name, Node}, Reason} ->
            io:format("name ~p, node is an atom: ~p, reason ~p~n", [Name, is_atom(Node), Reason])
    end,
    Ref2 = monitor(process, proc_mon_nobody),
    receive
        {'DOWN', Ref2, process, {Name2, Node2}, Reason2} ->
            io:format("unknown name ~p, same node: ~p, reason ~p~n", [Name2, Node2 =:= Node, Reason2])
    after 1000 -> io:format("no DOWN~n")
    end,
    %% The monitor follows the process, not the name: re-registering the name
    %% to another process does not matter.
    Q = spawn(fun() -> receive stop -> exit(q_stopped) end end),
    register(proc_mon_named, Q),
    Ref3 = monitor(process, proc_mon_named),
    unregister(proc_mon_named),
    R = spawn(fun() -> receive _ -> ok end end),
    register(proc_mon_named, R),
    Q ! stop,
    receive {'DOWN', Ref3, process, {proc_mon_named, _}, W} -> io:format("followed the process: ~p~n", [W]) end,
    R ! bye,
    %% demonitor works on name monitors too.
    T = spawn(fun() -> receive stop -> exit(t_stopped) end end),
    register(proc_mon_t, T),
    Ref5 = monitor(process, proc_mon_t),
    io:format("demonitor: ~p~n", [demonitor(Ref5)]),
    T ! stop,
    io:format("no DOWN after demonitor: ~p~n", [receive {'DOWN', Ref5, _, _, _} -> got after 100 -> none end]).
