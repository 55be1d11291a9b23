-module(proc_registered_bif).
-export([main/0]).

%% erlang:registered/0 lists the registered names (only our own names are
%% looked at: the runtime registers names of its own).
main() ->
    Names = [proc_regbif_a, proc_regbif_b, proc_regbif_c],
    Pids = [spawn(fun() -> receive stop -> ok end end) || _ <- Names],
    [register(N, P) || {N, P} <- lists:zip(Names, Pids)],
    All = registered(),
    io:format("is a list of atoms: ~p~n", [is_list(All) andalso lists:all(fun is_atom/1, All)]),
    io:format("ours: ~p~n", [lists:sort([N || N <- All, lists:member(N, Names)])]),
    unregister(proc_regbif_b),
    io:format("after unregister: ~p~n", [lists:sort([N || N <- registered(), lists:member(N, Names)])]),
    [P ! stop || P <- Pids],
    [begin M = monitor(process, P), receive {'DOWN', M, _, _, _} -> ok end end || P <- Pids],
    io:format("after exit: ~p~n", [[N || N <- registered(), lists:member(N, Names)]]),
    io:format("no duplicates: ~p~n", [length(registered()) =:= length(lists:usort(registered()))]).
