-module(guards_errors).
-export([main/0]).

%% An exception inside a guard makes that guard fail silently.
safe_head(L) when hd(L) > 0 -> positive_head;
safe_head(_) -> no_positive_head.

div_guard(A, B) when A div B > 1 -> big_ratio;
div_guard(_, _) -> small_or_error.

alt(X) when element(1, X) =:= a; is_atom(X) -> matched;
alt(_) -> not_matched.

orelse_guard(X) when is_list(X) orelse length(X) > 0 -> list;
orelse_guard(_) -> other.

main() ->
    io:format("~p~n", [[safe_head(X) || X <- [[1], [-1], [], foo, 3]]]),
    io:format("~p~n", [[div_guard(A, B) || {A, B} <- [{10, 2}, {1, 0}, {a, 1}, {1, 2}]]]),
    %% in a ";" guard, an error in one alternative does not stop the next
    io:format("~p~n", [[alt(X) || X <- [{a, 1}, b, {c}, 1]]]),
    io:format("~p~n", [[orelse_guard(X) || X <- [[1], a]]]).
