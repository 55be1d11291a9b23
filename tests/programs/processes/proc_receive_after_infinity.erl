-module(proc_receive_after_infinity).
-export([main/0]).

%% receive ... after infinity waits for a message like a plain receive.
main() ->
    Parent = self(),
    spawn(fun() -> receive after 30 -> Parent ! wake_up end end),
    R1 = receive wake_up -> woke after infinity -> impossible end,
    io:format("~p~n", [R1]),
    %% infinity held in a variable.
    T = infinity,
    spawn(fun() -> Parent ! {value, 7} end),
    R2 = receive {value, V} -> V after T -> impossible end,
    io:format("~p~n", [R2]),
    %% A function choosing between a finite and an infinite timeout.
    Wait = fun(Timeout) -> receive {ping, X} -> {pong, X} after Timeout -> timeout end end,
    io:format("~p~n", [Wait(0)]),
    self() ! {ping, 1},
    io:format("~p~n", [Wait(infinity)]),
    spawn(fun() -> receive after 10 -> Parent ! {ping, 2} end end),
    io:format("~p~n", [Wait(infinity)]).
