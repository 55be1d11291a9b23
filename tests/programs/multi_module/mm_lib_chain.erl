-module(mm_lib_chain).
-export([start/1, step/2]).

%% Calls go mm_lib_chain -> mm_lib_chain_end -> back to mm_lib_chain.
start(N) -> mm_lib_chain_end:finish(N, []).

step(N, Acc) -> mm_lib_chain_end:finish(N - 1, [N | Acc]).
