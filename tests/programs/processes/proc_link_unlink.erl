-module(proc_link_unlink).
-export([main/0]).

%% link/1 and unlink/1: both return true; links are symmetric and visible in
%% process_info(P, links); after unlink a crash no longer propagates.
links(P) -> {links, L} = process_info(P, links), lists:sort(L).

main() ->
    Parent = self(),
    {T, TR} = spawn_monitor(fun() ->
        Me = self(),
        P = spawn(fun() -> receive die -> exit(unlinked_death) end end),
        L0 = links(Me),
        A = link(P),
        L1 = {links(Me) =:= [P], links(P) =:= [Me]},
        B = link(P),
        L2 = length(links(Me)),
        C = unlink(P),
        L3 = {links(Me), links(P)},
        D = unlink(P),
        P ! die,
        receive after 50 -> ok end,
        Parent ! {report, [L0, A, L1, B, L2, C, L3, D]},
        exit(survived)
    end),
    receive {report, Rep} -> io:format("~p~n", [Rep]) end,
    receive {'DOWN', TR, process, T, R} -> io:format("unlinked process: ~p~n", [R]) end,
    %% link(self()) is allowed and does nothing.
    spawn(fun() -> Parent ! {self_link, link(self()), links(self())} end),
    receive {self_link, SL, SLs} -> io:format("link(self()): ~p ~p~n", [SL, SLs]) end,
    %% Several links; the dead one disappears from the list.
    {U, UR} = spawn_monitor(fun() ->
        process_flag(trap_exit, true),
        Ps = [spawn_link(fun() -> receive stop -> ok end end) || _ <- lists:seq(1, 4)],
        N1 = length(links(self())),
        hd(Ps) ! stop,
        H = hd(Ps),
        receive {'EXIT', H, normal} -> ok end,
        N2 = length(links(self())),
        [unlink(P) || P <- tl(Ps)],
        exit({N1, N2, length(links(self()))})
    end),
    receive {'DOWN', UR, process, U, Counts} -> io:format("link counts: ~p~n", [Counts]) end,
    io:format("unlink of a never-linked pid: ~p~n", [unlink(spawn(fun() -> ok end))]),
    io:format("link bad argument: ~p~n", [try link(not_a_pid) catch Cl:E -> {Cl, E} end]),
    io:format("unlink bad argument: ~p~n", [try unlink(42) catch Cl2:E2 -> {Cl2, E2} end]).
