-module(proc_trap_exit_chain).
-export([main/0]).

%% A --link-- B --link-- C. A traps exits, B does not. When C crashes, B is
%% killed by the signal and A receives {'EXIT', B, Reason} with C's reason.
main() ->
    Parent = self(),
    {A, AR} = spawn_monitor(fun() ->
        process_flag(trap_exit, true),
        Me = self(),
        B = spawn_link(fun() ->
            C = spawn_link(fun() -> receive crash -> exit({c_crashed, 7}) end end),
            Me ! {c, C},
            receive after infinity -> ok end
        end),
        receive {c, C} -> Parent ! {pids, B, C} end,
        receive {'EXIT', From, Why} -> exit({a_saw, From =:= B, Why}) end
    end),
    receive {pids, _B, C} -> C ! crash end,
    receive {'DOWN', AR, process, A, R} -> io:format("~p~n", [R]) end,
    %% A trapping process in the middle stops the cascade: it gets the message,
    %% stays alive, and its other link is untouched.
    {M, MR} = spawn_monitor(fun() ->
        Me = self(),
        Mid = spawn_link(fun() ->
            process_flag(trap_exit, true),
            Leaf = spawn_link(fun() -> exit(leaf_died) end),
            receive {'EXIT', Leaf, Why} -> Me ! {mid_saw, Why} end,
            receive after infinity -> ok end
        end),
        receive {mid_saw, Why} -> ok end,
        Parent ! {top_alive, Why, is_process_alive(Mid)},
        exit(done)
    end),
    receive {top_alive, W, Alive} -> io:format("middle saw ~p, middle alive ~p~n", [W, Alive]) end,
    receive {'DOWN', MR, process, M, R2} -> io:format("top ended: ~p~n", [R2]) end,
    %% The top's exit(done) went to the middle (trapping): it is still alive.
    io:format("chain of trappers: ~p~n", [chain(5)]).

%% N trapping processes in a line; the last one crashes; each trapping
%% process reports and then exits with {wrapped, Reason}, so the reason
%% grows by one wrapper per hop.
chain(N) ->
    {P, R} = spawn_monitor(fun() -> hop(N) end),
    receive {'DOWN', R, process, P, Why} -> Why end.

hop(0) -> exit(bottom);
hop(N) ->
    process_flag(trap_exit, true),
    C = spawn_link(fun() -> hop(N - 1) end),
    receive {'EXIT', C, Why} -> exit({wrapped, Why}) end.
