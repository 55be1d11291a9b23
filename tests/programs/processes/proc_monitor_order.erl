-module(proc_monitor_order).
-export([main/0]).

%% Signals from one process to another are ordered: the messages a process
%% sends before it dies arrive before its 'DOWN' and before its
%% {'EXIT', ...} message.
main() ->
    Parent = self(),
    {P, R} = spawn_monitor(fun() -> [Parent ! {data, I} || I <- lists:seq(1, 100)], exit(done) end),
    Got = collect(R, []),
    io:format("messages before DOWN: ~p, in order: ~p~n", [length(Got), Got =:= lists:seq(1, 100)]),
    _ = P,
    %% Same with a link in a trapping process.
    {T, TR} = spawn_monitor(fun() ->
        process_flag(trap_exit, true),
        Me = self(),
        C = spawn_link(fun() -> [Me ! {data, I} || I <- lists:seq(1, 50)], exit(bye) end),
        Seq = collect_exit(C, []),
        exit({length(Seq), Seq =:= lists:seq(1, 50)})
    end),
    receive {'DOWN', TR, process, T, Res} -> io:format("messages before EXIT: ~p~n", [Res]) end,
    %% A reply sent just before exiting is never lost.
    Replies = [begin
                   {Q, QR} = spawn_monitor(fun() -> Parent ! {reply, I}, exit(normal) end),
                   receive {'DOWN', QR, process, Q, normal} -> receive {reply, I} -> ok after 0 -> lost end end
               end || I <- lists:seq(1, 200)],
    io:format("replies before DOWN: ~p~n", [lists:usort(Replies)]).

collect(R, Acc) ->
    receive
        {data, I} -> collect(R, [I | Acc]);
        {'DOWN', R, process, _, done} -> lists:reverse(Acc)
    end.

collect_exit(C, Acc) ->
    receive
        {data, I} -> collect_exit(C, [I | Acc]);
        {'EXIT', C, bye} -> lists:reverse(Acc)
    end.
