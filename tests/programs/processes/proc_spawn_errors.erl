-module(proc_spawn_errors).
-export([main/0]).

%% Errors raised by the spawn BIFs themselves (in the caller), as opposed to
%% errors of the new process.
main() ->
    show(spawn1_atom, fun() -> spawn(not_a_fun) end),
    show(spawn3_args_not_list, fun() -> spawn(lists, reverse, not_a_list) end),
    show(spawn3_bad_module, fun() -> spawn("lists", reverse, [[]]) end),
    show(spawn_link_atom, fun() -> spawn_link(42) end),
    show(spawn_monitor_atom, fun() -> spawn_monitor(nope) end),
    %% spawn/3 of a missing module or function is not an error in the caller.
    show(spawn3_missing, fun() -> is_pid(spawn(no_such_module_xyz, f, [])) end),
    ok.

show(Tag, F) ->
    R = try F() of
            V -> {ok, V}
        catch
            Class:Reason -> {Class, Reason}
        end,
    io:format("~p: ~p~n", [Tag, R]).
