-module(proc_trap_exit_many).
-export([main/0]).

%% One trapping process linked to 100 children that end in different ways.
%% The {'EXIT', Pid, Reason} messages are matched by pid so the result
%% does not depend on the order in which the children end.
main() ->
    Parent = self(),
    {T, TR} = spawn_monitor(fun() ->
        process_flag(trap_exit, true),
        Children = [{I, spawn_link(fun() -> finish(I) end)} || I <- lists:seq(1, 100)],
        Reasons = [{I, receive {'EXIT', P, R} -> shape(R) end} || {I, P} <- Children],
        Parent ! {reasons, Reasons}
    end),
    receive {reasons, Rs} ->
            Counts = lists:foldl(fun({_, R}, M) -> maps:update_with(R, fun(C) -> C + 1 end, 1, M) end, #{}, Rs),
            [io:format("~p: ~p~n", [K, V]) || {K, V} <- lists:sort(maps:to_list(Counts))],
            io:format("first five: ~w~n", [lists:sublist(Rs, 5)])
    end,
    receive {'DOWN', TR, process, T, Why} -> io:format("trapper ended: ~p~n", [Why]) end.

finish(I) ->
    case I rem 5 of
        0 -> ok;
        1 -> exit({code, I rem 3});
        2 -> erlang:error(failed);
        3 -> throw(thrown);
        4 -> exit(self(), kill)
    end.

shape({R, [T | _]}) when is_tuple(T) -> {R, stack};
shape(R) -> R.
