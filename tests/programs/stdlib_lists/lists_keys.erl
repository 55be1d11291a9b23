-module(lists_keys).
-export([main/0]).

main() ->
    People = [{bob, 30, london}, {alice, 25, paris}, {carol, 35, berlin}, {dave, 25, rome}],
    io:format("~p~n", [lists:keyfind(alice, 1, People)]),
    io:format("~p~n", [lists:keyfind(nobody, 1, People)]),
    io:format("~p~n", [lists:keyfind(25, 2, People)]),
    io:format("~p~n", [lists:keymember(berlin, 3, People)]),
    io:format("~p~n", [lists:keysearch(carol, 1, People)]),
    io:format("~p~n", [lists:keysort(2, People)]),
    io:format("~p~n", [lists:keysort(1, People)]),
    io:format("~p~n", [lists:keystore(bob, 1, People, {bob, 31, madrid})]),
    io:format("~p~n", [lists:keystore(eve, 1, People, {eve, 22, oslo})]),
    io:format("~p~n", [lists:keydelete(alice, 1, People)]),
    io:format("~p~n", [lists:keydelete(25, 2, People)]),
    io:format("~p~n", [lists:keyreplace(dave, 1, People, {dave, 26, rome})]),
    io:format("~p~n", [lists:keytake(carol, 1, People)]),
    io:format("~p~n", [lists:keytake(zed, 1, People)]),
    io:format("~p~n", [lists:keymap(fun(Age) -> Age + 1 end, 2, People)]),
    io:format("~p~n", [lists:ukeysort(2, People)]),
    io:format("~p~n", [lists:keymerge(1, [{a, 1}, {c, 3}], [{b, 2}, {d, 4}])]).
