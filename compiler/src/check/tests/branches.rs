//! Tests: variables across branching constructs (`case`, `if`, `receive`,
//! `try`, `catch`, `andalso`): exported, unsafe, and the stacktrace.

use super::*;

/// `case A of 1 -> X = 1; _ -> ok end, X`
fn case_binding_in_one_branch(b: &B, use_: Expr) -> Vec<Diagnostic> {
    b.f(
        vec![b.var("A")],
        vec![
            b.case(
                b.var("A"),
                vec![
                    b.cc(b.int(1), vec![], vec![b.mat(b.var("X"), b.int(1))]),
                    b.cc(b.var("_"), vec![], vec![b.atom("ok")]),
                ],
            ),
            use_,
        ],
    )
}

#[test]
fn variable_bound_in_some_case_branches_is_unsafe() {
    let b = B::default();
    let use_ = b.var("X");
    let at = use_.span;
    let ds = case_binding_in_one_branch(&b, use_);
    assert_eq!(errors(&ds), vec!["unsafe variable"]);
    assert_eq!(
        label(&ds, "unsafe variable"),
        (at, "`X` may not be bound here")
    );
    let d = &ds[0];
    assert!(d
        .labels
        .iter()
        .any(|l| !l.primary && l.message == "`X` is bound here"));
    assert!(
        d.notes[0].contains("only some of the branches of the `case`"),
        "{d:#?}"
    );
}

#[test]
fn variable_bound_in_all_case_branches_is_exported() {
    let b = B::default();
    let ds = b.f(
        vec![b.var("A")],
        vec![
            b.case(
                b.var("A"),
                vec![
                    b.cc(b.int(1), vec![], vec![b.mat(b.var("X"), b.int(1))]),
                    b.cc(b.var("_"), vec![], vec![b.mat(b.var("X"), b.int(2))]),
                ],
            ),
            b.var("X"),
        ],
    );
    assert!(ds.is_empty(), "{ds:#?}");
}

#[test]
fn unused_variable_bound_in_branches_warns_per_binding() {
    let b = B::default();
    let ds = case_binding_in_one_branch(&b, b.atom("ok"));
    assert_eq!(warnings(&ds), vec!["unused variable"]);
}

#[test]
fn if_branches_export_like_case() {
    let b = B::default();
    // if A -> X = 1; true -> X = 2 end, X
    let ds = b.f(
        vec![b.var("A")],
        vec![
            b.if_(vec![
                (vec![b.var("A")], vec![b.mat(b.var("X"), b.int(1))]),
                (vec![b.atom("true")], vec![b.mat(b.var("X"), b.int(2))]),
            ]),
            b.var("X"),
        ],
    );
    assert!(ds.is_empty(), "{ds:#?}");
    let b = B::default();
    let ds = b.f(
        vec![b.var("A")],
        vec![
            b.if_(vec![
                (vec![b.var("A")], vec![b.mat(b.var("X"), b.int(1))]),
                (vec![b.atom("true")], vec![b.atom("ok")]),
            ]),
            b.var("X"),
        ],
    );
    assert_eq!(errors(&ds), vec!["unsafe variable"]);
}

#[test]
fn receive_after_counts_as_a_branch() {
    let b = B::default();
    // receive M -> X = M after 0 -> X = 0 end, X
    let ds = b.f(
        vec![],
        vec![
            b.receive(
                vec![b.cc(b.var("M"), vec![], vec![b.mat(b.var("X"), b.var("M"))])],
                Some((b.int(0), vec![b.mat(b.var("X"), b.int(0))])),
            ),
            b.var("X"),
        ],
    );
    assert!(ds.is_empty(), "{ds:#?}");
    let b = B::default();
    let ds = b.f(
        vec![],
        vec![
            b.receive(
                vec![b.cc(b.var("M"), vec![], vec![b.mat(b.var("X"), b.var("M"))])],
                Some((b.int(0), vec![b.atom("timeout")])),
            ),
            b.var("X"),
        ],
    );
    assert_eq!(errors(&ds), vec!["unsafe variable"]);
}

#[test]
fn try_bindings_are_unsafe_after_and_in_catch() {
    let b = B::default();
    // try X = A of Y -> {X, Y} catch _:_ -> X end, X
    let ds = b.f(
        vec![b.var("A")],
        vec![
            b.try_(
                vec![b.mat(b.var("X"), b.var("A"))],
                vec![b.cc(
                    b.var("Y"),
                    vec![],
                    vec![b.tuple(vec![b.var("X"), b.var("Y")])],
                )],
                vec![b.catch_clause(Some(b.var("_")), b.var("_"), None, vec![], vec![b.var("X")])],
                vec![],
            ),
            b.var("X"),
        ],
    );
    assert_eq!(errors(&ds), vec!["unsafe variable", "unsafe variable"]);
    assert!(ds.iter().all(|d| d.notes[0].contains("inside `try`")));
}

#[test]
fn variable_bound_in_every_try_branch_is_still_unsafe() {
    let b = B::default();
    // try A of Y -> Z = Y catch _:_ -> Z = 1 end, Z
    let ds = b.f(
        vec![b.var("A")],
        vec![
            b.try_(
                vec![b.var("A")],
                vec![b.cc(b.var("Y"), vec![], vec![b.mat(b.var("Z"), b.var("Y"))])],
                vec![b.catch_clause(
                    None,
                    b.var("_"),
                    None,
                    vec![],
                    vec![b.mat(b.var("Z"), b.int(1))],
                )],
                vec![],
            ),
            b.var("Z"),
        ],
    );
    assert_eq!(errors(&ds), vec!["unsafe variable"]);
}

#[test]
fn catch_bindings_are_unsafe_after() {
    let b = B::default();
    // catch (X = A), X
    let ds = b.f(
        vec![b.var("A")],
        vec![b.catch_(b.mat(b.var("X"), b.var("A"))), b.var("X")],
    );
    assert_eq!(errors(&ds), vec!["unsafe variable"]);
    assert!(ds[0].notes[0].contains("inside `catch`"));
}

#[test]
fn andalso_right_side_bindings_are_unsafe() {
    let b = B::default();
    // (A andalso (B = A)), B
    let ds = b.f(
        vec![b.var("A")],
        vec![
            b.op(BinaryOp::AndAlso, b.var("A"), b.mat(b.var("B"), b.var("A"))),
            b.var("B"),
        ],
    );
    assert_eq!(errors(&ds), vec!["unsafe variable"]);
}

#[test]
fn matching_an_unsafe_variable_is_an_error() {
    let b = B::default();
    let ds = case_binding_in_one_branch(&b, b.mat(b.var("X"), b.int(3)));
    assert_eq!(errors(&ds), vec!["unsafe variable"]);
}

#[test]
fn stacktrace_variable_rules() {
    let b = B::default();
    // f(S) -> try ok catch error:R:S -> R end.
    let ds = b.f(
        vec![b.var("S")],
        vec![b.try_(
            vec![b.atom("ok")],
            vec![],
            vec![b.catch_clause(
                Some(b.atom("error")),
                b.var("R"),
                Some(b.var("S")),
                vec![],
                vec![b.var("R")],
            )],
            vec![],
        )],
    );
    assert_eq!(errors(&ds), vec!["stacktrace variable already bound"]);
    let b = B::default();
    // f() -> try ok catch error:R:S when S =:= [] -> R end.
    let guard = b.op(BinaryOp::ExactEq, b.var("S"), b.list(vec![]));
    let ds = b.f(
        vec![],
        vec![b.try_(
            vec![b.atom("ok")],
            vec![],
            vec![b.catch_clause(
                Some(b.atom("error")),
                b.var("R"),
                Some(b.var("S")),
                vec![guard],
                vec![b.var("R")],
            )],
            vec![],
        )],
    );
    assert_eq!(errors(&ds), vec!["stacktrace variable in a guard"]);
}

#[test]
fn unsafe_variable_is_reported_once_per_path() {
    let b = B::default();
    // case A of 1 -> X = 1; _ -> ok end, X, X.
    let ds = b.f(
        vec![b.var("A")],
        vec![
            b.case(
                b.var("A"),
                vec![
                    b.cc(b.int(1), vec![], vec![b.mat(b.var("X"), b.int(1))]),
                    b.cc(b.var("_"), vec![], vec![b.atom("ok")]),
                ],
            ),
            b.var("X"),
            b.var("X"),
        ],
    );
    assert_eq!(errors(&ds), vec!["unsafe variable"]);
}
