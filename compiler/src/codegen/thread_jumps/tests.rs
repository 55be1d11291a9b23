use super::*;
use crate::bytecode::{CmpOp, Dst, TypeTest};

const NIL_ATOM: Src = Src::Atom(7);

fn arity(fail: u32, arg: Src, arity: u32) -> Instr {
    Instr::TestArity {
        fail: Label(fail),
        arg,
        arity,
    }
}

fn element(src: Src, index: u32, dst: Dst) -> Instr {
    Instr::GetTupleElement { src, index, dst }
}

fn eq(fail: u32, a: Src, b: Src) -> Instr {
    Instr::Compare {
        op: CmpOp::ExactEq,
        fail: Label(fail),
        a,
        b,
    }
}

fn test(kind: TypeTest, fail: u32, arg: Src) -> Instr {
    Instr::Test {
        kind,
        fail: Label(fail),
        arg,
    }
}

fn fail_of(i: &Instr) -> u32 {
    let mut out = None;
    i.clone().visit_labels(&mut |l| out = Some(l.0));
    out.unwrap()
}

/// `check({nil, nil}) -> 1; check({L, R}) -> ...` as the code generator
/// emits it, with the second clause's body cut short.
fn check_code() -> Vec<Instr> {
    vec![
        arity(11, Src::X(0), 2),
        element(Src::X(0), 0, Dst::X(1)),
        eq(7, Src::X(1), NIL_ATOM),
        element(Src::X(0), 1, Dst::X(2)),
        eq(7, Src::X(2), NIL_ATOM),
        Instr::Move {
            src: Src::Int(1),
            dst: Dst::X(0),
        },
        Instr::Return {},
        // L7: the second clause.
        arity(11, Src::X(0), 2),
        element(Src::X(0), 0, Dst::X(1)),
        element(Src::X(0), 1, Dst::X(2)),
        Instr::Return {},
        // L11
        Instr::FuncClause {},
    ]
}

#[test]
fn a_failing_compare_skips_the_tests_and_extractions_already_done() {
    let mut code = check_code();
    thread_jumps(&mut code);
    // The arity test failed: the second clause's identical test fails too.
    assert_eq!(fail_of(&code[0]), 11);
    // x1 =/= nil: x0 is a 2-tuple and x1 its first element already.
    assert_eq!(fail_of(&code[2]), 9);
    // x2 =/= nil: x2 holds the second element too.
    assert_eq!(fail_of(&code[4]), 10);
    // Nothing jumps to the second clause's own tests any more.
    assert_eq!(fail_of(&code[7]), 11);
}

#[test]
fn an_extraction_register_overwritten_before_the_branch_is_not_skipped() {
    let mut code = check_code();
    // x1 is overwritten after the extraction and before the failing test.
    code.insert(
        2,
        Instr::Move {
            src: Src::Int(3),
            dst: Dst::X(1),
        },
    );
    // Labels after the insertion move down by one.
    for i in code.iter_mut() {
        i.visit_labels(&mut |l| {
            if l.0 >= 2 {
                l.0 += 1
            }
        });
    }
    thread_jumps(&mut code);
    // The arity test at L8 is still known; x1 no longer holds element 0.
    assert_eq!(fail_of(&code[3]), 9);
}

#[test]
fn a_tested_register_overwritten_before_the_branch_is_not_threaded() {
    let mut code = vec![
        arity(6, Src::X(0), 2),
        element(Src::X(0), 0, Dst::X(1)),
        Instr::Move {
            src: Src::X(1),
            dst: Dst::X(0),
        },
        eq(4, Src::X(1), NIL_ATOM),
        // L4
        arity(6, Src::X(0), 2),
        Instr::Return {},
        Instr::FuncClause {},
    ];
    let before = code.clone();
    thread_jumps(&mut code);
    assert_eq!(code, before);
}

#[test]
fn a_test_of_a_different_register_is_not_threaded() {
    let mut code = vec![
        arity(5, Src::X(0), 2),
        eq(3, Src::X(1), NIL_ATOM),
        Instr::Return {},
        // L3: the same tests, of x1 instead of x0.
        arity(5, Src::X(1), 2),
        Instr::Return {},
        Instr::FuncClause {},
    ];
    let before = code.clone();
    thread_jumps(&mut code);
    assert_eq!(code, before);
}

#[test]
fn facts_from_before_a_label_are_not_used_after_it() {
    let mut code = vec![
        test(TypeTest::Tuple, 6, Src::X(0)),
        Instr::Jump { to: Label(2) },
        // L2: also reached from 5, where x0 may be anything.
        eq(4, Src::X(1), NIL_ATOM),
        Instr::Return {},
        // L4
        test(TypeTest::Tuple, 6, Src::X(0)),
        Instr::Jump { to: Label(2) },
        Instr::FuncClause {},
    ];
    thread_jumps(&mut code);
    // The compare at L2 knows nothing of x0: the test at L4 stays.
    assert_eq!(fail_of(&code[2]), 4);
}

#[test]
fn a_test_excluded_by_a_passed_one_fails_and_is_followed() {
    // f([H | _]) when H > 0 -> ...; f([]) -> ...; f(_) -> ...
    let mut code = vec![
        test(TypeTest::Cons, 4, Src::X(0)),
        Instr::GetList {
            src: Src::X(0),
            head: Dst::X(1),
            tail: Dst::X(2),
        },
        Instr::Compare {
            op: CmpOp::Lt,
            fail: Label(4),
            a: Src::Int(0),
            b: Src::X(1),
        },
        Instr::Return {},
        // L4: f([])
        test(TypeTest::Nil, 6, Src::X(0)),
        Instr::Return {},
        // L6: f(_)
        Instr::Return {},
    ];
    thread_jumps(&mut code);
    // The guard failed on a cons: the nil test cannot pass.
    assert_eq!(fail_of(&code[2]), 6);
    // The cons test failed: the nil test is still needed.
    assert_eq!(fail_of(&code[0]), 4);
}

#[test]
fn different_constants_exclude_each_other_and_a_failed_compare_repeats() {
    let (a, b) = (Src::Atom(1), Src::Atom(2));
    let mut code = vec![
        eq(3, Src::X(0), a),
        eq(3, Src::X(1), b),
        Instr::Return {},
        // L3
        eq(5, Src::X(0), b),
        Instr::Return {},
        // L5
        eq(7, Src::X(1), b),
        Instr::Return {},
        // L7
        Instr::Return {},
    ];
    thread_jumps(&mut code);
    // x0 =/= a says nothing about x0 =:= b.
    assert_eq!(fail_of(&code[0]), 3);
    // x0 =:= a and x1 =/= b: x0 =:= b fails, and so does x1 =:= b.
    assert_eq!(fail_of(&code[1]), 7);
}

#[test]
fn a_failing_guard_bif_forgets_its_destination() {
    let mut code = vec![
        arity(6, Src::X(0), 1),
        element(Src::X(0), 0, Dst::X(1)),
        Instr::Bif {
            import: 0,
            args: vec![Src::X(1)].into(),
            dst: Dst::X(1),
            fail: Some(Label(4)),
        },
        Instr::Return {},
        // L4
        arity(6, Src::X(0), 1),
        element(Src::X(0), 0, Dst::X(1)),
        Instr::FuncClause {},
    ];
    thread_jumps(&mut code);
    // The arity test is skipped; the extraction into x1 is not.
    assert_eq!(fail_of(&code[2]), 5);
}

#[test]
fn calls_end_every_fact() {
    let mut code = vec![
        arity(6, Src::X(0), 2),
        Instr::Call {
            arity: 1,
            function: 0,
        },
        eq(4, Src::X(0), NIL_ATOM),
        Instr::Return {},
        // L4
        arity(6, Src::X(0), 2),
        Instr::Return {},
        Instr::FuncClause {},
    ];
    let before = code.clone();
    thread_jumps(&mut code);
    assert_eq!(code, before);
}

#[test]
fn a_cycle_of_jumps_ends() {
    let mut code = vec![
        Instr::Jump { to: Label(1) },
        Instr::Jump { to: Label(2) },
        Instr::Jump { to: Label(1) },
    ];
    thread_jumps(&mut code);
    assert!(code.iter().all(|i| fail_of(i) < 3));
}

#[test]
fn unreachable_clause_heads_are_removed_and_lines_follow() {
    let mut code = check_code();
    let mut lines = vec![(0, 3), (7, 4), (11, 3)];
    crate::codegen::optimize::optimize(&mut code, &mut lines);
    assert_eq!(
        code,
        vec![
            arity(9, Src::X(0), 2),
            element(Src::X(0), 0, Dst::X(1)),
            eq(7, Src::X(1), NIL_ATOM),
            element(Src::X(0), 1, Dst::X(2)),
            eq(8, Src::X(2), NIL_ATOM),
            Instr::Move {
                src: Src::Int(1),
                dst: Dst::X(0),
            },
            Instr::Return {},
            // Was 9 and 10: the second clause's first two are gone.
            element(Src::X(0), 1, Dst::X(2)),
            Instr::Return {},
            Instr::FuncClause {},
        ]
    );
    assert_eq!(lines, vec![(0, 3), (7, 4), (9, 3)]);
}
