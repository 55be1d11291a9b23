-module(maps_nested).
-export([main/0]).

put_in(M, [K], V) -> M#{K => V};
put_in(M, [K | Ks], V) ->
    Inner = maps:get(K, M, #{}),
    M#{K => put_in(Inner, Ks, V)}.

get_in(V, []) -> {ok, V};
get_in(M, [K | Ks]) when is_map(M) ->
    case M of
        #{K := V} -> get_in(V, Ks);
        _ -> not_found
    end;
get_in(_, _) -> not_found.

main() ->
    M1 = put_in(#{}, [a, b, c], 1),
    M2 = put_in(M1, [a, b, d], 2),
    M3 = put_in(M2, [a, x], 3),
    M4 = put_in(M3, [z], 4),
    io:format("~p~n", [M4]),
    io:format("~p~n", [[get_in(M4, P) || P <- [[a, b, c], [a, x], [a, b], [a, q], [z, y], []]]]),
    Users = #{1 => #{name => "ann", roles => [admin]}, 2 => #{name => "bob", roles => []}},
    U2 = maps:map(fun(_Id, U = #{roles := R}) -> U#{admin => lists:member(admin, R)} end, Users),
    io:format("~p~n", [U2]),
    #{1 := #{name := Name1}} = U2,
    io:format("~s~n", [Name1]),
    Counts = lists:foldl(fun(C, Acc) -> maps:update_with(C, fun(N) -> N + 1 end, 1, Acc) end, #{}, "mississippi"),
    io:format("~p~n", [Counts]),
    io:format("~p~n", [maps:to_list(Counts)]).
