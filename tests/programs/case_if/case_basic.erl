-module(case_basic).
-export([main/0]).

classify(X) ->
    case X of
        0 -> zero;
        N when is_integer(N), N > 0 -> positive_int;
        N when is_integer(N) -> negative_int;
        F when is_float(F) -> float;
        [] -> empty_list;
        [_ | _] -> list;
        {_, _} -> pair;
        {} -> empty_tuple;
        A when is_atom(A) -> atom;
        _ -> other
    end.

main() ->
    Inputs = [0, 5, -5, 1.5, [], [1], {1, 2}, {}, foo, <<"bin">>, {1, 2, 3}],
    io:format("~p~n", [[classify(I) || I <- Inputs]]),
    R = case {1, 2} of
            {A, A} -> same;
            {A, B} when A < B -> {ascending, A, B};
            _ -> other
        end,
    io:format("~p~n", [R]),
    Nested = case lists:member(3, [1, 2, 3]) of
                 true ->
                     case length([1, 2, 3]) of
                         3 -> three;
                         _ -> not_three
                     end;
                 false -> missing
             end,
    io:format("~p~n", [Nested]),
    V = case 7 of X when X > 5 -> Y = X * 2, Y + 1; X -> X end,
    io:format("~p~n", [V]),
    %% variables bound in all branches are usable afterwards
    case rand_free(3) of
        small -> Msg = "small";
        big -> Msg = "big"
    end,
    io:format("~s~n", [Msg]),
    io:format("~p~n", [case "abc" of "ab" ++ T -> T; _ -> none end]).

rand_free(N) when N < 5 -> small;
rand_free(_) -> big.
