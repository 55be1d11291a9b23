-module(tail_accumulators).
-export([main/0]).

rev(L) -> rev(L, []).
rev([], Acc) -> Acc;
rev([H | T], Acc) -> rev(T, [H | Acc]).

sum_sq(L) -> sum_sq(L, 0).
sum_sq([], Acc) -> Acc;
sum_sq([H | T], Acc) -> sum_sq(T, Acc + H * H).

partition(P, L) -> partition(P, L, [], []).
partition(_, [], Yes, No) -> {rev(Yes), rev(No)};
partition(P, [H | T], Yes, No) ->
    case P(H) of
        true -> partition(P, T, [H | Yes], No);
        false -> partition(P, T, Yes, [H | No])
    end.

fact(N) -> fact(N, 1).
fact(0, Acc) -> Acc;
fact(N, Acc) -> fact(N - 1, Acc * N).

main() ->
    L = lists:seq(1, 1000000),
    R = rev(L),
    io:format("~p~n", [{hd(R), length(R)}]),
    io:format("~p~n", [sum_sq(L)]),
    {Evens, Odds} = partition(fun(X) -> X rem 2 =:= 0 end, lists:seq(1, 20)),
    io:format("~p~n~p~n", [Evens, Odds]),
    io:format("~p~n", [fact(25)]),
    %% case/try in tail position
    io:format("~p~n", [tail_case(1000000)]),
    io:format("~p~n", [tail_in_catch(10)]).

tail_case(0) -> finished;
tail_case(N) ->
    case N rem 2 of
        0 -> tail_case(N - 1);
        1 -> if N > 0 -> tail_case(N - 1) end
    end.

%% calls inside try are not tail calls but must still work
tail_in_catch(0) -> bottom;
tail_in_catch(N) -> try tail_in_catch(N - 1) catch _:_ -> error end.
