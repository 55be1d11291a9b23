-module(proc_spawn_tree).
-export([main/0]).

%% A binary tree of processes: each node spawns two children (to depth 10,
%% 2047 processes), waits for their results and reports their sum plus its
%% own value to its parent.
node(Parent, Depth, Value) when Depth =:= 0 ->
    Parent ! {self(), Value};
node(Parent, Depth, Value) ->
    Me = self(),
    L = spawn(fun() -> node(Me, Depth - 1, 2 * Value) end),
    R = spawn(fun() -> node(Me, Depth - 1, 2 * Value + 1) end),
    SL = receive {L, X} -> X end,
    SR = receive {R, Y} -> Y end,
    Parent ! {self(), SL + SR + Value}.

count(Parent, 0) -> Parent ! {count, self(), 1};
count(Parent, D) ->
    Me = self(),
    Cs = [spawn(fun() -> count(Me, D - 1) end) || _ <- [1, 2, 3]],
    Parent ! {count, self(), 1 + lists:sum([receive {count, C, N} -> N end || C <- Cs])}.

main() ->
    Me = self(),
    Root = spawn(fun() -> node(Me, 10, 1) end),
    receive {Root, Sum} -> io:format("sum of node values 1..2047: ~p (expected ~p)~n", [Sum, lists:sum(lists:seq(1, 2047))]) end,
    C = spawn(fun() -> count(Me, 6) end),
    receive {count, C, N} -> io:format("ternary tree of depth 6: ~p processes~n", [N]) end.
