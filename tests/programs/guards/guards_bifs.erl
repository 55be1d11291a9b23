-module(guards_bifs).
-export([main/0]).

f(X) when abs(X) > 10 -> big;
f(X) when X * 2 =:= 10 -> five;
f(X) when X rem 2 =:= 0, X div 2 > 2 -> even_gt4;
f(_) -> other.

g(T) when tuple_size(T) =:= 2, element(1, T) =:= ok -> {ok2, element(2, T)};
g(T) when is_tuple(T), tuple_size(T) > 2 -> {big_tuple, tuple_size(T)};
g(L) when length(L) > 3 -> long_list;
g(L) when is_list(L), hd(L) =:= x -> starts_with_x;
g(B) when byte_size(B) > 2 -> long_binary;
g(B) when bit_size(B) =:= 4 -> half_byte;
g(M) when map_size(M) > 0, is_map_key(k, M) -> {map_with_k, map_get(k, M)};
g(F) when is_float(F), trunc(F) =:= 3 -> about_three;
g(N) when is_integer(N), N band 1 =:= 1, N bsr 4 =:= 0 -> small_odd;
g(N) when is_number(N), float(N) > 100.0 -> over_100;
g(_) -> fallthrough.

main() ->
    io:format("~p~n", [[f(X) || X <- [-20, 5, 6, 8, 3, 20]]]),
    Inputs = [{ok, 1}, {a, b, c}, [1, 2, 3, 4], [x, y], <<"abc">>, <<7:4>>,
              #{k => v}, #{j => 1}, 3.7, 7, 150, check_node, 2, {err, 1}],
    lists:foreach(fun(I) -> io:format("~p -> ~p~n", [I, g(I)]) end, Inputs),
    io:format("~p~n", [[h(X) || X <- [1, -1, 0, 2.0, 17, 100]]]).

h(X) when X > 0, X < 10; X =:= 100 -> in_range;
h(X) when not (X > 0) -> not_positive;
h(X) when X == 17 andalso true -> seventeen;
h(_) -> out.
