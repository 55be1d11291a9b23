-module(proc_dirty_bignum).
-export([main/0]).

%% Products, quotients and remainders of huge integers, and conversions of
%% huge integers to and from text (Joist runs these as dirty jobs off the
%% scheduler): the results, in a body, in a guard, through apply and funs,
%% while other processes run.

main() ->
    A = pow(7, 40000),
    B = pow(3, 41000) + 12345,
    Parent = self(),
    Others = [spawn(fun() -> Parent ! {self(), busy(20000, 0)} end) || _ <- [1, 2, 3]],
    P = A * B,
    io:format("product digits ~p~n", [length(integer_to_list(P))]),
    io:format("div/rem: ~p ~p~n", [P div B =:= A, P rem A]),
    Q = (P + 17) div (-A),
    R = (P + 17) rem (-A),
    io:format("negative: ~p ~p~n", [Q =:= -B, R]),
    io:format("guard: ~p~n", [classify(A, B)]),
    io:format("apply: ~p~n", [apply(erlang, '*', [A, B]) =:= P]),
    L = integer_to_list(P),
    io:format("text: ~s...~s~n", [lists:sublist(L, 12), lists:nthtail(length(L) - 12, L)]),
    io:format("round trip: ~p~n", [list_to_integer(L) =:= P]),
    Hex = apply(erlang, integer_to_binary, [-P, 16]),
    io:format("hex: ~p ~s~n", [byte_size(Hex), lists:sublist(binary_to_list(Hex), 12)]),
    F = fun erlang:binary_to_integer/2,
    io:format("hex back: ~p~n", [F(Hex, 16) =:= -P]),
    L36 = integer_to_list(P, 36),
    io:format("base 36: ~p ~p~n", [length(L36), list_to_integer(L36, 36) =:= P]),
    io:format("bad digit: ~p~n", [case catch list_to_integer(L ++ "x") of {'EXIT', {Why, _}} -> Why end]),
    [receive {O, N} -> io:format("other: ~p~n", [N]) end || O <- Others],
    ok.

classify(X, Y) when X * Y > Y * Y -> bigger;
classify(_, _) -> smaller.

busy(0, Acc) -> Acc;
busy(N, Acc) -> busy(N - 1, Acc + N rem 7).

pow(_, 0) -> 1;
pow(B, E) when E rem 2 =:= 0 -> X = pow(B, E div 2), X * X;
pow(B, E) -> B * pow(B, E - 1).
