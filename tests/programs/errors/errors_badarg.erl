-module(errors_badarg).
-export([main/0]).

id(X) -> X.

main() ->
    Ops = [fun() -> list_to_integer(id("12x")) end,
           fun() -> list_to_integer(id("")) end,
           fun() -> binary_to_integer(id(<<"1.5">>)) end,
           fun() -> list_to_atom(id(notalist)) end,
           fun() -> atom_to_list(id("notanatom")) end,
           fun() -> element(id(0), {a}) end,
           fun() -> element(id(2), {a}) end,
           fun() -> setelement(id(3), {a, b}, c) end,
           fun() -> hd(id([])) end,
           fun() -> tl(id([])) end,
           fun() -> length(id(notalist)) end,
           fun() -> tuple_size(id([])) end,
           fun() -> byte_size(id("abc")) end,
           fun() -> abs(id(a)) end,
           fun() -> integer_to_list(id(1.0)) end,
           fun() -> list_to_tuple(id(x)) end,
           fun() -> iolist_to_binary(id([256])) end,
           fun() -> list_to_binary(id([a])) end,
           fun() -> binary_to_list(id(abc)) end,
           fun() -> id(a) ! msg end,
           fun() -> list_to_existing_atom(id("surely_not_an_existing_atom_xyz")) end,
           fun() -> integer_to_list(id(10), 1) end,
           fun() -> float_to_list(id(1)) end,
           fun() -> round(id(a)) end,
           fun() -> trunc(id("1")) end,
           fun() -> id(true) and id(1) end,
           fun() -> not id(1) end,
           fun() -> <<(id(a)):8>> end,
           fun() -> <<(id(1.5)):8/integer>> end,
           fun() -> erlang:phash2(x, id(0)) end,
           fun() -> io:format(id("~p ~p~n"), [one]) end,
           fun() -> io:format(id("~f~n"), [1]) end,
           fun() -> io:format(id("~.0f~n"), [1.0]) end,
           fun() -> lists:flatten(id(notalist)) end,
           fun() -> id(1) end],
    lists:foldl(
      fun(F, I) ->
              io:format("~p: ~p~n", [I, try F() catch Class:Reason -> {Class, Reason} end]),
              I + 1
      end, 1, Ops).
