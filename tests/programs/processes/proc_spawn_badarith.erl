-module(proc_spawn_badarith).
-export([main/0]).

%% A process that fails at once with an error: the monitor reason is
%% {Reason, Stacktrace}. Only the reason is printed.
zero() -> 0.
id(X) -> X.

crash(Kind) ->
    {P, R} = spawn_monitor(fun() -> fail(Kind) end),
    receive {'DOWN', R, process, P, Reason} -> Reason end.

fail(badarith) -> 1 / zero();
fail(badmatch) -> {a, _} = id({b, zero()});
fail(function_clause) -> lists:nth(zero(), []);
fail(case_clause) -> case zero() of 1 -> one end;
fail(badarg) -> list_to_atom(zero());
fail(custom) -> erlang:error({my_error, 1});
fail(throw) -> throw(not_caught);
fail(exit) -> exit(plain_exit).

main() ->
    Reason = crash(badarith),
    io:format("badarith: ~p, stack is a list: ~p~n", [element(1, Reason), is_list(element(2, Reason))]),
    lists:foreach(
      fun(K) ->
              case crash(K) of
                  {R, Stack} when is_list(Stack) -> io:format("~p: ~p~n", [K, R]);
                  Other -> io:format("~p: ~p~n", [K, Other])
              end
      end, [badmatch, function_clause, case_clause, badarg, custom, throw, exit]).
