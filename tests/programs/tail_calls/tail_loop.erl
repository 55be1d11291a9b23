-module(tail_loop).
-export([main/0]).

%% Ten million iterations in constant stack space.
loop(0, Acc) -> Acc;
loop(N, Acc) -> loop(N - 1, Acc + 1).

count_down(0) -> done;
count_down(N) -> count_down(N - 1).

main() ->
    io:format("~p~n", [loop(10000000, 0)]),
    io:format("~p~n", [count_down(10000000)]).
