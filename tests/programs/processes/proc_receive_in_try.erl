-module(proc_receive_in_try).
-export([main/0]).

%% receive inside try: errors raised in a receive clause body are caught;
%% the `after` of try runs; the message is consumed even when its clause
%% body raises.
handle() ->
    try
        receive
            {div_by, N} -> 100 div N;
            {throw, T} -> throw(T);
            {exit, E} -> exit(E);
            {ok, V} -> V
        after 100 -> timed_out
        end
    of
        Result -> {ok, Result}
    catch
        error:badarith -> {caught, badarith};
        throw:Thrown -> {caught_throw, Thrown};
        exit:Ex -> {caught_exit, Ex}
    after
        self() ! after_ran
    end.

main() ->
    Msgs = [{div_by, 5}, {div_by, 0}, {throw, oops}, {exit, bye}, {ok, 1}],
    [self() ! M || M <- Msgs],
    lists:foreach(
      fun(_) ->
              R = handle(),
              receive after_ran -> ok end,
              io:format("~p~n", [R])
      end, Msgs),
    io:format("~p~n", [handle()]),
    receive after_ran -> ok end,
    %% A receive in a catch expression.
    self() ! {div_by, 0},
    C = (catch receive {div_by, N} -> 1 div N end),
    io:format("catch: ~p~n", [element(1, element(2, C))]),
    %% A try inside a receive clause.
    self() ! {parse, "123"}, self() ! {parse, "abc"},
    [io:format("parse: ~p~n", [receive {parse, S} -> try list_to_integer(S) catch error:badarg -> bad end end]) || _ <- [1, 2]],
    io:format("mailbox: ~p~n", [receive X -> X after 0 -> empty end]).
