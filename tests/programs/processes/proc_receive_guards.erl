-module(proc_receive_guards).
-export([main/0]).

%% Guards in receive clauses select messages.
classify() ->
    receive
        {num, N} when is_integer(N), N > 100 -> {big, N};
        {num, N} when is_integer(N); is_float(N) -> {small, N};
        {str, S} when is_list(S), length(S) > 3 -> {long_string, S};
        {str, S} when is_list(S) -> {short_string, S};
        {pair, A, B} when A =:= B -> {same, A};
        {pair, A, B} when A < B -> {ascending, A, B};
        {bin, <<H, _/binary>> = Bin} when byte_size(Bin) >= 2 -> {bin_head, H};
        {map, #{k := V}} when is_atom(V) -> {map_atom, V};
        X when is_tuple(X), tuple_size(X) =:= 1 -> {one_tuple, X};
        X when not is_tuple(X) -> {plain, X}
    after 0 ->
        nothing_matches
    end.

main() ->
    Msgs = [{num, 500}, {num, 5}, {num, 2.5}, {str, "hello"}, {str, "hi"},
            {pair, 3, 3}, {pair, 1, 2}, {bin, <<"ab">>}, {map, #{k => v}},
            {solo}, atom_msg, [1, 2]],
    [self() ! M || M <- Msgs],
    [io:format("~p~n", [classify()]) || _ <- Msgs],
    %% Messages no guard accepts stay in the mailbox.
    self() ! {num, atom}, self() ! {pair, 2, 1},
    io:format("~p~n", [classify()]),
    io:format("left: ~p~n", [receive L1 -> L1 after 0 -> none end]),
    io:format("left: ~p~n", [receive L2 -> L2 after 0 -> none end]),
    %% A guard that raises is just false.
    self() ! {weird, foo},
    R = receive {weird, W} when W + 1 > 0 -> matched after 0 -> guard_failed end,
    io:format("~p~n", [R]),
    io:format("still there: ~p~n", [receive Z -> Z after 0 -> none end]).
