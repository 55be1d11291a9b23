%% string -- string processing functions, written in Joist (Level 1 Erlang).
%%
%% Mirrors the `string` module of Erlang/OTP 25: the modern Unicode API
%% (length/1, slice/2,3, trim/1,2,3, split/2,3, ...) and the old list API
%% (substr/2,3, tokens/2, strip/1,2,3, ...). All exports of OTP 25's string
%% module are provided.
%%
%% Strings are lists of code points or UTF-8 binaries. For a flat list of
%% code points every function returns exactly what OTP returns (including
%% the deep shapes of pad/2,3,4 and replace/3,4). A binary is decoded, the
%% list algorithm is run, and the results are encoded again where OTP
%% returns binaries; where OTP's binary code behaves differently from its
%% list code (take/4 trailing+complement and nth_lexeme/3 find separators
%% inside grapheme clusters; slice/2,3 return [C | Binary] after a lone CR)
%% that behaviour is reproduced too. Deep or mixed chardata input is
%% accepted but flattened first, so the result is a flat list where OTP
%% might return other chardata with the same characters.
%%
%% Grapheme clusters are computed with OTP 25's own algorithm (CR LF,
%% controls, extend and spacing marks, prepend, Hangul syllables, regional
%% indicator pairs, emoji ZWJ sequences) using the property tables at the
%% end of this file, which are generated from OTP's unicode_util by
%% stdlib/test/gen_unicode_tables.erl (stdlib/test/regen_tables.sh); the
%% case mapping tables (uppercase, lowercase, titlecase, casefold) come
%% from the same place. Both are checked against OTP for every code point
%% by stdlib/test/compare.sh.
%%
%% Deviations from OTP 25:
%%   * equal/4 supports only the normalization `none` (other normal forms
%%     raise {not_supported, Norm}): Joist has no normalization tables.
%%   * to_integer/1 and to_float/1 of deep chardata return the rest as a
%%     flat list.
%%   * For invalid UTF-8 binaries some functions raise a different error.

-module(string).

-compile({no_auto_import, [length/1, list_to_integer/1, list_to_float/1]}).

%% Functions named like auto-imported BIFs (length/1, list_to_integer/1,
%% list_to_float/1) are never called unqualified here; the code calls
%% str_length/1, str_to_int/1 and str_to_float/1 instead.

-export([is_empty/1, length/1, to_graphemes/1, reverse/1,
         equal/2, equal/3, equal/4, slice/2, slice/3,
         pad/2, pad/3, pad/4, trim/1, trim/2, trim/3, chomp/1,
         take/2, take/3, take/4, lexemes/2, nth_lexeme/3,
         uppercase/1, lowercase/1, titlecase/1, casefold/1,
         prefix/2, split/2, split/3, replace/3, replace/4,
         find/2, find/3, next_codepoint/1, next_grapheme/1,
         to_float/1, to_integer/1, list_to_float/1, list_to_integer/1]).

-export([len/1, concat/2, chr/2, rchr/2, str/2, rstr/2, span/2, cspan/2,
         substr/2, substr/3, tokens/2, chars/2, chars/3, copies/2,
         words/1, words/2, strip/1, strip/2, strip/3, sub_word/2,
         sub_word/3, left/2, left/3, right/2, right/3, sub_string/2,
         sub_string/3, centre/2, centre/3, join/2, to_upper/1, to_lower/1]).

%% =====================================================================
%% Input and output helpers
%% =====================================================================

%% Chardata -> flat list of code points.
chars_of(L) when is_list(L) ->
    case is_flat(L) of
        true -> L;
        false -> flat_cd(L, [])
    end;
chars_of(B) when is_binary(B) -> decode(B).
%% (Anything else raises function_clause, as OTP's string functions do.)

is_flat([C | T]) when is_integer(C) -> is_flat(T);
is_flat([]) -> true;
is_flat(_) -> false.

flat_cd([C | T], Tail) when is_integer(C) -> [C | flat_cd(T, Tail)];
flat_cd([L | T], Tail) -> flat_cd(L, flat_cd(T, Tail));
flat_cd([], Tail) -> Tail;
flat_cd(B, Tail) when is_binary(B) -> decode(B) ++ Tail.

decode(<<C/utf8, R/binary>>) -> [C | decode(R)];
decode(<<>>) -> [];
decode(B) -> erlang:error({badarg, B}).

encode(L) -> encode(L, <<>>).

encode([C | T], Acc) -> encode(T, <<Acc/binary, C/utf8>>);
encode([], Acc) -> Acc.

%% Result of a function whose input was Orig: a binary for binary input.
back(Orig, L) when is_binary(Orig) -> encode(L);
back(_Orig, L) -> L.

%% append(GraphemeCluster, String)
app(C, Str) when is_integer(C) -> [C | Str];
app(GC, Str) -> GC ++ Str.

%% rev_app(GraphemeCluster, ReversedAcc)
rev_app(C, Acc) when is_integer(C) -> [C | Acc];
rev_app(GC, Acc) -> lists:reverse(GC, Acc).

%% =====================================================================
%% Code points and grapheme clusters
%% =====================================================================

%% cp(Chardata) -> [CodePoint | RestChardata] | [] | {error, Rest}
cp([C | _] = L) when is_integer(C) -> L;
cp([]) -> [];
cp([[] | R]) -> cp(R);
cp([[H | T] | R]) -> cp([H, T | R]);
cp([B | R]) when is_binary(B) ->
    case B of
        <<>> -> cp(R);
        <<C/utf8, B1/binary>> -> [C, B1 | R];
        _ -> {error, [B | R]}
    end;
cp(<<C/utf8, R/binary>>) -> [C | R];
cp(<<>>) -> [];
cp(B) when is_binary(B) -> {error, B}.

%% gc(Chardata) -> [GraphemeCluster | RestChardata] | [] | {error, Rest}
%% A cluster is a code point or a list of code points (OTP's unicode_util:gc).
gc([C1, C2 | _] = L) when is_integer(C1), C1 < 256, C1 =/= $\r,
                          is_integer(C2), C2 < 256 -> L;
gc(Str) ->
    case cp(Str) of
        [C | R] -> gc_1(R, C);
        Other -> Other
    end.

%% OTP's unicode_util:gc([C | Rest]): as gc_1/2, except that after a lone
%% CR the rest is returned as cp(Rest).
gc_lh($\r, R0) ->
    case cp(R0) of
        [$\n | R1] -> [[$\r, $\n] | R1];
        T -> [$\r | T]
    end;
gc_lh(C, R0) -> gc_1(R0, C).

gc_1(R0, C) ->
    case gc_prop(C) of
        13 ->
            case cp(R0) of
                [$\n | R1] -> [[$\r, $\n] | R1];
                _ -> [C | R0]
            end;
        4 -> [C | R0];
        14 -> [C | R0];
        5 -> gc_prepend(R0, C);
        6 -> gc_ext_pict(R0, [C]);
        7 -> gc_regional(R0, C);
        8 -> gc_h_l(R0, [C]);
        9 -> gc_h_v(R0, [C]);
        10 -> gc_h_t(R0, [C]);
        11 -> gc_h_v(R0, [C]);
        12 -> gc_h_t(R0, [C]);
        _ -> gc_extend(cp(R0), R0, C)
    end.

%% Extend, SpacingMark (1) or ZWJ (3).
is_extend(C) ->
    case gc_prop(C) of
        1 -> true;
        3 -> true;
        _ -> false
    end.

gc_extend([C | T], T0, C0) when is_integer(C) ->
    case is_extend(C) of
        false -> [C0 | T0];
        true -> gc_extend2(cp(T), T, [C, C0])
    end;
gc_extend(_, T0, C0) -> [C0 | T0].

gc_extend2([C | T], T0, Acc) when is_integer(C) ->
    case is_extend(C) of
        false -> [lists:reverse(Acc) | T0];
        true -> gc_extend2(cp(T), T, [C | Acc])
    end;
gc_extend2(_, T0, Acc) -> [lists:reverse(Acc) | T0].

gc_ext_pict(T, Acc) -> gc_ext_pict(cp(T), T, Acc).

gc_ext_pict([C | R1], T0, Acc) when is_integer(C) ->
    case gc_prop(C) of
        3 -> gc_ext_pict_zwj(cp(R1), R1, [C | Acc]);
        1 -> gc_ext_pict(R1, [C | Acc]);
        _ -> add_acc(Acc, T0)
    end;
gc_ext_pict(_, T0, Acc) -> add_acc(Acc, T0).

gc_ext_pict_zwj([C | R1], T0, Acc) when is_integer(C) ->
    case gc_prop(C) of
        6 -> gc_ext_pict(R1, [C | Acc]);
        _ -> add_acc(Acc, T0)
    end;
gc_ext_pict_zwj(_, T0, Acc) -> add_acc(Acc, T0).

add_acc([C], R) -> [C | R];
add_acc(Cs, R) -> [lists:reverse(Cs) | R].

gc_prepend(R00, C0) ->
    case cp(R00) of
        [C1 | R0] ->
            case is_control(C1) of
                true -> [C0 | R00];
                false ->
                    case gc_1(R0, C1) of
                        [GC | R1] when is_integer(GC) -> [[C0, GC] | R1];
                        [GC | R1] -> [[C0 | GC] | R1]
                    end
            end;
        [] -> [C0];
        {error, R} -> [C0 | R]
    end.

is_control(C) ->
    case gc_prop(C) of
        4 -> true;
        13 -> true;
        14 -> true;
        _ -> false
    end.

gc_regional(R0, C0) ->
    case cp(R0) of
        [C | R1] when is_integer(C), C >= 16#1F1E6, C =< 16#1F1FF ->
            gc_extend2(cp(R1), R1, [C, C0]);
        R1 -> gc_extend(R1, R0, C0)
    end.

gc_h_l(R0, Acc) ->
    case cp(R0) of
        [C | R1] = Next when is_integer(C) ->
            case gc_prop(C) of
                8 -> gc_h_l(R1, [C | Acc]);
                9 -> gc_h_v(R1, [C | Acc]);
                11 -> gc_h_v(R1, [C | Acc]);
                12 -> gc_h_t(R1, [C | Acc]);
                _ -> gc_h_end(Next, R0, Acc)
            end;
        Next -> gc_h_end(Next, R0, Acc)
    end.

gc_h_v(R0, Acc) ->
    case cp(R0) of
        [C | R1] = Next when is_integer(C) ->
            case gc_prop(C) of
                9 -> gc_h_v(R1, [C | Acc]);
                10 -> gc_h_t(R1, [C | Acc]);
                _ -> gc_h_end(Next, R0, Acc)
            end;
        Next -> gc_h_end(Next, R0, Acc)
    end.

gc_h_t(R0, Acc) ->
    case cp(R0) of
        [C | R1] = Next when is_integer(C) ->
            case gc_prop(C) of
                10 -> gc_h_t(R1, [C | Acc]);
                _ -> gc_h_end(Next, R0, Acc)
            end;
        Next -> gc_h_end(Next, R0, Acc)
    end.

gc_h_end(Next, R0, [C]) -> gc_extend(Next, R0, C);
gc_h_end(Next, R0, Acc) -> gc_extend2(Next, R0, Acc).

%% Grapheme-break property of a code point (see gc_prop_tab/0).
gc_prop(C) when C < 16#300 ->
    if
        C =:= 13 -> 13;
        C =:= 10 -> 14;
        C < 32 -> 4;
        C < 127 -> 0;
        C < 160 -> 4;
        C =:= 16#AD -> 4;
        C =:= 16#A9 -> 6;
        C =:= 16#AE -> 6;
        true -> 0
    end;
gc_prop(C) when is_integer(C), C =< 16#10FFFF ->
    T = gc_prop_tab(),
    element(2, element(run_search(T, C, 1, tuple_size(T)), T));
gc_prop(C) when is_integer(C) -> 0;
gc_prop(C) -> erlang:error({badarg, C}).

%% Index of the last run in T (sorted on element 1) whose start is =< C.
run_search(_T, _C, Lo, Lo) -> Lo;
run_search(T, C, Lo, Hi) ->
    Mid = (Lo + Hi + 1) div 2,
    case element(1, element(Mid, T)) =< C of
        true -> run_search(T, C, Mid, Hi);
        false -> run_search(T, C, Lo, Mid - 1)
    end.

%% Case mapping of one code point: a code point or a list of them.
case_map(C, _Tab) when is_integer(C), C < 0 -> C;
case_map(C, Tab) when is_integer(C) ->
    {Start, End, Stride, Delta} = element(run_search(Tab, C, 1, tuple_size(Tab)), Tab),
    if
        C > End -> C;
        (C - Start) rem Stride =/= 0 -> C;
        is_integer(Delta) -> C + Delta;
        true -> Delta
    end;
case_map(C, _Tab) -> erlang:error({badarg, C}).

upper_cp(C) when is_integer(C), C >= $a, C =< $z -> C - 32;
upper_cp(C) when is_integer(C), C < 128 -> C;
upper_cp(C) -> case_map(C, uppercase_tab()).

lower_cp(C) when is_integer(C), C >= $A, C =< $Z -> C + 32;
lower_cp(C) when is_integer(C), C < 128 -> C;
lower_cp(C) -> case_map(C, lowercase_tab()).

title_cp(C) when is_integer(C), C >= $a, C =< $z -> C - 32;
title_cp(C) when is_integer(C), C < 128 -> C;
title_cp(C) -> case_map(C, titlecase_tab()).

fold_cp(C) when is_integer(C), C >= $A, C =< $Z -> C + 32;
fold_cp(C) when is_integer(C), C < 128 -> C;
fold_cp(C) -> case_map(C, casefold_tab()).

map_cps(F, [C | T]) -> app(F(C), map_cps(F, T));
map_cps(_F, []) -> [].

%% Separator lists: {Graphemes, FirstCodePoints}.
search_pattern(Seps) -> {Seps, [first_cp(S) || S <- Seps]}.

first_cp(C) when is_integer(C) -> C;
first_cp(GC) -> hd(chars_of(GC)).

%% =====================================================================
%% The Unicode API
%% =====================================================================

is_empty([]) -> true;
is_empty(<<>>) -> true;
is_empty([L | R]) -> is_empty(L) andalso is_empty(R);
is_empty(_) -> false.

%% Number of grapheme clusters.
length(CD) -> str_length(CD).

str_length(CD) -> count_gc(chars_of(CD), 0).

count_gc(L, N) ->
    case gc(L) of
        [_ | R] -> count_gc(R, N + 1);
        [] -> N
    end.

to_graphemes(CD) -> graphemes(chars_of(CD)).

graphemes(L) ->
    case gc(L) of
        [GC | R] -> [GC | graphemes(R)];
        [] -> []
    end.

%% Reversed list of grapheme clusters.
reverse(CD) -> reverse_gc(chars_of(CD), []).

reverse_gc(L, Acc) ->
    case gc(L) of
        [GC | R] -> reverse_gc(R, [GC | Acc]);
        [] -> Acc
    end.

equal(A, B) when is_binary(A), is_binary(B) -> A =:= B;
equal(A, B) -> chars_of(A) =:= chars_of(B).

equal(A, B, false) -> equal(A, B);
equal(A, B, true) ->
    map_cps(fun fold_cp/1, chars_of(A)) =:= map_cps(fun fold_cp/1, chars_of(B)).

equal(A, B, Case, none) -> equal(A, B, Case);
equal(_A, _B, _Case, Norm) -> erlang:error({not_supported, Norm}).

slice(CD, N) when is_binary(CD), is_integer(N), N >= 0 ->
    bslice(CD, N);
slice(CD, N) when is_integer(N), N >= 0 ->
    drop_gc(chars_of(CD), N).

slice(CD, N, Len) when is_binary(CD), is_integer(N), N >= 0,
                       is_integer(Len), Len > 0 ->
    case bslice_l0(CD, N) of
        [] -> <<>>;
        L -> bslice_trail(L, Len)
    end;
slice(CD, N, Len) when is_integer(N), N >= 0, is_integer(Len), Len > 0 ->
    take_gc(drop_gc(chars_of(CD), N), Len);
slice(CD, N, infinity) when is_binary(CD) ->
    bslice(CD, N);
slice(CD, N, infinity) ->
    drop_gc(chars_of(CD), N);
slice(CD, _, 0) ->
    case is_binary(CD) of
        true -> <<>>;
        false -> []
    end.

%% Slicing a binary the way OTP 25 does it, including its quirk that the
%% rest after a lone CR is returned as a list ([C | Binary]).
bslice(Bin, N) ->
    case bslice_l0(Bin, N) of
        [] -> <<>>;
        Res -> Res
    end.

bslice_l0(<<C1/utf8, Bin/binary>>, N) when N > 0 -> bslice_lb(Bin, C1, N);
bslice_l0(Bin, 0) -> Bin;
bslice_l0(<<>>, N) when N > 0 -> [].

bslice_lb(<<C2/utf8, Bin/binary>>, C1, N)
  when C1 < 256, C2 < 256, C1 =/= $\r, N > 1 ->
    bslice_lb(Bin, C2, N - 1);
bslice_lb(Bin, C1, N) ->
    [_ | Rest] = gc_lh(C1, Bin),
    if
        N > 1 ->
            case cp(Rest) of
                [C2 | Cont] -> bslice_lb(Cont, C2, N - 1);
                [] -> <<>>
            end;
        N =:= 1 -> Rest
    end.

bslice_trail(Orig, N) when is_binary(Orig) ->
    case Orig of
        <<C1/utf8, Bin/binary>> when N > 0 ->
            Length = bslice_bytes(Bin, C1, N),
            Sz = byte_size(Orig) - Length,
            <<Keep:Sz/binary, _/binary>> = Orig,
            Keep;
        _ -> <<>>
    end;
bslice_trail(CD, N) when is_list(CD) -> take_gc(CD, N).

%% Bytes left after N grapheme clusters (C1 is the first code point).
bslice_bytes(<<C2/utf8, Bin/binary>>, C1, N)
  when C1 < 256, C2 < 256, C1 =/= $\r, N > 0 ->
    bslice_bytes(Bin, C2, N - 1);
bslice_bytes(CD, C1, N) when N > 0 ->
    [_ | Bin] = gc_lh(C1, CD),
    case cp(Bin) of
        [C2 | Cont] -> bslice_bytes(Cont, C2, N - 1);
        [] -> 0
    end;
bslice_bytes(CD, C1, 0) ->
    byte_size(CD) + byte_size(<<C1/utf8>>).

drop_gc(L, 0) -> L;
drop_gc(L, N) when N > 0 ->
    case gc(L) of
        [_ | R] -> drop_gc(R, N - 1);
        [] -> []
    end.

take_gc(_L, 0) -> [];
take_gc(L, N) ->
    case gc(L) of
        [GC | R] -> app(GC, take_gc(R, N - 1));
        [] -> []
    end.

pad(CD, Length) -> pad(CD, Length, trailing, $\s).

pad(CD, Length, Dir) -> pad(CD, Length, Dir, $\s).

pad(CD, Length, leading, Char) when is_integer(Length) ->
    Len = str_length(CD),
    [lists:duplicate(max(0, Length - Len), Char), CD];
pad(CD, Length, trailing, Char) when is_integer(Length) ->
    Len = str_length(CD),
    [CD | lists:duplicate(max(0, Length - Len), Char)];
pad(CD, Length, both, Char) when is_integer(Length) ->
    Len = str_length(CD),
    Size = max(0, Length - Len),
    Pre = lists:duplicate(Size div 2, Char),
    Post = case Size rem 2 of
               1 -> [Char];
               _ -> []
           end,
    [Pre, CD, Pre | Post].

whitespace() -> [[13, 10], 9, 10, 11, 12, 13, 32, 133, 8206, 8207, 8232, 8233].

trim(Str) -> trim(Str, both, whitespace()).

trim(Str, Dir) -> trim(Str, Dir, whitespace()).

trim(Str, _, []) -> Str;
trim(Str, leading, Seps) when is_list(Seps) ->
    back(Str, trim_l(chars_of(Str), Seps));
trim(Str, trailing, Seps) when is_list(Seps) ->
    back(Str, trim_t(chars_of(Str), search_pattern(Seps)));
trim(Str, both, Seps) when is_list(Seps) ->
    trim(trim(Str, leading, Seps), trailing, Seps).

trim_l(L, Seps) ->
    case gc(L) of
        [GC | R] ->
            case lists:member(GC, Seps) of
                true -> trim_l(R, Seps);
                false -> L
            end;
        [] -> []
    end.

trim_t([C | Cont] = L, {GCs, CPs} = Seps) ->
    case lists:member(C, CPs) of
        true ->
            [GC | R] = gc(L),
            case lists:member(GC, GCs) of
                true ->
                    case trim_t(R, Seps) of
                        [] -> [];
                        Tail -> app(GC, Tail)
                    end;
                false -> app(GC, trim_t(R, Seps))
            end;
        false -> [C | trim_t(Cont, Seps)]
    end;
trim_t([], _Seps) -> [].

chomp(Str) -> trim(Str, trailing, [[$\r, $\n], $\n]).

take(Str, Seps) -> take(Str, Seps, false, leading).

take(Str, Seps, Complement) -> take(Str, Seps, Complement, leading).

take(Str, [], Complement, Dir) ->
    Empty = case is_binary(Str) of
                true -> <<>>;
                false -> []
            end,
    case {Complement, Dir} of
        {false, leading} -> {Empty, Str};
        {false, trailing} -> {Str, Empty};
        {true, leading} -> {Str, Empty};
        {true, trailing} -> {Empty, Str}
    end;
take(Str, Seps, false, leading) ->
    back2(Str, take_l(chars_of(Str), Seps, []));
take(Str, Seps, true, leading) ->
    back2(Str, take_lc(chars_of(Str), search_pattern(Seps), []));
take(Str, Seps, false, trailing) ->
    back2(Str, take_t(chars_of(Str), search_pattern(Seps)));
take(Str, Seps, true, trailing) when is_binary(Str) ->
    back2(Str, take_tc_b(decode(Str), search_pattern(Seps)));
take(Str, Seps, true, trailing) ->
    back2(Str, take_tc(chars_of(Str), search_pattern(Seps))).

back2(Orig, {A, B}) -> {back(Orig, A), back(Orig, B)}.

%% Leading graphemes that are in Seps.
take_l(L, Seps, Acc) ->
    case gc(L) of
        [GC | R] ->
            case lists:member(GC, Seps) of
                true -> take_l(R, Seps, rev_app(GC, Acc));
                false -> {lists:reverse(Acc), L}
            end;
        [] -> {lists:reverse(Acc), []}
    end.

%% Leading part up to the first grapheme in Seps.
take_lc([C | Cont] = L, {GCs, CPs} = Seps, Acc) ->
    case lists:member(C, CPs) of
        true ->
            [GC | R] = gc(L),
            case lists:member(GC, GCs) of
                false -> take_lc(R, Seps, rev_app(GC, Acc));
                true -> {lists:reverse(Acc), L}
            end;
        false -> take_lc(Cont, Seps, [C | Acc])
    end;
take_lc([], _Seps, Acc) -> {lists:reverse(Acc), []}.

%% {Before, TrailingGraphemesInSeps}
take_t([C | Cont] = L, {GCs, CPs} = Seps) ->
    case lists:member(C, CPs) of
        true ->
            [GC | R] = gc(L),
            {Head, Tail} = take_t(R, Seps),
            case lists:member(GC, GCs) of
                true ->
                    case Head of
                        [] -> {Head, app(GC, Tail)};
                        _ -> {app(GC, Head), Tail}
                    end;
                false -> {app(GC, Head), Tail}
            end;
        false ->
            {Head, Tail} = take_t(Cont, Seps),
            {[C | Head], Tail}
    end;
take_t([], _Seps) -> {[], []}.

%% {Before, TrailingGraphemesNotInSeps}
take_tc(L, {GCs, _CPs} = Seps) ->
    case gc(L) of
        [GC | R] ->
            {Head, Tail} = take_tc(R, Seps),
            case lists:member(GC, GCs) of
                false ->
                    case Head of
                        [] -> {Head, app(GC, Tail)};
                        _ -> {app(GC, Head), Tail}
                    end;
                true -> {app(GC, Head), Tail}
            end;
        [] -> {[], []}
    end.

%% take_tc/2 as OTP does it for a binary: separators are searched code point
%% by code point, so one can be found inside a grapheme cluster.
take_tc_b(All, Seps) -> take_tc_b(All, All, Seps).

take_tc_b(All, Rest, {GCs, _} = Seps) ->
    case trim_l(Rest, GCs) of
        [] -> {All, []};
        S1 ->
            case sep_search(S1, Seps) of
                nomatch -> lists:split(erlang:length(All) - erlang:length(S1), All);
                Found -> take_tc_b(All, Found, Seps)
            end
    end.

%% The rest of the string from the first separator on (searched code point
%% by code point; the separator must be a whole grapheme cluster there).
sep_search([C | Cont] = L, {GCs, CPs} = Seps) ->
    case lists:member(C, CPs) of
        true ->
            [GC | R] = gc(L),
            case lists:member(GC, GCs) of
                true -> L;
                false -> sep_search(R, Seps)
            end;
        false -> sep_search(Cont, Seps)
    end;
sep_search([], _Seps) -> nomatch.

uppercase(CD) when is_list(CD) -> map_cps(fun upper_cp/1, chars_of(CD));
uppercase(CD) when is_binary(CD) -> encode(map_cps(fun upper_cp/1, decode(CD)));
uppercase(CD) -> erlang:error({badarg, CD}).

lowercase(CD) when is_list(CD) -> map_cps(fun lower_cp/1, chars_of(CD));
lowercase(CD) when is_binary(CD) -> encode(map_cps(fun lower_cp/1, decode(CD)));
lowercase(CD) -> erlang:error({badarg, CD}).

casefold(CD) when is_list(CD) -> map_cps(fun fold_cp/1, chars_of(CD));
casefold(CD) when is_binary(CD) -> encode(map_cps(fun fold_cp/1, decode(CD)));
casefold(CD) -> erlang:error({badarg, CD}).

%% Titlecase of the first code point only; the rest is left as it is.
titlecase(CD) when is_list(CD) ->
    case cp(CD) of
        [C | T] -> app(title_cp(C), T);
        [] -> []
    end;
titlecase(CD) when is_binary(CD) ->
    case decode(CD) of
        [C | T] -> encode(app(title_cp(C), T));
        [] -> <<>>
    end.

%% Lexemes separated by the grapheme clusters in Seps.
lexemes([], _) -> [];
lexemes(Str, []) -> [Str];
lexemes(Str, Seps) when is_list(Seps) ->
    [back(Str, Lx) || Lx <- lexemes_m(chars_of(Str), search_pattern(Seps), [])].

lexemes_m([C | _] = L, {GCs, CPs} = Seps, Ts) ->
    case lists:member(C, CPs) of
        true ->
            [GC | R] = gc(L),
            case lists:member(GC, GCs) of
                true -> lexemes_m(R, Seps, Ts);
                false ->
                    {Lx, Rest} = lexeme_pick(L, Seps, []),
                    lexemes_m(Rest, Seps, [Lx | Ts])
            end;
        false ->
            {Lx, Rest} = lexeme_pick(L, Seps, []),
            lexemes_m(Rest, Seps, [Lx | Ts])
    end;
lexemes_m([], _Seps, Ts) -> lists:reverse(Ts).

%% Takes one lexeme; also consumes the separator after it.
lexeme_pick([C | Cont] = L, {GCs, CPs} = Seps, Tkn) ->
    case lists:member(C, CPs) of
        true ->
            [GC | R] = gc(L),
            case lists:member(GC, GCs) of
                true -> {lists:reverse(Tkn), R};
                false -> lexeme_pick(R, Seps, rev_app(GC, Tkn))
            end;
        false -> lexeme_pick(Cont, Seps, [C | Tkn])
    end;
lexeme_pick([], _Seps, Tkn) -> {lists:reverse(Tkn), []}.

nth_lexeme(Str, 1, []) -> Str;
nth_lexeme(Str, N, Seps) when is_binary(Str), is_list(Seps), is_integer(N), N > 0 ->
    case Seps of
        [] -> erlang:error(badarg, [Str, N, Seps]);  % as OTP 25
        _ ->
            case nth_lexeme_b(decode(Str), search_pattern(Seps), N) of
                list_empty -> [];
                Lx -> encode(Lx)
            end
    end;
nth_lexeme(Str, N, Seps) when is_list(Seps), is_integer(N), N > 0 ->
    nth_lexeme_m(chars_of(Str), search_pattern(Seps), N).

%% nth_lexeme_m/3 as OTP does it for a binary (see take_tc_b/3). OTP's
%% result is [] rather than <<>> when the skipped separator is a lone
%% prepend character at the very end (its gc/1 then returns a list tail).
nth_lexeme_b(L, {GCs, _} = Seps, N) ->
    case trim_l(L, GCs) of
        [] -> [];
        Cs when N > 1 ->
            case sep_search(Cs, Seps) of
                nomatch -> [];
                Left ->
                    case gc(Left) of
                        [GC] when is_integer(GC) ->
                            case gc_prop(GC) of
                                5 -> list_empty;
                                _ -> []
                            end;
                        [_ | R] -> nth_lexeme_b(R, Seps, N - 1)
                    end
            end;
        Cs ->
            {Lx, _} = lexeme_pick(Cs, Seps, []),
            Lx
    end.

nth_lexeme_m(L, {GCs, _} = Seps, N) ->
    case gc(L) of
        [GC | R] ->
            case lists:member(GC, GCs) of
                true -> nth_lexeme_m(R, Seps, N);
                false when N > 1 -> nth_lexeme_m(lexeme_skip(R, Seps), Seps, N - 1);
                false ->
                    {Lx, _} = lexeme_pick(L, Seps, []),
                    Lx
            end;
        [] -> []
    end.

lexeme_skip([C | Cont] = L, {GCs, CPs} = Seps) ->
    case lists:member(C, CPs) of
        true ->
            [GC | R] = gc(L),
            case lists:member(GC, GCs) of
                true -> R;
                false -> lexeme_skip(R, Seps)
            end;
        false -> lexeme_skip(Cont, Seps)
    end;
lexeme_skip([], _Seps) -> [].

%% Rest of Str after Prefix, or nomatch.
prefix(Str, Prefix0) ->
    case chars_of(Prefix0) of
        [] -> Str;
        Prefix ->
            case prefix_1(chars_of(Str), Prefix) of
                nomatch -> nomatch;
                Rest -> back(Str, Rest)
            end
    end.

%% The needle matches code point by code point, except that its last code
%% point must be a whole grapheme cluster of the string.
prefix_1(L, [Last]) ->
    case gc(L) of
        [Last | R] -> R;
        _ -> nomatch
    end;
prefix_1([C | R], [C | PreR]) -> prefix_1(R, PreR);
prefix_1(_, [_ | _]) -> nomatch.

%% Needle matched at L (whose first code point is C)? Rest | nomatch
match_at(C, C, L, Needle) -> prefix_1(L, Needle);
match_at(_, _, _, _) -> nomatch.

split(String, Pattern) -> split(String, Pattern, leading).

split(String, Pattern, Where) ->
    case is_empty(Pattern) of
        true -> [String];
        false ->
            Needle = chars_of(Pattern),
            case split_1(chars_of(String), Needle, Where, [], []) of
                {_Curr, []} -> [String];
                {_Curr, Acc} when Where =:= trailing -> parts(String, Acc);
                {Curr, Acc} when Where =:= all ->
                    parts(String, lists:reverse([Curr | Acc]));
                Acc when is_list(Acc) -> parts(String, Acc)
            end
    end.

parts(String, Parts) -> [back(String, P) || P <- Parts].

split_1([C | Cs] = L, [N | _] = Needle, Where, Curr, Acc) ->
    case match_at(C, N, L, Needle) of
        nomatch -> split_1(Cs, Needle, Where, [C | Curr], Acc);
        Rest when Where =:= leading ->
            [lists:reverse(Curr), Rest];
        Rest when Where =:= trailing ->
            split_1(Cs, Needle, Where, [C | Curr], [lists:reverse(Curr), Rest]);
        Rest when Where =:= all ->
            split_1(Rest, Needle, Where, [], [lists:reverse(Curr) | Acc])
    end;
split_1([], _Needle, _Where, Curr, Acc) ->
    {lists:reverse(Curr), Acc}.

replace(String, Pattern, Replacement) ->
    join_with(Replacement, split(String, Pattern)).

replace(String, Pattern, Replacement, Where) ->
    join_with(Replacement, split(String, Pattern, Where)).

%% lists:join/2
join_with(_Sep, []) -> [];
join_with(Sep, [H | T]) -> [H | join_prepend(Sep, T)].

join_prepend(_Sep, []) -> [];
join_prepend(Sep, [H | T]) -> [Sep, H | join_prepend(Sep, T)].

find(String, Pattern) -> find(String, Pattern, leading).

find(String, "", _) -> String;
find(String, <<>>, _) -> String;
find(String, Pattern, leading) ->
    found(String, find_l(chars_of(String), chars_of(Pattern)));
find(String, Pattern, trailing) ->
    found(String, find_r(chars_of(String), chars_of(Pattern), nomatch)).

found(_String, nomatch) -> nomatch;
found(String, Rest) -> back(String, Rest).

find_l([C | Cs] = L, [N | _] = Needle) ->
    case match_at(C, N, L, Needle) of
        nomatch -> find_l(Cs, Needle);
        _ -> L
    end;
find_l([], [_ | _]) -> nomatch.

find_r([C | Cs] = L, [N | _] = Needle, Res) ->
    case match_at(C, N, L, Needle) of
        nomatch -> find_r(Cs, Needle, Res);
        _ -> find_r(Cs, Needle, L)
    end;
find_r([], [_ | _], Res) -> Res.

next_grapheme(CD) -> gc(CD).

next_codepoint(CD) -> cp(CD).

%% {Integer, Rest} | {error, no_integer | badarg}
to_integer(String) ->
    try take(String, "+-0123456789") of
        {Head, Tail} ->
            case is_empty(Head) of
                true -> {error, no_integer};
                false ->
                    List = chars_of(Head),
                    case str_to_int(List) of
                        {error, _} = Err -> Err;
                        {Int, Rest} -> to_number(String, Int, Rest, List, Tail)
                    end
            end
    catch
        _:_ -> {error, badarg}
    end.

%% {Float, Rest} | {error, no_float | badarg}
to_float(String) ->
    try take(String, "+-0123456789eE.,") of
        {Head, Tail} ->
            case is_empty(Head) of
                true -> {error, no_float};
                false ->
                    List = chars_of(Head),
                    case str_to_float(List) of
                        {error, _} = Err -> Err;
                        {Float, Rest} -> to_number(String, Float, Rest, List, Tail)
                    end
            end
    catch
        _:_ -> {error, badarg}
    end.

to_number(String, Number, Rest, List, _Tail) when is_binary(String) ->
    BSz = erlang:length(List) - erlang:length(Rest),
    <<_:BSz/binary, Cont/binary>> = String,
    {Number, Cont};
to_number(_, Number, Rest, _, Tail) ->
    {Number, Rest ++ chars_of(Tail)}.

%% string:list_to_integer/1 (an undocumented BIF in OTP):
%% [+-]?[0-9]+ at the start of a string.
list_to_integer(L) -> str_to_int(L).

str_to_int(L) when is_list(L) ->
    case L of
        [$- | T] -> int_digits(T, -1);
        [$+ | T] -> int_digits(T, 1);
        _ -> int_digits(L, 1)
    end;
str_to_int(_) -> {error, not_a_list}.

int_digits([D | T], Sign) when is_integer(D), D >= $0, D =< $9 ->
    int_digits(T, Sign, D - $0);
int_digits(_, _Sign) -> {error, no_integer}.

int_digits([D | T], Sign, Acc) when is_integer(D), D >= $0, D =< $9 ->
    int_digits(T, Sign, Acc * 10 + (D - $0));
int_digits(Rest, Sign, Acc) -> {Sign * Acc, Rest}.

%% string:list_to_float/1 (an undocumented BIF in OTP):
%% [+-]?[0-9]+[.,][0-9]+([eE][+-]?[0-9]+)? at the start of a string.
list_to_float(L) -> str_to_float(L).

str_to_float(L) when is_list(L) ->
    {Sign, L1} = case L of
                     [$- | T] -> {"-", T};
                     [$+ | T] -> {"+", T};
                     _ -> {"", L}
                 end,
    case digits(L1, []) of
        {[_ | _] = Int, [P | L2]} when P =:= $.; P =:= $, ->
            case digits(L2, []) of
                {[_ | _] = Frac, L3} ->
                    {Exp, Rest} = float_exp(L3),
                    make_float(Sign ++ Int ++ "." ++ Frac ++ Exp, Rest);
                _ -> {error, no_float}
            end;
        _ -> {error, no_float}
    end;
str_to_float(_) -> {error, not_a_list}.

digits([D | T], Acc) when is_integer(D), D >= $0, D =< $9 -> digits(T, [D | Acc]);
digits(Rest, Acc) -> {lists:reverse(Acc), Rest}.

float_exp([E | T] = L) when E =:= $e; E =:= $E ->
    {ESign, T1} = case T of
                      [$- | T2] -> {"-", T2};
                      [$+ | T2] -> {"+", T2};
                      _ -> {"", T}
                  end,
    case digits(T1, []) of
        {[_ | _] = Ds, Rest} -> {"e" ++ ESign ++ Ds, Rest};
        _ -> {"", L}
    end;
float_exp(L) -> {"", L}.

make_float(Text, Rest) ->
    try erlang:list_to_float(Text) of
        F -> {F, Rest}
    catch
        _:_ -> {error, no_float}
    end.

%% =====================================================================
%% The old list API (flat lists of characters only)
%% =====================================================================

len(S) -> erlang:length(S).

concat(S1, S2) -> S1 ++ S2.

chr(S, C) when is_integer(C) -> chr(S, C, 1).

chr([C | _Cs], C, I) -> I;
chr([_ | Cs], C, I) -> chr(Cs, C, I + 1);
chr([], _C, _I) -> 0.

rchr(S, C) when is_integer(C) -> rchr(S, C, 1, 0).

rchr([C | Cs], C, I, _L) -> rchr(Cs, C, I + 1, I);
rchr([_ | Cs], C, I, L) -> rchr(Cs, C, I + 1, L);
rchr([], _C, _I, L) -> L.

str(S, Sub) when is_list(Sub) -> str(S, Sub, 1).

str([C | S], [C | Sub], I) ->
    case l_prefix(Sub, S) of
        true -> I;
        false -> str(S, [C | Sub], I + 1)
    end;
str([_ | S], Sub, I) -> str(S, Sub, I + 1);
str([], _Sub, _I) -> 0.

rstr(S, Sub) when is_list(Sub) -> rstr(S, Sub, 1, 0).

rstr([C | S], [C | Sub], I, L) ->
    case l_prefix(Sub, S) of
        true -> rstr(S, [C | Sub], I + 1, I);
        false -> rstr(S, [C | Sub], I + 1, L)
    end;
rstr([_ | S], Sub, I, L) -> rstr(S, Sub, I + 1, L);
rstr([], _Sub, _I, L) -> L.

l_prefix([C | Pre], [C | String]) -> l_prefix(Pre, String);
l_prefix([], String) when is_list(String) -> true;
l_prefix(Pre, String) when is_list(Pre), is_list(String) -> false.

span(S, Cs) when is_list(Cs) -> span(S, Cs, 0).

span([C | S], Cs, I) ->
    case lists:member(C, Cs) of
        true -> span(S, Cs, I + 1);
        false -> I
    end;
span([], _Cs, I) -> I.

cspan(S, Cs) when is_list(Cs) -> cspan(S, Cs, 0).

cspan([C | S], Cs, I) ->
    case lists:member(C, Cs) of
        true -> I;
        false -> cspan(S, Cs, I + 1)
    end;
cspan([], _Cs, I) -> I.

substr(String, 1) when is_list(String) -> String;
substr(String, S) when is_integer(S), S > 1 -> substr2(String, S).

substr(String, S, L) when is_integer(S), S >= 1, is_integer(L), L >= 0 ->
    substr1(substr2(String, S), L).

substr1([C | String], L) when L > 0 -> [C | substr1(String, L - 1)];
substr1(String, _L) when is_list(String) -> [].

substr2(String, 1) when is_list(String) -> String;
substr2([_ | String], S) -> substr2(String, S - 1).

tokens(S, Seps) ->
    case Seps of
        [] ->
            case S of
                [] -> [];
                [_ | _] -> [S]
            end;
        [C] -> tokens_single_1(lists:reverse(S), C, []);
        [_ | _] -> tokens_multiple_1(lists:reverse(S), Seps, [])
    end.

tokens_single_1([Sep | S], Sep, Toks) -> tokens_single_1(S, Sep, Toks);
tokens_single_1([C | S], Sep, Toks) -> tokens_single_2(S, Sep, Toks, [C]);
tokens_single_1([], _, Toks) -> Toks.

tokens_single_2([Sep | S], Sep, Toks, Tok) -> tokens_single_1(S, Sep, [Tok | Toks]);
tokens_single_2([C | S], Sep, Toks, Tok) -> tokens_single_2(S, Sep, Toks, [C | Tok]);
tokens_single_2([], _Sep, Toks, Tok) -> [Tok | Toks].

tokens_multiple_1([C | S], Seps, Toks) ->
    case lists:member(C, Seps) of
        true -> tokens_multiple_1(S, Seps, Toks);
        false -> tokens_multiple_2(S, Seps, Toks, [C])
    end;
tokens_multiple_1([], _Seps, Toks) -> Toks.

tokens_multiple_2([C | S], Seps, Toks, Tok) ->
    case lists:member(C, Seps) of
        true -> tokens_multiple_1(S, Seps, [Tok | Toks]);
        false -> tokens_multiple_2(S, Seps, Toks, [C | Tok])
    end;
tokens_multiple_2([], _Seps, Toks, Tok) -> [Tok | Toks].

chars(C, N) -> chars(C, N, []).

chars(C, N, Tail) when N > 0 -> chars(C, N - 1, [C | Tail]);
chars(C, 0, Tail) when is_integer(C) -> Tail.

copies(CharList, Num) when is_list(CharList), is_integer(Num), Num >= 0 ->
    copies(CharList, Num, []).

copies(_CharList, 0, R) -> R;
copies(CharList, Num, R) -> copies(CharList, Num - 1, CharList ++ R).

words(String) -> words(String, $\s).

words(String, Char) when is_integer(Char) ->
    w_count(strip(String, both, Char), Char, 0).

w_count([], _, Num) -> Num + 1;
w_count([H | T], H, Num) -> w_count(strip(T, left, H), H, Num + 1);
w_count([_H | T], Char, Num) -> w_count(T, Char, Num).

sub_word(String, Index) -> sub_word(String, Index, $\s).

sub_word(String, Index, Char) when is_integer(Index), is_integer(Char) ->
    case words(String, Char) of
        Num when Num < Index -> [];
        _Num -> s_word(strip(String, left, Char), Index, Char, 1, [])
    end.

s_word([], _, _, _, Res) -> lists:reverse(Res);
s_word([Char | _], Index, Char, Index, Res) -> lists:reverse(Res);
s_word([H | T], Index, Char, Index, Res) -> s_word(T, Index, Char, Index, [H | Res]);
s_word([Char | T], Stop, Char, Index, Res) when Index < Stop ->
    s_word(strip(T, left, Char), Stop, Char, Index + 1, Res);
s_word([_ | T], Stop, Char, Index, Res) when Index < Stop ->
    s_word(T, Stop, Char, Index, Res).

strip(String) -> strip(String, both).

strip(String, left) -> strip_left(String, $\s);
strip(String, right) -> strip_right(String, $\s);
strip(String, both) -> strip_right(strip_left(String, $\s), $\s).

strip(String, right, Char) -> strip_right(String, Char);
strip(String, left, Char) -> strip_left(String, Char);
strip(String, both, Char) -> strip_right(strip_left(String, Char), Char).

strip_left([Sc | S], Sc) -> strip_left(S, Sc);
strip_left([_ | _] = S, Sc) when is_integer(Sc) -> S;
strip_left([], Sc) when is_integer(Sc) -> [].

strip_right([Sc | S], Sc) ->
    case strip_right(S, Sc) of
        [] -> [];
        T -> [Sc | T]
    end;
strip_right([C | S], Sc) -> [C | strip_right(S, Sc)];
strip_right([], Sc) when is_integer(Sc) -> [].

left(String, Len) when is_integer(Len) -> left(String, Len, $\s).

left(String, Len, Char) when is_integer(Char) ->
    Slen = erlang:length(String),
    if
        Slen > Len -> substr(String, 1, Len);
        Slen < Len -> String ++ chars(Char, Len - Slen);
        Slen =:= Len -> String
    end.

right(String, Len) when is_integer(Len) -> right(String, Len, $\s).

right(String, Len, Char) when is_integer(Char) ->
    Slen = erlang:length(String),
    if
        Slen > Len -> substr(String, Slen - Len + 1);
        Slen < Len -> chars(Char, Len - Slen, String);
        Slen =:= Len -> String
    end.

centre(String, Len) when is_integer(Len) -> centre(String, Len, $\s).

centre(String, 0, Char) when is_list(String), is_integer(Char) -> [];
centre(String, Len, Char) when is_integer(Char) ->
    Slen = erlang:length(String),
    if
        Slen > Len -> substr(String, (Slen - Len) div 2 + 1, Len);
        Slen < Len ->
            N = (Len - Slen) div 2,
            chars(Char, N, String ++ chars(Char, Len - (Slen + N)));
        Slen =:= Len -> String
    end.

sub_string(String, Start) -> substr(String, Start).

sub_string(String, Start, Stop) -> substr(String, Start, Stop - Start + 1).

%% Latin-1 letters only.
to_lower(S) when is_list(S) -> [to_lower_char(C) || C <- S];
to_lower(C) when is_integer(C) -> to_lower_char(C).

to_upper(S) when is_list(S) -> [to_upper_char(C) || C <- S];
to_upper(C) when is_integer(C) -> to_upper_char(C).

to_lower_char(C) when is_integer(C), $A =< C, C =< $Z -> C + 32;
to_lower_char(C) when is_integer(C), 16#C0 =< C, C =< 16#D6 -> C + 32;
to_lower_char(C) when is_integer(C), 16#D8 =< C, C =< 16#DE -> C + 32;
to_lower_char(C) -> C.

to_upper_char(C) when is_integer(C), $a =< C, C =< $z -> C - 32;
to_upper_char(C) when is_integer(C), 16#E0 =< C, C =< 16#F6 -> C - 32;
to_upper_char(C) when is_integer(C), 16#F8 =< C, C =< 16#FE -> C - 32;
to_upper_char(C) -> C.

join([], Sep) when is_list(Sep) -> [];
join([H | T], Sep) -> H ++ join_rest(T, Sep).

%% lists:append([Sep ++ X || X <- T])
join_rest([X], Sep) -> Sep ++ X;
join_rest([X | T], Sep) -> (Sep ++ X) ++ join_rest(T, Sep);
join_rest([], _Sep) -> [].

%% =====================================================================
%% BEGIN GENERATED TABLES (stdlib/test/gen_unicode_tables.erl)
%% Derived from Erlang/OTP 25 unicode_util; do not edit by hand.

%% Grapheme-break property runs: {Start, Property}, sorted.
gc_prop_tab() ->
    {{0,4},{10,14},{11,4},{13,13},{14,4},{32,0},{127,4},{160,0},{169,6},{170,0},
     {173,4},{174,6},{175,0},{768,1},{880,0},{1155,1},{1162,0},{1425,1},{1470,0},
     {1471,1},{1472,0},{1473,1},{1475,0},{1476,1},{1478,0},{1479,1},{1480,0},
     {1536,5},{1542,0},{1552,1},{1563,0},{1564,4},{1565,0},{1611,1},{1632,0},
     {1648,1},{1649,0},{1750,1},{1757,5},{1758,0},{1759,1},{1765,0},{1767,1},
     {1769,0},{1770,1},{1774,0},{1807,5},{1808,0},{1809,1},{1810,0},{1840,1},
     {1867,0},{1958,1},{1969,0},{2027,1},{2036,0},{2045,1},{2046,0},{2070,1},
     {2074,0},{2075,1},{2084,0},{2085,1},{2088,0},{2089,1},{2094,0},{2137,1},
     {2140,0},{2192,5},{2194,0},{2200,1},{2208,0},{2250,1},{2274,5},{2275,1},
     {2308,0},{2362,1},{2365,0},{2366,1},{2384,0},{2385,1},{2392,0},{2402,1},
     {2404,0},{2433,1},{2436,0},{2492,1},{2493,0},{2494,1},{2501,0},{2503,1},
     {2505,0},{2507,1},{2510,0},{2519,1},{2520,0},{2530,1},{2532,0},{2558,1},
     {2559,0},{2561,1},{2564,0},{2620,1},{2621,0},{2622,1},{2627,0},{2631,1},
     {2633,0},{2635,1},{2638,0},{2641,1},{2642,0},{2672,1},{2674,0},{2677,1},
     {2678,0},{2689,1},{2692,0},{2748,1},{2749,0},{2750,1},{2758,0},{2759,1},
     {2762,0},{2763,1},{2766,0},{2786,1},{2788,0},{2810,1},{2816,0},{2817,1},
     {2820,0},{2876,1},{2877,0},{2878,1},{2885,0},{2887,1},{2889,0},{2891,1},
     {2894,0},{2901,1},{2904,0},{2914,1},{2916,0},{2946,1},{2947,0},{3006,1},
     {3011,0},{3014,1},{3017,0},{3018,1},{3022,0},{3031,1},{3032,0},{3072,1},
     {3077,0},{3132,1},{3133,0},{3134,1},{3141,0},{3142,1},{3145,0},{3146,1},
     {3150,0},{3157,1},{3159,0},{3170,1},{3172,0},{3201,1},{3204,0},{3260,1},
     {3261,0},{3262,1},{3269,0},{3270,1},{3273,0},{3274,1},{3278,0},{3285,1},
     {3287,0},{3298,1},{3300,0},{3328,1},{3332,0},{3387,1},{3389,0},{3390,1},
     {3397,0},{3398,1},{3401,0},{3402,1},{3406,5},{3407,0},{3415,1},{3416,0},
     {3426,1},{3428,0},{3457,1},{3460,0},{3530,1},{3531,0},{3535,1},{3541,0},
     {3542,1},{3543,0},{3544,1},{3552,0},{3570,1},{3572,0},{3633,1},{3634,0},
     {3635,1},{3643,0},{3655,1},{3663,0},{3761,1},{3762,0},{3763,1},{3773,0},
     {3784,1},{3790,0},{3864,1},{3866,0},{3893,1},{3894,0},{3895,1},{3896,0},
     {3897,1},{3898,0},{3902,1},{3904,0},{3953,1},{3973,0},{3974,1},{3976,0},
     {3981,1},{3992,0},{3993,1},{4029,0},{4038,1},{4039,0},{4141,1},{4152,0},
     {4153,1},{4159,0},{4182,1},{4186,0},{4190,1},{4193,0},{4209,1},{4213,0},
     {4226,1},{4227,0},{4228,1},{4231,0},{4237,1},{4238,0},{4253,1},{4254,0},
     {4352,8},{4448,9},{4520,10},{4608,0},{4957,1},{4960,0},{5906,1},{5910,0},
     {5938,1},{5941,0},{5970,1},{5972,0},{6002,1},{6004,0},{6068,1},{6100,0},
     {6109,1},{6110,0},{6155,1},{6158,4},{6159,1},{6160,0},{6277,1},{6279,0},
     {6313,1},{6314,0},{6432,1},{6444,0},{6448,1},{6460,0},{6679,1},{6684,0},
     {6741,1},{6751,0},{6752,1},{6753,0},{6754,1},{6755,0},{6757,1},{6781,0},
     {6783,1},{6784,0},{6832,1},{6863,0},{6912,1},{6917,0},{6964,1},{6981,0},
     {7019,1},{7028,0},{7040,1},{7043,0},{7073,1},{7086,0},{7142,1},{7156,0},
     {7204,1},{7224,0},{7376,1},{7379,0},{7380,1},{7401,0},{7405,1},{7406,0},
     {7412,1},{7413,0},{7415,1},{7418,0},{7616,1},{7680,0},{8203,4},{8204,1},
     {8205,3},{8206,4},{8208,0},{8232,4},{8239,0},{8252,6},{8253,0},{8265,6},
     {8266,0},{8288,4},{8304,0},{8400,1},{8433,0},{8482,6},{8483,0},{8505,6},
     {8506,0},{8596,6},{8602,0},{8617,6},{8619,0},{8986,6},{8988,0},{9000,6},
     {9001,0},{9096,6},{9097,0},{9167,6},{9168,0},{9193,6},{9204,0},{9208,6},
     {9211,0},{9410,6},{9411,0},{9642,6},{9644,0},{9654,6},{9655,0},{9664,6},
     {9665,0},{9723,6},{9727,0},{9728,6},{9734,0},{9735,6},{9747,0},{9748,6},
     {9862,0},{9872,6},{9990,0},{9992,6},{10003,0},{10004,6},{10005,0},{10006,6},
     {10007,0},{10013,6},{10014,0},{10017,6},{10018,0},{10024,6},{10025,0},
     {10035,6},{10037,0},{10052,6},{10053,0},{10055,6},{10056,0},{10060,6},
     {10061,0},{10062,6},{10063,0},{10067,6},{10070,0},{10071,6},{10072,0},
     {10083,6},{10088,0},{10133,6},{10136,0},{10145,6},{10146,0},{10160,6},
     {10161,0},{10175,6},{10176,0},{10548,6},{10550,0},{11013,6},{11016,0},
     {11035,6},{11037,0},{11088,6},{11089,0},{11093,6},{11094,0},{11503,1},
     {11506,0},{11647,1},{11648,0},{11744,1},{11776,0},{12330,1},{12336,6},
     {12337,0},{12349,6},{12350,0},{12441,1},{12443,0},{12951,6},{12952,0},
     {12953,6},{12954,0},{42607,1},{42611,0},{42612,1},{42622,0},{42654,1},
     {42656,0},{42736,1},{42738,0},{43010,1},{43011,0},{43014,1},{43015,0},
     {43019,1},{43020,0},{43043,1},{43048,0},{43052,1},{43053,0},{43136,1},
     {43138,0},{43188,1},{43206,0},{43232,1},{43250,0},{43263,1},{43264,0},
     {43302,1},{43310,0},{43335,1},{43348,0},{43360,8},{43389,0},{43392,1},
     {43396,0},{43443,1},{43457,0},{43493,1},{43494,0},{43561,1},{43575,0},
     {43587,1},{43588,0},{43596,1},{43598,0},{43644,1},{43645,0},{43696,1},
     {43697,0},{43698,1},{43701,0},{43703,1},{43705,0},{43710,1},{43712,0},
     {43713,1},{43714,0},{43755,1},{43760,0},{43765,1},{43767,0},{44003,1},
     {44011,0},{44012,1},{44014,0},{44032,11},{44033,12},{44060,11},{44061,12},
     {44088,11},{44089,12},{44116,11},{44117,12},{44144,11},{44145,12},{44172,11},
     {44173,12},{44200,11},{44201,12},{44228,11},{44229,12},{44256,11},{44257,12},
     {44284,11},{44285,12},{44312,11},{44313,12},{44340,11},{44341,12},{44368,11},
     {44369,12},{44396,11},{44397,12},{44424,11},{44425,12},{44452,11},{44453,12},
     {44480,11},{44481,12},{44508,11},{44509,12},{44536,11},{44537,12},{44564,11},
     {44565,12},{44592,11},{44593,12},{44620,11},{44621,12},{44648,11},{44649,12},
     {44676,11},{44677,12},{44704,11},{44705,12},{44732,11},{44733,12},{44760,11},
     {44761,12},{44788,11},{44789,12},{44816,11},{44817,12},{44844,11},{44845,12},
     {44872,11},{44873,12},{44900,11},{44901,12},{44928,11},{44929,12},{44956,11},
     {44957,12},{44984,11},{44985,12},{45012,11},{45013,12},{45040,11},{45041,12},
     {45068,11},{45069,12},{45096,11},{45097,12},{45124,11},{45125,12},{45152,11},
     {45153,12},{45180,11},{45181,12},{45208,11},{45209,12},{45236,11},{45237,12},
     {45264,11},{45265,12},{45292,11},{45293,12},{45320,11},{45321,12},{45348,11},
     {45349,12},{45376,11},{45377,12},{45404,11},{45405,12},{45432,11},{45433,12},
     {45460,11},{45461,12},{45488,11},{45489,12},{45516,11},{45517,12},{45544,11},
     {45545,12},{45572,11},{45573,12},{45600,11},{45601,12},{45628,11},{45629,12},
     {45656,11},{45657,12},{45684,11},{45685,12},{45712,11},{45713,12},{45740,11},
     {45741,12},{45768,11},{45769,12},{45796,11},{45797,12},{45824,11},{45825,12},
     {45852,11},{45853,12},{45880,11},{45881,12},{45908,11},{45909,12},{45936,11},
     {45937,12},{45964,11},{45965,12},{45992,11},{45993,12},{46020,11},{46021,12},
     {46048,11},{46049,12},{46076,11},{46077,12},{46104,11},{46105,12},{46132,11},
     {46133,12},{46160,11},{46161,12},{46188,11},{46189,12},{46216,11},{46217,12},
     {46244,11},{46245,12},{46272,11},{46273,12},{46300,11},{46301,12},{46328,11},
     {46329,12},{46356,11},{46357,12},{46384,11},{46385,12},{46412,11},{46413,12},
     {46440,11},{46441,12},{46468,11},{46469,12},{46496,11},{46497,12},{46524,11},
     {46525,12},{46552,11},{46553,12},{46580,11},{46581,12},{46608,11},{46609,12},
     {46636,11},{46637,12},{46664,11},{46665,12},{46692,11},{46693,12},{46720,11},
     {46721,12},{46748,11},{46749,12},{46776,11},{46777,12},{46804,11},{46805,12},
     {46832,11},{46833,12},{46860,11},{46861,12},{46888,11},{46889,12},{46916,11},
     {46917,12},{46944,11},{46945,12},{46972,11},{46973,12},{47000,11},{47001,12},
     {47028,11},{47029,12},{47056,11},{47057,12},{47084,11},{47085,12},{47112,11},
     {47113,12},{47140,11},{47141,12},{47168,11},{47169,12},{47196,11},{47197,12},
     {47224,11},{47225,12},{47252,11},{47253,12},{47280,11},{47281,12},{47308,11},
     {47309,12},{47336,11},{47337,12},{47364,11},{47365,12},{47392,11},{47393,12},
     {47420,11},{47421,12},{47448,11},{47449,12},{47476,11},{47477,12},{47504,11},
     {47505,12},{47532,11},{47533,12},{47560,11},{47561,12},{47588,11},{47589,12},
     {47616,11},{47617,12},{47644,11},{47645,12},{47672,11},{47673,12},{47700,11},
     {47701,12},{47728,11},{47729,12},{47756,11},{47757,12},{47784,11},{47785,12},
     {47812,11},{47813,12},{47840,11},{47841,12},{47868,11},{47869,12},{47896,11},
     {47897,12},{47924,11},{47925,12},{47952,11},{47953,12},{47980,11},{47981,12},
     {48008,11},{48009,12},{48036,11},{48037,12},{48064,11},{48065,12},{48092,11},
     {48093,12},{48120,11},{48121,12},{48148,11},{48149,12},{48176,11},{48177,12},
     {48204,11},{48205,12},{48232,11},{48233,12},{48260,11},{48261,12},{48288,11},
     {48289,12},{48316,11},{48317,12},{48344,11},{48345,12},{48372,11},{48373,12},
     {48400,11},{48401,12},{48428,11},{48429,12},{48456,11},{48457,12},{48484,11},
     {48485,12},{48512,11},{48513,12},{48540,11},{48541,12},{48568,11},{48569,12},
     {48596,11},{48597,12},{48624,11},{48625,12},{48652,11},{48653,12},{48680,11},
     {48681,12},{48708,11},{48709,12},{48736,11},{48737,12},{48764,11},{48765,12},
     {48792,11},{48793,12},{48820,11},{48821,12},{48848,11},{48849,12},{48876,11},
     {48877,12},{48904,11},{48905,12},{48932,11},{48933,12},{48960,11},{48961,12},
     {48988,11},{48989,12},{49016,11},{49017,12},{49044,11},{49045,12},{49072,11},
     {49073,12},{49100,11},{49101,12},{49128,11},{49129,12},{49156,11},{49157,12},
     {49184,11},{49185,12},{49212,11},{49213,12},{49240,11},{49241,12},{49268,11},
     {49269,12},{49296,11},{49297,12},{49324,11},{49325,12},{49352,11},{49353,12},
     {49380,11},{49381,12},{49408,11},{49409,12},{49436,11},{49437,12},{49464,11},
     {49465,12},{49492,11},{49493,12},{49520,11},{49521,12},{49548,11},{49549,12},
     {49576,11},{49577,12},{49604,11},{49605,12},{49632,11},{49633,12},{49660,11},
     {49661,12},{49688,11},{49689,12},{49716,11},{49717,12},{49744,11},{49745,12},
     {49772,11},{49773,12},{49800,11},{49801,12},{49828,11},{49829,12},{49856,11},
     {49857,12},{49884,11},{49885,12},{49912,11},{49913,12},{49940,11},{49941,12},
     {49968,11},{49969,12},{49996,11},{49997,12},{50024,11},{50025,12},{50052,11},
     {50053,12},{50080,11},{50081,12},{50108,11},{50109,12},{50136,11},{50137,12},
     {50164,11},{50165,12},{50192,11},{50193,12},{50220,11},{50221,12},{50248,11},
     {50249,12},{50276,11},{50277,12},{50304,11},{50305,12},{50332,11},{50333,12},
     {50360,11},{50361,12},{50388,11},{50389,12},{50416,11},{50417,12},{50444,11},
     {50445,12},{50472,11},{50473,12},{50500,11},{50501,12},{50528,11},{50529,12},
     {50556,11},{50557,12},{50584,11},{50585,12},{50612,11},{50613,12},{50640,11},
     {50641,12},{50668,11},{50669,12},{50696,11},{50697,12},{50724,11},{50725,12},
     {50752,11},{50753,12},{50780,11},{50781,12},{50808,11},{50809,12},{50836,11},
     {50837,12},{50864,11},{50865,12},{50892,11},{50893,12},{50920,11},{50921,12},
     {50948,11},{50949,12},{50976,11},{50977,12},{51004,11},{51005,12},{51032,11},
     {51033,12},{51060,11},{51061,12},{51088,11},{51089,12},{51116,11},{51117,12},
     {51144,11},{51145,12},{51172,11},{51173,12},{51200,11},{51201,12},{51228,11},
     {51229,12},{51256,11},{51257,12},{51284,11},{51285,12},{51312,11},{51313,12},
     {51340,11},{51341,12},{51368,11},{51369,12},{51396,11},{51397,12},{51424,11},
     {51425,12},{51452,11},{51453,12},{51480,11},{51481,12},{51508,11},{51509,12},
     {51536,11},{51537,12},{51564,11},{51565,12},{51592,11},{51593,12},{51620,11},
     {51621,12},{51648,11},{51649,12},{51676,11},{51677,12},{51704,11},{51705,12},
     {51732,11},{51733,12},{51760,11},{51761,12},{51788,11},{51789,12},{51816,11},
     {51817,12},{51844,11},{51845,12},{51872,11},{51873,12},{51900,11},{51901,12},
     {51928,11},{51929,12},{51956,11},{51957,12},{51984,11},{51985,12},{52012,11},
     {52013,12},{52040,11},{52041,12},{52068,11},{52069,12},{52096,11},{52097,12},
     {52124,11},{52125,12},{52152,11},{52153,12},{52180,11},{52181,12},{52208,11},
     {52209,12},{52236,11},{52237,12},{52264,11},{52265,12},{52292,11},{52293,12},
     {52320,11},{52321,12},{52348,11},{52349,12},{52376,11},{52377,12},{52404,11},
     {52405,12},{52432,11},{52433,12},{52460,11},{52461,12},{52488,11},{52489,12},
     {52516,11},{52517,12},{52544,11},{52545,12},{52572,11},{52573,12},{52600,11},
     {52601,12},{52628,11},{52629,12},{52656,11},{52657,12},{52684,11},{52685,12},
     {52712,11},{52713,12},{52740,11},{52741,12},{52768,11},{52769,12},{52796,11},
     {52797,12},{52824,11},{52825,12},{52852,11},{52853,12},{52880,11},{52881,12},
     {52908,11},{52909,12},{52936,11},{52937,12},{52964,11},{52965,12},{52992,11},
     {52993,12},{53020,11},{53021,12},{53048,11},{53049,12},{53076,11},{53077,12},
     {53104,11},{53105,12},{53132,11},{53133,12},{53160,11},{53161,12},{53188,11},
     {53189,12},{53216,11},{53217,12},{53244,11},{53245,12},{53272,11},{53273,12},
     {53300,11},{53301,12},{53328,11},{53329,12},{53356,11},{53357,12},{53384,11},
     {53385,12},{53412,11},{53413,12},{53440,11},{53441,12},{53468,11},{53469,12},
     {53496,11},{53497,12},{53524,11},{53525,12},{53552,11},{53553,12},{53580,11},
     {53581,12},{53608,11},{53609,12},{53636,11},{53637,12},{53664,11},{53665,12},
     {53692,11},{53693,12},{53720,11},{53721,12},{53748,11},{53749,12},{53776,11},
     {53777,12},{53804,11},{53805,12},{53832,11},{53833,12},{53860,11},{53861,12},
     {53888,11},{53889,12},{53916,11},{53917,12},{53944,11},{53945,12},{53972,11},
     {53973,12},{54000,11},{54001,12},{54028,11},{54029,12},{54056,11},{54057,12},
     {54084,11},{54085,12},{54112,11},{54113,12},{54140,11},{54141,12},{54168,11},
     {54169,12},{54196,11},{54197,12},{54224,11},{54225,12},{54252,11},{54253,12},
     {54280,11},{54281,12},{54308,11},{54309,12},{54336,11},{54337,12},{54364,11},
     {54365,12},{54392,11},{54393,12},{54420,11},{54421,12},{54448,11},{54449,12},
     {54476,11},{54477,12},{54504,11},{54505,12},{54532,11},{54533,12},{54560,11},
     {54561,12},{54588,11},{54589,12},{54616,11},{54617,12},{54644,11},{54645,12},
     {54672,11},{54673,12},{54700,11},{54701,12},{54728,11},{54729,12},{54756,11},
     {54757,12},{54784,11},{54785,12},{54812,11},{54813,12},{54840,11},{54841,12},
     {54868,11},{54869,12},{54896,11},{54897,12},{54924,11},{54925,12},{54952,11},
     {54953,12},{54980,11},{54981,12},{55008,11},{55009,12},{55036,11},{55037,12},
     {55064,11},{55065,12},{55092,11},{55093,12},{55120,11},{55121,12},{55148,11},
     {55149,12},{55176,11},{55177,12},{55204,0},{55216,9},{55239,0},{55243,10},
     {55292,0},{55296,4},{57344,0},{64286,1},{64287,0},{65024,1},{65040,0},
     {65056,1},{65072,0},{65279,4},{65280,0},{65438,1},{65440,0},{65520,4},
     {65532,0},{66045,1},{66046,0},{66272,1},{66273,0},{66422,1},{66427,0},
     {68097,1},{68100,0},{68101,1},{68103,0},{68108,1},{68112,0},{68152,1},
     {68155,0},{68159,1},{68160,0},{68325,1},{68327,0},{68900,1},{68904,0},
     {69291,1},{69293,0},{69446,1},{69457,0},{69506,1},{69510,0},{69632,1},
     {69635,0},{69688,1},{69703,0},{69744,1},{69745,0},{69747,1},{69749,0},
     {69759,1},{69763,0},{69808,1},{69819,0},{69821,5},{69822,0},{69826,1},
     {69827,0},{69837,5},{69838,0},{69888,1},{69891,0},{69927,1},{69941,0},
     {69957,1},{69959,0},{70003,1},{70004,0},{70016,1},{70019,0},{70067,1},
     {70081,0},{70082,5},{70084,0},{70089,1},{70093,0},{70094,1},{70096,0},
     {70188,1},{70200,0},{70206,1},{70207,0},{70367,1},{70379,0},{70400,1},
     {70404,0},{70459,1},{70461,0},{70462,1},{70469,0},{70471,1},{70473,0},
     {70475,1},{70478,0},{70487,1},{70488,0},{70498,1},{70500,0},{70502,1},
     {70509,0},{70512,1},{70517,0},{70709,1},{70727,0},{70750,1},{70751,0},
     {70832,1},{70852,0},{71087,1},{71094,0},{71096,1},{71105,0},{71132,1},
     {71134,0},{71216,1},{71233,0},{71339,1},{71352,0},{71453,1},{71456,0},
     {71458,1},{71468,0},{71724,1},{71739,0},{71984,1},{71990,0},{71991,1},
     {71993,0},{71995,1},{71999,5},{72000,1},{72001,5},{72002,1},{72004,0},
     {72145,1},{72152,0},{72154,1},{72161,0},{72164,1},{72165,0},{72193,1},
     {72203,0},{72243,1},{72250,5},{72251,1},{72255,0},{72263,1},{72264,0},
     {72273,1},{72284,0},{72324,5},{72330,1},{72346,0},{72751,1},{72759,0},
     {72760,1},{72768,0},{72850,1},{72872,0},{72873,1},{72887,0},{73009,1},
     {73015,0},{73018,1},{73019,0},{73020,1},{73022,0},{73023,1},{73030,5},
     {73031,1},{73032,0},{73098,1},{73103,0},{73104,1},{73106,0},{73107,1},
     {73112,0},{73459,1},{73463,0},{78896,4},{78905,0},{92912,1},{92917,0},
     {92976,1},{92983,0},{94031,1},{94032,0},{94033,1},{94088,0},{94095,1},
     {94099,0},{94180,1},{94181,0},{94192,1},{94194,0},{113821,1},{113823,0},
     {113824,4},{113828,0},{118528,1},{118574,0},{118576,1},{118599,0},{119141,1},
     {119146,0},{119149,1},{119155,4},{119163,1},{119171,0},{119173,1},{119180,0},
     {119210,1},{119214,0},{119362,1},{119365,0},{121344,1},{121399,0},{121403,1},
     {121453,0},{121461,1},{121462,0},{121476,1},{121477,0},{121499,1},{121504,0},
     {121505,1},{121520,0},{122880,1},{122887,0},{122888,1},{122905,0},{122907,1},
     {122914,0},{122915,1},{122917,0},{122918,1},{122923,0},{123184,1},{123191,0},
     {123566,1},{123567,0},{123628,1},{123632,0},{125136,1},{125143,0},{125252,1},
     {125259,0},{126976,6},{127232,0},{127245,6},{127248,0},{127279,6},{127280,0},
     {127340,6},{127346,0},{127358,6},{127360,0},{127374,6},{127375,0},{127377,6},
     {127387,0},{127405,6},{127462,7},{127488,0},{127489,6},{127504,0},{127514,6},
     {127515,0},{127535,6},{127536,0},{127538,6},{127547,0},{127548,6},{127552,0},
     {127561,6},{127995,1},{128000,6},{128318,0},{128326,6},{128592,0},{128640,6},
     {128768,0},{128884,6},{128896,0},{128981,6},{129024,0},{129036,6},{129040,0},
     {129096,6},{129104,0},{129114,6},{129120,0},{129160,6},{129168,0},{129198,6},
     {129280,0},{129292,6},{129339,0},{129340,6},{129350,0},{129351,6},{129792,0},
     {130048,6},{131070,0},{917504,4},{917536,1},{917632,4},{917760,1},{918000,4},
     {921600,0}}.

%% uppercase runs (1525 code points).
uppercase_tab() ->
    {{97,122,1,-32},{181,181,1,743},{223,223,1,[83,83]},{224,246,1,-32},{248,254,1,-32},
     {255,255,1,121},{257,303,2,-1},{305,305,1,-232},{307,311,2,-1},{314,328,2,-1},
     {329,329,1,[700,78]},{331,375,2,-1},{378,382,2,-1},{383,383,1,-300},{384,384,1,195},
     {387,389,2,-1},{392,392,1,-1},{396,396,1,-1},{402,402,1,-1},{405,405,1,97},
     {409,409,1,-1},{410,410,1,163},{414,414,1,130},{417,421,2,-1},{424,424,1,-1},
     {429,429,1,-1},{432,432,1,-1},{436,438,2,-1},{441,441,1,-1},{445,445,1,-1},
     {447,447,1,56},{453,453,1,-1},{454,454,1,-2},{456,456,1,-1},{457,457,1,-2},
     {459,459,1,-1},{460,460,1,-2},{462,476,2,-1},{477,477,1,-79},{479,495,2,-1},
     {496,496,1,[74,780]},{498,498,1,-1},{499,499,1,-2},{501,501,1,-1},{505,543,2,-1},
     {547,563,2,-1},{572,572,1,-1},{575,576,1,10815},{578,578,1,-1},{583,591,2,-1},
     {592,592,1,10783},{593,593,1,10780},{594,594,1,10782},{595,595,1,-210},{596,596,1,-206},
     {598,599,1,-205},{601,601,1,-202},{603,603,1,-203},{604,604,1,42319},{608,608,1,-205},
     {609,609,1,42315},{611,611,1,-207},{613,613,1,42280},{614,614,1,42308},{616,616,1,-209},
     {617,617,1,-211},{618,618,1,42308},{619,619,1,10743},{620,620,1,42305},{623,623,1,-211},
     {625,625,1,10749},{626,626,1,-213},{629,629,1,-214},{637,637,1,10727},{640,640,1,-218},
     {642,642,1,42307},{643,643,1,-218},{647,647,1,42282},{648,648,1,-218},{649,649,1,-69},
     {650,651,1,-217},{652,652,1,-71},{658,658,1,-219},{669,669,1,42261},{670,670,1,42258},
     {837,837,1,84},{881,883,2,-1},{887,887,1,-1},{891,893,1,130},{912,912,1,[921,776,769]},
     {940,940,1,-38},{941,943,1,-37},{944,944,1,[933,776,769]},{945,961,1,-32},{962,962,1,-31},
     {963,971,1,-32},{972,972,1,-64},{973,974,1,-63},{976,976,1,-62},{977,977,1,-57},
     {981,981,1,-47},{982,982,1,-54},{983,983,1,-8},{985,1007,2,-1},{1008,1008,1,-86},
     {1009,1009,1,-80},{1010,1010,1,7},{1011,1011,1,-116},{1013,1013,1,-96},{1016,1016,1,-1},
     {1019,1019,1,-1},{1072,1103,1,-32},{1104,1119,1,-80},{1121,1153,2,-1},{1163,1215,2,-1},
     {1218,1230,2,-1},{1231,1231,1,-15},{1233,1327,2,-1},{1377,1414,1,-48},{1415,1415,1,[1333,1362]},
     {4304,4346,1,3008},{4349,4351,1,3008},{5112,5117,1,-8},{7296,7296,1,-6254},{7297,7297,1,-6253},
     {7298,7298,1,-6244},{7299,7300,1,-6242},{7301,7301,1,-6243},{7302,7302,1,-6236},
     {7303,7303,1,-6181},{7304,7304,1,35266},{7545,7545,1,35332},{7549,7549,1,3814},
     {7566,7566,1,35384},{7681,7829,2,-1},{7830,7830,1,[72,817]},{7831,7831,1,[84,776]},
     {7832,7832,1,[87,778]},{7833,7833,1,[89,778]},{7834,7834,1,[65,702]},{7835,7835,1,-59},
     {7841,7935,2,-1},{7936,7943,1,8},{7952,7957,1,8},{7968,7975,1,8},{7984,7991,1,8},
     {8000,8005,1,8},{8016,8016,1,[933,787]},{8017,8017,1,8},{8018,8018,1,[933,787,768]},{8019,8019,1,8},
     {8020,8020,1,[933,787,769]},{8021,8021,1,8},{8022,8022,1,[933,787,834]},{8023,8023,1,8},
     {8032,8039,1,8},{8048,8049,1,74},{8050,8053,1,86},{8054,8055,1,100},{8056,8057,1,128},
     {8058,8059,1,112},{8060,8061,1,126},{8064,8064,1,[7944,921]},{8065,8065,1,[7945,921]},
     {8066,8066,1,[7946,921]},{8067,8067,1,[7947,921]},{8068,8068,1,[7948,921]},{8069,8069,1,[7949,921]},
     {8070,8070,1,[7950,921]},{8071,8071,1,[7951,921]},{8072,8072,1,[7944,921]},{8073,8073,1,[7945,921]},
     {8074,8074,1,[7946,921]},{8075,8075,1,[7947,921]},{8076,8076,1,[7948,921]},{8077,8077,1,[7949,921]},
     {8078,8078,1,[7950,921]},{8079,8079,1,[7951,921]},{8080,8080,1,[7976,921]},{8081,8081,1,[7977,921]},
     {8082,8082,1,[7978,921]},{8083,8083,1,[7979,921]},{8084,8084,1,[7980,921]},{8085,8085,1,[7981,921]},
     {8086,8086,1,[7982,921]},{8087,8087,1,[7983,921]},{8088,8088,1,[7976,921]},{8089,8089,1,[7977,921]},
     {8090,8090,1,[7978,921]},{8091,8091,1,[7979,921]},{8092,8092,1,[7980,921]},{8093,8093,1,[7981,921]},
     {8094,8094,1,[7982,921]},{8095,8095,1,[7983,921]},{8096,8096,1,[8040,921]},{8097,8097,1,[8041,921]},
     {8098,8098,1,[8042,921]},{8099,8099,1,[8043,921]},{8100,8100,1,[8044,921]},{8101,8101,1,[8045,921]},
     {8102,8102,1,[8046,921]},{8103,8103,1,[8047,921]},{8104,8104,1,[8040,921]},{8105,8105,1,[8041,921]},
     {8106,8106,1,[8042,921]},{8107,8107,1,[8043,921]},{8108,8108,1,[8044,921]},{8109,8109,1,[8045,921]},
     {8110,8110,1,[8046,921]},{8111,8111,1,[8047,921]},{8112,8113,1,8},{8114,8114,1,[8122,921]},
     {8115,8115,1,[913,921]},{8116,8116,1,[902,921]},{8118,8118,1,[913,834]},{8119,8119,1,[913,834,921]},
     {8124,8124,1,[913,921]},{8126,8126,1,-7205},{8130,8130,1,[8138,921]},{8131,8131,1,[919,921]},
     {8132,8132,1,[905,921]},{8134,8134,1,[919,834]},{8135,8135,1,[919,834,921]},{8140,8140,1,[919,921]},
     {8144,8145,1,8},{8146,8146,1,[921,776,768]},{8147,8147,1,[921,776,769]},{8150,8150,1,[921,834]},
     {8151,8151,1,[921,776,834]},{8160,8161,1,8},{8162,8162,1,[933,776,768]},{8163,8163,1,[933,776,769]},
     {8164,8164,1,[929,787]},{8165,8165,1,7},{8166,8166,1,[933,834]},{8167,8167,1,[933,776,834]},
     {8178,8178,1,[8186,921]},{8179,8179,1,[937,921]},{8180,8180,1,[911,921]},{8182,8182,1,[937,834]},
     {8183,8183,1,[937,834,921]},{8188,8188,1,[937,921]},{8526,8526,1,-28},{8560,8575,1,-16},
     {8580,8580,1,-1},{9424,9449,1,-26},{11312,11359,1,-48},{11361,11361,1,-1},{11365,11365,1,-10795},
     {11366,11366,1,-10792},{11368,11372,2,-1},{11379,11379,1,-1},{11382,11382,1,-1},
     {11393,11491,2,-1},{11500,11502,2,-1},{11507,11507,1,-1},{11520,11557,1,-7264},{11559,11559,1,-7264},
     {11565,11565,1,-7264},{42561,42605,2,-1},{42625,42651,2,-1},{42787,42799,2,-1},
     {42803,42863,2,-1},{42874,42876,2,-1},{42879,42887,2,-1},{42892,42892,1,-1},{42897,42899,2,-1},
     {42900,42900,1,48},{42903,42921,2,-1},{42933,42947,2,-1},{42952,42954,2,-1},{42961,42961,1,-1},
     {42967,42969,2,-1},{42998,42998,1,-1},{43859,43859,1,-928},{43888,43967,1,-38864},{64256,64256,1,[70,70]},
     {64257,64257,1,[70,73]},{64258,64258,1,[70,76]},{64259,64259,1,[70,70,73]},{64260,64260,1,[70,70,76]},
     {64261,64261,1,[83,84]},{64262,64262,1,[83,84]},{64275,64275,1,[1348,1350]},{64276,64276,1,[1348,1333]},
     {64277,64277,1,[1348,1339]},{64278,64278,1,[1358,1350]},{64279,64279,1,[1348,1341]},{65345,65370,1,-32},
     {66600,66639,1,-40},{66776,66811,1,-40},{66967,66977,1,-39},{66979,66993,1,-39},
     {66995,67001,1,-39},{67003,67004,1,-39},{68800,68850,1,-64},{71872,71903,1,-32},
     {93792,93823,1,-32},{125218,125251,1,-34}}.

%% lowercase runs (1433 code points).
lowercase_tab() ->
    {{65,90,1,32},{192,214,1,32},{216,222,1,32},{256,302,2,1},{304,304,1,[105,775]},{306,310,2,1},
     {313,327,2,1},{330,374,2,1},{376,376,1,-121},{377,381,2,1},{385,385,1,210},{386,388,2,1},
     {390,390,1,206},{391,391,1,1},{393,394,1,205},{395,395,1,1},{398,398,1,79},
     {399,399,1,202},{400,400,1,203},{401,401,1,1},{403,403,1,205},{404,404,1,207},
     {406,406,1,211},{407,407,1,209},{408,408,1,1},{412,412,1,211},{413,413,1,213},
     {415,415,1,214},{416,420,2,1},{422,422,1,218},{423,423,1,1},{425,425,1,218},
     {428,428,1,1},{430,430,1,218},{431,431,1,1},{433,434,1,217},{435,437,2,1},
     {439,439,1,219},{440,440,1,1},{444,444,1,1},{452,452,1,2},{453,453,1,1},{455,455,1,2},
     {456,456,1,1},{458,458,1,2},{459,475,2,1},{478,494,2,1},{497,497,1,2},{498,500,2,1},
     {502,502,1,-97},{503,503,1,-56},{504,542,2,1},{544,544,1,-130},{546,562,2,1},
     {570,570,1,10795},{571,571,1,1},{573,573,1,-163},{574,574,1,10792},{577,577,1,1},
     {579,579,1,-195},{580,580,1,69},{581,581,1,71},{582,590,2,1},{880,882,2,1},
     {886,886,1,1},{895,895,1,116},{902,902,1,38},{904,906,1,37},{908,908,1,64},
     {910,911,1,63},{913,929,1,32},{931,939,1,32},{975,975,1,8},{984,1006,2,1},{1012,1012,1,-60},
     {1015,1015,1,1},{1017,1017,1,-7},{1018,1018,1,1},{1021,1023,1,-130},{1024,1039,1,80},
     {1040,1071,1,32},{1120,1152,2,1},{1162,1214,2,1},{1216,1216,1,15},{1217,1229,2,1},
     {1232,1326,2,1},{1329,1366,1,48},{4256,4293,1,7264},{4295,4295,1,7264},{4301,4301,1,7264},
     {5024,5103,1,38864},{5104,5109,1,8},{7312,7354,1,-3008},{7357,7359,1,-3008},{7680,7828,2,1},
     {7838,7838,1,-7615},{7840,7934,2,1},{7944,7951,1,-8},{7960,7965,1,-8},{7976,7983,1,-8},
     {7992,7999,1,-8},{8008,8013,1,-8},{8025,8031,2,-8},{8040,8047,1,-8},{8072,8079,1,-8},
     {8088,8095,1,-8},{8104,8111,1,-8},{8120,8121,1,-8},{8122,8123,1,-74},{8124,8124,1,-9},
     {8136,8139,1,-86},{8140,8140,1,-9},{8152,8153,1,-8},{8154,8155,1,-100},{8168,8169,1,-8},
     {8170,8171,1,-112},{8172,8172,1,-7},{8184,8185,1,-128},{8186,8187,1,-126},{8188,8188,1,-9},
     {8486,8486,1,-7517},{8490,8490,1,-8383},{8491,8491,1,-8262},{8498,8498,1,28},
     {8544,8559,1,16},{8579,8579,1,1},{9398,9423,1,26},{11264,11311,1,48},{11360,11360,1,1},
     {11362,11362,1,-10743},{11363,11363,1,-3814},{11364,11364,1,-10727},{11367,11371,2,1},
     {11373,11373,1,-10780},{11374,11374,1,-10749},{11375,11375,1,-10783},{11376,11376,1,-10782},
     {11378,11378,1,1},{11381,11381,1,1},{11390,11391,1,-10815},{11392,11490,2,1},{11499,11501,2,1},
     {11506,11506,1,1},{42560,42604,2,1},{42624,42650,2,1},{42786,42798,2,1},{42802,42862,2,1},
     {42873,42875,2,1},{42877,42877,1,-35332},{42878,42886,2,1},{42891,42891,1,1},{42893,42893,1,-42280},
     {42896,42898,2,1},{42902,42920,2,1},{42922,42922,1,-42308},{42923,42923,1,-42319},{42924,42924,1,-42315},
     {42925,42925,1,-42305},{42926,42926,1,-42308},{42928,42928,1,-42258},{42929,42929,1,-42282},
     {42930,42930,1,-42261},{42931,42931,1,928},{42932,42946,2,1},{42948,42948,1,-48},
     {42949,42949,1,-42307},{42950,42950,1,-35384},{42951,42953,2,1},{42960,42960,1,1},
     {42966,42968,2,1},{42997,42997,1,1},{65313,65338,1,32},{66560,66599,1,40},{66736,66771,1,40},
     {66928,66938,1,39},{66940,66954,1,39},{66956,66962,1,39},{66964,66965,1,39},{68736,68786,1,64},
     {71840,71871,1,32},{93760,93791,1,32},{125184,125217,1,34}}.

%% titlecase runs (1452 code points).
titlecase_tab() ->
    {{97,122,1,-32},{181,181,1,743},{223,223,1,[83,115]},{224,246,1,-32},{248,254,1,-32},
     {255,255,1,121},{257,303,2,-1},{305,305,1,-232},{307,311,2,-1},{314,328,2,-1},
     {329,329,1,[700,78]},{331,375,2,-1},{378,382,2,-1},{383,383,1,-300},{384,384,1,195},
     {387,389,2,-1},{392,392,1,-1},{396,396,1,-1},{402,402,1,-1},{405,405,1,97},
     {409,409,1,-1},{410,410,1,163},{414,414,1,130},{417,421,2,-1},{424,424,1,-1},
     {429,429,1,-1},{432,432,1,-1},{436,438,2,-1},{441,441,1,-1},{445,445,1,-1},
     {447,447,1,56},{452,452,1,1},{454,454,1,-1},{455,455,1,1},{457,457,1,-1},{458,458,1,1},
     {460,476,2,-1},{477,477,1,-79},{479,495,2,-1},{496,496,1,[74,780]},{497,497,1,1},
     {499,501,2,-1},{505,543,2,-1},{547,563,2,-1},{572,572,1,-1},{575,576,1,10815},
     {578,578,1,-1},{583,591,2,-1},{592,592,1,10783},{593,593,1,10780},{594,594,1,10782},
     {595,595,1,-210},{596,596,1,-206},{598,599,1,-205},{601,601,1,-202},{603,603,1,-203},
     {604,604,1,42319},{608,608,1,-205},{609,609,1,42315},{611,611,1,-207},{613,613,1,42280},
     {614,614,1,42308},{616,616,1,-209},{617,617,1,-211},{618,618,1,42308},{619,619,1,10743},
     {620,620,1,42305},{623,623,1,-211},{625,625,1,10749},{626,626,1,-213},{629,629,1,-214},
     {637,637,1,10727},{640,640,1,-218},{642,642,1,42307},{643,643,1,-218},{647,647,1,42282},
     {648,648,1,-218},{649,649,1,-69},{650,651,1,-217},{652,652,1,-71},{658,658,1,-219},
     {669,669,1,42261},{670,670,1,42258},{837,837,1,84},{881,883,2,-1},{887,887,1,-1},
     {891,893,1,130},{912,912,1,[921,776,769]},{940,940,1,-38},{941,943,1,-37},{944,944,1,[933,776,769]},
     {945,961,1,-32},{962,962,1,-31},{963,971,1,-32},{972,972,1,-64},{973,974,1,-63},
     {976,976,1,-62},{977,977,1,-57},{981,981,1,-47},{982,982,1,-54},{983,983,1,-8},
     {985,1007,2,-1},{1008,1008,1,-86},{1009,1009,1,-80},{1010,1010,1,7},{1011,1011,1,-116},
     {1013,1013,1,-96},{1016,1016,1,-1},{1019,1019,1,-1},{1072,1103,1,-32},{1104,1119,1,-80},
     {1121,1153,2,-1},{1163,1215,2,-1},{1218,1230,2,-1},{1231,1231,1,-15},{1233,1327,2,-1},
     {1377,1414,1,-48},{1415,1415,1,[1333,1410]},{5112,5117,1,-8},{7296,7296,1,-6254},
     {7297,7297,1,-6253},{7298,7298,1,-6244},{7299,7300,1,-6242},{7301,7301,1,-6243},
     {7302,7302,1,-6236},{7303,7303,1,-6181},{7304,7304,1,35266},{7545,7545,1,35332},
     {7549,7549,1,3814},{7566,7566,1,35384},{7681,7829,2,-1},{7830,7830,1,[72,817]},{7831,7831,1,[84,776]},
     {7832,7832,1,[87,778]},{7833,7833,1,[89,778]},{7834,7834,1,[65,702]},{7835,7835,1,-59},
     {7841,7935,2,-1},{7936,7943,1,8},{7952,7957,1,8},{7968,7975,1,8},{7984,7991,1,8},
     {8000,8005,1,8},{8016,8016,1,[933,787]},{8017,8017,1,8},{8018,8018,1,[933,787,768]},{8019,8019,1,8},
     {8020,8020,1,[933,787,769]},{8021,8021,1,8},{8022,8022,1,[933,787,834]},{8023,8023,1,8},
     {8032,8039,1,8},{8048,8049,1,74},{8050,8053,1,86},{8054,8055,1,100},{8056,8057,1,128},
     {8058,8059,1,112},{8060,8061,1,126},{8064,8071,1,8},{8080,8087,1,8},{8096,8103,1,8},
     {8112,8113,1,8},{8114,8114,1,[8122,837]},{8115,8115,1,9},{8116,8116,1,[902,837]},{8118,8118,1,[913,834]},
     {8119,8119,1,[913,834,837]},{8126,8126,1,-7205},{8130,8130,1,[8138,837]},{8131,8131,1,9},
     {8132,8132,1,[905,837]},{8134,8134,1,[919,834]},{8135,8135,1,[919,834,837]},{8144,8145,1,8},
     {8146,8146,1,[921,776,768]},{8147,8147,1,[921,776,769]},{8150,8150,1,[921,834]},{8151,8151,1,[921,776,834]},
     {8160,8161,1,8},{8162,8162,1,[933,776,768]},{8163,8163,1,[933,776,769]},{8164,8164,1,[929,787]},
     {8165,8165,1,7},{8166,8166,1,[933,834]},{8167,8167,1,[933,776,834]},{8178,8178,1,[8186,837]},
     {8179,8179,1,9},{8180,8180,1,[911,837]},{8182,8182,1,[937,834]},{8183,8183,1,[937,834,837]},
     {8526,8526,1,-28},{8560,8575,1,-16},{8580,8580,1,-1},{9424,9449,1,-26},{11312,11359,1,-48},
     {11361,11361,1,-1},{11365,11365,1,-10795},{11366,11366,1,-10792},{11368,11372,2,-1},
     {11379,11379,1,-1},{11382,11382,1,-1},{11393,11491,2,-1},{11500,11502,2,-1},{11507,11507,1,-1},
     {11520,11557,1,-7264},{11559,11559,1,-7264},{11565,11565,1,-7264},{42561,42605,2,-1},
     {42625,42651,2,-1},{42787,42799,2,-1},{42803,42863,2,-1},{42874,42876,2,-1},{42879,42887,2,-1},
     {42892,42892,1,-1},{42897,42899,2,-1},{42900,42900,1,48},{42903,42921,2,-1},{42933,42947,2,-1},
     {42952,42954,2,-1},{42961,42961,1,-1},{42967,42969,2,-1},{42998,42998,1,-1},{43859,43859,1,-928},
     {43888,43967,1,-38864},{64256,64256,1,[70,102]},{64257,64257,1,[70,105]},{64258,64258,1,[70,108]},
     {64259,64259,1,[70,102,105]},{64260,64260,1,[70,102,108]},{64261,64261,1,[83,116]},{64262,64262,1,[83,116]},
     {64275,64275,1,[1348,1398]},{64276,64276,1,[1348,1381]},{64277,64277,1,[1348,1387]},{64278,64278,1,[1358,1398]},
     {64279,64279,1,[1348,1389]},{65345,65370,1,-32},{66600,66639,1,-40},{66776,66811,1,-40},
     {66967,66977,1,-39},{66979,66993,1,-39},{66995,67001,1,-39},{67003,67004,1,-39},
     {68800,68850,1,-64},{71872,71903,1,-32},{93792,93823,1,-32},{125218,125251,1,-34}}.

%% casefold runs (1530 code points).
casefold_tab() ->
    {{65,90,1,32},{181,181,1,775},{192,214,1,32},{216,222,1,32},{223,223,1,[115,115]},{256,302,2,1},
     {304,304,1,[105,775]},{306,310,2,1},{313,327,2,1},{329,329,1,[700,110]},{330,374,2,1},
     {376,376,1,-121},{377,381,2,1},{383,383,1,-268},{385,385,1,210},{386,388,2,1},
     {390,390,1,206},{391,391,1,1},{393,394,1,205},{395,395,1,1},{398,398,1,79},
     {399,399,1,202},{400,400,1,203},{401,401,1,1},{403,403,1,205},{404,404,1,207},
     {406,406,1,211},{407,407,1,209},{408,408,1,1},{412,412,1,211},{413,413,1,213},
     {415,415,1,214},{416,420,2,1},{422,422,1,218},{423,423,1,1},{425,425,1,218},
     {428,428,1,1},{430,430,1,218},{431,431,1,1},{433,434,1,217},{435,437,2,1},
     {439,439,1,219},{440,440,1,1},{444,444,1,1},{452,452,1,2},{453,453,1,1},{455,455,1,2},
     {456,456,1,1},{458,458,1,2},{459,475,2,1},{478,494,2,1},{496,496,1,[106,780]},{497,497,1,2},
     {498,500,2,1},{502,502,1,-97},{503,503,1,-56},{504,542,2,1},{544,544,1,-130},
     {546,562,2,1},{570,570,1,10795},{571,571,1,1},{573,573,1,-163},{574,574,1,10792},
     {577,577,1,1},{579,579,1,-195},{580,580,1,69},{581,581,1,71},{582,590,2,1},
     {837,837,1,116},{880,882,2,1},{886,886,1,1},{895,895,1,116},{902,902,1,38},
     {904,906,1,37},{908,908,1,64},{910,911,1,63},{912,912,1,[953,776,769]},{913,929,1,32},
     {931,939,1,32},{944,944,1,[965,776,769]},{962,962,1,1},{975,975,1,8},{976,976,1,-30},
     {977,977,1,-25},{981,981,1,-15},{982,982,1,-22},{984,1006,2,1},{1008,1008,1,-54},
     {1009,1009,1,-48},{1012,1012,1,-60},{1013,1013,1,-64},{1015,1015,1,1},{1017,1017,1,-7},
     {1018,1018,1,1},{1021,1023,1,-130},{1024,1039,1,80},{1040,1071,1,32},{1120,1152,2,1},
     {1162,1214,2,1},{1216,1216,1,15},{1217,1229,2,1},{1232,1326,2,1},{1329,1366,1,48},
     {1415,1415,1,[1381,1410]},{4256,4293,1,7264},{4295,4295,1,7264},{4301,4301,1,7264},
     {5112,5117,1,-8},{7296,7296,1,-6222},{7297,7297,1,-6221},{7298,7298,1,-6212},{7299,7300,1,-6210},
     {7301,7301,1,-6211},{7302,7302,1,-6204},{7303,7303,1,-6180},{7304,7304,1,35267},
     {7312,7354,1,-3008},{7357,7359,1,-3008},{7680,7828,2,1},{7830,7830,1,[104,817]},{7831,7831,1,[116,776]},
     {7832,7832,1,[119,778]},{7833,7833,1,[121,778]},{7834,7834,1,[97,702]},{7835,7835,1,-58},
     {7838,7838,1,[115,115]},{7840,7934,2,1},{7944,7951,1,-8},{7960,7965,1,-8},{7976,7983,1,-8},
     {7992,7999,1,-8},{8008,8013,1,-8},{8016,8016,1,[965,787]},{8018,8018,1,[965,787,768]},{8020,8020,1,[965,787,769]},
     {8022,8022,1,[965,787,834]},{8025,8031,2,-8},{8040,8047,1,-8},{8064,8064,1,[7936,953]},
     {8065,8065,1,[7937,953]},{8066,8066,1,[7938,953]},{8067,8067,1,[7939,953]},{8068,8068,1,[7940,953]},
     {8069,8069,1,[7941,953]},{8070,8070,1,[7942,953]},{8071,8071,1,[7943,953]},{8072,8072,1,[7936,953]},
     {8073,8073,1,[7937,953]},{8074,8074,1,[7938,953]},{8075,8075,1,[7939,953]},{8076,8076,1,[7940,953]},
     {8077,8077,1,[7941,953]},{8078,8078,1,[7942,953]},{8079,8079,1,[7943,953]},{8080,8080,1,[7968,953]},
     {8081,8081,1,[7969,953]},{8082,8082,1,[7970,953]},{8083,8083,1,[7971,953]},{8084,8084,1,[7972,953]},
     {8085,8085,1,[7973,953]},{8086,8086,1,[7974,953]},{8087,8087,1,[7975,953]},{8088,8088,1,[7968,953]},
     {8089,8089,1,[7969,953]},{8090,8090,1,[7970,953]},{8091,8091,1,[7971,953]},{8092,8092,1,[7972,953]},
     {8093,8093,1,[7973,953]},{8094,8094,1,[7974,953]},{8095,8095,1,[7975,953]},{8096,8096,1,[8032,953]},
     {8097,8097,1,[8033,953]},{8098,8098,1,[8034,953]},{8099,8099,1,[8035,953]},{8100,8100,1,[8036,953]},
     {8101,8101,1,[8037,953]},{8102,8102,1,[8038,953]},{8103,8103,1,[8039,953]},{8104,8104,1,[8032,953]},
     {8105,8105,1,[8033,953]},{8106,8106,1,[8034,953]},{8107,8107,1,[8035,953]},{8108,8108,1,[8036,953]},
     {8109,8109,1,[8037,953]},{8110,8110,1,[8038,953]},{8111,8111,1,[8039,953]},{8114,8114,1,[8048,953]},
     {8115,8115,1,[945,953]},{8116,8116,1,[940,953]},{8118,8118,1,[945,834]},{8119,8119,1,[945,834,953]},
     {8120,8121,1,-8},{8122,8123,1,-74},{8124,8124,1,[945,953]},{8126,8126,1,-7173},{8130,8130,1,[8052,953]},
     {8131,8131,1,[951,953]},{8132,8132,1,[942,953]},{8134,8134,1,[951,834]},{8135,8135,1,[951,834,953]},
     {8136,8139,1,-86},{8140,8140,1,[951,953]},{8146,8146,1,[953,776,768]},{8147,8147,1,[953,776,769]},
     {8150,8150,1,[953,834]},{8151,8151,1,[953,776,834]},{8152,8153,1,-8},{8154,8155,1,-100},
     {8162,8162,1,[965,776,768]},{8163,8163,1,[965,776,769]},{8164,8164,1,[961,787]},{8166,8166,1,[965,834]},
     {8167,8167,1,[965,776,834]},{8168,8169,1,-8},{8170,8171,1,-112},{8172,8172,1,-7},
     {8178,8178,1,[8060,953]},{8179,8179,1,[969,953]},{8180,8180,1,[974,953]},{8182,8182,1,[969,834]},
     {8183,8183,1,[969,834,953]},{8184,8185,1,-128},{8186,8187,1,-126},{8188,8188,1,[969,953]},
     {8486,8486,1,-7517},{8490,8490,1,-8383},{8491,8491,1,-8262},{8498,8498,1,28},
     {8544,8559,1,16},{8579,8579,1,1},{9398,9423,1,26},{11264,11311,1,48},{11360,11360,1,1},
     {11362,11362,1,-10743},{11363,11363,1,-3814},{11364,11364,1,-10727},{11367,11371,2,1},
     {11373,11373,1,-10780},{11374,11374,1,-10749},{11375,11375,1,-10783},{11376,11376,1,-10782},
     {11378,11378,1,1},{11381,11381,1,1},{11390,11391,1,-10815},{11392,11490,2,1},{11499,11501,2,1},
     {11506,11506,1,1},{42560,42604,2,1},{42624,42650,2,1},{42786,42798,2,1},{42802,42862,2,1},
     {42873,42875,2,1},{42877,42877,1,-35332},{42878,42886,2,1},{42891,42891,1,1},{42893,42893,1,-42280},
     {42896,42898,2,1},{42902,42920,2,1},{42922,42922,1,-42308},{42923,42923,1,-42319},{42924,42924,1,-42315},
     {42925,42925,1,-42305},{42926,42926,1,-42308},{42928,42928,1,-42258},{42929,42929,1,-42282},
     {42930,42930,1,-42261},{42931,42931,1,928},{42932,42946,2,1},{42948,42948,1,-48},
     {42949,42949,1,-42307},{42950,42950,1,-35384},{42951,42953,2,1},{42960,42960,1,1},
     {42966,42968,2,1},{42997,42997,1,1},{43888,43967,1,-38864},{64256,64256,1,[102,102]},{64257,64257,1,[102,105]},
     {64258,64258,1,[102,108]},{64259,64259,1,[102,102,105]},{64260,64260,1,[102,102,108]},{64261,64261,1,[115,116]},
     {64262,64262,1,[115,116]},{64275,64275,1,[1396,1398]},{64276,64276,1,[1396,1381]},{64277,64277,1,[1396,1387]},
     {64278,64278,1,[1406,1398]},{64279,64279,1,[1396,1389]},{65313,65338,1,32},{66560,66599,1,40},
     {66736,66771,1,40},{66928,66938,1,39},{66940,66954,1,39},{66956,66962,1,39},{66964,66965,1,39},
     {68736,68786,1,64},{71840,71871,1,32},{93760,93791,1,32},{125184,125217,1,34}}.

%% END GENERATED TABLES
