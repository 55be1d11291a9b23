-module(proc_message_terms).
-export([main/0]).

%% Every kind of term arrives equal: numbers (small, big, negative, float),
%% atoms, strings, tuples, maps, pids and references.
main() ->
    Parent = self(),
    Echo = spawn(fun E() -> receive {From, T} -> From ! {echo, T}, E(); stop -> ok end end),
    Ref = make_ref(),
    Terms = [0, -1, 1 bsl 64, -(1 bsl 200), 3.14, -0.5, 1.0e300,
             ok, 'with space', [], "string", [1 | 2], {}, {a, {b, {c}}},
             #{}, #{1 => one, "two" => 2, {three} => [3]},
             <<>>, <<1, 2, 3>>, Parent, Ref],
    Back = [begin Echo ! {Parent, T}, receive {echo, R} -> R end end || T <- Terms],
    Same = lists:zipwith(fun(A, B) -> A =:= B end, Terms, Back),
    io:format("all equal: ~p~n", [lists:all(fun(X) -> X end, Same)]),
    [io:format("~p~n", [T]) || T <- lists:sublist(Back, 18)],
    io:format("pid back is self: ~p~n", [lists:nth(19, Back) =:= self()]),
    io:format("ref back is ref: ~p~n", [lists:nth(20, Back) =:= Ref]),
    %% A map used as a message pattern in the receiver.
    P = spawn(fun() -> receive #{from := From, op := add, args := [A, B]} -> From ! {sum, A + B} end end),
    P ! #{from => Parent, op => add, args => [2, 3], extra => ignored},
    receive {sum, S} -> io:format("map message: ~p~n", [S]) end,
    Echo ! stop.
