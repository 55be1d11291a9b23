//! Tests: unbound, unsafe, unused and shadowed variables.

use super::*;

#[test]
fn unbound_variable_is_reported_at_its_use() {
    let b = B::default();
    let use_ = b.var("Y");
    let at = use_.span;
    let ds = b.f(vec![b.var("X")], vec![b.tuple(vec![b.var("X"), use_])]);
    assert_eq!(errors(&ds), vec!["unbound variable"]);
    assert_eq!(label(&ds, "unbound variable"), (at, "`Y` is not bound"));
}

#[test]
fn unbound_variable_suggests_a_close_name() {
    let b = B::default();
    let ds = b.f(vec![b.var("Count")], vec![b.var("Conut")]);
    let d = ds.iter().find(|d| d.is_error()).unwrap();
    assert_eq!(d.hint.as_deref(), Some("did you mean `Count`?"));
    // A distant name gets no suggestion.
    let b = B::default();
    let ds = b.f(vec![b.var("Count")], vec![b.var("Other")]);
    let d = ds.iter().find(|d| d.is_error()).unwrap();
    assert!(!d.hint.as_deref().unwrap_or("").contains("did you mean"));
}

#[test]
fn anonymous_variable_in_an_expression_is_unbound() {
    let b = B::default();
    let ds = b.f(vec![], vec![b.var("_")]);
    assert_eq!(errors(&ds), vec!["unbound variable"]);
}

#[test]
fn sequence_sees_earlier_bindings() {
    let b = B::default();
    // f() -> X = 1, Y = X, Y.
    let ds = b.f(
        vec![],
        vec![
            b.mat(b.var("X"), b.int(1)),
            b.mat(b.var("Y"), b.var("X")),
            b.var("Y"),
        ],
    );
    assert!(ds.is_empty(), "{ds:#?}");
}

#[test]
fn sibling_operands_do_not_see_each_other() {
    let b = B::default();
    // f() -> {X = 1, X}.
    let ds = b.f(
        vec![],
        vec![b.tuple(vec![b.mat(b.var("X"), b.int(1)), b.var("X")])],
    );
    assert_eq!(errors(&ds), vec!["unbound variable"]);
    // ... but their bindings are visible afterwards: f() -> g(X = 1), X.
    let b = B::default();
    let ds = b.f(
        vec![],
        vec![
            b.remote("m", "g", vec![b.mat(b.var("X"), b.int(1))]),
            b.var("X"),
        ],
    );
    assert!(ds.is_empty(), "{ds:#?}");
}

#[test]
fn fun_bindings_do_not_leak() {
    let b = B::default();
    // F = fun() -> Y = 1, Y end, {F, Y}
    let ds = b.f(
        vec![],
        vec![
            b.mat(
                b.var("F"),
                b.fun(vec![b.clause(
                    vec![],
                    vec![],
                    vec![b.mat(b.var("Y"), b.int(1)), b.var("Y")],
                )]),
            ),
            b.tuple(vec![b.var("F"), b.var("Y")]),
        ],
    );
    assert_eq!(errors(&ds), vec!["unbound variable"]);
}

#[test]
fn fun_body_uses_outer_variables() {
    let b = B::default();
    // f(X) -> fun() -> X end.
    let ds = b.f(
        vec![b.var("X")],
        vec![b.fun(vec![b.clause(vec![], vec![], vec![b.var("X")])])],
    );
    assert!(ds.is_empty(), "{ds:#?}");
}

#[test]
fn fun_head_shadows_outer_variable() {
    let b = B::default();
    // f(X) -> fun(X) -> X end.
    let inner = b.var("X");
    let at = inner.span;
    let ds = b.f(
        vec![b.var("X")],
        vec![b.fun(vec![b.clause(vec![inner], vec![], vec![b.var("X")])])],
    );
    // The outer X is now never used.
    let mut w = warnings(&ds);
    w.sort();
    assert_eq!(w, vec!["shadowed variable", "unused variable"]);
    assert_eq!(label(&ds, "shadowed variable").0, at);
}

#[test]
fn comprehension_bindings_do_not_leak_and_generators_shadow() {
    let b = B::default();
    // f(L) -> [X || X <- L], X.
    let ds = b.f(
        vec![b.var("L")],
        vec![
            b.lc(
                b.var("X"),
                vec![Qualifier::Generator {
                    pattern: b.var("X"),
                    list: b.var("L"),
                }],
            ),
            b.var("X"),
        ],
    );
    assert_eq!(errors(&ds), vec!["unbound variable"]);
    let b = B::default();
    // f(X) -> [X || X <- X].
    let ds = b.f(
        vec![b.var("X")],
        vec![b.lc(
            b.var("X"),
            vec![Qualifier::Generator {
                pattern: b.var("X"),
                list: b.var("X"),
            }],
        )],
    );
    assert_eq!(titles(&ds), vec![(Severity::Warning, "shadowed variable")]);
}

#[test]
fn filter_bindings_are_visible_to_later_qualifiers() {
    let b = B::default();
    // f(L) -> [Y || X <- L, (Y = X) > 0].
    let ds = b.f(
        vec![b.var("L")],
        vec![b.lc(
            b.var("Y"),
            vec![
                Qualifier::Generator {
                    pattern: b.var("X"),
                    list: b.var("L"),
                },
                Qualifier::Filter(b.op(BinaryOp::Gt, b.mat(b.var("Y"), b.var("X")), b.int(0))),
            ],
        )],
    );
    assert!(ds.is_empty(), "{ds:#?}");
}

#[test]
fn unused_variable_warning() {
    let b = B::default();
    let x = b.var("X");
    let at = x.span;
    let ds = b.f(vec![x], vec![b.atom("ok")]);
    assert_eq!(titles(&ds), vec![(Severity::Warning, "unused variable")]);
    assert_eq!(label(&ds, "unused variable"), (at, "`X` is never used"));
    assert_eq!(
        ds[0].hint.as_deref(),
        Some("if this is intentional, prefix it with an underscore: `_X`")
    );
}

#[test]
fn underscore_variables_are_exempt() {
    let b = B::default();
    let ds = b.f(vec![b.var("_X"), b.var("_")], vec![b.atom("ok")]);
    assert!(ds.is_empty(), "{ds:#?}");
}

#[test]
fn variable_used_only_in_a_guard_is_used() {
    let b = B::default();
    let g = b.call("is_integer", vec![b.var("X")]);
    let ds = b.f_clauses(vec![b.clause(
        vec![b.var("X")],
        vec![g],
        vec![b.atom("ok")],
    )]);
    assert!(ds.is_empty(), "{ds:#?}");
}

#[test]
fn repeated_variable_in_a_pattern_is_used() {
    let b = B::default();
    // f({X, X}) -> ok.
    let ds = b.f(
        vec![b.tuple(vec![b.var("X"), b.var("X")])],
        vec![b.atom("ok")],
    );
    assert!(ds.is_empty(), "{ds:#?}");
}

#[test]
fn bound_variable_in_a_case_pattern_is_a_match() {
    let b = B::default();
    // f(X, Y) -> case Y of X -> ok; _ -> no end.
    let ds = b.f(
        vec![b.var("X"), b.var("Y")],
        vec![b.case(
            b.var("Y"),
            vec![
                b.cc(b.var("X"), vec![], vec![b.atom("ok")]),
                b.cc(b.var("_"), vec![], vec![b.atom("no")]),
            ],
        )],
    );
    assert!(ds.is_empty(), "{ds:#?}");
}

#[test]
fn named_fun_name_is_bound_inside_only() {
    let b = B::default();
    // f() -> fun F(N) -> F(N) end.
    let ds = b.f(
        vec![],
        vec![b.named_fun(
            "F",
            vec![b.clause(
                vec![b.var("N")],
                vec![],
                vec![b.apply(b.var("F"), vec![b.var("N")])],
            )],
        )],
    );
    assert!(ds.is_empty(), "{ds:#?}");
    let b = B::default();
    // f() -> fun F(N) -> N end.
    let ds = b.f(
        vec![],
        vec![b.named_fun(
            "F",
            vec![b.clause(vec![b.var("N")], vec![], vec![b.var("N")])],
        )],
    );
    assert_eq!(warnings(&ds), vec!["unused variable"]);
}

#[test]
fn segment_size_may_use_earlier_segment_of_the_same_binary() {
    let b = B::default();
    // f(<<N, X:N>>) -> X.
    let pat = b.bin(vec![
        b.seg(b.var("N"), None, &[]),
        b.seg(b.var("X"), Some(b.var("N")), &[]),
    ]);
    let ds = b.f(vec![pat], vec![b.var("X")]);
    assert!(ds.is_empty(), "{ds:#?}");
    // f(N, <<X:N>>) -> X.  (N is not bound yet: heads match in parallel)
    let b = B::default();
    let pat = b.bin(vec![b.seg(b.var("X"), Some(b.var("N")), &[])]);
    let ds = b.f(vec![b.var("N"), pat], vec![b.var("X")]);
    assert_eq!(errors(&ds), vec!["unbound variable"]);
    assert_eq!(ds[0].labels[0].message, "`N` is not bound yet");
    assert!(warnings(&ds).is_empty(), "{ds:#?}");
}
