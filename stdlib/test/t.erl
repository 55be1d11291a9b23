%% Helpers shared by the *_cases modules.
-module(t).
-export([log/1, logged/1, rnd_list/3, rnd_tuples/3]).

%% Records X in the call log of the current case (see compare:outcome/1).
log(X) -> put('$log', [X | get('$log')]), ok.

%% Wrap a fun so that each call is logged with its arguments.
logged(F) when is_function(F, 1) -> fun(A) -> log(A), F(A) end;
logged(F) when is_function(F, 2) -> fun(A, B) -> log({A, B}), F(A, B) end;
logged(F) when is_function(F, 3) -> fun(A, B, C) -> log({A, B, C}), F(A, B, C) end.

%% Deterministic pseudo-random data (a simple LCG, so runs are repeatable).
%% rnd_list(Seed, N, Range): N numbers in 1..Range, every third one a float
%% so that stability (1 vs 1.0) is observable.
rnd_list(Seed, N, Range) -> rnd_list(Seed, N, Range, 0).

rnd_list(_S, 0, _R, _I) -> [];
rnd_list(S, N, R, I) ->
    S1 = (S * 1103515245 + 12345) rem 2147483648,
    V = (S1 div 65536) rem R + 1,
    X = case I rem 3 of 2 -> float(V); _ -> V end,
    [X | rnd_list(S1, N - 1, R, I + 1)].

%% N tuples {Key, Index} with keys from rnd_list.
rnd_tuples(Seed, N, Range) ->
    lists:zip(rnd_list(Seed, N, Range), lists:seq(1, N)).
