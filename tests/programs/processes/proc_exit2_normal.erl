-module(proc_exit2_normal).
-export([main/0]).

%% exit(Pid, normal) sent to ANOTHER process is ignored unless the target
%% traps exits, in which case it gets {'EXIT', Sender, normal}.
main() ->
    Parent = self(),
    P = spawn(fun() -> receive {From, ping} -> From ! pong end end),
    true = exit(P, normal),
    P ! {self(), ping},
    io:format("non-trapping target after exit(P, normal): ~p~n", [receive pong -> alive after 1000 -> dead end]),
    {T, TR} = spawn_monitor(fun() ->
        process_flag(trap_exit, true),
        Parent ! ready,
        receive {'EXIT', From, Why} -> exit({got, From =:= Parent, Why}) end
    end),
    receive ready -> ok end,
    exit(T, normal),
    receive {'DOWN', TR, process, T, Got} -> io:format("trapping target: ~p~n", [Got]) end,
    %% A linked, non-trapping target ignores `normal` from exit/2 too.
    L = spawn_link_child(),
    exit(L, normal),
    L ! {self(), ping},
    io:format("linked target: ~p~n", [receive pong -> alive after 1000 -> dead end]).

spawn_link_child() ->
    Parent = self(),
    Helper = spawn(fun() ->
        C = spawn_link(fun() -> receive {From, ping} -> From ! pong end end),
        Parent ! {child, C},
        receive after 2000 -> ok end
    end),
    receive {child, C} -> _ = Helper, C end.
