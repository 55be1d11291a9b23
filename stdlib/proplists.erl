%% proplists -- support functions for property lists, written in Joist
%% (Level 1 Erlang).
%%
%% Mirrors the `proplists` module of Erlang/OTP 25 (all of its exports).
%% A property list holds tuples whose first element is the key, and atoms
%% A standing for {A, true}; other terms are ignored. The first entry for a
%% key overrides later ones.
%%
%% Deviation: get_keys/1 returns each key once, in order of first
%% occurrence. OTP's order comes from the internal layout of a `sets` hash
%% table and is documented as unspecified ("an unordered list").

-module(proplists).

-export([append_values/2, compact/1, delete/2, expand/2, from_map/1,
         get_all_values/2, get_bool/2, get_keys/1, get_value/2,
         get_value/3, is_defined/2, lookup/2, lookup_all/2, normalize/2,
         property/1, property/2, split/2, substitute_aliases/2,
         substitute_negations/2, to_map/1, to_map/2, unfold/1]).

%% ---------------------------------------------------------------------
%% Normal forms
%% ---------------------------------------------------------------------

property({Key, true}) when is_atom(Key) -> Key;
property(Property) -> Property.

property(Key, true) when is_atom(Key) -> Key;
property(Key, Value) -> {Key, Value}.

unfold([P | Ps]) when is_atom(P) -> [{P, true} | unfold(Ps)];
unfold([P | Ps]) -> [P | unfold(Ps)];
unfold([]) -> [].

compact(ListIn) -> [property(P) || P <- ListIn].

%% ---------------------------------------------------------------------
%% Lookup
%% ---------------------------------------------------------------------

%% The entry P has key Key: P is the atom Key, or a tuple whose first
%% element is Key (exact comparison).
lookup(Key, [P | Ps]) ->
    if
        is_atom(P), P =:= Key -> {Key, true};
        tuple_size(P) >= 1, element(1, P) =:= Key -> P;
        true -> lookup(Key, Ps)
    end;
lookup(_Key, []) -> none.

lookup_all(Key, [P | Ps]) ->
    if
        is_atom(P), P =:= Key -> [{Key, true} | lookup_all(Key, Ps)];
        tuple_size(P) >= 1, element(1, P) =:= Key -> [P | lookup_all(Key, Ps)];
        true -> lookup_all(Key, Ps)
    end;
lookup_all(_Key, []) -> [].

is_defined(Key, [P | Ps]) ->
    if
        is_atom(P), P =:= Key -> true;
        tuple_size(P) >= 1, element(1, P) =:= Key -> true;
        true -> is_defined(Key, Ps)
    end;
is_defined(_Key, []) -> false.

get_value(Key, List) -> get_value(Key, List, undefined).

%% The first entry for Key decides: {Key, V} gives V, the atom Key gives
%% true, any other tuple with that key gives Default.
get_value(Key, [P | Ps], Default) ->
    if
        is_atom(P), P =:= Key -> true;
        tuple_size(P) >= 1, element(1, P) =:= Key ->
            case P of
                {_, Value} -> Value;
                _ -> Default
            end;
        true -> get_value(Key, Ps, Default)
    end;
get_value(_Key, [], Default) -> Default.

get_all_values(Key, [P | Ps]) ->
    if
        is_atom(P), P =:= Key -> [true | get_all_values(Key, Ps)];
        tuple_size(P) >= 1, element(1, P) =:= Key ->
            case P of
                {_, Value} -> [Value | get_all_values(Key, Ps)];
                _ -> get_all_values(Key, Ps)
            end;
        true -> get_all_values(Key, Ps)
    end;
get_all_values(_Key, []) -> [].

append_values(Key, [P | Ps]) ->
    if
        is_atom(P), P =:= Key -> [true | append_values(Key, Ps)];
        tuple_size(P) >= 1, element(1, P) =:= Key ->
            case P of
                {_, Value} when is_list(Value) -> Value ++ append_values(Key, Ps);
                {_, Value} -> [Value | append_values(Key, Ps)];
                _ -> append_values(Key, Ps)
            end;
        true -> append_values(Key, Ps)
    end;
append_values(_Key, []) -> [].

get_bool(Key, [P | Ps]) ->
    if
        is_atom(P), P =:= Key -> true;
        tuple_size(P) >= 1, element(1, P) =:= Key ->
            case P of
                {_, true} -> true;
                _ -> false
            end;
        true -> get_bool(Key, Ps)
    end;
get_bool(_Key, []) -> false.

%% Keys in order of first occurrence (see the deviation note above).
get_keys(Ps) -> get_keys(Ps, #{}).

get_keys([P | Ps], Seen) ->
    if
        is_atom(P) -> get_keys_add(P, Ps, Seen);
        tuple_size(P) >= 1 -> get_keys_add(element(1, P), Ps, Seen);
        true -> get_keys(Ps, Seen)
    end;
get_keys([], _Seen) -> [].

get_keys_add(K, Ps, Seen) ->
    case maps:is_key(K, Seen) of
        true -> get_keys(Ps, Seen);
        false -> [K | get_keys(Ps, maps:put(K, true, Seen))]
    end.

delete(Key, [P | Ps]) ->
    if
        is_atom(P), P =:= Key -> delete(Key, Ps);
        tuple_size(P) >= 1, element(1, P) =:= Key -> delete(Key, Ps);
        true -> [P | delete(Key, Ps)]
    end;
delete(_, []) -> [].

%% ---------------------------------------------------------------------
%% Substitution, expansion, normalisation
%% ---------------------------------------------------------------------

substitute_aliases(As, Props) ->
    [substitute_aliases_1(As, P) || P <- Props].

substitute_aliases_1([{Key, Key1} | As], P) ->
    if
        is_atom(P), P =:= Key -> property(Key1, true);
        tuple_size(P) >= 1, element(1, P) =:= Key ->
            property(setelement(1, P, Key1));
        true -> substitute_aliases_1(As, P)
    end;
substitute_aliases_1([], P) -> P.

substitute_negations(As, Props) ->
    [substitute_negations_1(As, P) || P <- Props].

substitute_negations_1([{Key, Key1} | As], P) ->
    if
        is_atom(P), P =:= Key -> property(Key1, false);
        tuple_size(P) >= 1, element(1, P) =:= Key ->
            case P of
                {_, true} -> property(Key1, false);
                {_, false} -> property(Key1, true);
                _ -> property(Key1, true)
            end;
        true -> substitute_negations_1(As, P)
    end;
substitute_negations_1([], P) -> P.

expand(Es, Ps) when is_list(Ps) ->
    Es1 = [{property(P), V} || {P, V} <- Es],
    flatten_top(expand_0(key_uniq(Es1), Ps)).

expand_0([{P, L} | Es], Ps) -> expand_0(Es, expand_1(P, L, Ps));
expand_0([], Ps) -> Ps.

expand_1(P, L, Ps) ->
    if
        is_atom(P) -> expand_2(P, P, L, Ps);
        tuple_size(P) >= 1 -> expand_2(element(1, P), P, L, Ps);
        true -> Ps
    end.

expand_2(Key, P1, L, [P | Ps]) ->
    if
        is_atom(P), P =:= Key -> expand_3(Key, P1, P, L, Ps);
        tuple_size(P) >= 1, element(1, P) =:= Key ->
            expand_3(Key, P1, property(P), L, Ps);
        true -> [P | expand_2(Key, P1, L, Ps)]
    end;
expand_2(_, _, _, []) -> [].

%% The first entry with the key is replaced by the expansion (a list,
%% flattened afterwards) if it matches, and later entries with the key
%% are deleted; otherwise the list is left alone from here on.
expand_3(Key, P1, P, L, Ps) ->
    if
        P1 =:= P -> [L | delete(Key, Ps)];
        true -> [P | Ps]
    end.

%% Drops expansions whose key equals that of the expansion just before.
key_uniq([{K, V} | Ps]) -> [{K, V} | key_uniq_1(K, Ps)];
key_uniq([]) -> [].

key_uniq_1(K, [{K1, V} | Ps]) ->
    if
        K =:= K1 -> key_uniq_1(K, Ps);
        true -> [{K1, V} | key_uniq_1(K1, Ps)]
    end;
key_uniq_1(_, []) -> [].

%% Top-level flattening only.
flatten_top([E | Es]) when is_list(E) -> E ++ flatten_top(Es);
flatten_top([E | Es]) -> [E | flatten_top(Es)];
flatten_top([]) -> [].

normalize(L, [{aliases, As} | Xs]) -> normalize(substitute_aliases(As, L), Xs);
normalize(L, [{expand, Es} | Xs]) -> normalize(expand(Es, L), Xs);
normalize(L, [{negations, Ns} | Xs]) -> normalize(substitute_negations(Ns, L), Xs);
normalize(L, []) -> compact(L).

%% ---------------------------------------------------------------------
%% Splitting and maps
%% ---------------------------------------------------------------------

split(List, Keys) ->
    {Store, Rest} = split(List, maps:from_list([{K, []} || K <- Keys]), []),
    {[lists:reverse(maps:get(K, Store)) || K <- Keys], lists:reverse(Rest)}.

split([P | Ps], Store, Rest) ->
    if
        is_atom(P) -> split_add(P, P, Ps, Store, Rest);
        tuple_size(P) >= 1 -> split_add(element(1, P), P, Ps, Store, Rest);
        true -> split(Ps, Store, [P | Rest])
    end;
split([], Store, Rest) -> {Store, Rest}.

split_add(Key, P, Ps, Store, Rest) ->
    case Store of
        #{Key := Vs} -> split(Ps, Store#{Key := [P | Vs]}, Rest);
        #{} -> split(Ps, Store, [P | Rest])
    end.

%% Walks the list from its end, so the entry nearest the head wins; a
%% tuple of another size removes the key again.
to_map(List) -> to_map_1(List).

to_map_1([P | Ps]) ->
    M = to_map_1(Ps),
    case P of
        {K, V} -> M#{K => V};
        T when is_tuple(T), tuple_size(T) >= 1 -> maps:remove(element(1, T), M);
        K when is_atom(K) -> M#{K => true};
        _ -> M
    end;
to_map_1([]) -> #{}.

to_map(List, Stages) -> to_map(normalize(List, Stages)).

from_map(Map) -> maps:to_list(Map).
