-module(proc_state_machine).
-export([main/0]).

%% A process as a finite state machine (a code lock): each state is a
%% function with its own receive; events that do not apply in a state are
%% left in the mailbox until a state that handles them.
locked(Code, Entered) ->
    receive
        {button, D, From} ->
            case Entered ++ [D] of
                Code -> From ! {state, open}, open(Code);
                E when length(E) < length(Code) -> From ! {state, locked}, locked(Code, E);
                _ -> From ! {state, wrong}, locked(Code, [])
            end;
        {get_state, From} -> From ! {state, locked}, locked(Code, Entered)
    end.

open(Code) ->
    receive
        {lock, From} -> From ! {state, locked}, locked(Code, []);
        {get_state, From} -> From ! {state, open}, open(Code)
    end.

ask(P, Msg) -> P ! Msg, receive {state, S} -> S end.

main() ->
    Me = self(),
    P = spawn(fun() -> locked([1, 2, 3], []) end),
    io:format("~p~n", [ask(P, {get_state, Me})]),
    io:format("~p~n", [[ask(P, {button, D, Me}) || D <- [1, 2, 9]]]),
    io:format("~p~n", [[ask(P, {button, D, Me}) || D <- [1, 2, 3]]]),
    io:format("~p~n", [ask(P, {get_state, Me})]),
    io:format("~p~n", [ask(P, {lock, Me})]),
    %% A lock request while locked waits in the mailbox until the lock opens.
    P ! {lock, Me},
    io:format("~p~n", [[ask(P, {button, D, Me}) || D <- [1, 2]]]),
    io:format("last button: ~p~n", [ask(P, {button, 3, Me})]),
    %% Now open, the queued lock request is handled at once.
    io:format("queued lock: ~p~n", [receive {state, S} -> S after 1000 -> none end]),
    io:format("~p~n", [ask(P, {get_state, Me})]).
