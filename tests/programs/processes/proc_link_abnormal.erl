-module(proc_link_abnormal).
-export([main/0]).

%% An abnormal exit propagates over links to processes that do not trap
%% exits: they die with the same reason.
watch(F) ->
    {P, R} = spawn_monitor(F),
    receive {'DOWN', R, process, P, Reason} -> Reason end.

main() ->
    Reasons = [boom, {error, 42}, "string reason", shutdown, {shutdown, why}],
    lists:foreach(
      fun(Reason) ->
              Got = watch(fun() ->
                              spawn_link(fun() -> exit(Reason) end),
                              receive after 5000 -> exit(not_killed) end
                      end),
              io:format("~p -> ~p~n", [Reason, Got])
      end, Reasons),
    %% An error in the linked process: the link carries {Reason, Stack}.
    Got = watch(fun() ->
                    spawn_link(fun() -> erlang:error(crashed) end),
                    receive after 5000 -> exit(not_killed) end
                end),
    io:format("error -> ~p (with a stack: ~p)~n", [element(1, Got), is_list(element(2, Got))]),
    %% The process that set up the link does not matter: link is symmetric.
    Parent = self(),
    Got2 = watch(fun() ->
                     Me = self(),
                     spawn(fun() -> link(Me), Parent ! linked, exit(from_child) end),
                     receive after 5000 -> exit(not_killed) end
                 end),
    io:format("link made by the child -> ~p~n", [Got2]),
    receive linked -> ok end,
    %% Propagation through several hops.
    Got3 = watch(fun() ->
                     spawn_link(fun() ->
                                    spawn_link(fun() ->
                                                   spawn_link(fun() -> exit(deep) end),
                                                   receive after 5000 -> ok end
                                               end),
                                    receive after 5000 -> ok end
                                end),
                     receive after 5000 -> exit(not_killed) end
                 end),
    io:format("three hops -> ~p~n", [Got3]).
