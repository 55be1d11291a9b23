%% Comparison cases for stdlib/string.erl (run by compare.sh).
-module(string_cases).
-export([cases/0]).

c(Label, F) -> {string, Label, F}.

lbl(Fmt, Args) -> lists:flatten(io_lib:format(Fmt, Args)).

%% Strings exercising ASCII, Latin-1, CR LF, combining marks, Hangul,
%% emoji sequences, regional indicators, prepend and control characters.
strings() ->
    ["", " ", "a", "abc", "  abc  ", "\t a b\tc \n", "a\r\nb\r\n", "\r\n\r\n",
     "\r", "\n\r", "a,b,,c,", ",a,b", ",,", "aaa", "abab", "ab\r\nab",
     "ééé", "e\x{301}e\x{301}", "a\x{300}\x{301}b", "\x{300}a", "\t\x{300}",
     "ß straße", "ÿµſı", "Ǆǅǆ", "ΣΑΣ σας", "Ǳ", "ﬁ",
     "한국어", [16#1100, 16#1161, 16#11A8, 16#AC00, 16#11A8, 16#1161],
     [16#1F468, 16#200D, 16#1F469, 16#200D, 16#1F467, $x],
     [16#1F1FA, 16#1F1F8, 16#1F1E6, 16#1F1E6, 16#1F1E6],
     [16#600, $a, 16#600, $\n, $b], [16#1F600, 16#FE0F, 16#200D, 16#300],
     "x\x{200D}y", "日本語テキスト", "a b  c   d", "--a--", "1+2=3",
     [$a, 16#AD, $b, 127, 159, 160]].

cases() ->
    unicode() ++ modern() ++ old() ++ numbers() ++ binaries() ++ errors() ++ random().

%% ---------------------------------------------------------------------

unicode() ->
    All = [C || C <- lists:seq(0, 16#10FFFF), C < 16#D800 orelse C > 16#DFFF],
    Chunks = chunks(All, 65536),
    Pool = [$a, $b, $\s, $\r, $\n, $\t, 16#300, 16#301, 16#93E, 16#200D, 16#200C,
            16#FE0F, 16#1F600, 16#1F468, 16#A9, 16#1F1E6, 16#1F1FA, 16#600, 16#1100,
            16#1161, 16#11A8, 16#AC00, 16#AC01, 16#D7B0, 16#D7CB, 16#E0020, 16#1F3FB,
            16#AD, 16#2028, 16#E9, 16#3042, 16#903, 16#E33, 16#1160, 16#11FF],
    Seqs = [rnd_seq(Pool, S, 1 + S rem 9) || S <- lists:seq(1, 3000)],
    [c(lbl("uppercase chunk ~p", [I]), fun(M) -> M:uppercase(Ch) end) || {I, Ch} <- Chunks] ++
    [c(lbl("lowercase chunk ~p", [I]), fun(M) -> M:lowercase(Ch) end) || {I, Ch} <- Chunks] ++
    [c(lbl("casefold chunk ~p", [I]), fun(M) -> M:casefold(Ch) end) || {I, Ch} <- Chunks] ++
    [c(lbl("titlecase all ~p", [I]), fun(M) -> [M:titlecase([C, $a]) || C <- Ch] end) || {I, Ch} <- Chunks] ++
    [c(lbl("graphemes a+C ~p", [I]), fun(M) -> [M:to_graphemes([$a, C, $b]) || C <- Ch] end) || {I, Ch} <- Chunks] ++
    [c(lbl("graphemes C+mark ~p", [I]), fun(M) -> [M:to_graphemes([C, 16#300, C]) || C <- Ch] end) || {I, Ch} <- Chunks] ++
    [c(lbl("graphemes pict+zwj+C ~p", [I]), fun(M) -> [M:to_graphemes([16#1F600, 16#200D, C, 16#301]) || C <- Ch] end) || {I, Ch} <- Chunks] ++
    [c(lbl("graphemes C+L ~p", [I]), fun(M) -> [M:to_graphemes([C, 16#1100, 16#1161]) || C <- Ch] end) || {I, Ch} <- Chunks] ++
    [c(lbl("to_graphemes ~w", [S]), fun(M) -> M:to_graphemes(S) end) || S <- Seqs] ++
    [c(lbl("next_grapheme bin ~w", [S]), fun(M) -> M:next_grapheme(unicode:characters_to_binary(S)) end) || S <- lists:sublist(Seqs, 300)] ++
    [c(lbl("length ~w", [S]), fun(M) -> M:length(S) end) || S <- lists:sublist(Seqs, 300)] ++
    [c(lbl("reverse ~w", [S]), fun(M) -> M:reverse(S) end) || S <- lists:sublist(Seqs, 300)].

chunks(L, N) -> chunks(L, N, 1).

chunks([], _N, _I) -> [];
chunks(L, N, I) when length(L) =< N -> [{I, L}];
chunks(L, N, I) ->
    {A, B} = lists:split(N, L),
    [{I, A} | chunks(B, N, I + 1)].

rnd_seq(Pool, Seed, Len) ->
    Idx = t:rnd_list(Seed, Len, length(Pool)),
    [lists:nth(trunc(I), Pool) || I <- Idx].

%% ---------------------------------------------------------------------

modern() ->
    Ss = strings(),
    Seps = [" ", ",", "a", [$\r, $\n], [[$\r, $\n]], [$\n], "\r", [$\s, $\t, $\n],
            ["\r\n", $\n], [$,, $\s], "é", [16#301], [[$e, 16#301]], "b,"],
    Pats = ["", ",", "a", "ab", "b", "\r\n", "\n", "\r", "é", [16#301], [$e, 16#301],
            ",,", "abc", "ß", "日本", [16#200D], "a\r"],
    Per = fun(Name, F) -> [c(lbl("~s ~w", [Name, S]), fun(M) -> F(M, S) end) || S <- Ss] end,
    Per("length", fun(M, S) -> M:length(S) end) ++
    Per("is_empty", fun(M, S) -> M:is_empty(S) end) ++
    Per("reverse", fun(M, S) -> M:reverse(S) end) ++
    Per("to_graphemes", fun(M, S) -> M:to_graphemes(S) end) ++
    Per("next_grapheme", fun(M, S) -> M:next_grapheme(S) end) ++
    Per("next_codepoint", fun(M, S) -> M:next_codepoint(S) end) ++
    Per("uppercase", fun(M, S) -> M:uppercase(S) end) ++
    Per("lowercase", fun(M, S) -> M:lowercase(S) end) ++
    Per("titlecase", fun(M, S) -> M:titlecase(S) end) ++
    Per("casefold", fun(M, S) -> M:casefold(S) end) ++
    Per("trim/1", fun(M, S) -> M:trim(S) end) ++
    Per("trim leading", fun(M, S) -> M:trim(S, leading) end) ++
    Per("trim trailing", fun(M, S) -> M:trim(S, trailing) end) ++
    Per("chomp", fun(M, S) -> M:chomp(S) end) ++
    Per("slice", fun(M, S) -> [M:slice(S, N) || N <- [0, 1, 2, 5, 100]] end) ++
    Per("slice/3", fun(M, S) -> [M:slice(S, N, L) || N <- [0, 1, 3], L <- [0, 1, 2, 4, infinity]] end) ++
    Per("pad", fun(M, S) -> [M:pad(S, N, D, C) || N <- [-1, 0, 3, 8], D <- [leading, trailing, both], C <- [$-, "\r\n", <<"x">>]] end) ++
    Per("pad/2", fun(M, S) -> M:pad(S, 10) end) ++
    Per("pad/3", fun(M, S) -> M:pad(S, 7, both) end) ++
    Per("equal self", fun(M, S) -> M:equal(S, S) end) ++
    Per("equal nocase", fun(M, S) -> [M:equal(S, string:uppercase(S), B) || B <- [true, false]] end) ++
    Per("equal nocase none", fun(M, S) -> M:equal(S, string:lowercase(S), true, none) end) ++
    [c(lbl("trim ~w ~p ~w", [S, D, Sp]), fun(M) -> M:trim(S, D, Sp) end)
     || S <- Ss, D <- [leading, trailing, both], Sp <- Seps] ++
    [c(lbl("take ~w ~w ~p ~p", [S, Sp, Cm, D]), fun(M) -> M:take(S, Sp, Cm, D) end)
     || S <- Ss, Sp <- Seps ++ [[]], Cm <- [false, true], D <- [leading, trailing]] ++
    [c(lbl("take/2 ~w", [S]), fun(M) -> M:take(S, " a") end) || S <- Ss] ++
    [c(lbl("take/3 ~w", [S]), fun(M) -> M:take(S, " a", true) end) || S <- Ss] ++
    [c(lbl("lexemes ~w ~w", [S, Sp]), fun(M) -> M:lexemes(S, Sp) end) || S <- Ss, Sp <- Seps ++ [[]]] ++
    [c(lbl("nth_lexeme ~w ~w", [S, Sp]), fun(M) -> [M:nth_lexeme(S, N, Sp) || N <- [1, 2, 3, 5]] end)
     || S <- Ss, Sp <- Seps ++ [[]]] ++
    [c(lbl("split ~w ~w ~p", [S, P, W]), fun(M) -> M:split(S, P, W) end)
     || S <- Ss, P <- Pats, W <- [leading, trailing, all]] ++
    [c(lbl("split/2 ~w", [S]), fun(M) -> M:split(S, ",") end) || S <- Ss] ++
    [c(lbl("replace ~w ~w ~p", [S, P, W]), fun(M) -> M:replace(S, P, "<>", W) end)
     || S <- Ss, P <- Pats, W <- [leading, trailing, all]] ++
    [c(lbl("replace/3 ~w", [S]), fun(M) -> M:replace(S, "a", [<<"x">>, $y]) end) || S <- Ss] ++
    [c(lbl("find ~w ~w ~p", [S, P, D]), fun(M) -> M:find(S, P, D) end)
     || S <- Ss, P <- Pats, D <- [leading, trailing]] ++
    [c(lbl("find/2 ~w", [S]), fun(M) -> M:find(S, "b") end) || S <- Ss] ++
    [c(lbl("prefix ~w ~w", [S, P]), fun(M) -> M:prefix(S, P) end) || S <- Ss, P <- Pats] ++
    [c(lbl("equal ~w ~w", [A, B]), fun(M) -> M:equal(A, B) end) || A <- Ss, B <- ["abc", "ABC", "", " "]] ++
    [c(lbl("equal/3 ~w ~w", [A, B]), fun(M) -> M:equal(A, B, true) end) || A <- Ss, B <- ["abc", "ABC", "STRASSE", "ss"]] ++
    [c("find doc 1", fun(M) -> M:find("ab..cd..ef", ".") end),
     c("find doc 2", fun(M) -> M:find(<<"ab..cd..ef">>, "..", trailing) end),
     c("find doc 3", fun(M) -> M:find(<<"ab..cd..ef">>, "x", leading) end),
     c("find doc 4", fun(M) -> M:find("ab..cd..ef", "x", trailing) end),
     c("find crlf inside", fun(M) -> M:find("a\r\nb", "\n") end),
     c("find crlf inside 2", fun(M) -> M:find("a\r\nb", "\r") end),
     c("split doc", fun(M) -> M:split("ab..bc..cd", "..") end),
     c("split doc 2", fun(M) -> M:split(<<"ab..bc..cd">>, "..", trailing) end),
     c("split doc 3", fun(M) -> M:split(<<"ab..bc....cd">>, "..", all) end),
     c("lexemes doc", fun(M) -> M:lexemes("abc de̊fxxghix jkl\r\nfoo", "x e" ++ [[$\r, $\n]]) end),
     c("nth_lexeme doc", fun(M) -> M:nth_lexeme("abc.de.g.f", 3, ".") end),
     c("pad doc", fun(M) -> M:pad(<<"He̊llö"/utf8>>, 8) end),
     c("pad doc 2", fun(M) -> io_lib:format("~ts|", [M:pad("He̊llö", 8, leading)]) end),
     c("pad doc 3", fun(M) -> io_lib:format("~ts|", [M:pad("He̊llö", 8, both)]) end),
     c("take doc", fun(M) -> M:take("abc0123", "0123456789", true) end),
     c("take doc 2", fun(M) -> M:take("abc0123", "abc") end),
     c("take doc 3", fun(M) -> M:take("abc0123", "0123456789", false, trailing) end),
     c("trim doc", fun(M) -> M:trim("\t  Hello  \n") end),
     c("trim doc 2", fun(M) -> M:trim(<<"\t  Hello  \n">>, leading) end),
     c("trim doc 3", fun(M) -> M:trim(<<".Hello.\n">>, trailing, "\n.") end),
     c("replace doc", fun(M) -> M:replace(<<"ab..cd..ef">>, "..", "*") end),
     c("replace doc 2", fun(M) -> M:replace(<<"ab..cd..ef">>, "..", "*", all) end),
     c("slice doc", fun(M) -> M:slice(<<"He̊llö Wörld"/utf8>>, 4) end),
     c("slice doc 2", fun(M) -> M:slice(["He̊llö ", <<"Wörld"/utf8>>], 4, 4) end),
     c("titlecase doc", fun(M) -> M:titlecase("ǆungla") end),
     c("titlecase doc 2", fun(M) -> M:titlecase(<<"ß is a SHARP s"/utf8>>) end),
     c("uppercase doc", fun(M) -> M:uppercase("Michał") end),
     c("lowercase doc", fun(M) -> M:lowercase(<<"Michał"/utf8>>) end),
     c("casefold doc", fun(M) -> M:casefold("ß sharp s") end),
     c("chomp doc", fun(M) -> M:chomp(<<"\nHello\n\n">>) end),
     c("chomp doc 2", fun(M) -> M:chomp("\nHello\r\r\n") end),
     c("is_empty deep", fun(M) -> [M:is_empty(X) || X <- [[], <<>>, [[], <<>>], [[[]], "a"], "a", <<"a">>, [<<>> | <<>>], x]] end),
     c("length deep", fun(M) -> M:length(["ab", <<"c\r">>, [[$\n]], "d"]) end),
     c("length long", fun(M) -> M:length(lists:duplicate(100000, $a)) end),
     c("equal mixed", fun(M) -> [M:equal("abc", <<"abc">>), M:equal(["a", <<"bc">>], "abc"), M:equal(<<"a">>, <<"b">>)] end),
     c("equal/4 none", fun(M) -> M:equal("abc", "ABC", true, none) end),
     c("equal/3 false", fun(M) -> M:equal("abc", "ABC", false) end),
     c("to_graphemes deep", fun(M) -> M:to_graphemes(["a", <<"\r">>, "\nb"]) end),
     c("next_codepoint deep", fun(M) -> M:next_codepoint([[], <<"ab">>, "c"]) end),
     c("next_codepoint empty", fun(M) -> [M:next_codepoint(X) || X <- [[], <<>>, [[]], [<<>>]]] end),
     c("next_grapheme empty", fun(M) -> [M:next_grapheme(X) || X <- [[], <<>>]] end),
     c("next_grapheme crlf", fun(M) -> [M:next_grapheme(X) || X <- ["\r\n", <<"\r\nx">>, "\r", <<"\r">>]] end),
     c("prefix empty", fun(M) -> [M:prefix(X, P) || X <- ["", <<>>, "abc", <<"abc">>], P <- ["", <<>>, [[]]]] end),
     c("prefix binary", fun(M) -> [M:prefix(<<"abc">>, P) || P <- ["a", <<"ab">>, "abc", "abcd", "b"]] end),
     c("split binary pattern", fun(M) -> M:split("a--b--c", <<"--">>, all) end),
     c("split empty pattern", fun(M) -> [M:split("abc", P) || P <- ["", <<>>, [[]], [<<>>]]] end),
     c("replace binary", fun(M) -> M:replace(<<"a,b,c">>, ",", <<"-">>, all) end)
    ].

%% ---------------------------------------------------------------------

old() ->
    Ss = ["", "a", "abc", "  a b  c  ", "xxaxxbxx", "hello world", "aaa", "a.b..c.", "  "],
    Cs = [$a, $b, $x, $\s, $., $z],
    Per = fun(Name, F) -> [c(lbl("~s ~p", [Name, S]), fun(M) -> F(M, S) end) || S <- Ss] end,
    Per("len", fun(M, S) -> M:len(S) end) ++
    Per("concat", fun(M, S) -> M:concat(S, "++") end) ++
    Per("chr", fun(M, S) -> [M:chr(S, C) || C <- Cs] end) ++
    Per("rchr", fun(M, S) -> [M:rchr(S, C) || C <- Cs] end) ++
    Per("str", fun(M, S) -> [M:str(S, Sub) || Sub <- ["", "a", "b", "xx", "ab", "abc", "  ", "zz"]] end) ++
    Per("rstr", fun(M, S) -> [M:rstr(S, Sub) || Sub <- ["", "a", "b", "xx", "ab", "abc", "  ", "zz"]] end) ++
    Per("span", fun(M, S) -> [M:span(S, Sp) || Sp <- ["", "a", " a", "xa"]] end) ++
    Per("cspan", fun(M, S) -> [M:cspan(S, Sp) || Sp <- ["", "b", " ", "xb"]] end) ++
    Per("substr/2", fun(M, S) -> [catch_v(fun() -> M:substr(S, N) end) || N <- [1, 2, 3, 20]] end) ++
    Per("substr/3", fun(M, S) -> [catch_v(fun() -> M:substr(S, N, L) end) || N <- [1, 2, 3], L <- [0, 1, 5, 20]] end) ++
    Per("sub_string/2", fun(M, S) -> [catch_v(fun() -> M:sub_string(S, N) end) || N <- [1, 2, 5]] end) ++
    Per("sub_string/3", fun(M, S) -> [catch_v(fun() -> M:sub_string(S, N, E) end) || N <- [1, 2], E <- [1, 3, 20]] end) ++
    Per("tokens", fun(M, S) -> [M:tokens(S, Sp) || Sp <- ["", " ", ".", " .x", "a"]] end) ++
    Per("copies", fun(M, S) -> [M:copies(S, N) || N <- [0, 1, 3]] end) ++
    Per("words", fun(M, S) -> [M:words(S), M:words(S, $x), M:words(S, $.)] end) ++
    Per("sub_word", fun(M, S) -> [{M:sub_word(S, N), M:sub_word(S, N, $x), M:sub_word(S, N, $.)} || N <- [0, 1, 2, 3, 4]] end) ++
    Per("strip", fun(M, S) -> [M:strip(S), M:strip(S, left), M:strip(S, right), M:strip(S, both),
                               M:strip(S, both, $x), M:strip(S, left, $a), M:strip(S, right, $.)] end) ++
    Per("left", fun(M, S) -> [M:left(S, N) || N <- [0, 1, 3, 12]] ++ [M:left(S, 6, $.)] end) ++
    Per("right", fun(M, S) -> [M:right(S, N) || N <- [0, 1, 3, 12]] ++ [M:right(S, 6, $.)] end) ++
    Per("centre", fun(M, S) -> [M:centre(S, N) || N <- [0, 1, 2, 3, 4, 7, 12]] ++ [M:centre(S, 9, $*)] end) ++
    Per("to_upper", fun(M, S) -> M:to_upper(S) end) ++
    Per("to_lower", fun(M, S) -> M:to_lower(string:to_upper(S)) end) ++
    [c("to_upper latin1", fun(M) -> M:to_upper(lists:seq(0, 300)) end),
     c("to_lower latin1", fun(M) -> M:to_lower(lists:seq(0, 300)) end),
     c("to_upper char", fun(M) -> [M:to_upper(C) || C <- [$a, $Z, 16#E0, 16#F7, 16#FF, 16#101]] end),
     c("to_lower char", fun(M) -> [M:to_lower(C) || C <- [$a, $Z, 16#C0, 16#D7, 16#DE, 16#100]] end),
     c("chars", fun(M) -> [M:chars($a, 0), M:chars($a, 3), M:chars($b, 2, "xy")] end),
     c("join", fun(M) -> [M:join([], ", "), M:join(["a"], ", "), M:join(["a", "b", "c"], ", "), M:join(["", ""], "")] end),
     c("join improper elem", fun(M) -> M:join(["a", x], ",") end),
     c("join bad head", fun(M) -> M:join([x], ",") end),
     c("join bad sep", fun(M) -> M:join([], x) end),
     c("tokens doc", fun(M) -> M:tokens("abc defxxghix jkl", "x ") end),
     c("words doc", fun(M) -> M:words(" Hello old boy!", $o) end),
     c("sub_word doc", fun(M) -> M:sub_word(" Hello old boy !", 3, $o) end),
     c("centre zero", fun(M) -> M:centre("abc", 0, $x) end),
     c("str bad", fun(M) -> M:str("abc", x) end),
     c("chr bad", fun(M) -> M:chr("abc", x) end),
     c("substr bad", fun(M) -> M:substr("abc", 0) end),
     c("substr/3 bad", fun(M) -> M:substr("abc", 1, -1) end),
     c("substr past end", fun(M) -> M:substr("abc", 5) end),
     c("substr/3 past end", fun(M) -> M:substr("abc", 5, 1) end),
     c("copies bad", fun(M) -> M:copies("a", -1) end),
     c("strip bad", fun(M) -> M:strip("a", up) end),
     c("left bad", fun(M) -> M:left("a", x) end),
     c("chars bad", fun(M) -> M:chars(x, 0) end),
     c("chars neg", fun(M) -> M:chars($a, -1) end),
     c("to_upper bad", fun(M) -> M:to_upper(x) end),
     c("to_upper improper", fun(M) -> M:to_upper([$a | x]) end),
     c("len bad", fun(M) -> M:len(x) end),
     c("concat bad", fun(M) -> M:concat(x, "a") end),
     c("span bad", fun(M) -> M:span("abc", x) end),
     c("tokens bad", fun(M) -> M:tokens(x, " ") end),
     c("words bad", fun(M) -> M:words("abc", "x") end),
     c("rstr bad", fun(M) -> M:rstr(x, "a") end)
    ].

catch_v(F) ->
    try F() of
        V -> V
    catch
        C:E -> {C, E}
    end.

%% ---------------------------------------------------------------------

numbers() ->
    Ints = ["12", "+12", "-12x", "--1", "+-1", "1-2", "", "x", "  1", "007", "1.5",
            "-", "+", "99999999999999999999999", "0", "-0", "12 34", "٣", "1\r\n",
            <<"42abc">>, <<"">>, <<"-7">>, <<"+">>, [$1 | x], x, 12],
    Floats = ["1.5", "+1.5", "-1.5e3x", "1.5E3", "1e5", "1.5e", "1,5", "1.5e+3", "1.5e-3",
              ".5", "5.", "1.0e400", "1.0e-400", "-", "", "abc", "  1.5", "1.5.6",
              "01.50", "1.5e3.2", "1.5ee", "1.5e+", "+.1", "1.0E-2x", "-0.0", "2,5e1,",
              "123456789012345678901234567890.5", "0.1", "1.7976931348623157e308",
              "4.9e-324", "1.5e-", "9,9,9",
              <<"2.5ab">>, <<"x">>, <<"1.0">>, x, 1.5],
    Flat = fun({N, Rest}) -> {N, unicode:characters_to_list(Rest)}; (E) -> E end,
    [c(lbl("to_integer ~w", [S]), fun(M) -> M:to_integer(S) end) || S <- Ints] ++
    [c(lbl("to_float ~w", [S]), fun(M) -> M:to_float(S) end) || S <- Floats] ++
    [c(lbl("list_to_integer ~w", [S]), fun(M) -> M:list_to_integer(S) end) || S <- Ints] ++
    [c(lbl("list_to_float ~w", [S]), fun(M) -> M:list_to_float(S) end) || S <- Floats] ++
    %% Known deviation: for deep chardata the rest is flat in Joist, so only
    %% the characters are compared.
    [c("to_integer deep (flattened rest)", fun(M) -> Flat(M:to_integer(["1", <<"2">>, "x", [<<"y">>]])) end),
     c("to_float deep (flattened rest)", fun(M) -> Flat(M:to_float(["1.", <<"5">>, "z", [<<"y">>]])) end)].

%% ---------------------------------------------------------------------

binaries() ->
    Bs = [unicode:characters_to_binary(S) || S <- strings()],
    Pats = ["", ",", "a", "ab", "\r\n", "\n", "é", [16#301], "b,"],
    Seps = [" ", ",", "a", [[$\r, $\n]], [$\n], [$\s, $\t, $\n], "é", [16#301]],
    Per = fun(Name, F) -> [c(lbl("bin ~s ~w", [Name, B]), fun(M) -> F(M, B) end) || B <- Bs] end,
    Per("length", fun(M, B) -> M:length(B) end) ++
    Per("is_empty", fun(M, B) -> M:is_empty(B) end) ++
    Per("reverse", fun(M, B) -> M:reverse(B) end) ++
    Per("to_graphemes", fun(M, B) -> M:to_graphemes(B) end) ++
    Per("next_grapheme", fun(M, B) -> M:next_grapheme(B) end) ++
    Per("next_codepoint", fun(M, B) -> M:next_codepoint(B) end) ++
    Per("uppercase", fun(M, B) -> M:uppercase(B) end) ++
    Per("lowercase", fun(M, B) -> M:lowercase(B) end) ++
    Per("titlecase", fun(M, B) -> M:titlecase(B) end) ++
    Per("casefold", fun(M, B) -> M:casefold(B) end) ++
    Per("trim", fun(M, B) -> [M:trim(B), M:trim(B, leading), M:trim(B, trailing)] end) ++
    Per("chomp", fun(M, B) -> M:chomp(B) end) ++
    Per("slice", fun(M, B) -> [M:slice(B, N) || N <- [0, 1, 2, 100]] ++
                                 [M:slice(B, N, L) || N <- [0, 1, 3], L <- [0, 1, 2, infinity]] end) ++
    Per("pad", fun(M, B) -> [M:pad(B, N, D) || N <- [0, 3, 8], D <- [leading, trailing, both]] end) ++
    Per("equal", fun(M, B) -> [M:equal(B, B), M:equal(B, <<"abc">>), M:equal(B, "abc"), M:equal(B, <<"ABC">>, true)] end) ++
    Per("to_integer", fun(M, B) -> M:to_integer(B) end) ++
    Per("to_float", fun(M, B) -> M:to_float(B) end) ++
    [c(lbl("bin trim ~w ~p ~w", [B, D, Sp]), fun(M) -> M:trim(B, D, Sp) end)
     || B <- Bs, D <- [leading, trailing, both], Sp <- Seps] ++
    [c(lbl("bin take ~w ~w ~p ~p", [B, Sp, Cm, D]), fun(M) -> M:take(B, Sp, Cm, D) end)
     || B <- Bs, Sp <- Seps ++ [[]], Cm <- [false, true], D <- [leading, trailing]] ++
    [c(lbl("bin lexemes ~w ~w", [B, Sp]), fun(M) -> M:lexemes(B, Sp) end) || B <- Bs, Sp <- Seps ++ [[]]] ++
    [c(lbl("bin nth_lexeme ~w ~w", [B, Sp]), fun(M) -> [M:nth_lexeme(B, N, Sp) || N <- [1, 2, 3]] end)
     || B <- Bs, Sp <- Seps ++ [[]]] ++
    [c(lbl("bin split ~w ~w ~p", [B, P, W]), fun(M) -> M:split(B, P, W) end)
     || B <- Bs, P <- Pats, W <- [leading, trailing, all]] ++
    [c(lbl("bin replace ~w ~w ~p", [B, P, W]), fun(M) -> M:replace(B, P, "+", W) end)
     || B <- Bs, P <- Pats, W <- [leading, trailing, all]] ++
    [c(lbl("bin find ~w ~w ~p", [B, P, D]), fun(M) -> M:find(B, P, D) end)
     || B <- Bs, P <- Pats, D <- [leading, trailing]] ++
    [c(lbl("bin prefix ~w ~w", [B, P]), fun(M) -> M:prefix(B, P) end) || B <- Bs, P <- Pats].

%% ---------------------------------------------------------------------

errors() ->
    [c("length bad", fun(M) -> M:length(x) end),
     c("slice bad", fun(M) -> M:slice("abc", -1) end),
     c("slice/3 bad len", fun(M) -> M:slice("abc", 1, -1) end),
     c("slice/3 neg start infinity", fun(M) -> M:slice("abc", -1, infinity) end),
     c("slice/3 zero len any start", fun(M) -> M:slice("abc", x, 0) end),
     c("pad bad length", fun(M) -> M:pad("abc", x) end),
     c("pad bad dir", fun(M) -> M:pad("abc", 5, up) end),
     c("trim bad dir", fun(M) -> M:trim("abc", up) end),
     c("trim bad dir empty seps", fun(M) -> M:trim("abc", up, []) end),
     c("trim bad seps", fun(M) -> M:trim("abc", both, x) end),
     c("take bad", fun(M) -> M:take("abc", "a", maybe, leading) end),
     c("take empty seps bad", fun(M) -> M:take("abc", [], false, x) end),
     c("lexemes bad seps", fun(M) -> M:lexemes("abc", x) end),
     c("nth_lexeme zero", fun(M) -> M:nth_lexeme("abc", 0, " ") end),
     c("nth_lexeme one empty", fun(M) -> M:nth_lexeme("abc", 1, []) end),
     c("nth_lexeme bad seps", fun(M) -> M:nth_lexeme("abc", 2, x) end),
     c("uppercase bad", fun(M) -> M:uppercase(x) end),
     c("titlecase bad", fun(M) -> M:titlecase(x) end),
     c("find bad dir", fun(M) -> M:find("abc", "b", up) end),
     c("equal/3 bad", fun(M) -> M:equal("a", "a", maybe) end),
     c("split bad where", fun(M) -> M:split("a,b", ",", up) end),
     c("split bad where nomatch", fun(M) -> M:split("ab", ",", up) end),
     c("reverse improper", fun(M) -> M:reverse([$a | x]) end),
     c("chomp bad", fun(M) -> M:chomp(x) end),
     c("bad input", fun(M) -> [catch_v(fun() -> M:F(x) end) || F <- [uppercase, lowercase, casefold, titlecase, length, reverse, to_graphemes, is_empty, next_grapheme, next_codepoint, trim, chomp]] end),
     c("improper input", fun(M) -> [catch_v(fun() -> M:F([$a | x]) end) || F <- [uppercase, lowercase, casefold, titlecase, length, reverse, to_graphemes, trim, chomp]] end),
     c("odd code points", fun(M) -> [M:uppercase([$a, -1]), M:length([$a, -1]), M:length([$a, 16#110000]), M:uppercase([$a, 16#110000]), M:to_graphemes([$a, 16#110000])] end),
     c("invalid utf8", fun(M) -> [catch_v(fun() -> M:F(<<"a", 255>>) end) || F <- [next_grapheme, next_codepoint, length]] ++ [M:next_grapheme(<<255>>), M:next_codepoint(<<255>>)] end),
     c("slice bad length atom", fun(M) -> M:slice("abc", 1, x) end)
    ].

%% ---------------------------------------------------------------------

%% Random strings and separators over a small, nasty alphabet; every
%% function runs on the list and on the binary form.
random() ->
    Pool = [$a, $b, $\s, $,, $\r, $\n, 16#301, 16#600, 16#1F600, 16#200D, $e, 16#E9],
    SepPool = [[$\s], [$,], [$a], [$\n], [$\r], [[$\r, $\n]], [16#301], [[$e, 16#301]],
               [$\s, $\n], [[$\r, $\n], $\n], [16#600], [16#1F600], [$a, 16#301],
               [[16#1F600, 16#200D]], [$b, $,]],
    PatPool = [",", "a", "\r", "\n", "\r\n", [16#301], [$e, 16#301], "ab", [16#600, $a],
               [16#1F600, 16#200D], ", "],
    Strs = [rnd_seq(Pool, S, S rem 12) || S <- lists:seq(1, 400)],
    Pick = fun(L, S) -> lists:nth(1 + S rem length(L), L) end,
    lists:append(
      [begin
           Sep = Pick(SepPool, I * 7),
           Pat = Pick(PatPool, I * 3),
           N = 1 + I rem 3,
           F = fun(M, X) ->
                       [catch_v(fun() -> M:trim(X, leading, Sep) end),
                        catch_v(fun() -> M:trim(X, trailing, Sep) end),
                        catch_v(fun() -> M:trim(X, both, Sep) end),
                        catch_v(fun() -> M:take(X, Sep, false, leading) end),
                        catch_v(fun() -> M:take(X, Sep, true, leading) end),
                        catch_v(fun() -> M:take(X, Sep, false, trailing) end),
                        catch_v(fun() -> M:take(X, Sep, true, trailing) end),
                        catch_v(fun() -> M:lexemes(X, Sep) end),
                        catch_v(fun() -> M:nth_lexeme(X, N, Sep) end),
                        catch_v(fun() -> M:split(X, Pat, leading) end),
                        catch_v(fun() -> M:split(X, Pat, trailing) end),
                        catch_v(fun() -> M:split(X, Pat, all) end),
                        catch_v(fun() -> M:find(X, Pat, leading) end),
                        catch_v(fun() -> M:find(X, Pat, trailing) end),
                        catch_v(fun() -> M:prefix(X, Pat) end),
                        catch_v(fun() -> M:chomp(X) end),
                        catch_v(fun() -> M:trim(X) end),
                        catch_v(fun() -> M:slice(X, N, N) end),
                        catch_v(fun() -> M:length(X) end)]
               end,
           B = unicode:characters_to_binary(S),
           [c(lbl("random list ~w ~w ~w", [S, Sep, Pat]), fun(M) -> F(M, S) end),
            c(lbl("random bin ~w ~w ~w", [S, Sep, Pat]), fun(M) -> F(M, B) end)]
       end || {I, S} <- lists:zip(lists:seq(1, length(Strs)), Strs)]).
