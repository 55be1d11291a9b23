-module(errors_bif_frames).
-export([main/0]).

%% The top stack frame of an error raised by a BIF called through a fun,
%% apply/3 or a remote call is the BIF with its arguments, as in BEAM
%% ({erlang, element, [5, {1}], []}); the caller comes next. (On a long
%% list the arguments are those of the chunk where the BIF stopped, which
%% differ between VMs: only their number is printed then.)
main() ->
    Long = lists:seq(1, 100000),
    Cases = [
        {reverse, fun() -> lists:reverse(foo, []) end},
        {reverse_long, fun() -> lists:reverse(Long ++ foo, []) end},
        {member, fun() -> lists:member(x, [a | b]) end},
        {member_long, fun() -> lists:member(x, Long ++ b) end},
        {keyfind, fun() -> lists:keyfind(a, 0, []) end},
        {keyfind_long, fun() -> lists:keyfind(a, 1, Long ++ c) end},
        {apply_element, fun() -> apply(erlang, element, id([5, {1}])) end},
        {fun_element, fun() -> F = fun erlang:element/2, F(5, id({1})) end},
        {apply_atom_to_list, fun() -> apply(erlang, atom_to_list, id([1])) end},
        {apply_length, fun() -> apply(erlang, length, id([[1 | 2]])) end},
        {apply_error, fun() -> apply(erlang, error, [my_reason]) end},
        {apply_exit, fun() -> apply(erlang, exit, [my_reason]) end},
        {apply_throw, fun() -> apply(erlang, throw, [my_ball]) end}
    ],
    [io:format("~p: ~p~n", [Name, top(F)]) || {Name, F} <- Cases],
    ok.

id(X) -> X.

top(F) ->
    try F() of
        V -> {value, V}
    catch
        Class:Reason:Stack ->
            [Top, {Caller, _, _, _} | _] = Stack,
            {Class, Reason, frame(Top), Caller}
    end.

frame({M, F, Args, _}) when is_list(Args) ->
    case lists:any(fun is_long/1, Args) of
        true -> {M, F, length(Args)};
        false -> {M, F, Args}
    end;
frame({M, _, _, _}) -> M.

is_long(L) -> is_long(L, 0).

is_long([_ | T], N) -> is_long(T, N + 1);
is_long(_, N) -> N > 5.
