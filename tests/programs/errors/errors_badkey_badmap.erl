-module(errors_badkey_badmap).
-export([main/0]).

id(X) -> X.

main() ->
    M = id(#{a => 1}),
    Ops = [fun() -> maps:get(b, M) end,
           fun() -> M#{b := 2} end,
           fun() -> M#{a := 2, c := 3} end,
           fun() -> map_get({k, 1}, M) end,
           fun() -> maps:update(zz, 1, M) end,
           fun() -> (id(not_a_map))#{a => 1} end,
           fun() -> (id([1, 2]))#{a := 1} end,
           fun() -> maps:get(a, id(not_a_map)) end,
           fun() -> maps:put(a, 1, id(<<"bin">>)) end,
           fun() -> map_size(id({})) end,
           fun() -> maps:keys(id(x)) end,
           fun() -> maps:get(a, M) end,
           fun() -> maps:get(b, M, default) end],
    lists:foldl(
      fun(F, I) ->
              io:format("~p: ~p~n", [I, try F() catch Class:Reason -> {Class, Reason} end]),
              I + 1
      end, 1, Ops).
