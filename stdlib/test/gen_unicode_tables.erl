%% Generates the Unicode data tables at the end of stdlib/string.erl from
%% Erlang/OTP's own unicode_util (so the tables match OTP 25 exactly):
%%
%%   * grapheme-break property of every code point, derived by asking
%%     unicode_util:gc/1 how it clusters small probe sequences;
%%   * the uppercase, lowercase, titlecase and casefold mapping of every
%%     code point, compressed into runs.
%%
%% Usage (from the repository root):
%%   erlc -o /tmp stdlib/test/gen_unicode_tables.erl
%%   erl -noshell -pa /tmp -s gen_unicode_tables main -s init stop > /tmp/tables.erl
%% then replace everything after the "%% BEGIN GENERATED TABLES" line of
%% stdlib/string.erl with /tmp/tables.erl (stdlib/test/regen_tables.sh
%% does both steps).
-module(gen_unicode_tables).
-export([main/0]).

-define(MAX, 16#10FFFF).

%% Property codes used by string.erl.
%%  0 other, 1 extend, 2 spacing mark, 3 zwj, 4 control, 5 prepend,
%%  6 extended pictographic, 7 regional indicator, 8 hangul L, 9 hangul V,
%% 10 hangul T, 11 hangul LV, 12 hangul LVT, 13 CR, 14 LF
main() ->
    io:format("%% BEGIN GENERATED TABLES (stdlib/test/gen_unicode_tables.erl)~n"),
    io:format("%% Derived from Erlang/OTP ~s unicode_util; do not edit by hand.~n~n",
              [erlang:system_info(otp_release)]),
    Props = [{C, prop(C)} || C <- lists:seq(0, ?MAX)],
    Runs = runs(Props),
    io:format("%% Grapheme-break property runs: {Start, Property}, sorted.~n"),
    io:format("gc_prop_tab() ->~n~s.~n~n", [fmt_tuple(Runs)]),
    lists:foreach(fun(K) -> case_table(K) end,
                  [uppercase, lowercase, titlecase, casefold]),
    io:format("%% END GENERATED TABLES~n").

one(L) ->
    try unicode_util:gc(L) of
        [G] -> {one, G};
        _ -> many
    catch _:_ -> many
    end.

prop(13) -> 13;
prop(10) -> 14;
prop(16#200D) -> 3;
prop(C) when C >= 16#1F1E6, C =< 16#1F1FF -> 7;
prop(C) when C >= 16#AC00, C =< 16#D7A3 ->
    case (C - 16#AC00) rem 28 of 0 -> 11; _ -> 12 end;
prop(C) when C >= 16#D800, C =< 16#DFFF -> 4;
prop(C) ->
    Hangul = hangul(C),
    if
        Hangul =/= 0 -> Hangul;
        true ->
            case one([C, 16#300]) of
                many -> 4;  % control: nothing attaches to it
                _ ->
                    case one([$a, C]) of
                        {one, _} ->
                            %% Extend vs SpacingMark: only Extend may sit
                            %% between a pictograph and a ZWJ (GB11).
                            case one([16#1F600, C, 16#200D, 16#1F600]) of
                                {one, _} -> 1;
                                many -> 2
                            end;
                        many ->
                            case one([C, $a]) of
                                {one, _} -> 5;
                                many ->
                                    case one([16#1F600, 16#200D, C]) of
                                        {one, _} -> 6;
                                        many -> 0
                                    end
                            end
                    end
            end
    end.

hangul(C) when C >= 16#1100, C =< 16#115F -> 8;
hangul(C) when C >= 16#A960, C =< 16#A97C -> 8;
hangul(C) when C >= 16#1160, C =< 16#11A7 -> 9;
hangul(C) when C >= 16#D7B0, C =< 16#D7C6 -> 9;
hangul(C) when C >= 16#11A8, C =< 16#11FF -> 10;
hangul(C) when C >= 16#D7CB, C =< 16#D7FB -> 10;
hangul(_) -> 0.

runs([{C, P} | T]) -> [{C, P} | runs(P, T)].

runs(P, [{_, P} | T]) -> runs(P, T);
runs(_, [{C, P} | T]) -> [{C, P} | runs(P, T)];
runs(_, []) -> [].

%% Case mapping runs {Start, End, Stride, Delta}: for C in Start..End with
%% (C - Start) rem Stride =:= 0 the mapping is C + Delta. Mappings to
%% several code points are runs {C, C, 1, [CPs]}.
case_table(Kind) ->
    Entries = lists:filtermap(
                fun(C) ->
                        case catch unicode_util:Kind([C]) of
                            [C] -> false;
                            [X] when is_integer(X) -> {true, {C, X - C}};
                            [X] when is_list(X) -> {true, {C, X}};
                            _ -> false
                        end
                end, lists:seq(0, ?MAX)),
    Runs = case_runs(Entries),
    io:format("%% ~p runs (~p code points).~n", [Kind, length(Entries)]),
    io:format("~s_tab() ->~n~s.~n~n", [Kind, fmt_tuple(Runs)]).

%% A tuple literal, a few elements per line.
fmt_tuple(Elems) ->
    Strs = [io_lib:format("~w", [E]) || E <- Elems],
    ["    {", fmt_lines(Strs, 0), "}"].

fmt_lines([S], _) -> S;
fmt_lines([S | T], N) when N >= 60 -> [S, ",\n     " | fmt_lines(T, 0)];
fmt_lines([S | T], N) -> [S, "," | fmt_lines(T, N + iolist_size(S) + 1)].

case_runs([]) -> [];
case_runs([{C, L} | T]) when is_list(L) -> [{C, C, 1, L} | case_runs(T)];
case_runs([{C, D}, {C2, D} | T]) when C2 - C =< 2 ->
    Stride = C2 - C,
    extend_run(C, C2, Stride, D, T);
case_runs([{C, D} | T]) -> [{C, C, 1, D} | case_runs(T)].

extend_run(S, E, Stride, D, [{C, D} | T]) when C - E =:= Stride ->
    extend_run(S, C, Stride, D, T);
extend_run(S, E, Stride, D, T) -> [{S, E, Stride, D} | case_runs(T)].
