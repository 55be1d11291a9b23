-module(proc_gc_under_load).
-export([main/0]).

%% A process whose heap is big enough to be collected off its scheduler
%% (on Joist's low-priority collector thread) still makes progress while
%% every scheduler is kept busy by spinning processes: a collection that
%% waits too long is taken over by a scheduler. (Before that, this program
%% never finished with 2 schedulers.)
spin(N) -> spin(N + 1).

build(0, Acc) -> Acc;
build(N, Acc) -> build(N - 1, [N | Acc]).

main() ->
    Spinners = [spawn(fun() -> spin(0) end) || _ <- [1, 2, 3]],
    Self = self(),
    spawn(fun() ->
                  Lengths = [length(build(200000, [])) || _ <- lists:seq(1, 3)],
                  Self ! {done, Lengths}
          end),
    receive {done, L} -> io:format("built lists of ~p elements~n", [L]) end,
    [exit(P, kill) || P <- Spinners],
    io:format("spinners stopped~n").
