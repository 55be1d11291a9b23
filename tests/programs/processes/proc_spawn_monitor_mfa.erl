-module(proc_spawn_monitor_mfa).
-export([main/0, job/1]).

job(N) when N > 0 -> exit({result, lists:sum(lists:seq(1, N))});
job(_) -> erlang:error(bad_input).

main() ->
    Jobs = [10, 100, 1000],
    Monitors = [{N, spawn_monitor(proc_spawn_monitor_mfa, job, [N])} || N <- Jobs],
    lists:foreach(
      fun({N, {P, R}}) ->
              receive {'DOWN', R, process, P, {result, S}} -> io:format("job(~p) = ~p~n", [N, S]) end
      end, Monitors),
    {P, R} = spawn_monitor(proc_spawn_monitor_mfa, job, [0]),
    receive
        {'DOWN', R, process, P, {bad_input, Stack}} ->
            io:format("job(0) error: bad_input, stack is a list: ~p~n", [is_list(Stack)])
    end,
    {P2, R2} = spawn_monitor(proc_spawn_monitor_mfa, missing, []),
    receive
        {'DOWN', R2, process, P2, {undef, [{Mod, Fun, Args, _} | _]}} ->
            io:format("missing function: ~p ~p ~p~n", [Mod, Fun, Args])
    end.
