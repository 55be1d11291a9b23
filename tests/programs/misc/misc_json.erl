-module(misc_json).
-export([main/0]).

%% A small JSON encoder and decoder: a realistic mix of binaries, maps,
%% recursion, string building and error handling.

encode(null) -> <<"null">>;
encode(true) -> <<"true">>;
encode(false) -> <<"false">>;
encode(N) when is_integer(N) -> integer_to_binary(N);
encode(F) when is_float(F) -> float_to_binary(F, [short]);
encode(B) when is_binary(B) -> <<$", (escape(B))/binary, $">>;
encode(A) when is_atom(A) -> encode(atom_to_binary(A, utf8));
encode(L) when is_list(L) ->
    iolist_to_binary([$[, lists:join($,, [encode(X) || X <- L]), $]]);
encode(M) when is_map(M) ->
    Pairs = [[encode(K), $:, encode(V)] || {K, V} <- lists:sort(maps:to_list(M))],
    iolist_to_binary([${, lists:join($,, Pairs), $}]).

escape(B) -> << <<(esc(C))/binary>> || <<C>> <= B >>.
esc($") -> <<"\\\"">>;
esc($\\) -> <<"\\\\">>;
esc($\n) -> <<"\\n">>;
esc(C) -> <<C>>.

decode(Bin) ->
    {V, Rest} = value(skip(Bin)),
    <<>> = skip(Rest),
    V.

value(<<"null", R/binary>>) -> {null, R};
value(<<"true", R/binary>>) -> {true, R};
value(<<"false", R/binary>>) -> {false, R};
value(<<$", R/binary>>) -> string(R, <<>>);
value(<<$[, R/binary>>) -> array(skip(R), []);
value(<<${, R/binary>>) -> object(skip(R), #{});
value(B) -> number(B, []).

string(<<$", R/binary>>, Acc) -> {Acc, R};
string(<<$\\, $n, R/binary>>, Acc) -> string(R, <<Acc/binary, $\n>>);
string(<<$\\, C, R/binary>>, Acc) -> string(R, <<Acc/binary, C>>);
string(<<C, R/binary>>, Acc) -> string(R, <<Acc/binary, C>>).

array(<<$], R/binary>>, Acc) -> {lists:reverse(Acc), R};
array(B, Acc) ->
    {V, R} = value(skip(B)),
    case skip(R) of
        <<$,, R2/binary>> -> array(skip(R2), [V | Acc]);
        <<$], R2/binary>> -> {lists:reverse([V | Acc]), R2}
    end.

object(<<$}, R/binary>>, Acc) -> {Acc, R};
object(B, Acc) ->
    {K, R} = value(skip(B)),
    <<$:, R1/binary>> = skip(R),
    {V, R2} = value(skip(R1)),
    case skip(R2) of
        <<$,, R3/binary>> -> object(skip(R3), Acc#{K => V});
        <<$}, R3/binary>> -> {Acc#{K => V}, R3}
    end.

number(<<C, R/binary>>, Acc) when C >= $0, C =< $9; C =:= $-; C =:= $.; C =:= $e; C =:= $+ ->
    number(R, [C | Acc]);
number(R, Acc) ->
    S = lists:reverse(Acc),
    N = case lists:member($., S) of
            true -> list_to_float(S);
            false -> list_to_integer(S)
        end,
    {N, R}.

skip(<<C, R/binary>>) when C =:= $\s; C =:= $\n; C =:= $\t -> skip(R);
skip(B) -> B.

main() ->
    Doc = #{<<"name">> => <<"Joist">>, <<"version">> => 1, <<"tags">> => [vm, <<"erlang">>, null],
            <<"ratio">> => 0.75, <<"nested">> => #{<<"ok">> => true, <<"list">> => [1, [2, [3]]]},
            <<"quote">> => <<"say \"hi\"\n">>},
    J = encode(Doc),
    io:format("~s~n", [J]),
    D = decode(J),
    io:format("~p~n", [D]),
    io:format("~p~n", [D =:= Doc#{<<"tags">> := [<<"vm">>, <<"erlang">>, null]}]),
    io:format("~p~n", [decode(<<" [ 1 , -2.5e3 , { \"a\" : [ ] } , \"x\" ] ">>)]),
    io:format("~p~n", [try decode(<<"[1, 2">>) catch error:E -> {error, element(1, E)} end]).
