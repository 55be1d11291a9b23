-module(try_stacktrace).
-export([main/0, crash/1]).

crash(X) -> inner(X).
inner(X) -> X + 1.

bad_clause(a) -> ok.

main() ->
    try crash(not_a_number)
    catch
        error:badarith:Stack ->
            [{M, F, A, _} | _] = Stack,
            io:format("badarith in ~p:~p/~p~n", [M, F, A])
    end,
    try bad_clause(b)
    catch
        error:function_clause:Stack2 ->
            [{M2, F2, A2, _} | _] = Stack2,
            io:format("function_clause in ~p:~p/~p args ~p~n", [M2, F2, length_or_args(A2), A2])
    end,
    try throw(x)
    catch
        throw:x:Stack3 -> io:format("stack is a list: ~p~n", [is_list(Stack3)])
    end.

length_or_args(A) when is_list(A) -> length(A);
length_or_args(A) -> A.
