-module(proc_dict_info).
-export([main/0]).

%% Reading another process's dictionary with process_info(P, dictionary).
main() ->
    Parent = self(),
    P = spawn(fun() ->
                      put(name, <<"worker">>),
                      put({complex, key}, [1, 2, 3]),
                      put(n, 42),
                      Parent ! ready,
                      receive stop -> ok end
              end),
    receive ready -> ok end,
    {dictionary, D} = process_info(P, dictionary),
    io:format("~p~n", [lists:sort(D)]),
    Fresh = spawn(fun() -> receive stop -> ok end end),
    io:format("fresh process: ~p~n", [process_info(Fresh, dictionary)]),
    P ! stop, Fresh ! stop,
    {D2, R2} = spawn_monitor(fun() -> put(a, 1) end),
    receive {'DOWN', R2, process, D2, normal} -> ok end,
    io:format("dead process: ~p~n", [process_info(D2, dictionary)]).
