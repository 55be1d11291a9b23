%% erts_internal -- continuations of runtime natives that must reach a
%% safe point before they return.
%%
%% erlang:garbage_collect/0,1 asks for a full collection of the caller's
%% heap and traps here: the collection runs at this function's entry (a
%% call entry is a safe point, where the live registers are known), and
%% the call returns true, as in Erlang/OTP (whose erlang:garbage_collect/0
%% calls erts_internal:garbage_collect/1 too).

-module(erts_internal).

-export([garbage_collect/1, gc_wait/1, send/2,
         integer_to_list/1, integer_to_list/2, integer_to_binary/1,
         integer_to_binary/2, list_to_integer/1, list_to_integer/2,
         binary_to_integer/1, binary_to_integer/2]).

garbage_collect(_Mode) -> true.

%% erlang:garbage_collect(Pid) of another process has sent Pid a request;
%% Pid answers once it has collected (false if it died first).
gc_wait(Ref) ->
    receive
        {garbage_collect, Ref, Done} -> Done
    end.

%% The continuation of `Dest ! Msg` (erlang:send/2 called as a function)
%% with a message too big to copy in one step: the copy goes on where it
%% stopped, one step per slice.
send(Dest, Msg) -> erlang:send(Dest, Msg).

%% The continuations of conversions of huge integers called as functions
%% (apply, a fun): the same call as a `bif` instruction, where the
%% conversion runs as a dirty job (see vm/src/sched/dirty.rs).
integer_to_list(I) -> erlang:integer_to_list(I).
integer_to_list(I, Base) -> erlang:integer_to_list(I, Base).
integer_to_binary(I) -> erlang:integer_to_binary(I).
integer_to_binary(I, Base) -> erlang:integer_to_binary(I, Base).
list_to_integer(L) -> erlang:list_to_integer(L).
list_to_integer(L, Base) -> erlang:list_to_integer(L, Base).
binary_to_integer(B) -> erlang:binary_to_integer(B).
binary_to_integer(B, Base) -> erlang:binary_to_integer(B, Base).
