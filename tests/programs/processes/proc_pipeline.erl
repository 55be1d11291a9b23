-module(proc_pipeline).
-export([main/0]).

%% A pipeline of stage processes: source -> map -> filter -> sink. Items
%% stream through the stages; per-link ordering keeps them in order.
stage(Fun, Next) ->
    receive
        {item, X} ->
            case Fun(X) of
                {keep, Y} -> Next ! {item, Y};
                drop -> ok
            end,
            stage(Fun, Next);
        eos -> Next ! eos
    end.

sink(Parent, Acc) ->
    receive
        {item, X} -> sink(Parent, [X | Acc]);
        eos -> Parent ! {result, lists:reverse(Acc)}
    end.

main() ->
    Parent = self(),
    Sink = spawn(fun() -> sink(Parent, []) end),
    Filter = spawn(fun() -> stage(fun(X) when X rem 3 =:= 0 -> {keep, X}; (_) -> drop end, Sink) end),
    Map = spawn(fun() -> stage(fun(X) -> {keep, X * X} end, Filter) end),
    [Map ! {item, I} || I <- lists:seq(1, 30)],
    Map ! eos,
    receive {result, R} -> io:format("~p~n", [R]) end,
    %% A long pipeline of 100 stages each adding 1.
    Sink2 = spawn(fun() -> sink(Parent, []) end),
    First = lists:foldl(fun(_, Next) -> spawn(fun() -> stage(fun(X) -> {keep, X + 1} end, Next) end) end,
                        Sink2, lists:seq(1, 100)),
    [First ! {item, I} || I <- lists:seq(1, 1000)],
    First ! eos,
    receive {result, R2} ->
            io:format("100 stages: ~p items, in order: ~p, first ~p~n",
                      [length(R2), R2 =:= lists:seq(101, 1100), hd(R2)])
    end.
