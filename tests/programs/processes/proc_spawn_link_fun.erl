-module(proc_spawn_link_fun).
-export([main/0]).

%% spawn_link/1. Every scenario runs in a fresh process (run/1) so the
%% trap_exit setting of the program's main process never matters.
run(F) ->
    Parent = self(),
    {P, R} = spawn_monitor(fun() -> Parent ! {result, F()} end),
    receive
        {'DOWN', R, process, P, Reason} ->
            receive {result, X} -> {returned, X} after 0 -> {died, Reason} end
    end.

main() ->
    %% A linked child that exits normally does not affect a non-trapping parent.
    A = run(fun() ->
                    Me = self(),
                    C = spawn_link(fun() -> receive go -> Me ! {child, done} end end),
                    Ref = monitor(process, C),
                    C ! go,
                    receive {child, done} -> ok end,
                    receive {'DOWN', Ref, process, C, R} -> {child_exit, R} end
            end),
    io:format("normal child: ~p~n", [A]),
    %% A linked child that exits abnormally takes the parent with it.
    B = run(fun() ->
                    spawn_link(fun() -> exit(boom) end),
                    receive after 5000 -> not_killed end
            end),
    io:format("abnormal child: ~p~n", [B]),
    %% The link is to the caller of spawn_link: a trapping parent gets a message.
    C = run(fun() ->
                    process_flag(trap_exit, true),
                    P = spawn_link(fun() -> exit({bad, 1}) end),
                    receive {'EXIT', P, R} -> {trapped, R} end
            end),
    io:format("trapping parent: ~p~n", [C]),
    %% The child is linked from the start: process_info shows the link both ways.
    D = run(fun() ->
                    Me = self(),
                    P = spawn_link(fun() -> receive stop -> ok end end),
                    {links, L1} = process_info(P, links),
                    {links, L2} = process_info(Me, links),
                    P ! stop,
                    {L1 =:= [Me], L2 =:= [P]}
            end),
    io:format("links both ways: ~p~n", [D]).
