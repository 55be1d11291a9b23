-module(proc_echo_server).
-export([main/0]).

%% A stateful server: a counter and a key/value store in the loop arguments,
%% with synchronous calls (reply tagged with a fresh reference).
start() -> spawn(fun() -> loop(0, #{}) end).

loop(Count, Store) ->
    receive
        {call, From, Ref, Req} ->
            {Reply, Store2} = handle(Req, Store),
            From ! {Ref, Reply},
            loop(Count + 1, Store2);
        {cast, {put, K, V}} ->
            loop(Count + 1, Store#{K => V});
        {stop, From, Ref} ->
            From ! {Ref, {stopped_after, Count}}
    end.

handle({get, K}, S) -> {maps:get(K, S, undefined), S};
handle({put, K, V}, S) -> {ok, S#{K => V}};
handle(keys, S) -> {lists:sort(maps:keys(S)), S};
handle({delete, K}, S) -> {ok, maps:remove(K, S)}.

call(P, Req) ->
    Ref = make_ref(),
    P ! {call, self(), Ref, Req},
    receive {Ref, Reply} -> Reply end.

main() ->
    S = start(),
    io:format("~p~n", [call(S, {put, a, 1})]),
    io:format("~p~n", [call(S, {get, a})]),
    io:format("~p~n", [call(S, {get, b})]),
    S ! {cast, {put, b, 2}},
    S ! {cast, {put, c, 3}},
    %% Casts from this process are handled before the following call.
    io:format("~p~n", [call(S, keys)]),
    io:format("~p~n", [call(S, {delete, a})]),
    io:format("~p~n", [call(S, keys)]),
    Ref = make_ref(),
    S ! {stop, self(), Ref},
    receive {Ref, R} -> io:format("~p~n", [R]) end.
