-module(bifs_phash2).
-export([main/0]).

main() ->
    %% phash2 is deterministic across Erlang/OTP versions and platforms
    Simple = [0, 1, 42, a, ok, "abc", <<"abc">>, {a, b}, [1, 2, 3], []],
    io:format("~p~n", [[erlang:phash2(T) || T <- Simple]]),
    io:format("~p~n", [[erlang:phash2(T, 100) || T <- Simple]]),
    Others = [-1, 1.5, #{a => 1}, {}, 1 bsl 100, fun erlang:abs/1],
    io:format("~p~n", [lists:all(fun(T) -> H = erlang:phash2(T), is_integer(H) andalso H >= 0 andalso H < (1 bsl 27) end, Simple ++ Others)]),
    io:format("~p~n", [lists:all(fun(T) -> H = erlang:phash2(T, 7), H >= 0 andalso H < 7 end, Simple ++ Others)]),
    io:format("~p~n", [erlang:phash2({same, term}) =:= erlang:phash2({same, term})]).
