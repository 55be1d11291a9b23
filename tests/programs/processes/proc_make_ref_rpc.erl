-module(proc_make_ref_rpc).
-export([main/0]).

%% make_ref/0 for request/reply: references are unique, comparable and a
%% reply carrying the request's reference is picked out of a busy mailbox.
main() ->
    Refs = [make_ref() || _ <- lists:seq(1, 1000)],
    io:format("all references: ~p~n", [lists:all(fun is_reference/1, Refs)]),
    io:format("all distinct: ~p~n", [length(lists:usort(Refs)) =:= 1000]),
    R = make_ref(),
    io:format("equal to itself: ~p, to another: ~p~n", [R =:= R, R =:= make_ref()]),
    %% References made by different processes are distinct too.
    Parent = self(),
    [spawn(fun() -> Parent ! {ref, make_ref()} end) || _ <- lists:seq(1, 100)],
    Remote = [receive {ref, X} -> X end || _ <- lists:seq(1, 100)],
    io:format("remote refs distinct from local: ~p~n", [length(lists:usort(Remote ++ Refs)) =:= 1100]),
    %% Request/reply with unrelated traffic in the mailbox.
    Server = spawn(fun Loop() -> receive {req, From, Ref, N} -> From ! {reply, Ref, N * N}, Loop() end end),
    [self() ! {reply, make_ref(), noise} || _ <- lists:seq(1, 10)],
    Ask = fun(N) ->
                  Ref = make_ref(),
                  Server ! {req, self(), Ref, N},
                  receive {reply, Ref, V} -> V end
          end,
    io:format("answers: ~p~n", [[Ask(N) || N <- lists:seq(1, 10)]]),
    Noise = [receive {reply, _, noise} -> 1 after 0 -> 0 end || _ <- lists:seq(1, 11)],
    io:format("noise messages left: ~p~n", [lists:sum(Noise)]),
    %% Requests issued concurrently, replies matched by reference in reverse order.
    Reqs = [begin Ref = make_ref(), Server ! {req, self(), Ref, N}, {N, Ref} end || N <- lists:seq(1, 5)],
    io:format("reverse order: ~p~n", [[receive {reply, Ref, V} -> {N, V} end || {N, Ref} <- lists:reverse(Reqs)]]).
