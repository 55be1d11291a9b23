-module(proc_preempt_long_walks).
-export([main/0]).

%% Preemption inside one call of a lists function that walks or builds a
%% whole list (lists:seq/2, zip/2, flatten/1, delete/2, sum/1, ..., --
%% with a long right-hand side, and the conversions between lists and
%% binaries): a process running it on a
%% 1,000,000-element list does not stop another process from answering
%% meanwhile. As in proc_preempt_long_bifs, the worker says `started`
%% right before the call and `done` right after (messages built
%% beforehand); with one scheduler (CI runs JOIST_SCHEDULERS=1) the echo
%% answers in between only if the call lets the worker be preempted in
%% the middle (OTP's, written in Erlang, can be preempted at every call;
%% Joist's natives trap every 65,536 elements).
echo() ->
    receive
        {From, X} -> From ! {echo, X}, echo()
    end.

%% Long lists, built by loops that can be preempted anywhere.
build(0, Acc) -> Acc;
build(N, Acc) -> build(N - 1, [N | Acc]).

pairs([], Acc) -> Acc;
pairs([X | Xs], Acc) -> pairs(Xs, [{X, X} | Acc]).

nest([], Acc) -> Acc;
nest([X | Xs], Acc) -> nest(Xs, [[X], Acc]).

bytes([], Acc) -> Acc;
bytes([X | Xs], Acc) -> bytes(Xs, [X band 255 | Acc]).

every_third([A, _, _ | T], Acc) -> every_third(T, [A | Acc]);
every_third(_, Acc) -> Acc.

n() -> 1000000.

input(subtract_long, L) -> {L, every_third(L, [])};
input(zip, L) -> {L, L};
input(unzip, L) -> pairs(L, []);
input(keystore, L) -> pairs(L, []);
input(flatten, L) -> nest(L, []);
input(binary_to_list, L) ->
    %% 4,000,000 bytes: OTP converts a million too fast for the echo to
    %% answer reliably with several schedulers.
    B = list_to_binary(bytes(L, [])),
    <<B/binary, B/binary, B/binary, B/binary>>;
input(list_to_binary, L) -> bytes(L, []);
input(iolist_to_binary, L) -> nest(bytes(L, []), []);
input(_, L) -> L.

op(seq, _) -> lists:seq(1, n());
op(seq3, _) -> lists:seq(n(), 1, -1);
op(duplicate, _) -> lists:duplicate(n(), x);
op(subtract_long, {A, B}) -> A -- B;
op(zip, {A, B}) -> lists:zip(A, B);
op(unzip, P) -> lists:unzip(P);
op(flatten, D) -> lists:flatten(D);
op(delete, L) -> lists:delete(n(), L);
op(keystore, P) -> lists:keystore(missing, 1, P, {missing, 0});
op(sum, L) -> lists:sum(L);
op(max, L) -> lists:max(L);
op(last, L) -> lists:last(L);
op(nth, L) -> lists:nth(n(), L);
op(nthtail, L) -> lists:nthtail(n(), L);
op(prefix, L) -> lists:prefix(L, L);
op(sublist, L) -> lists:sublist(L, n() - 1);
op(split, L) -> lists:split(n() - 1, L);
op(droplast, L) -> lists:droplast(L);
op(binary_to_list, B) -> binary_to_list(B);
op(list_to_binary, L) -> list_to_binary(L);
op(iolist_to_binary, L) -> iolist_to_binary(L).

summary(R) when is_list(R) -> {list, length(R), erlang:phash2(R)};
summary(R) -> erlang:phash2(R).

worker(Main, Op) ->
    In = input(Op, build(n(), [])),
    {Started, Done} = {{started, self()}, {done, self()}},
    Main ! Started,
    R = op(Op, In),
    Main ! Done,
    Main ! {result, self(), summary(R)}.

%% Pings the echo until the worker is done; returns the answers counted.
ping(Echo, W, N) ->
    Echo ! {self(), N},
    receive
        {done, W} ->
            receive {echo, N} -> N end;
        {echo, N} ->
            ping(Echo, W, N + 1)
    end.

run(Op, Echo) ->
    Self = self(),
    W = spawn(fun() -> worker(Self, Op) end),
    receive {started, W} -> ok end,
    Answers = ping(Echo, W, 0),
    receive {result, W, V} -> ok end,
    io:format("~p: result ~p, echo answered meanwhile: ~p~n", [Op, V, answered(Answers)]).

%% Whether the echo answered while the worker ran. With several schedulers
%% the two run in parallel, and which finishes first is up to the OS (with
%% 8 schedulers on a loaded 2-core machine the worker sometimes does): the
%% property is checked with one scheduler, where only preemption lets the
%% echo answer (CI runs these programs with JOIST_SCHEDULERS=1).
answered(Answers) -> Answers > 0 orelse erlang:system_info(schedulers) > 1.

main() ->
    Echo = spawn(fun echo/0),
    [run(Op, Echo) || Op <- [seq, seq3, duplicate, subtract_long, zip, unzip, flatten,
                            delete, keystore, sum, max, last, nth, nthtail, prefix,
                            sublist, split, droplast, binary_to_list,
                            list_to_binary, iolist_to_binary]],
    exit(Echo, kill),
    io:format("done~n").
