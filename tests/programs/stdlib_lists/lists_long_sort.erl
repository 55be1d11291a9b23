-module(lists_long_sort).
-export([main/0]).

%% lists:sort/1, usort/1 and keysort/2 on lists longer than the natives
%% sort in one go (Joist sorts those in chunks and merges them, a bounded
%% step per call, so the process can be preempted): the results must be
%% OTP's exactly, including the order of elements that compare equal but
%% differ (1 and 1.0), where OTP's sort/1 is not stable.
main() ->
    Sizes = [4095, 4096, 4097, 8193, 12289, 100000],
    [begin
         Ints = ints(N, N, 1000000),
         io:format("~p ints: ~p~n", [N, summary(lists:sort(Ints))]),
         io:format("~p ints usort: ~p~n", [N, summary(lists:usort(Ints))]),
         Few = ints(N, N + 1, 50),
         io:format("~p few values: ~p ~p~n",
                   [N, summary(lists:sort(Few)), summary(lists:usort(Few))])
     end || N <- Sizes],
    [begin
         Mixed = mixed(N, N + 2),
         io:format("~p mixed sort: ~p~n", [N, summary(lists:sort(Mixed))]),
         io:format("~p mixed usort: ~p~n", [N, summary(lists:usort(Mixed))]),
         Tuples = [{X, I} || {X, I} <- lists:zip(Mixed, lists:seq(1, N))],
         io:format("~p keysort 1: ~p~n", [N, summary(lists:keysort(1, Tuples))]),
         io:format("~p keysort 2: ~p~n", [N, summary(lists:keysort(2, Tuples))])
     end || N <- [5000, 20000]],
    Seq = lists:seq(1, 100000),
    io:format("sorted: ~p~n", [lists:sort(Seq) =:= Seq]),
    io:format("reversed: ~p~n", [lists:sort(lists:reverse(Seq)) =:= Seq]),
    io:format("usort of duplicates: ~p~n", [lists:usort(Seq ++ Seq) =:= Seq]),
    Same = lists:duplicate(50000, a) ++ lists:duplicate(50000, 1.0) ++ lists:duplicate(50000, 1),
    io:format("equal blocks: ~p ~p~n", [summary(lists:sort(Same)), lists:usort(Same)]),
    Alternating = lists:append(lists:duplicate(30000, [1, 1.0, 2.0, 2])),
    io:format("alternating: ~p ~p~n", [summary(lists:sort(Alternating)), lists:usort(Alternating)]),
    Terms = [element(I rem 7 + 1, {I, float(I), integer_to_list(I), {I}, [I], list_to_atom("a" ++ integer_to_list(I rem 100)), <<I:16>>})
             || I <- ints(20000, 3, 5000)],
    io:format("terms: ~p ~p~n", [summary(lists:sort(Terms)), summary(lists:usort(Terms))]),
    errors(Seq).

errors(Seq) ->
    Improper = Seq ++ tail,
    io:format("sort improper: ~p~n", [catch_error(fun() -> lists:sort(Improper) end)]),
    io:format("usort improper: ~p~n", [catch_error(fun() -> lists:usort(Improper) end)]),
    Tuples = [{I} || I <- Seq],
    io:format("keysort improper: ~p~n",
              [catch_error(fun() -> lists:keysort(1, Tuples ++ tail) end)]),
    io:format("keysort no key: ~p~n",
              [catch_error(fun() -> lists:keysort(1, Tuples ++ [{}]) end)]),
    io:format("keysort no key, improper: ~p~n",
              [catch_error(fun() -> lists:keysort(1, Tuples ++ [x | tail]) end)]),
    io:format("keysort key too far: ~p~n",
              [catch_error(fun() -> lists:keysort(2, Tuples) end)]).

catch_error(F) ->
    try F() of
        V -> {value, length(V)}
    catch
        error:R -> {error, R}
    end.

%% Length, ends and a hash that depends on the order of every element.
summary([]) -> empty;
summary(L) -> {length(L), hd(L), lists:last(L), erlang:phash2(L)}.

ints(N, Seed, Range) -> ints(N, Seed, Range, []).

ints(0, _, _, Acc) -> Acc;
ints(N, X, Range, Acc) ->
    X1 = (X * 1103515245 + 12345) rem 2147483648,
    ints(N - 1, X1, Range, [X1 rem Range | Acc]).

%% Integers, floats equal to them, and other terms, in a pseudo-random
%% order.
mixed(N, Seed) ->
    [case X rem 4 of
         0 -> X rem 97;
         1 -> float(X rem 97);
         2 -> X rem 1000;
         3 -> {X rem 13}
     end || X <- ints(N, Seed, 1000000)].
