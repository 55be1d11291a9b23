-module(proc_send_huge).
-export([main/0]).

%% Messages too big to copy in one step (Joist copies them over several
%% slices): they arrive whole and in order with the sender's other
%% messages, whichever way they are sent.

main() ->
    Big = [{I, integer_to_list(I), float(I)} || I <- lists:seq(1, 300000)],
    Deep = nest(100000),
    Self = self(),
    R = spawn(fun() -> receiver(Self, 8) end),
    R ! first,
    R ! Big,
    erlang:send(R, {tagged, Big}),
    apply(erlang, send, [R, Deep]),
    register(proc_send_huge_receiver, R),
    proc_send_huge_receiver ! {Big, Big},
    F = fun erlang:send/2,
    F(R, lists:reverse(Big)),
    [R ! N || N <- [last, done]],
    receive {R, Results} -> [io:format("~p~n", [X]) || X <- Results] end,
    Dead = spawn(fun() -> ok end),
    Ref = monitor(process, Dead),
    receive {'DOWN', Ref, process, Dead, _} -> ok end,
    io:format("to a dead process: ~p~n", [length(Dead ! Big)]),
    io:format("sender still has it: ~p~n", [summary(Big)]).

nest(0) -> leaf;
nest(N) -> {N, nest(N - 1)}.

depth(leaf) -> 0;
depth({_, T}) -> 1 + depth(T).

summary(L) when is_list(L) ->
    {length(L), lists:sum([I || {I, _, _} <- L]),
     lists:sum([length(S) || {_, S, _} <- L]), lists:sum([F || {_, _, F} <- L])};
summary({tagged, L}) -> {tagged, summary(L)};
summary({A, B}) when is_list(A) -> {pair, summary(A), A =:= B};
summary(T) when is_tuple(T) -> {depth, depth(T)};
summary(A) -> A.

receiver(Parent, N) -> receiver(Parent, N, []).

receiver(Parent, 0, Acc) -> Parent ! {self(), lists:reverse(Acc)};
receiver(Parent, N, Acc) ->
    receive M -> receiver(Parent, N - 1, [summary(M) | Acc]) end.
