%% Comparison cases for stdlib/lists.erl (run by compare.sh).
-module(lists_cases).
-export([cases/0]).

c(Label, F) -> {lists, Label, F}.

cases() ->
    Id = fun(X) -> X end,
    Dbl = fun(X) -> X * 2 end,
    Even = fun(X) -> X rem 2 =:= 0 end,
    Lt3 = fun(X) -> X < 3 end,
    L = t:logged(fun(X) -> X end),
    Cons = fun(X, A) -> [X | A] end,
    basic() ++ errors() ++ sorting() ++
    [c("map", fun(M) -> M:map(Dbl, [1, 2, 3]) end),
     c("map order", fun(M) -> M:map(L, [a, b, c]) end),
     c("foldl order", fun(M) -> M:foldl(t:logged(Cons), [], [1, 2, 3]) end),
     c("foldr order", fun(M) -> M:foldr(t:logged(Cons), [], [1, 2, 3]) end),
     c("foreach order", fun(M) -> M:foreach(L, [1, 2, 3]) end),
     c("filter order", fun(M) -> M:filter(t:logged(Even), [1, 2, 3, 4]) end),
     c("flatmap order", fun(M) -> M:flatmap(t:logged(fun(X) -> [X, X] end), [1, 2]) end),
     c("mapfoldl order", fun(M) -> M:mapfoldl(t:logged(fun(X, A) -> {X * 2, A + X} end), 0, [1, 2, 3]) end),
     c("mapfoldr order", fun(M) -> M:mapfoldr(t:logged(fun(X, A) -> {X * 2, [X | A]} end), [], [1, 2, 3]) end),
     c("zipwith order", fun(M) -> M:zipwith(t:logged(fun(X, Y) -> X + Y end), [1, 2], [3, 4]) end),
     c("zipwith3 order", fun(M) -> M:zipwith3(t:logged(fun(X, Y, Z) -> X + Y + Z end), [1, 2], [3, 4], [5, 6]) end),
     c("all order", fun(M) -> M:all(t:logged(Lt3), [1, 2, 3, 4]) end),
     c("any order", fun(M) -> M:any(t:logged(Lt3), [5, 2, 1]) end),
     c("partition order", fun(M) -> M:partition(t:logged(Even), [1, 2, 3, 4]) end),
     c("filtermap order", fun(M) -> M:filtermap(t:logged(Even), [1, 2, 3, 4]) end),
     c("takewhile order", fun(M) -> M:takewhile(t:logged(Lt3), [1, 2, 3, 1]) end),
     c("dropwhile order", fun(M) -> M:dropwhile(t:logged(Lt3), [1, 2, 3, 1]) end),
     c("splitwith order", fun(M) -> M:splitwith(t:logged(Lt3), [1, 2, 3, 1]) end),
     c("search order", fun(M) -> M:search(t:logged(Even), [1, 3, 4, 6]) end),
     c("keymap order", fun(M) -> M:keymap(L, 2, [{a, 1}, {b, 2}]) end),
     c("uniq/2 order", fun(M) -> M:uniq(L, [3, 1, 3]) end),
     c("map id long", fun(M) -> M:map(Id, lists:seq(1, 100000)) end),
     c("foldl long", fun(M) -> M:foldl(fun(X, A) -> X + A end, 0, lists:seq(1, 200000)) end),
     c("foldr long", fun(M) -> M:foldr(fun(X, A) -> X + A end, 0, lists:seq(1, 200000)) end)
    ].

basic() ->
    Even = fun(X) -> X rem 2 =:= 0 end,
    [c("all true", fun(M) -> M:all(Even, [2, 4]) end),
     c("all false", fun(M) -> M:all(Even, [2, 3]) end),
     c("all empty", fun(M) -> M:all(Even, []) end),
     c("any true", fun(M) -> M:any(Even, [1, 4]) end),
     c("any false", fun(M) -> M:any(Even, [1, 3]) end),
     c("any empty", fun(M) -> M:any(Even, []) end),
     c("map empty", fun(M) -> M:map(Even, []) end),
     c("filter", fun(M) -> M:filter(Even, [1, 2, 3, 4, 6]) end),
     c("filter empty", fun(M) -> M:filter(Even, []) end),
     c("foldl", fun(M) -> M:foldl(fun(X, A) -> A - X end, 100, [1, 2, 3]) end),
     c("foldl empty", fun(M) -> M:foldl(fun(X, A) -> A - X end, 100, []) end),
     c("foldr", fun(M) -> M:foldr(fun(X, A) -> X - A end, 100, [1, 2, 3]) end),
     c("foreach", fun(M) -> M:foreach(Even, [1, 2]) end),
     c("foreach empty", fun(M) -> M:foreach(Even, []) end),
     c("mapfoldl", fun(M) -> M:mapfoldl(fun(X, S) -> {2 * X, X + S} end, 0, [1, 2, 3, 4, 5]) end),
     c("mapfoldl empty", fun(M) -> M:mapfoldl(fun(X, S) -> {2 * X, X + S} end, 0, []) end),
     c("mapfoldr", fun(M) -> M:mapfoldr(fun(X, S) -> {{X, S}, X + S} end, 0, [1, 2, 3]) end),
     c("flatmap", fun(M) -> M:flatmap(fun(X) -> [X, [X]] end, [a, b, c]) end),
     c("flatmap empty results", fun(M) -> M:flatmap(fun(_) -> [] end, [a, b, c]) end),
     c("filtermap", fun(M) -> M:filtermap(fun(X) -> case X rem 2 of 0 -> {true, X div 2}; _ -> X > 4 end end, [1, 2, 3, 4, 5, 6]) end),
     c("zf", fun(M) -> M:zf(fun(X) -> case X rem 2 of 0 -> {true, X div 2}; _ -> false end end, [1, 2, 3, 4]) end),
     c("partition", fun(M) -> M:partition(fun(A) -> A rem 2 == 1 end, [1, 2, 3, 4, 5, 6, 7]) end),
     c("partition atoms", fun(M) -> M:partition(fun(A) -> is_atom(A) end, [a, b, 1, c, d, 2, 3, 4, e]) end),
     c("dropwhile all", fun(M) -> M:dropwhile(fun(_) -> true end, [1, 2]) end),
     c("dropwhile", fun(M) -> M:dropwhile(fun(X) -> X < 3 end, [1, 2, 3, 4, 1]) end),
     c("takewhile", fun(M) -> M:takewhile(fun(X) -> X < 3 end, [1, 2, 3, 4, 1]) end),
     c("takewhile all", fun(M) -> M:takewhile(fun(_) -> true end, [1, 2]) end),
     c("splitwith", fun(M) -> M:splitwith(fun(A) -> is_atom(A) end, [a, b, 1, c, d, 2, 3, 4, e]) end),
     c("splitwith all", fun(M) -> M:splitwith(fun(_) -> true end, [a, b]) end),
     c("splitwith empty", fun(M) -> M:splitwith(fun(_) -> true end, []) end),
     c("search found", fun(M) -> M:search(fun(X) -> X > 1 end, [1, 2, 3]) end),
     c("search none", fun(M) -> M:search(fun(X) -> X > 5 end, [1, 2, 3]) end),
     c("zip3", fun(M) -> M:zip3([1, 2], [a, b], [x, y]) end),
     c("zip3 empty", fun(M) -> M:zip3([], [], []) end),
     c("zipwith", fun(M) -> M:zipwith(fun(X, Y) -> X * Y end, [1, 2, 3], [4, 5, 6]) end),
     c("zipwith3", fun(M) -> M:zipwith3(fun(X, Y, Z) -> [X, Y, Z] end, [a, b], [c, d], [e, f]) end),
     c("unzip3", fun(M) -> M:unzip3([{1, a, x}, {2, b, y}]) end),
     c("unzip3 empty", fun(M) -> M:unzip3([]) end),
     c("append/1", fun(M) -> M:append([[1, 2], [], [3], [4, [5]]]) end),
     c("append/1 improper last", fun(M) -> M:append([[1], x]) end),
     c("append/1 single", fun(M) -> M:append([x]) end),
     c("append/1 empty", fun(M) -> M:append([]) end),
     c("flatten/2", fun(M) -> M:flatten([1, [2, [3, []]], [[]], 4], [5, [6]]) end),
     c("flatten/2 empty", fun(M) -> M:flatten([], []) end),
     c("flatlength", fun(M) -> M:flatlength([1, [2, [3, []]], [[]], 4]) end),
     c("flatlength empty", fun(M) -> M:flatlength([]) end),
     c("join", fun(M) -> M:join(x, [a, b, c]) end),
     c("join one", fun(M) -> M:join(x, [a]) end),
     c("join none", fun(M) -> M:join(x, []) end),
     c("join strings", fun(M) -> M:join(", ", ["a", "b"]) end),
     c("enumerate/1", fun(M) -> M:enumerate([a, b, c]) end),
     c("enumerate/2", fun(M) -> M:enumerate(-1, [a, b, c]) end),
     c("enumerate empty", fun(M) -> M:enumerate(5, []) end),
     c("uniq/1", fun(M) -> M:uniq([3, 3, 1, 2, 1, 2, 3]) end),
     c("uniq/1 exact", fun(M) -> M:uniq([a, 1, 1.0, b, 1, a]) end),
     c("uniq/1 empty", fun(M) -> M:uniq([]) end),
     c("uniq/2", fun(M) -> M:uniq(fun({X, _}) -> X end, [{b, 2}, {a, 1}, {c, 3}, {a, 2}]) end),
     c("keytake found", fun(M) -> M:keytake(b, 1, [{a, 1}, {b, 2}, {c, 3}, {b, 4}]) end),
     c("keytake ==", fun(M) -> M:keytake(1, 2, [{a, 1.0}, {b, 2}]) end),
     c("keytake none", fun(M) -> M:keytake(z, 1, [{a, 1}, {b, 2}]) end),
     c("keytake short tuples", fun(M) -> M:keytake(z, 2, [{a}, {b, z}]) end),
     c("keymap", fun(M) -> M:keymap(fun(X) -> X * 10 end, 2, [{a, 1}, {b, 2}]) end),
     c("keymap empty", fun(M) -> M:keymap(fun(X) -> X end, 2, []) end)
    ].

errors() ->
    F1 = fun(X) -> X end,
    F2 = fun(X, Y) -> {X, Y} end,
    F3 = fun(X, Y, Z) -> {X, Y, Z} end,
    Bad = fun(_) -> maybe end,
    [c("all badlist", fun(M) -> M:all(F1, x) end),
     c("all improper", fun(M) -> M:all(fun(_) -> true end, [1 | x]) end),
     c("all badfun", fun(M) -> M:all(x, []) end),
     c("all nonbool", fun(M) -> M:all(Bad, [1]) end),
     c("any badlist", fun(M) -> M:any(F1, x) end),
     c("any nonbool", fun(M) -> M:any(Bad, [1]) end),
     c("map badlist", fun(M) -> M:map(F1, x) end),
     c("map improper", fun(M) -> M:map(F1, [1 | x]) end),
     c("map badfun", fun(M) -> M:map(x, []) end),
     c("map arity", fun(M) -> M:map(F2, [1]) end),
     c("flatmap badlist", fun(M) -> M:flatmap(F1, x) end),
     c("flatmap improper", fun(M) -> M:flatmap(F1, [[1] | x]) end),
     c("flatmap nonlist result", fun(M) -> M:flatmap(F1, [a, [b]]) end),
     c("foldl badlist", fun(M) -> M:foldl(F2, 0, x) end),
     c("foldl improper", fun(M) -> M:foldl(F2, 0, [1 | x]) end),
     c("foldl badfun", fun(M) -> M:foldl(F1, 0, []) end),
     c("foldr badlist", fun(M) -> M:foldr(F2, 0, x) end),
     c("foldr badfun", fun(M) -> M:foldr(x, 0, []) end),
     c("filter badlist", fun(M) -> M:filter(F1, x) end),
     c("filter improper", fun(M) -> M:filter(fun(_) -> true end, [1 | x]) end),
     c("filter nonbool", fun(M) -> M:filter(Bad, [1]) end),
     c("filter badfun", fun(M) -> M:filter(x, []) end),
     c("partition badlist", fun(M) -> M:partition(F1, x) end),
     c("partition nonbool", fun(M) -> M:partition(Bad, [1]) end),
     c("filtermap bad result", fun(M) -> M:filtermap(F1, [x]) end),
     c("filtermap badlist", fun(M) -> M:filtermap(F1, x) end),
     c("foreach badlist", fun(M) -> M:foreach(F1, x) end),
     c("foreach badfun", fun(M) -> M:foreach(x, []) end),
     c("mapfoldl bad result", fun(M) -> M:mapfoldl(F2, 0, [1]) end),
     c("mapfoldl badlist", fun(M) -> M:mapfoldl(F2, 0, x) end),
     c("mapfoldr badlist", fun(M) -> M:mapfoldr(F2, 0, x) end),
     c("takewhile improper", fun(M) -> M:takewhile(fun(_) -> true end, [1 | x]) end),
     c("takewhile nonbool", fun(M) -> M:takewhile(Bad, [1]) end),
     c("dropwhile improper", fun(M) -> M:dropwhile(fun(_) -> true end, [1 | x]) end),
     c("splitwith badfun", fun(M) -> M:splitwith(x, []) end),
     c("splitwith improper", fun(M) -> M:splitwith(fun(_) -> true end, [1 | x]) end),
     c("search badfun", fun(M) -> M:search(x, []) end),
     c("search badlist", fun(M) -> M:search(F1, x) end),
     c("zip3 unequal", fun(M) -> M:zip3([1], [], [3]) end),
     c("zipwith unequal", fun(M) -> M:zipwith(F2, [1], []) end),
     c("zipwith badfun", fun(M) -> M:zipwith(x, [], []) end),
     c("zipwith3 unequal", fun(M) -> M:zipwith3(F3, [1], [2], []) end),
     c("unzip3 bad", fun(M) -> M:unzip3([{1, 2}]) end),
     c("append/1 bad", fun(M) -> M:append(x) end),
     c("append/1 bad elem", fun(M) -> M:append([x, [1]]) end),
     c("flatten/2 bad", fun(M) -> M:flatten(x, []) end),
     c("flatten/2 bad tail", fun(M) -> M:flatten([], x) end),
     c("flatlength bad", fun(M) -> M:flatlength(x) end),
     c("join bad", fun(M) -> M:join(x, b) end),
     c("join improper", fun(M) -> M:join(x, [a | b]) end),
     c("enumerate bad index", fun(M) -> M:enumerate(x, [a]) end),
     c("enumerate bad list", fun(M) -> M:enumerate(1, x) end),
     c("enumerate improper", fun(M) -> M:enumerate(1, [a | b]) end),
     c("uniq bad", fun(M) -> M:uniq(x) end),
     c("uniq improper", fun(M) -> M:uniq([a | b]) end),
     c("uniq/2 badfun", fun(M) -> M:uniq(x, []) end),
     c("uniq/2 badlist", fun(M) -> M:uniq(F1, x) end),
     c("keytake bad index", fun(M) -> M:keytake(a, 0, []) end),
     c("keytake badlist", fun(M) -> M:keytake(a, 1, x) end),
     c("keymap badfun", fun(M) -> M:keymap(x, 1, []) end),
     c("keymap bad index", fun(M) -> M:keymap(F1, 0, []) end),
     c("keymerge bad index", fun(M) -> M:keymerge(0, [], []) end),
     c("ukeysort bad index", fun(M) -> M:ukeysort(0, []) end),
     c("ukeysort bad list", fun(M) -> M:ukeysort(1, x) end),
     c("sort/2 badfun", fun(M) -> M:sort(x, []) end),
     c("sort/2 badlist", fun(M) -> M:sort(F2, x) end),
     c("usort/2 badfun", fun(M) -> M:usort(x, [1]) end),
     c("merge/3 badfun", fun(M) -> M:merge(x, [], []) end),
     c("umerge/3 badfun", fun(M) -> M:umerge(x, [], []) end),
     c("merge/2 bad", fun(M) -> M:merge(x, []) end),
     c("umerge/2 bad", fun(M) -> M:umerge([], x) end),
     c("merge/1 bad", fun(M) -> M:merge(x) end)
    ].

sorting() ->
    Le = fun(A, B) -> A =< B end,
    Ge = fun(A, B) -> A >= B end,
    Le1 = fun(A, B) -> element(1, A) =< element(1, B) end,
    Seeds = lists:seq(1, 25),
    Sizes = [0, 1, 2, 3, 4, 5, 7, 10, 16, 33],
    Data = [{S, N, t:rnd_list(S * 7 + N, N, 1 + N div 2)} || S <- Seeds, N <- Sizes],
    Tup = [{S, N, t:rnd_tuples(S * 11 + N, N, 1 + N div 2)} || S <- lists:seq(1, 8), N <- Sizes],
    Lbl = fun(Name, S, N) -> lists:flatten(io_lib:format("~s seed=~p n=~p", [Name, S, N])) end,
    Srt = fun(X) -> lists:sort(X) end,
    USrt = fun(X) -> lists:usort(X) end,
    Rev = fun(X) -> lists:reverse(X) end,
    [c(Lbl("sort/2 =<", S, N), fun(M) -> M:sort(Le, D) end) || {S, N, D} <- Data] ++
    [c(Lbl("sort/2 >=", S, N), fun(M) -> M:sort(Ge, D) end) || {S, N, D} <- Data] ++
    [c(Lbl("usort/2 =<", S, N), fun(M) -> M:usort(Le, D) end) || {S, N, D} <- Data] ++
    [c(Lbl("usort/2 >=", S, N), fun(M) -> M:usort(Ge, D) end) || {S, N, D} <- Data] ++
    [c(Lbl("sort/2 key stable", S, N), fun(M) -> M:sort(Le1, D) end) || {S, N, D} <- Tup] ++
    [c(Lbl("usort/2 key first", S, N), fun(M) -> M:usort(Le1, D) end) || {S, N, D} <- Tup] ++
    [c(Lbl("ukeysort/2 1", S, N), fun(M) -> M:ukeysort(1, D) end) || {S, N, D} <- Tup] ++
    [c(Lbl("ukeysort/2 2", S, N), fun(M) -> M:ukeysort(2, D) end) || {S, N, D} <- Tup] ++
    [c(Lbl("merge/2", S, N), fun(M) -> M:merge(Srt(D), Srt(E)) end)
     || {S, N, D} <- Data, {S2, _, E} <- Data, S2 =:= S + 1] ++
    [c(Lbl("merge/3", S, N), fun(M) -> M:merge(Le, Srt(D), Srt(E)) end)
     || {S, N, D} <- Data, {S2, _, E} <- Data, S2 =:= S + 1] ++
    [c(Lbl("merge/3 >=", S, N), fun(M) -> M:merge(Ge, Rev(Srt(D)), Rev(Srt(E))) end)
     || {S, N, D} <- Data, {S2, _, E} <- Data, S2 =:= S + 2] ++
    [c(Lbl("rmerge/2", S, N), fun(M) -> M:rmerge(Rev(Srt(D)), Rev(Srt(E))) end)
     || {S, N, D} <- Data, {S2, _, E} <- Data, S2 =:= S + 1] ++
    [c(Lbl("rmerge/3", S, N), fun(M) -> M:rmerge(Le, Rev(Srt(D)), Rev(Srt(E))) end)
     || {S, N, D} <- Data, {S2, _, E} <- Data, S2 =:= S + 1] ++
    [c(Lbl("umerge/2", S, N), fun(M) -> M:umerge(USrt(D), USrt(E)) end)
     || {S, N, D} <- Data, {S2, _, E} <- Data, S2 =:= S + 1] ++
    [c(Lbl("umerge/3", S, N), fun(M) -> M:umerge(Le, USrt(D), USrt(E)) end)
     || {S, N, D} <- Data, {S2, _, E} <- Data, S2 =:= S + 1] ++
    [c(Lbl("rumerge/2", S, N), fun(M) -> M:rumerge(Rev(USrt(D)), Rev(USrt(E))) end)
     || {S, N, D} <- Data, {S2, _, E} <- Data, S2 =:= S + 1] ++
    [c(Lbl("rumerge/3", S, N), fun(M) -> M:rumerge(Le, Rev(USrt(D)), Rev(USrt(E))) end)
     || {S, N, D} <- Data, {S2, _, E} <- Data, S2 =:= S + 1] ++
    [c(Lbl("merge3", S, N), fun(M) -> M:merge3(Srt(D), Srt(E), Srt(F)) end)
     || {S, N, D} <- Data, {S2, _, E} <- Data, {S3, N3, F} <- Data, S2 =:= S + 1, S3 =:= S + 2, N3 =:= N] ++
    [c(Lbl("rmerge3", S, N), fun(M) -> M:rmerge3(Rev(Srt(D)), Rev(Srt(E)), Rev(Srt(F))) end)
     || {S, N, D} <- Data, {S2, _, E} <- Data, {S3, N3, F} <- Data, S2 =:= S + 1, S3 =:= S + 2, N3 =:= N] ++
    [c(Lbl("umerge3", S, N), fun(M) -> M:umerge3(USrt(D), USrt(E), USrt(F)) end)
     || {S, N, D} <- Data, {S2, _, E} <- Data, {S3, N3, F} <- Data, S2 =:= S + 1, S3 =:= S + 2, N3 =:= N] ++
    [c(Lbl("rumerge3", S, N), fun(M) -> M:rumerge3(Rev(USrt(D)), Rev(USrt(E)), Rev(USrt(F))) end)
     || {S, N, D} <- Data, {S2, _, E} <- Data, {S3, N3, F} <- Data, S2 =:= S + 1, S3 =:= S + 2, N3 =:= N] ++
    [c(Lbl("merge/1", S, N), fun(M) -> M:merge([Srt(D), Srt(E), [], Srt(F), Srt(D)]) end)
     || {S, N, D} <- Data, {S2, _, E} <- Data, {S3, N3, F} <- Data, S2 =:= S + 1, S3 =:= S + 2, N3 =:= N] ++
    [c(Lbl("umerge/1", S, N), fun(M) -> M:umerge([USrt(D), USrt(E), [], USrt(F), USrt(D)]) end)
     || {S, N, D} <- Data, {S2, _, E} <- Data, {S3, N3, F} <- Data, S2 =:= S + 1, S3 =:= S + 2, N3 =:= N] ++
    [c(Lbl("keymerge", S, N), fun(M) -> M:keymerge(1, lists:keysort(1, D), lists:keysort(1, E)) end)
     || {S, N, D} <- Tup, {S2, _, E} <- Tup, S2 =:= S + 1] ++
    [c(Lbl("ukeymerge", S, N), fun(M) -> M:ukeymerge(1, M:ukeysort(1, D), M:ukeysort(1, E)) end)
     || {S, N, D} <- Tup, {S2, _, E} <- Tup, S2 =:= S + 1] ++
    [c(Lbl("rkeymerge", S, N), fun(M) -> M:rkeymerge(1, Rev(lists:keysort(1, D)), Rev(lists:keysort(1, E))) end)
     || {S, N, D} <- Tup, {S2, _, E} <- Tup, S2 =:= S + 1] ++
    [c(Lbl("rukeymerge", S, N), fun(M) -> M:rukeymerge(1, Rev(M:ukeysort(1, D)), Rev(M:ukeysort(1, E))) end)
     || {S, N, D} <- Tup, {S2, _, E} <- Tup, S2 =:= S + 1] ++
    [c("merge/1 empty", fun(M) -> M:merge([]) end),
     c("merge/1 one", fun(M) -> M:merge([[1, 2]]) end),
     c("umerge/1 empty", fun(M) -> M:umerge([]) end),
     c("umerge/1 one", fun(M) -> M:umerge([[1, 2]]) end),
     c("merge/2 empty", fun(M) -> M:merge([], []) end),
     c("umerge/2 dups in L1", fun(M) -> M:umerge([1, 1], [1, 2]) end),
     c("umerge/2 dups in L2", fun(M) -> M:umerge([1, 2], [1, 1]) end),
     c("umerge/2 1 vs 1.0", fun(M) -> M:umerge([1.0, 2], [1, 2.0, 3]) end),
     c("merge/2 1 vs 1.0", fun(M) -> M:merge([1.0, 2], [1, 2.0, 3]) end),
     c("keymerge 1 vs 1.0", fun(M) -> M:keymerge(1, [{1.0, a}], [{1, b}]) end),
     c("ukeymerge 1 vs 1.0", fun(M) -> M:ukeymerge(1, [{1.0, a}], [{1, b}]) end),
     c("ukeymerge empty", fun(M) -> M:ukeymerge(1, [], [{1, b}]) end),
     c("keymerge empty", fun(M) -> M:keymerge(1, [{1, b}], []) end),
     c("ukeysort doc", fun(M) -> M:ukeysort(2, [{a, 2}, {b, 1}, {c, 2.0}, {d, 1}]) end),
     c("sort/2 doc", fun(M) -> M:sort(fun(A, B) -> A > B end, [3, 1, 2]) end),
     c("usort/2 single", fun(M) -> M:usort(Le, [x]) end),
     c("sort/2 long", fun(M) -> M:sort(Le, t:rnd_list(42, 5000, 1000)) end),
     c("usort/2 long", fun(M) -> M:usort(Le, t:rnd_list(43, 5000, 1000)) end)
    ].
