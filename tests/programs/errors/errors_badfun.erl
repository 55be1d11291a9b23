-module(errors_badfun).
-export([main/0]).

id(X) -> X.

main() ->
    Ops = [fun() -> (id(not_a_fun))(1) end,
           fun() -> (id(42))() end,
           fun() -> (id({tuple, 'fun'}))(x) end,
           fun() -> (id("string"))(1, 2) end,
           fun() -> (id(fun() -> ok end))() end],
    lists:foldl(
      fun(F, I) ->
              io:format("~p: ~p~n", [I, try F() catch Class:Reason -> {Class, Reason} end]),
              I + 1
      end, 1, Ops),
    io:format("~p~n", [try lists:map(id(notfun), [1, 2]) catch error:R -> R end]).
