%% Comparison cases for stdlib/proplists.erl (run by compare.sh).
-module(proplists_cases).
-export([cases/0]).

c(Label, F) -> {proplists, Label, F}.

cases() ->
    P = [a, {b, 1}, {c, 2, 3}, "str", 42, {d}, {b, 2}, {"k", v}, a, {a, false},
         {e, [1, 2]}, {e, 3}, {1.0, f}, {1, g}, {}, {c, 4}, b],
    Keys = [a, b, c, d, e, "k", 1, 1.0, zz, "str"],
    Many = fun(F) -> [c(lists:flatten(io_lib:format("~p ~p", [F, K])),
                        fun(M) -> M:F(K, P) end) || K <- Keys] end,
    Many(lookup) ++ Many(lookup_all) ++ Many(is_defined) ++ Many(get_value) ++
    Many(get_all_values) ++ Many(append_values) ++ Many(get_bool) ++ Many(delete) ++
    [c(lists:flatten(io_lib:format("get_value/3 ~p", [K])), fun(M) -> M:get_value(K, P, dflt) end)
     || K <- Keys] ++
    [c("property/1 {a,true}", fun(M) -> M:property({a, true}) end),
     c("property/1 {\"a\",true}", fun(M) -> M:property({"a", true}) end),
     c("property/1 {a,1}", fun(M) -> M:property({a, 1}) end),
     c("property/1 {a,true,x}", fun(M) -> M:property({a, true, x}) end),
     c("property/1 atom", fun(M) -> M:property(a) end),
     c("property/2 true", fun(M) -> M:property(a, true) end),
     c("property/2 other", fun(M) -> M:property(a, 1) end),
     c("property/2 non-atom", fun(M) -> M:property(1, true) end),
     c("unfold", fun(M) -> M:unfold(P) end),
     c("unfold bad", fun(M) -> M:unfold(x) end),
     c("unfold improper", fun(M) -> M:unfold([a | x]) end),
     c("compact", fun(M) -> M:compact(M:unfold(P)) end),
     c("compact bad", fun(M) -> M:compact(x) end),
     c("get_keys", fun(M) -> lists:sort(M:get_keys(P)) end),
     c("get_keys empty", fun(M) -> M:get_keys([]) end),
     c("get_keys bad", fun(M) -> M:get_keys(x) end),
     c("get_value bad", fun(M) -> M:get_value(a, x) end),
     c("get_value improper", fun(M) -> M:get_value(a, [b | x]) end),
     c("get_value improper found", fun(M) -> M:get_value(a, [a | x]) end),
     c("lookup bad", fun(M) -> M:lookup(a, x) end),
     c("lookup_all bad", fun(M) -> M:lookup_all(a, [a | x]) end),
     c("delete bad", fun(M) -> M:delete(a, x) end),
     c("get_bool bad", fun(M) -> M:get_bool(a, x) end),
     c("append_values doc", fun(M) -> M:append_values(a, [{a, [1, 2]}, {b, 0}, {a, 3}, {c, -1}, {a, [4]}]) end),
     c("substitute_aliases", fun(M) -> M:substitute_aliases([{color, colour}, {b, bb}, {b, cc}, {a, "A"}], [color, {color, red}, {color, true}, {b, 1}, a, x, {a, true}, 7]) end),
     c("substitute_aliases bad", fun(M) -> M:substitute_aliases(x, [a]) end),
     c("substitute_aliases bad list", fun(M) -> M:substitute_aliases([], x) end),
     c("substitute_negations", fun(M) -> M:substitute_negations([{no_foo, foo}, {"n", "p"}], [no_foo, {no_foo, true}, {no_foo, false}, {no_foo, 1}, {"n", true}, bar]) end),
     c("expand doc 1", fun(M) -> M:expand([{foo, [bar, baz]}], [fie, foo, fum]) end),
     c("expand doc 2", fun(M) -> M:expand([{{foo, true}, [bar, baz]}], [fie, foo, fum]) end),
     c("expand doc 3", fun(M) -> M:expand([{{foo, false}, [bar, baz]}], [fie, {foo, false}, fum]) end),
     c("expand doc 4", fun(M) -> M:expand([{{foo, true}, [bar, baz]}], [{foo, false}, fie, foo, fum]) end),
     c("expand dup keys", fun(M) -> M:expand([{foo, [x]}, {{foo, true}, [y]}, {bar, [[z]]}], [foo, bar, {foo, 1}, bar]) end),
     c("expand bad", fun(M) -> M:expand([], x) end),
     c("normalize", fun(M) -> M:normalize([no_a, {b, 1}, c, {a, true}, x], [{negations, [{no_a, a}]}, {aliases, [{c, cc}]}, {expand, [{cc, [d, e]}]}]) end),
     c("normalize empty stages", fun(M) -> M:normalize([{a, true}, {b, 1}], []) end),
     c("normalize bad stage", fun(M) -> M:normalize([a], [x]) end),
     c("split doc", fun(M) -> M:split([{c, 2}, {e, 1}, a, {c, 3, 4}, d, {b, 5}, b], [a, b, c]) end),
     c("split", fun(M) -> M:split(P, Keys) end),
     c("split dup keys", fun(M) -> M:split(P, [a, a, b]) end),
     c("split bad", fun(M) -> M:split(x, [a]) end),
     c("to_map doc", fun(M) -> M:to_map([a, {b, 1}, {c, 2}, {c, 3}]) end),
     c("to_map", fun(M) -> M:to_map(P) end),
     c("to_map removal", fun(M) -> M:to_map([{c}, {c, 1}]) end),
     c("to_map bad", fun(M) -> M:to_map(x) end),
     c("to_map/2", fun(M) -> M:to_map([a, {b, 1}, {c, 2}, {c, 3}, {d}, {d, 1}], [{aliases, [{a, z}]}]) end),
     c("to_map/2 negations", fun(M) -> M:to_map([no_a, {b, 1}], [{negations, [{no_a, a}]}, {expand, [{b, 1}]}]) end),
     c("from_map", fun(M) -> M:from_map(#{a => 1, b => 2}) end),
     c("from_map bad", fun(M) -> M:from_map(x) end)
    ].
