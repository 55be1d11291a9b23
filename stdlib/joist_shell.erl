%% joist_shell -- the loop of the shell's evaluator process.
%%
%% The shell (a thread of the VM, not a process) sends
%% {'$joist_eval', Module, Function, Args}; the evaluator applies it and
%% answers with joist_shell:reply/1 (a native function that hands the value
%% to the shell). An exception ends the evaluator, and the shell hears of
%% that exit and starts a new one next time, as erl's shell does. Between
%% inputs the process waits here, so its pid, dictionary and mailbox carry
%% over from one input to the next.

-module(joist_shell).

-export([loop/0]).

loop() ->
    receive
        {'$joist_eval', Module, Function, Args} ->
            joist_shell:reply(apply(Module, Function, Args)),
            loop()
    end.
