-module(mm_main).
-export([main/0]).

main() ->
    io:format("~p~n", [mm_lib_math:square(12)]),
    io:format("~p~n", [mm_lib_math:sum_squares(lists:seq(1, 10))]),
    io:format("~p~n", [lists:map(fun mm_lib_math:square/1, [1, 2, 3])]),
    io:format("~s~n", [mm_lib_text:banner("multi module")]),
    io:format("~p~n", [mm_lib_math:apply_twice(fun mm_lib_math:square/1, 3)]),
    io:format("~p~n", [try mm_lib_math:private() catch error:undef -> private_is_undef end]),
    io:format("~p~n", [mm_lib_math:module_name()]).
