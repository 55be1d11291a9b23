-module(mm_lib_chain_end).
-export([finish/2]).

finish(0, Acc) -> {done, Acc};
finish(N, Acc) -> mm_lib_chain:step(N, Acc).
