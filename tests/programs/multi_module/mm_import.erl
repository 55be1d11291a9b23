-module(mm_import).
-export([main/0]).
-import(mm_lib_text, [shout/1, banner/1]).
-import(lists, [reverse/1, foldl/3]).

main() ->
    io:format("~s~n", [shout("imported")]),
    io:format("~s~n", [banner("hi")]),
    io:format("~p~n", [reverse([1, 2, 3])]),
    io:format("~p~n", [foldl(fun(X, A) -> X + A end, 0, [1, 2, 3])]),
    io:format("~p~n", [mm_lib_chain:start(5)]).
