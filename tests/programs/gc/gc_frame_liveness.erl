-module(gc_frame_liveness).
-export([main/0, churn/1]).

%% Frame slots that the collector may drop (their values are not read
%% after a call) next to slots that must survive it: values read after a
%% call, on one branch only, in a catch handler, after a receive, across
%% funs, apply and trapping BIFs, and in deep body recursion. Each call
%% allocates enough to collect several times, so a slot wrongly dropped
%% shows up as a wrong result.

main() ->
    io:format("~p~n", [straight(5000)]),
    io:format("~p~n", [branches(a, 5000)]),
    io:format("~p~n", [branches(b, 5000)]),
    io:format("~p~n", [handler_reads(5000)]),
    io:format("~p~n", [catch_loop(20, 0)]),
    io:format("~p~n", [nested_try(3000)]),
    io:format("~p~n", [after_receive(4000)]),
    io:format("~p~n", [through_funs(4000)]),
    io:format("~p~n", [trapping(100000)]),
    io:format("~p~n", [deep(3000)]),
    io:format("~p~n", [overwritten(4000)]).

%% Allocates N cons cells and tuples that die at once.
churn(N) -> length([{I} || I <- lists:seq(1, N)]).

id(X) -> X.

straight(N) ->
    Big = lists:seq(1, N),
    Small = {N, N},
    K = id(1),
    S1 = lists:sum(Big) + K,
    C1 = churn(N),
    {A, B} = Small,
    C2 = churn(N),
    {S1, C1, C2, A + B}.

branches(Which, N) ->
    L1 = lists:seq(1, N),
    L2 = lists:reverse(L1),
    C = churn(N),
    case Which of
        a -> {a, C, hd(L1), churn(N)};
        b -> {b, C, churn(N), hd(L2)}
    end.

handler_reads(N) ->
    Saved = lists:seq(1, N),
    Other = lists:seq(N, 2 * N),
    Len = length(Other),
    try
        _ = churn(N),
        _ = churn(Len),
        throw(oops)
    catch
        throw:oops -> {caught, length(Saved), lists:last(Saved)}
    end.

catch_loop(0, Acc) -> Acc;
catch_loop(K, Acc) ->
    Keep = lists:seq(1, 500),
    R = (catch risky(K)),
    _ = churn(1000),
    catch_loop(K - 1, Acc + length(Keep) + value(R)).

risky(K) when K rem 3 =:= 0 -> _ = churn(2000), error(bad);
risky(K) when K rem 3 =:= 1 -> _ = churn(2000), throw(K);
risky(K) -> _ = churn(2000), K * 10.

value({'EXIT', {bad, _}}) -> 1000;
value(X) when is_integer(X) -> X.

nested_try(N) ->
    Outer = lists:seq(1, N),
    try
        Inner = lists:seq(1, N div 2),
        try
            _ = churn(N),
            error(inner)
        catch
            error:inner -> _ = churn(N), exit({len, length(Inner)})
        end
    catch
        exit:{len, L} -> {L, length(Outer), churn(N)}
    end.

after_receive(N) ->
    Big = lists:seq(1, N),
    Kept = {kept, N},
    self() ! {msg, length(Big)},
    _ = churn(N),
    receive
        {msg, M} -> {M, churn(N), Kept}
    after 1000 -> timeout
    end.

through_funs(N) ->
    Base = lists:seq(1, N),
    F = fun(X) -> churn(X) + length(Base) end,
    Dead = lists:seq(1, N),
    D = length(Dead),
    R1 = F(N),
    M = id(gc_frame_liveness),
    R2 = M:churn(N) + apply(M, churn, [N]) - N,
    R3 = erlang:apply(F, [N]),
    {R1, R2, R3, D, length(Base)}.

trapping(N) ->
    L = lists:seq(1, N),
    Dead = lists:seq(1, N),
    D = length(Dead),
    L2 = L ++ L,
    Len = length(L2),
    Rest = L2 -- L,
    {D, Len, length(Rest), lists:sum(L)}.

deep(0) -> 0;
deep(N) ->
    Here = lists:seq(1, 5),
    Gone = lists:seq(1, 50),
    G = length(Gone),
    Rest = deep(N - 1),
    hd(Here) + G + Rest.

overwritten(N) ->
    X0 = lists:seq(1, N),
    A = length(X0),
    X1 = id(lists:seq(1, N div 2)),
    _ = churn(N),
    B = length(X1),
    {A, B}.
