-module(proc_halt_status).
-export([main/0]).

%% erlang:halt(0) called by a process other than main stops the whole
%% program at once with exit status 0: main, blocked in receive, never
%% prints again.
main() ->
    io:format("main starts the child~n"),
    P = spawn(fun() ->
                      receive go -> ok end,
                      io:format("child prints, then halts~n"),
                      erlang:halt(0)
              end),
    P ! go,
    receive never -> io:format("main: never printed~n") end.
