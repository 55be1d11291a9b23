-module(proc_preempt_spinner).
-export([main/0]).

%% Preemption: processes in endless loops (no receive, no BIF that
%% blocks) do not stop another process from answering. Run with one
%% scheduler (CI does: JOIST_SCHEDULERS=1) this only works if the
%% spinners are preempted by reduction counting.
spin(N) -> spin(N + 1).

echo() ->
    receive
        {From, X} -> From ! {echo, X * X}, echo()
    end.

main() ->
    Spinners = [spawn(fun() -> spin(0) end) || _ <- [1, 2, 3]],
    E = spawn(fun echo/0),
    Answers = [begin E ! {self(), I}, receive {echo, A} -> A end end || I <- lists:seq(1, 20)],
    io:format("answers while 3 processes spin: ~p~n", [Answers]),
    %% A timer still fires on time enough to be received.
    erlang:send_after(5, self(), tick),
    receive tick -> io:format("tick arrived~n") end,
    [exit(S, kill) || S <- Spinners],
    io:format("spinners alive after kill: ~p~n", [[is_process_alive(S) || S <- Spinners]]).
