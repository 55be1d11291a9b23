%% string -- string processing functions, written in Joist (Level 1 Erlang).
%%
%% Mirrors the `string` module of Erlang/OTP 25: the modern Unicode API
%% (length/1, slice/2,3, trim/1,2,3, split/2,3, ...) and the old list API
%% (substr/2,3, tokens/2, strip/1,2,3, ...). All exports of OTP 25's string
%% module are provided.
%%
%% Strings are lists of code points or UTF-8 binaries. For a flat list of
%% code points every function returns exactly what OTP returns (including
%% the deep shapes of pad/2,3,4 and replace/3,4). For a binary, functions
%% return binaries where OTP does. Deep or mixed chardata input is accepted
%% but flattened first, so the result is a flat list where OTP might return
%% other chardata with the same characters.
%%
%% Grapheme clusters are computed with OTP 25's own algorithm (CR LF,
%% controls, extend and spacing marks, prepend, Hangul syllables, regional
%% indicator pairs, emoji ZWJ sequences) using the property tables at the
%% end of this file, which are generated from OTP's unicode_util by
%% stdlib/test/gen_unicode_tables.erl; the case mapping tables (uppercase,
%% lowercase, titlecase, casefold) come from the same place.
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
chars_of(B) when is_binary(B) -> decode(B);
chars_of(Other) -> erlang:error(badarg, [Other]).

is_flat([C | T]) when is_integer(C) -> is_flat(T);
is_flat([]) -> true;
is_flat(_) -> false.

flat_cd([C | T], Tail) when is_integer(C) -> [C | flat_cd(T, Tail)];
flat_cd([L | T], Tail) -> flat_cd(L, flat_cd(T, Tail));
flat_cd([], Tail) -> Tail;
flat_cd(B, Tail) when is_binary(B) -> decode(B) ++ Tail;
flat_cd(Other, _Tail) -> erlang:error(badarg, [Other]).

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
case_map(C, Tab) when is_integer(C), C >= 0 ->
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

slice(CD, N) when is_integer(N), N >= 0 ->
    back(CD, drop_gc(chars_of(CD), N)).

slice(CD, N, Len) when is_integer(N), N >= 0, is_integer(Len), Len > 0 ->
    back(CD, take_gc(drop_gc(chars_of(CD), N), Len));
slice(CD, N, infinity) ->
    back(CD, drop_gc(chars_of(CD), N));
slice(CD, _, 0) ->
    case is_binary(CD) of
        true -> <<>>;
        false -> []
    end.

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

uppercase(CD) when is_list(CD) -> map_cps(fun upper_cp/1, chars_of(CD));
uppercase(CD) when is_binary(CD) -> encode(map_cps(fun upper_cp/1, decode(CD))).

lowercase(CD) when is_list(CD) -> map_cps(fun lower_cp/1, chars_of(CD));
lowercase(CD) when is_binary(CD) -> encode(map_cps(fun lower_cp/1, decode(CD))).

casefold(CD) when is_list(CD) -> map_cps(fun fold_cp/1, chars_of(CD));
casefold(CD) when is_binary(CD) -> encode(map_cps(fun fold_cp/1, decode(CD))).

%% Titlecase of the first code point only.
titlecase(CD) when is_list(CD) -> titlecase_1(chars_of(CD));
titlecase(CD) when is_binary(CD) -> encode(titlecase_1(decode(CD))).

titlecase_1([C | T]) -> app(title_cp(C), T);
titlecase_1([]) -> [].

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
nth_lexeme(Str, N, Seps) when is_list(Seps), is_integer(N), N > 0 ->
    back(Str, nth_lexeme_m(chars_of(Str), search_pattern(Seps), N)).

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
