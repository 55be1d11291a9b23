-module(proc_halt_end).
-export([main/0]).

%% erlang:halt/0 at the end of main: everything printed before it (also by
%% other processes, since io:format returns only once the text is written)
%% appears in full; nothing after it runs.
main() ->
    Parent = self(),
    Pids = [spawn(fun() -> io:format("worker ~p says hello~n", [I]), Parent ! {done, self()} end) || I <- [1]],
    [receive {done, P} -> ok end || P <- Pids],
    [io:format("line ~p: ~s~n", [I, lists:duplicate(60, $=)]) || I <- lists:seq(1, 300)],
    io:put_chars("no newline before halt"),
    erlang:halt(),
    io:format("never printed~n").
