//! Tests: illegal patterns, illegal guards and binary segments.

use super::*;

/// `f(X) -> Pattern = X.` with the pattern built by `p`; X is used.
fn match_pattern(b: &B, p: Expr) -> Vec<Diagnostic> {
    b.f(vec![b.var("X")], vec![b.mat(p, b.var("X"))])
}

/// `f(X) when Guard -> X.`
fn with_guard(b: &B, g: Expr) -> Vec<Diagnostic> {
    b.f_clauses(vec![b.clause(vec![b.var("X")], vec![g], vec![b.var("X")])])
}

#[test]
fn call_in_a_pattern_is_illegal() {
    let b = B::default();
    let call = b.remote("m", "g", vec![b.var("Y")]);
    let at = call.span;
    let ds = match_pattern(&b, b.tuple(vec![call]));
    assert_eq!(errors(&ds), vec!["illegal pattern"]);
    assert_eq!(
        label(&ds, "illegal pattern"),
        (at, "the call to `m:g/1` is not allowed in a pattern")
    );
    // Y is still bound by the illegal pattern: no cascade, no warning.
    assert!(warnings(&ds).is_empty(), "{ds:#?}");
}

#[test]
fn case_in_a_function_head_is_illegal() {
    let b = B::default();
    let c = b.case(
        b.var("A"),
        vec![b.cc(b.var("_"), vec![], vec![b.atom("ok")])],
    );
    let ds = b.f(vec![c], vec![b.atom("ok")]);
    assert!(errors(&ds).contains(&"illegal pattern"), "{ds:#?}");
}

#[test]
fn map_patterns_only_allow_exact_fields() {
    let b = B::default();
    let ds = match_pattern(&b, b.map(vec![(b.atom("a"), MapOp::Assoc, b.var("V"))]));
    assert_eq!(errors(&ds), vec!["illegal map pattern"]);
    assert_eq!(
        label(&ds, "illegal map pattern").1,
        "only `:=` is allowed in map patterns"
    );
    let b = B::default();
    let ds = b.f(
        vec![b.var("X")],
        vec![
            b.mat(
                b.map(vec![(b.atom("a"), MapOp::Exact, b.var("V"))]),
                b.var("X"),
            ),
            b.var("V"),
        ],
    );
    assert!(ds.is_empty(), "{ds:#?}");
}

#[test]
fn map_pattern_keys_are_expressions_over_bound_variables() {
    let b = B::default();
    // f(X, K) -> #{K := V} = X, V.
    let ds = b.f(
        vec![b.var("X"), b.var("K")],
        vec![
            b.mat(
                b.map(vec![(b.var("K"), MapOp::Exact, b.var("V"))]),
                b.var("X"),
            ),
            b.var("V"),
        ],
    );
    assert!(ds.is_empty(), "{ds:#?}");
    // An unbound key is not a binding.
    let b = B::default();
    let ds = b.f(
        vec![b.var("X")],
        vec![
            b.mat(
                b.map(vec![(b.var("K"), MapOp::Exact, b.var("V"))]),
                b.var("X"),
            ),
            b.var("V"),
        ],
    );
    assert_eq!(errors(&ds), vec!["unbound variable"]);
}

#[test]
fn string_prefix_patterns() {
    let b = B::default();
    let ds = b.f(
        vec![b.op(BinaryOp::Append, b.string("ab"), b.var("T"))],
        vec![b.var("T")],
    );
    assert!(ds.is_empty(), "{ds:#?}");
    let b = B::default();
    let ds = b.f(
        vec![b.op(BinaryOp::Append, b.var("P"), b.var("T"))],
        vec![b.var("T")],
    );
    assert_eq!(errors(&ds), vec!["illegal pattern"]);
    assert!(ds[0].labels[0].message.contains("left side of `++`"));
}

#[test]
fn constant_arithmetic_in_patterns() {
    let b = B::default();
    let ds = match_pattern(
        &b,
        b.tuple(vec![
            b.neg(b.int(1)),
            b.op(
                BinaryOp::Add,
                b.int(1),
                b.op(BinaryOp::Mul, b.int(2), b.int(3)),
            ),
        ]),
    );
    assert!(ds.is_empty(), "{ds:#?}");
    let b = B::default();
    let sum = b.op(BinaryOp::Add, b.var("Y"), b.int(1));
    let at = sum.span;
    let ds = match_pattern(&b, sum);
    assert_eq!(
        label(&ds, "illegal pattern"),
        (at, "the operator `+` is not allowed in a pattern")
    );
    let b = B::default();
    let ds = match_pattern(&b, b.op(BinaryOp::IntDiv, b.int(1), b.int(0)));
    assert_eq!(
        label(&ds, "illegal pattern").1,
        "a division by zero is not allowed in a pattern"
    );
    let b = B::default();
    let ds = match_pattern(&b, b.op(BinaryOp::Eq, b.int(1), b.int(1)));
    assert_eq!(
        label(&ds, "illegal pattern").1,
        "the operator `==` is not allowed in a pattern"
    );
}

#[test]
fn guard_bifs_and_operators_are_allowed() {
    let b = B::default();
    let g = b.op(
        BinaryOp::AndAlso,
        b.call("is_list", vec![b.var("X")]),
        b.op(BinaryOp::Gt, b.call("length", vec![b.var("X")]), b.int(1)),
    );
    assert!(with_guard(&b, g).is_empty());
    let b = B::default();
    let g = b.remote("erlang", "is_atom", vec![b.var("X")]);
    assert!(with_guard(&b, g).is_empty());
    let b = B::default();
    let g = b.op(
        BinaryOp::ExactEq,
        b.map(vec![(b.atom("a"), MapOp::Assoc, b.var("X"))]),
        b.tuple(vec![]),
    );
    assert!(with_guard(&b, g).is_empty());
}

#[test]
fn non_guard_call_in_a_guard_is_illegal() {
    let b = B::default();
    let call = b.call("atom_to_list", vec![b.var("X")]);
    let at = call.span;
    let ds = with_guard(&b, b.op(BinaryOp::ExactEq, call, b.string("a")));
    assert_eq!(errors(&ds), vec!["illegal guard expression"]);
    assert_eq!(
        label(&ds, "illegal guard expression"),
        (at, "`atom_to_list/1` cannot be called in a guard")
    );
    assert!(ds[0].hint.is_some());
    // A local function is not a guard BIF either, and is not "undefined".
    let b = B::default();
    let ds = with_guard(&b, b.call("mine", vec![b.var("X")]));
    assert_eq!(errors(&ds), vec!["illegal guard expression"]);
    let b = B::default();
    let ds = with_guard(
        &b,
        b.remote("lists", "member", vec![b.var("X"), b.list(vec![])]),
    );
    assert_eq!(errors(&ds), vec!["illegal guard expression"]);
}

#[test]
fn other_illegal_guards() {
    for build in [
        |b: &B| {
            b.case(
                b.var("X"),
                vec![b.cc(b.var("_"), vec![], vec![b.atom("true")])],
            )
        },
        |b: &B| b.op(BinaryOp::Send, b.var("X"), b.atom("hi")),
        |b: &B| b.op(BinaryOp::Append, b.var("X"), b.list(vec![])),
        |b: &B| b.mat(b.var("X"), b.int(1)),
        |b: &B| b.apply(b.var("X"), vec![]),
    ] {
        let b = B::default();
        let ds = with_guard(&b, build(&b));
        assert_eq!(errors(&ds), vec!["illegal guard expression"], "{ds:#?}");
    }
}

#[test]
fn unbound_variable_in_a_guard() {
    let b = B::default();
    let ds = with_guard(&b, b.op(BinaryOp::Gt, b.var("X"), b.var("Y")));
    assert_eq!(errors(&ds), vec!["unbound variable"]);
}

#[test]
fn binary_type_specifiers() {
    let b = B::default();
    let seg = b.seg(b.int(1), None, &["foo"]);
    let at = seg.specs[0].span;
    let ds = b.f(vec![], vec![b.bin(vec![seg])]);
    assert_eq!(errors(&ds), vec!["unknown binary type specifier"]);
    assert_eq!(
        label(&ds, "unknown binary type specifier"),
        (at, "`foo` is not a binary type specifier")
    );
    let b = B::default();
    let ds = b.f(
        vec![],
        vec![b.bin(vec![b.seg(b.int(1), None, &["intger"])])],
    );
    assert_eq!(ds[0].hint.as_deref(), Some("did you mean `integer`?"));
    let b = B::default();
    let ok = b.bin(vec![
        b.seg(b.int(1), Some(b.int(16)), &["integer", "little", "signed"]),
        b.seg(b.string("x"), None, &["utf8"]),
        b.seg(b.int(2), Some(b.int(2)), &["unit:8"]),
        b.seg(b.bin(vec![]), None, &["binary"]),
    ]);
    assert!(b.f(vec![], vec![ok]).is_empty());
}

#[test]
fn binary_segment_errors() {
    type Case = (fn(&B) -> BinElement, &'static str);
    let cases: [Case; 4] = [
        (
            |b| b.seg(b.int(1), Some(b.int(8)), &["integer", "binary"]),
            "conflicting binary type specifiers",
        ),
        (
            |b| b.seg(b.int(1), Some(b.int(8)), &["utf8"]),
            "size on a utf segment",
        ),
        (|b| b.seg(b.int(1), None, &["unit:8"]), "unit without size"),
        (
            |b| b.seg(b.int(1), Some(b.int(8)), &["unit:300"]),
            "invalid unit",
        ),
    ];
    for (seg, title) in cases {
        let b = B::default();
        let ds = b.f(vec![], vec![b.bin(vec![seg(&b)])]);
        assert_eq!(errors(&ds), vec![title]);
    }
}

#[test]
fn unsized_binary_segment_only_at_the_end_of_a_pattern() {
    let b = B::default();
    let pat = b.bin(vec![
        b.seg(b.var("A"), None, &["binary"]),
        b.seg(b.var("B"), None, &[]),
    ]);
    let ds = b.f(vec![pat], vec![b.tuple(vec![b.var("A"), b.var("B")])]);
    assert_eq!(errors(&ds), vec!["binary segment without size"]);
    // In an expression, or at the end of a pattern, it is fine.
    let b = B::default();
    let pat = b.bin(vec![
        b.seg(b.var("A"), None, &[]),
        b.seg(b.var("B"), None, &["binary"]),
    ]);
    let expr = b.bin(vec![
        b.seg(b.var("B"), None, &["binary"]),
        b.seg(b.var("A"), None, &[]),
    ]);
    assert!(b.f(vec![pat], vec![expr]).is_empty());
}

#[test]
fn illegal_segment_value_in_a_pattern() {
    let b = B::default();
    let pat = b.bin(vec![b.seg(b.tuple(vec![]), None, &[])]);
    let ds = b.f(vec![pat], vec![b.atom("ok")]);
    assert_eq!(errors(&ds), vec!["illegal pattern"]);
}

#[test]
fn binary_generator_needs_a_binary_pattern() {
    let b = B::default();
    let ds = b.f(
        vec![b.var("B")],
        vec![b.e_bincomp_gen(b.var("X"), b.var("B"))],
    );
    assert_eq!(errors(&ds), vec!["illegal pattern"]);
    let b = B::default();
    let pat = b.bin(vec![b.seg(b.var("X"), None, &[])]);
    let ds = b.f(vec![b.var("B")], vec![b.e_bincomp_gen(pat, b.var("B"))]);
    assert!(ds.is_empty(), "{ds:#?}");
}

impl B {
    /// `[X || Pattern <= Bin]` returning the pattern's `X`.
    fn e_bincomp_gen(&self, pattern: Expr, bin: Expr) -> Expr {
        self.lc(
            self.var("X"),
            vec![Qualifier::BinGenerator {
                pattern,
                binary: bin,
            }],
        )
    }
}

#[test]
fn float_segment_sizes() {
    let b = B::default();
    let ds = b.f(
        vec![],
        vec![b.bin(vec![b.seg(b.int(1), Some(b.int(8)), &["float"])])],
    );
    assert_eq!(titles(&ds), vec![(Severity::Warning, "bad float size")]);
    let b = B::default();
    let ok = b.bin(vec![
        b.seg(b.int(1), Some(b.int(32)), &["float"]),
        b.seg(b.int(1), Some(b.int(8)), &["float", "unit:8"]),
        b.seg(b.int(1), None, &["float"]),
    ]);
    assert!(b.f(vec![], vec![ok]).is_empty());
}
