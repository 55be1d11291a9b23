-module(binaries_print).
-export([main/0]).

main() ->
    Bs = [<<"abc">>, <<1, 2, 3>>, <<>>, <<"hello world">>, <<0>>, <<"a", 0, "b">>,
          <<"line\n">>, <<"tab\t">>, <<255, 254>>, <<"quote\"">>, <<"back\\">>,
          <<65, 66, 67>>, <<"x">>, <<7>>, <<"ab", 200>>, <<1:1>>, <<5:3>>,
          <<1, 2, 3:4>>, <<"abc", 1:2>>, <<$a, 10, $b>>, <<127>>, <<31>>, <<32>>],
    lists:foreach(fun(B) -> io:format("~p ~w~n", [B, B]) end, Bs),
    io:format("~p~n", [Bs]),
    io:format("~p~n", [list_to_binary(lists:seq(1, 100))]),
    io:format("~p~n", [list_to_binary(lists:duplicate(100, $z))]),
    io:format("~p~n", [[byte_size(B) || B <- Bs]]),
    io:format("~p~n", [[bit_size(B) || B <- Bs]]),
    io:format("~p~n", [[is_binary(B) || B <- [<<>>, <<1:1>>, "abc", <<"x">>]]]),
    io:format("~p~n", [[is_bitstring(B) || B <- [<<>>, <<1:1>>, "abc"]]]),
    io:format("~s~n", [<<"printed with ~s">>]),
    io:format("~p~n", [{<<"in">>, [<<"a">>, <<>>], #{<<"k">> => <<"v">>}}]).
