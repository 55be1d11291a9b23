-module(maps_large).
-export([main/0]).

%% Maps far past 32 keys (hash array mapped tries in BEAM, and in Joist):
%% a 100,000-key map built one key at a time, read, updated, shrunk, and
%% compared with the same map built other ways. Output is sizes, sums and
%% sorted slices only, except one 40-key map with integer keys, whose
%% iteration order Joist reproduces (docs/compatibility.md).

main() ->
    N = 100000,
    M = put_loop(0, N, #{}),
    io:format("size ~p~n", [maps:size(M)]),
    io:format("get ~p ~p ~p~n", [maps:get(0, M), maps:get(N - 1, M), maps:get(31337, M)]),
    io:format("find ~p ~p~n", [maps:find(N, M), maps:find(12345, M)]),
    io:format("is_key ~p ~p ~p~n",
              [maps:is_key(5, M), maps:is_key(5.0, M), is_map_key(77777, M)]),
    io:format("match ~p~n", [match(M)]),

    %% The same contents built three other ways.
    S = syntax_loop(N - 1, M#{}),
    L = maps:from_list(pairs(0, N, [])),
    Grown = maps:without(lists:seq(N, N + 999), put_loop(N, N + 1000, L)),
    io:format("equal ~p ~p ~p ~p~n", [S =:= M, L =:= M, Grown =:= M, L == M]),
    io:format("compare ~p ~p~n", [M < L, M > L]),

    {SumK, SumV} = maps:fold(fun(K, V, {A, B}) -> {A + K, B + V} end, {0, 0}, M),
    io:format("fold ~p ~p~n", [SumK, SumV]),

    U = update_evens(0, N, M),
    io:format("update ~p ~p ~p ~p~n",
              [maps:get(10, U), maps:get(11, U), maps:size(U), U =:= M]),
    U2 = maps:update_with(7, fun(V) -> V + 1000 end, maps:update(8, eight, M)),
    io:format("update_with ~p ~p~n", [maps:get(7, U2), maps:get(8, U2)]),
    io:format("badkey ~p~n", [try M#{N := 1} catch error:Reason -> Reason end]),

    R = remove_loop(0, N div 2, M),
    io:format("remove ~p ~p ~p ~p~n",
              [maps:size(R), maps:is_key(0, R), maps:get(N div 2, R), maps:remove(-5, R) =:= R]),
    {Taken, T} = maps:take(99998, M),
    io:format("take ~p ~p ~p~n", [Taken, maps:size(T), maps:find(99998, T)]),

    %% Shrinking to 32 keys and fewer: a flat map again, printed in key order.
    Small = remove_loop(0, N - 10, M),
    io:format("~p~n", [Small]),
    Edge = remove_loop(0, N - 33, M),
    io:format("~p ~p~n", [maps:size(Edge), maps:size(maps:remove(N - 1, Edge))]),
    io:format("~p~n", [maps:remove(N - 1, Edge)]),

    %% Sorted slices of the listing functions.
    io:format("~p~n", [lists:sort([KV || {K, _} = KV <- maps:to_list(M), K < 5])]),
    io:format("~p~n", [lists:sublist(lists:sort(maps:keys(M)), 5)]),
    io:format("~p~n", [lists:sum(maps:values(M))]),

    %% Order between large maps: size, then keys, then values.
    io:format("~p~n", [[M < M#{5 => 0}, M#{5 => 0} < M, maps:remove(3, M) < M,
                        M#{3 => 0} < M#{3.0 => 0}, M#{N => a} < M#{N => b}]]),

    %% 1 and 1.0 are different keys.
    F = M#{1.0 => float},
    io:format("~p ~p ~p~n", [maps:get(1, F), maps:get(1.0, F), maps:size(F)]),

    %% Keys of every kind, beyond 32 of them.
    Mixed = mixed(),
    io:format("~p~n", [maps:size(Mixed)]),
    io:format("~p~n", [lists:sort(maps:to_list(Mixed))]),
    io:format("~p~n", [[maps:get(K, Mixed) || K <- [k7, {t, 3}, <<"5">>, "s8", 3.5, [x], #{a => 1}]]]),
    io:format("~p~n", [Mixed =:= maps:from_list(lists:reverse(maps:to_list(Mixed)))]),

    %% Merge, with, filter, map. (maps:filter/2 and maps:map/2 recurse on
    %% the body, like OTP's, so they get a smaller map: deep stacks make
    %% the GC stress run slow.)
    Mid = put_loop(0, 5000, #{}),
    Evens = maps:filter(fun(K, _) -> K rem 2 =:= 0 end, Mid),
    Odds = maps:filter(fun(K, _) -> K rem 2 =:= 1 end, Mid),
    io:format("merge ~p ~p~n", [maps:size(Evens), maps:merge(Evens, Odds) =:= Mid]),
    io:format("merge ~p~n", [maps:merge(M, Odds) =:= M]),
    Over = maps:merge(M, #{1 => one, N => new}),
    io:format("merge ~p ~p ~p~n", [maps:get(1, Over), maps:get(N, Over), maps:size(Over)]),
    Under = maps:merge(#{1 => one, N => new}, M),
    io:format("merge ~p ~p ~p~n", [maps:get(1, Under), maps:get(N, Under), maps:size(Under)]),
    io:format("with ~p~n", [maps:with([1, 2, 3, N], M)]),
    Doubled = maps:map(fun(_, V) -> V * 2 end, Mid),
    io:format("map ~p ~p~n", [maps:get(21, Doubled), maps:size(Doubled)]),

    %% A 40-key map with integer keys prints in OTP's order.
    M40 = maps:from_list([{K, K * K} || K <- lists:seq(1, 40)]),
    io:format("~p~n~w~n", [M40, maps:keys(M40)]),
    io:format("~p~n", [erlang:phash2(M40) =:= erlang:phash2(put_squares(40, #{}))]).

pairs(I, N, Acc) when I < N -> pairs(I + 1, N, [{I, I * 2} | Acc]);
pairs(_, _, Acc) -> Acc.

put_loop(I, N, M) when I < N -> put_loop(I + 1, N, maps:put(I, I * 2, M));
put_loop(_, _, M) -> M.

syntax_loop(I, M) when I >= 0 -> syntax_loop(I - 1, M#{I => I * 2});
syntax_loop(_, M) -> M.

put_squares(0, M) -> M;
put_squares(K, M) -> put_squares(K - 1, M#{K => K * K}).

update_evens(I, N, M) when I < N -> update_evens(I + 2, N, M#{I := I + 1});
update_evens(_, _, M) -> M.

remove_loop(I, N, M) when I < N -> remove_loop(I + 1, N, maps:remove(I, M));
remove_loop(_, _, M) -> M.

match(#{42 := V, 99999 := W}) -> {V, W};
match(_) -> nomatch.

mixed() ->
    Atoms = [{list_to_atom("k" ++ integer_to_list(I)), I} || I <- lists:seq(1, 12)],
    Tuples = [{{t, I}, I} || I <- lists:seq(1, 8)],
    Bins = [{integer_to_binary(I), I} || I <- lists:seq(1, 8)],
    Strings = [{"s" ++ integer_to_list(I), I} || I <- lists:seq(1, 8)],
    Floats = [{I + 0.5, I} || I <- lists:seq(1, 4)],
    Other = [{[x], list}, {#{a => 1}, map}, {[], nil}],
    lists:foldl(fun({K, V}, Acc) -> Acc#{K => V} end, #{},
                Atoms ++ Tuples ++ Bins ++ Strings ++ Floats ++ Other).
