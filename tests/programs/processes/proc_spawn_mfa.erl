-module(proc_spawn_mfa).
-export([main/0, worker/2, adder/3, no_args/0]).

%% spawn/3 with a function of this module (it must be exported).
worker(Parent, Tag) ->
    Parent ! {Tag, self(), lists:reverse(atom_to_list(Tag))}.

adder(Parent, A, B) ->
    Parent ! {sum, A + B}.

no_args() ->
    receive {From, Q} -> From ! {answer, Q * 2} end.

main() ->
    P = spawn(proc_spawn_mfa, worker, [self(), hello]),
    receive {hello, P, S} -> io:format("worker: ~s~n", [S]) end,
    spawn(proc_spawn_mfa, adder, [self(), 40, 2]),
    receive {sum, N} -> io:format("adder: ~p~n", [N]) end,
    Q = spawn(proc_spawn_mfa, no_args, []),
    Q ! {self(), 21},
    receive {answer, A} -> io:format("no_args: ~p~n", [A]) end,
    %% Module and function may be computed at run time.
    M = list_to_atom("proc_spawn_mfa"),
    F = list_to_atom("adder"),
    spawn(M, F, [self(), 1, 2]),
    receive {sum, N2} -> io:format("computed mfa: ~p~n", [N2]) end,
    %% Bignum and list arguments are copied into the new process.
    spawn(proc_spawn_mfa, adder, [self(), 1 bsl 100, 1]),
    receive {sum, Big} -> io:format("bignum arg: ~p~n", [Big]) end,
    spawn(proc_spawn_mfa, adder, [self(), [1, 2], [3]]),
    receive {sum, Bad} -> io:format("never: ~p~n", [Bad])
    after 200 -> io:format("adder with lists crashed in the child, not here~n")
    end.
