-module(proc_spawn_captured).
-export([main/0]).

%% A spawned fun carries its captured variables into the new process.
main() ->
    Parent = self(),
    Base = 100,
    Names = [alice, bob, carol],
    Table = #{alice => 1, bob => 2, carol => 3},
    Big = 1 bsl 80,
    Bin = <<"captured binary">>,
    Scale = fun(X) -> X * Base end,
    spawn(fun() ->
                  Values = [maps:get(N, Table) || N <- Names],
                  Parent ! {result, [Scale(V) || V <- Values], Big + 1, byte_size(Bin)}
          end),
    receive
        {result, Vs, B, Sz} ->
            io:format("~p~n~p~n~p~n", [Vs, B, Sz])
    end,
    %% Each process gets the value of the variable at spawn time.
    Pids = [spawn(fun() -> Parent ! {idx, I, I * I} end) || I <- lists:seq(1, 10)],
    Squares = [receive {idx, I, Sq} -> Sq end || I <- lists:seq(1, 10)],
    io:format("~p processes, squares ~p~n", [length(Pids), Squares]),
    %% A named fun captured in a spawned fun still recurses.
    Fact = fun F(0) -> 1; F(N) -> N * F(N - 1) end,
    spawn(fun() -> Parent ! {fact, Fact(20)} end),
    receive {fact, V} -> io:format("20! = ~p~n", [V]) end,
    %% Nested spawns: a captured variable passed down two levels.
    Secret = {deep, [1, 2, 3]},
    spawn(fun() -> spawn(fun() -> Parent ! {nested, Secret} end) end),
    receive {nested, S} -> io:format("nested: ~p~n", [S]) end.
