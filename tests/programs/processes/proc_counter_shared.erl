-module(proc_counter_shared).
-export([main/0]).

%% 100 client processes each increment a shared counter server 100 times
%% with synchronous calls; the server serialises the updates, so none is
%% lost. Each client also checks that the values it saw increase.
counter(N) ->
    receive
        {incr, From, Ref} -> From ! {Ref, N + 1}, counter(N + 1);
        {get, From, Ref} -> From ! {Ref, N}, counter(N)
    end.

call(S, Tag) ->
    Ref = make_ref(),
    S ! {Tag, self(), Ref},
    receive {Ref, V} -> V end.

client(S, Parent, K) ->
    Seen = [call(S, incr) || _ <- lists:seq(1, K)],
    Parent ! {client_done, self(), Seen =:= lists:sort(Seen) andalso length(lists:usort(Seen)) =:= K}.

main() ->
    Parent = self(),
    S = spawn(fun() -> counter(0) end),
    Clients = [spawn(fun() -> client(S, Parent, 100) end) || _ <- lists:seq(1, 100)],
    Oks = [receive {client_done, C, Ok} -> Ok end || C <- Clients],
    io:format("clients saw increasing values: ~p~n", [lists:usort(Oks)]),
    io:format("final count: ~p~n", [call(S, get)]).
