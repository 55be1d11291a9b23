-module(errors_badarith).
-export([main/0]).

id(X) -> X.

main() ->
    Ops = [fun() -> id(1) / id(0) end,
           fun() -> id(1) div id(0) end,
           fun() -> id(1) rem id(0) end,
           fun() -> id(1.0) / id(0.0) end,
           fun() -> id(a) + 1 end,
           fun() -> id("1") * 2 end,
           fun() -> id(1.5) div 1 end,
           fun() -> id(1) band id(1.0) end,
           fun() -> id(1) bsl id(a) end,
           fun() -> - id(x) end,
           fun() -> bnot id(1.0) end,
           fun() -> id(1.0e308) * 10 end,
           fun() -> id(1) + id(2) end],
    lists:foldl(
      fun(F, I) ->
              io:format("~p: ~p~n", [I, try F() catch Class:Reason -> {Class, Reason} end]),
              I + 1
      end, 1, Ops).
