//! Tests: the module attribute, function definitions, calls and exports.

use super::*;

fn module(b: &B, forms: Vec<Form>) -> Vec<Diagnostic> {
    let mut all = vec![b.module("m")];
    all.extend(forms);
    check(&Module { forms: all })
}

/// `g() -> ok.` style zero-argument function returning `body`.
fn func0(b: &B, name: &str, body: Expr) -> Form {
    b.func(name, vec![b.clause(vec![], vec![], vec![body])])
}

#[test]
fn undefined_local_call() {
    let b = B::default();
    let call = b.call("foo", vec![b.int(1)]);
    let ExprKind::Call {
        target: CallTarget::Local { span, .. },
        ..
    } = &call.kind
    else {
        unreachable!()
    };
    let at = *span;
    let ds = b.f(vec![], vec![call]);
    assert_eq!(errors(&ds), vec!["undefined function"]);
    assert_eq!(
        label(&ds, "undefined function"),
        (at, "`foo/1` is not defined")
    );
}

#[test]
fn wrong_arity_names_the_defined_arities() {
    let b = B::default();
    let ds = module(
        &b,
        vec![
            b.export(&[("f", 0)]),
            func0(&b, "f", b.call("g", vec![b.int(1)])),
            b.func(
                "g",
                vec![b.clause(vec![b.var("_"), b.var("_")], vec![], vec![b.atom("ok")])],
            ),
        ],
    );
    assert_eq!(errors(&ds), vec!["undefined function"]);
    let d = ds.iter().find(|d| d.is_error()).unwrap();
    assert_eq!(
        d.notes,
        vec!["`g/2` is defined, but with a different number of arguments"]
    );
}

#[test]
fn undefined_call_suggests_a_close_name() {
    let b = B::default();
    let ds = module(
        &b,
        vec![
            b.export(&[("f", 0), ("food", 1)]),
            func0(&b, "f", b.call("fod", vec![b.int(1)])),
            b.func(
                "food",
                vec![b.clause(vec![b.var("_")], vec![], vec![b.atom("ok")])],
            ),
        ],
    );
    assert_eq!(ds[0].hint.as_deref(), Some("did you mean `food/1`?"));
    // Auto-imported BIFs are candidates too.
    let b = B::default();
    let ds = b.f(vec![b.var("X")], vec![b.call("lenght", vec![b.var("X")])]);
    assert_eq!(ds[0].hint.as_deref(), Some("did you mean `length/1`?"));
}

#[test]
fn imported_and_auto_imported_calls_are_defined() {
    let b = B::default();
    let ds = module(
        &b,
        vec![
            b.import("lists", &[("reverse", 1)]),
            b.export(&[("f", 0)]),
            func0(
                &b,
                "f",
                b.tuple(vec![
                    b.call("reverse", vec![b.list(vec![])]),
                    b.call("self", vec![]),
                    b.call("spawn", vec![b.atom("m"), b.atom("f"), b.list(vec![])]),
                ]),
            ),
        ],
    );
    assert!(ds.is_empty(), "{ds:#?}");
}

#[test]
fn fun_references() {
    let b = B::default();
    let ds = module(
        &b,
        vec![
            b.import("lists", &[("reverse", 1)]),
            b.export(&[("f", 0)]),
            func0(
                &b,
                "f",
                b.tuple(vec![
                    b.fun_ref("g", 0),
                    b.fun_ref("length", 1),
                    b.fun_ref("reverse", 1),
                    b.fun_ref("h", 2),
                ]),
            ),
            func0(&b, "g", b.atom("ok")),
        ],
    );
    // g/0 is reached through `fun g/0`; `fun reverse/1` does not see imports.
    assert_eq!(
        errors(&ds),
        vec!["undefined function", "undefined function"]
    );
    assert!(
        ds[0]
            .hint
            .as_deref()
            .unwrap()
            .contains("fun lists:reverse/1"),
        "{ds:#?}"
    );
    assert!(warnings(&ds).is_empty());
}

#[test]
fn export_of_undefined_function() {
    let b = B::default();
    let ds = module(
        &b,
        vec![
            b.export(&[("f", 0), ("g", 2)]),
            func0(&b, "f", b.atom("ok")),
        ],
    );
    assert_eq!(errors(&ds), vec!["undefined function"]);
    assert_eq!(
        label(&ds, "undefined function").1,
        "`g/2` is exported but not defined"
    );
}

#[test]
fn function_defined_twice() {
    let b = B::default();
    let first = func0(&b, "f", b.atom("a"));
    let Form::Function(Function { clauses, .. }) = &first else {
        unreachable!()
    };
    let first_span = clauses[0].name_span;
    let ds = module(
        &b,
        vec![b.export(&[("f", 0)]), first, func0(&b, "f", b.atom("b"))],
    );
    assert_eq!(errors(&ds), vec!["function defined twice"]);
    let d = &ds[0];
    assert!(d.labels.iter().any(|l| !l.primary && l.span == first_span));
}

#[test]
fn missing_module_attribute() {
    let b = B::default();
    let ds = check(&Module {
        forms: vec![b.export(&[("f", 0)]), func0(&b, "f", b.atom("ok"))],
    });
    assert_eq!(errors(&ds), vec!["missing `-module` attribute"]);
    // Module after a function: both problems.
    let b = B::default();
    let ds = check(&Module {
        forms: vec![
            func0(&b, "f", b.atom("ok")),
            b.module("m"),
            b.export(&[("f", 0)]),
        ],
    });
    let mut e = errors(&ds);
    e.sort();
    assert_eq!(
        e,
        vec![
            "attribute after function definitions",
            "attribute after function definitions",
            "missing `-module` attribute"
        ]
    );
}

#[test]
fn late_spec_is_fine_but_late_export_is_not() {
    let b = B::default();
    let ds = module(
        &b,
        vec![
            b.export(&[("f", 0)]),
            func0(&b, "f", b.atom("ok")),
            Form::Skipped {
                name: "spec".into(),
                span: b.sp(),
            },
            Form::Compile {
                export_all: false,
                span: b.sp(),
            },
        ],
    );
    assert!(ds.is_empty(), "{ds:#?}");
    let b = B::default();
    let ds = module(
        &b,
        vec![func0(&b, "f", b.atom("ok")), b.export(&[("f", 0)])],
    );
    assert_eq!(errors(&ds), vec!["attribute after function definitions"]);
}

#[test]
fn unused_functions_are_unreachable_from_exports() {
    let b = B::default();
    let ds = module(
        &b,
        vec![
            b.export(&[("f", 0)]),
            func0(&b, "f", b.call("g", vec![])),
            func0(&b, "g", b.atom("ok")),
            // c and d call each other but nothing exported calls them.
            func0(&b, "c", b.call("d", vec![])),
            func0(&b, "d", b.call("c", vec![])),
        ],
    );
    assert_eq!(warnings(&ds), vec!["unused function", "unused function"]);
    assert!(errors(&ds).is_empty());
    let labels: Vec<_> = ds.iter().map(|d| d.labels[0].message.as_str()).collect();
    assert_eq!(
        labels,
        vec!["`c/0` is never called", "`d/0` is never called"]
    );
}

#[test]
fn export_all_uses_every_function() {
    let b = B::default();
    let ds = module(
        &b,
        vec![
            Form::Compile {
                export_all: true,
                span: b.sp(),
            },
            func0(&b, "g", b.atom("ok")),
        ],
    );
    assert!(ds.is_empty(), "{ds:#?}");
}

#[test]
fn local_function_clashing_with_a_bif() {
    let b = B::default();
    let ds = module(
        &b,
        vec![
            b.export(&[("f", 1)]),
            b.func(
                "f",
                vec![b.clause(
                    vec![b.var("X")],
                    vec![],
                    vec![b.tuple(vec![
                        b.call("length", vec![b.var("X")]),
                        b.call("max", vec![b.var("X"), b.var("X")]),
                    ])],
                )],
            ),
            b.func(
                "length",
                vec![b.clause(vec![b.var("X")], vec![], vec![b.var("X")])],
            ),
            b.func(
                "max",
                vec![b.clause(vec![b.var("X"), b.var("_")], vec![], vec![b.var("X")])],
            ),
        ],
    );
    // length/1 is an old BIF (error); max/2 a newer one (warning).
    assert_eq!(
        titles(&ds),
        vec![
            (Severity::Error, "ambiguous call"),
            (Severity::Warning, "ambiguous call")
        ]
    );
}

#[test]
fn clause_head_mismatches() {
    let b = B::default();
    let mut c2 = b.clause(vec![b.var("_"), b.var("_")], vec![], vec![b.atom("b")]);
    c2.name = Some("f".into());
    let mut c3 = b.clause(vec![b.var("_")], vec![], vec![b.atom("c")]);
    c3.name = Some("g".into());
    let f = Form::Function(Function {
        name: "f".into(),
        arity: 1,
        clauses: vec![
            Clause {
                name: Some("f".into()),
                ..b.clause(vec![b.var("_")], vec![], vec![b.atom("a")])
            },
            c2,
            c3,
        ],
        span: b.sp(),
    });
    let ds = module(&b, vec![b.export(&[("f", 1)]), f]);
    assert_eq!(
        errors(&ds),
        vec!["function head mismatch", "function head mismatch"]
    );
}

#[test]
fn defining_an_imported_function() {
    let b = B::default();
    let ds = module(
        &b,
        vec![
            b.import("lists", &[("map", 2)]),
            b.export(&[("map", 2)]),
            b.func(
                "map",
                vec![b.clause(vec![b.var("A"), b.var("_")], vec![], vec![b.var("A")])],
            ),
        ],
    );
    assert_eq!(errors(&ds), vec!["function conflicts with an import"]);
}

#[test]
fn duplicate_export_warns() {
    let b = B::default();
    let ds = module(
        &b,
        vec![
            b.export(&[("f", 0), ("f", 0)]),
            func0(&b, "f", b.atom("ok")),
        ],
    );
    assert_eq!(
        titles(&ds),
        vec![(Severity::Warning, "function exported twice")]
    );
}

#[test]
fn fun_clauses_must_agree_on_arity() {
    let b = B::default();
    let ds = b.f(
        vec![],
        vec![b.fun(vec![
            b.clause(vec![b.var("X")], vec![], vec![b.var("X")]),
            b.clause(vec![b.var("_"), b.var("Y")], vec![], vec![b.var("Y")]),
        ])],
    );
    assert_eq!(errors(&ds), vec!["fun head mismatch"]);
}
