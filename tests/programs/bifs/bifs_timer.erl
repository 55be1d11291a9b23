-module(bifs_timer).
-export([main/0, work/1]).

work(N) -> lists:sum(lists:seq(1, N)).

main() ->
    {T1, V1} = timer:tc(fun() -> work(1000) end),
    io:format("~p ~p~n", [is_integer(T1) andalso T1 >= 0, V1]),
    {T2, V2} = timer:tc(bifs_timer, work, [100]),
    io:format("~p ~p~n", [is_integer(T2), V2]),
    ok = timer:sleep(1),
    io:format("slept~n"),
    Mono1 = erlang:monotonic_time(),
    Mono2 = erlang:monotonic_time(millisecond),
    Sys = erlang:system_time(second),
    io:format("~p~n", [is_integer(Mono1) andalso is_integer(Mono2) andalso is_integer(Sys)]),
    io:format("~p~n", [Sys > 1600000000]),
    io:format("~p~n", [erlang:monotonic_time() >= Mono1]).
