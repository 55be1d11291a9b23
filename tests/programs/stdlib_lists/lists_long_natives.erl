-module(lists_long_natives).
-export([main/0]).

%% Native list functions on lists longer than the chunk they handle in one
%% go (Joist continues them through an Erlang call every 65,536 elements,
%% so the process can be preempted): results must not change.
main() ->
    L = lists:seq(1, 300000),
    R = lists:reverse(L),
    io:format("reverse/1: ~p ~p ~p~n", [hd(R), lists:last(R), length(R)]),
    R2 = lists:reverse(L, [tail]),
    io:format("reverse/2: ~p ~p~n", [hd(R2), lists:nthtail(299999, R2)]),
    io:format("member: ~p ~p ~p~n", [lists:member(299999, L), lists:member(1, L), lists:member(x, L)]),
    T = [{I, I * 2} || I <- L],
    io:format("keyfind: ~p ~p~n", [lists:keyfind(299999, 1, T), lists:keyfind(x, 1, T)]),
    io:format("keymember: ~p ~p~n", [lists:keymember(200000, 1, T), lists:keymember(x, 1, T)]),
    io:format("keysearch: ~p ~p~n", [lists:keysearch(600000, 2, T), lists:keysearch(x, 2, T)]),
    Bad = lists:seq(1, 100000) ++ foo,
    io:format("improper: ~p ~p~n", [catch_class(fun() -> lists:reverse(Bad, []) end),
                                    catch_class(fun() -> lists:member(x, Bad) end)]).

catch_class(F) ->
    try F() catch error:E -> {error, E} end.
