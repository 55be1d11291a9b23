-module(proc_dict_isolated).
-export([main/0]).

%% Every process has its own process dictionary: a new process starts with
%% an empty one, and put/erase in one process are invisible to the others.
main() ->
    Parent = self(),
    put(colour, red),
    put(count, 1),
    spawn(fun() ->
                  Before = {get(colour), get(count), get()},
                  Old = put(colour, blue),
                  put(mine, yes),
                  Parent ! {child, Before, Old, lists:sort(get())}
          end),
    receive {child, B, O, After} -> io:format("child start ~w, put returned ~w, child dict ~w~n", [B, O, After]) end,
    io:format("parent dict ~p~n", [lists:sort(get())]),
    %% Many processes using the same key independently.
    Pids = [spawn(fun() -> put(key, I), receive {From, read} -> From ! {self(), get(key)} end end)
            || I <- lists:seq(1, 10)],
    [P ! {self(), read} || P <- Pids],
    io:format("each sees its own: ~p~n", [[receive {P, V} -> V end || P <- Pids]]),
    io:format("parent's key: ~p~n", [get(key)]),
    %% The dictionary survives across receives in a long-lived process.
    Counter = spawn(fun Loop() ->
                            receive
                                {incr, K} -> put(K, case get(K) of undefined -> 1; N -> N + 1 end), Loop();
                                {dump, From} -> From ! {dump, lists:sort(get())}, Loop();
                                stop -> ok
                            end
                    end),
    [Counter ! {incr, K} || K <- [a, b, a, c, a, b]],
    Counter ! {dump, self()},
    receive {dump, D} -> io:format("counter dict: ~p~n", [D]) end,
    Counter ! stop,
    %% erase/0 and erase/1 in a child do not touch the parent.
    spawn(fun() -> put(x, 1), put(y, 2), E1 = erase(x), E0 = erase(), Parent ! {erased, E1, lists:sort(E0), get()} end),
    receive {erased, E1, E0, G} -> io:format("child erase: ~p ~p ~p~n", [E1, E0, G]) end,
    io:format("parent still: ~p ~p~n", [get(colour), get(count)]),
    %% get_keys/1.
    put(other, red),
    io:format("keys with value red: ~p~n", [lists:sort(get_keys(red))]).
