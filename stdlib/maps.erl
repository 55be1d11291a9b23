%% maps -- map processing functions, written in Joist (Level 1 Erlang).
%%
%% Mirrors the `maps` module of Erlang/OTP 25: same results and the same
%% error reasons for bad arguments ({badmap, M}, {badkey, K} or badarg).
%%
%% The following `maps` functions are native (implemented in Rust by the VM)
%% and are therefore NOT defined here, although this module calls them:
%%   get/2,3 find/2 put/3 remove/2 is_key/2 keys/1 values/1 to_list/1
%%   from_list/1 size/1 merge/2 new/0 update/3 take/2 with/2 without/2
%%   from_keys/2
%%
%% Iterators.  OTP's iterators are opaque.  Here maps:iterator(Map) returns
%% the list maps:to_list(Map) (so iteration order is to_list order), and
%% maps:next/1 walks it:
%%   next([{K, V}])     -> {K, V, none}      (as OTP: the last step gives none)
%%   next([{K, V} | T]) -> {K, V, T}
%%   next([])           -> none              (iterator of an empty map)
%%   next(none)         -> none
%%   next({K, V, I})    -> {K, V, I}         (as OTP)
%% Every function that takes "a map or an iterator" accepts these forms.
%% Deviation: an iterator prints differently from OTP's ([0|Map]), and a
%% plain list of pairs is accepted as an iterator where OTP would raise
%% {badmap, List}.

-module(maps).

-export([filter/2, filtermap/2, fold/3, foreach/2, groups_from_list/2,
         groups_from_list/3, intersect/2, intersect_with/3, iterator/1,
         map/2, merge_with/3, next/1, update_with/3, update_with/4]).

%% ---------------------------------------------------------------------
%% Iterators
%% ---------------------------------------------------------------------

iterator(M) when is_map(M) -> maps:to_list(M);
iterator(M) -> erlang:error({badmap, M}, [M]).

next(I) ->
    case iter_next(I) of
        bad -> erlang:error(badarg, [I]);
        R -> R
    end.

%% {K, V, NextIterator} | none | bad
iter_next({K, V, I}) -> {K, V, I};
iter_next(none) -> none;
iter_next([{K, V}]) -> {K, V, none};
iter_next([{K, V} | T]) -> {K, V, T};
iter_next([]) -> none;
iter_next(_) -> bad.

%% What OTP 25 accepts up front as an iterator (its shape only; a bad tail
%% is found later by next/1 and raises badarg, as in OTP).
is_iter(none) -> true;
is_iter({_, _, _}) -> true;
is_iter([]) -> true;
is_iter([{_, _} | _]) -> true;
is_iter(_) -> false.

%% Start of an iteration over a map or an iterator.
start(M) when is_map(M) -> iter_next(maps:to_list(M));
start(I) -> step(I).

step(I) ->
    case iter_next(I) of
        bad -> erlang:error(badarg, [I]);
        R -> R
    end.

bad_map_or_iter(Fun, Arity, M) ->
    case is_function(Fun, Arity) of
        true -> {badmap, M};
        false -> badarg
    end.

%% ---------------------------------------------------------------------
%% Folding and mapping
%% ---------------------------------------------------------------------

fold(Fun, Init, M) when is_function(Fun, 3), is_map(M) ->
    fold_1(Fun, Init, start(M));
fold(Fun, Init, M) ->
    case is_function(Fun, 3) andalso is_iter(M) of
        true -> fold_1(Fun, Init, start(M));
        false -> erlang:error(bad_map_or_iter(Fun, 3, M), [Fun, Init, M])
    end.

fold_1(Fun, Acc, {K, V, I}) ->
    fold_1(Fun, Fun(K, V, Acc), step(I));
fold_1(_Fun, Acc, none) -> Acc.

map(Fun, M) when is_function(Fun, 2), is_map(M) ->
    maps:from_list(map_1(Fun, start(M)));
map(Fun, M) ->
    case is_function(Fun, 2) andalso is_iter(M) of
        true -> maps:from_list(map_1(Fun, start(M)));
        false -> erlang:error(bad_map_or_iter(Fun, 2, M), [Fun, M])
    end.

map_1(Fun, {K, V, I}) ->
    V1 = Fun(K, V),
    [{K, V1} | map_1(Fun, step(I))];
map_1(_Fun, none) -> [].

filter(Pred, M) when is_function(Pred, 2), is_map(M) ->
    maps:from_list(filter_1(Pred, start(M)));
filter(Pred, M) ->
    case is_function(Pred, 2) andalso is_iter(M) of
        true -> maps:from_list(filter_1(Pred, start(M)));
        false -> erlang:error(bad_map_or_iter(Pred, 2, M), [Pred, M])
    end.

filter_1(Pred, {K, V, I}) ->
    case Pred(K, V) of
        true -> [{K, V} | filter_1(Pred, step(I))];
        false -> filter_1(Pred, step(I))
    end;
filter_1(_Pred, none) -> [].

filtermap(Fun, M) when is_function(Fun, 2), is_map(M) ->
    maps:from_list(filtermap_1(Fun, start(M)));
filtermap(Fun, M) ->
    case is_function(Fun, 2) andalso is_iter(M) of
        true -> maps:from_list(filtermap_1(Fun, start(M)));
        false -> erlang:error(bad_map_or_iter(Fun, 2, M), [Fun, M])
    end.

filtermap_1(Fun, {K, V, I}) ->
    case Fun(K, V) of
        true -> [{K, V} | filtermap_1(Fun, step(I))];
        {true, NewV} -> [{K, NewV} | filtermap_1(Fun, step(I))];
        false -> filtermap_1(Fun, step(I))
    end;
filtermap_1(_Fun, none) -> [].

foreach(Fun, M) when is_function(Fun, 2), is_map(M) ->
    foreach_1(Fun, start(M));
foreach(Fun, M) ->
    case is_function(Fun, 2) andalso is_iter(M) of
        true -> foreach_1(Fun, start(M));
        false -> erlang:error(bad_map_or_iter(Fun, 2, M), [Fun, M])
    end.

foreach_1(Fun, {K, V, I}) ->
    Fun(K, V),
    foreach_1(Fun, step(I));
foreach_1(_Fun, none) -> ok.

%% ---------------------------------------------------------------------
%% Updating
%% ---------------------------------------------------------------------

update_with(Key, Fun, M) when is_function(Fun, 1), is_map(M) ->
    case M of
        #{Key := V} -> M#{Key := Fun(V)};
        #{} -> erlang:error({badkey, Key}, [Key, Fun, M])
    end;
update_with(Key, Fun, M) ->
    erlang:error(error_type(M), [Key, Fun, M]).

update_with(Key, Fun, Init, M) when is_function(Fun, 1), is_map(M) ->
    case M of
        #{Key := V} -> M#{Key := Fun(V)};
        #{} -> M#{Key => Init}
    end;
update_with(Key, Fun, Init, M) ->
    erlang:error(error_type(M), [Key, Fun, Init, M]).

error_type(M) when is_map(M) -> badarg;
error_type(V) -> {badmap, V}.

%% ---------------------------------------------------------------------
%% Combining maps
%% ---------------------------------------------------------------------

%% Keys present in both maps, with the values of Map2.
intersect(M1, M2) when is_map(M1), is_map(M2) ->
    intersect_with(fun(_K, _V1, V2) -> V2 end, M1, M2);
intersect(M1, M2) ->
    erlang:error(error_type_two_maps(M1, M2), [M1, M2]).

intersect_with(Combiner, M1, M2) when is_map(M1), is_map(M2),
                                      is_function(Combiner, 3) ->
    maps:from_list(intersect_1(Combiner, maps:to_list(M1), M2));
intersect_with(Combiner, M1, M2) ->
    erlang:error(error_type_merge_intersect(M1, M2, Combiner),
                 [Combiner, M1, M2]).

intersect_1(Combiner, [{K, V1} | T], M2) ->
    case M2 of
        #{K := V2} ->
            V = Combiner(K, V1, V2),
            [{K, V} | intersect_1(Combiner, T, M2)];
        #{} -> intersect_1(Combiner, T, M2)
    end;
intersect_1(_Combiner, [], _M2) -> [].

merge_with(Combiner, M1, M2) when is_map(M1), is_map(M2),
                                  is_function(Combiner, 3) ->
    merge_with_1(Combiner, maps:to_list(M2), M1);
merge_with(Combiner, M1, M2) ->
    erlang:error(error_type_merge_intersect(M1, M2, Combiner),
                 [Combiner, M1, M2]).

merge_with_1(Combiner, [{K, V2} | T], Acc) ->
    case Acc of
        #{K := V1} -> merge_with_1(Combiner, T, Acc#{K := Combiner(K, V1, V2)});
        #{} -> merge_with_1(Combiner, T, Acc#{K => V2})
    end;
merge_with_1(_Combiner, [], Acc) -> Acc.

error_type_two_maps(M1, M2) when is_map(M1) -> {badmap, M2};
error_type_two_maps(M1, _M2) -> {badmap, M1}.

error_type_merge_intersect(M1, M2, Combiner) when is_function(Combiner, 3) ->
    error_type_two_maps(M1, M2);
error_type_merge_intersect(_M1, _M2, _Combiner) ->
    badarg.

%% ---------------------------------------------------------------------
%% Grouping
%% ---------------------------------------------------------------------

%% The list is walked from its end (as OTP does), so each group keeps the
%% order of the original list.
groups_from_list(Fun, List) when is_function(Fun, 1) ->
    case proper_reverse(List, []) of
        bad -> erlang:error(badarg, [Fun, List]);
        Rev -> groups_1(Fun, Rev, #{})
    end;
groups_from_list(Fun, List) ->
    erlang:error(badarg, [Fun, List]).

groups_1(Fun, [H | T], Acc) ->
    K = Fun(H),
    case Acc of
        #{K := Vs} -> groups_1(Fun, T, Acc#{K := [H | Vs]});
        #{} -> groups_1(Fun, T, Acc#{K => [H]})
    end;
groups_1(_Fun, [], Acc) -> Acc.

groups_from_list(Fun, ValueFun, List) when is_function(Fun, 1),
                                           is_function(ValueFun, 1) ->
    case proper_reverse(List, []) of
        bad -> erlang:error(badarg, [Fun, ValueFun, List]);
        Rev -> groups_2(Fun, ValueFun, Rev, #{})
    end;
groups_from_list(Fun, ValueFun, List) ->
    erlang:error(badarg, [Fun, ValueFun, List]).

groups_2(Fun, ValueFun, [H | T], Acc) ->
    K = Fun(H),
    V = ValueFun(H),
    case Acc of
        #{K := Vs} -> groups_2(Fun, ValueFun, T, Acc#{K := [V | Vs]});
        #{} -> groups_2(Fun, ValueFun, T, Acc#{K => [V]})
    end;
groups_2(_Fun, _ValueFun, [], Acc) -> Acc.

proper_reverse([H | T], Acc) -> proper_reverse(T, [H | Acc]);
proper_reverse([], Acc) -> Acc;
proper_reverse(_, _) -> bad.
