%% The first program: prints a greeting and a few things Joist can do.
%% Run: joist run examples/hello.erl
-module(hello).
-export([main/0]).

main() ->
    io:format("Hello from Joist!~n"),
    Names = [<<"world">>, <<"Erlang">>],
    [io:format("Hello, ~s!~n", [N]) || N <- Names],
    Fact = fun F(0) -> 1; F(N) -> N * F(N - 1) end,
    io:format("25! = ~p~n", [Fact(25)]),
    #{total := T} = lists:foldl(fun(X, M = #{total := S}) -> M#{total := S + X} end,
                                #{total => 0}, lists:seq(1, 10)),
    io:format("sum of 1..10 = ~p~n", [T]).
