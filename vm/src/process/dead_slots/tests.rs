use super::*;
use compiler::bytecode::{CallSite, Function, Instr, Module};

/// A module whose function `f/0` has a frame of 3 slots and one call,
/// after which only y1 is live. Returns the return address of that call.
fn call_site_ret() -> Term {
    let code = vec![
        Instr::Allocate { slots: 3, live: 0 },
        Instr::Call {
            arity: 0,
            function: 0,
        },
        Instr::Deallocate { slots: 3 },
        Instr::Return {},
    ];
    let m = Module {
        name: 0,
        atoms: vec!["dead_slots_test".into(), "f".into()],
        literals: vec![],
        imports: vec![],
        exports: vec![],
        lambdas: vec![],
        functions: vec![Function {
            name: 1,
            arity: 0,
            code,
            lines: vec![],
            stack_map: vec![CallSite {
                ret: 2,
                frame: 3,
                live: vec![1],
            }],
        }],
        file: "dead_slots_test.erl".into(),
    };
    let loaded = crate::code::load(&m).unwrap();
    CodeAddr {
        module: loaded.index,
        pc: loaded.functions[0].entry + 2,
    }
    .to_term()
}

fn v(i: i64) -> Term {
    Term::small(i)
}

#[test]
fn the_top_frame_is_cleared_by_the_return_address_in_cp() {
    let ret = call_site_ret();
    // [CP, y2, y1, y0]
    let mut stack = [Term::NON_VALUE, v(2), v(1), v(0)];
    assert_eq!(clear(&mut stack, ret), 2);
    assert_eq!(stack, [Term::NON_VALUE, Term::NIL, v(1), Term::NIL]);
}

#[test]
fn a_lower_frame_is_cleared_by_the_code_word_above_it() {
    let ret = call_site_ret();
    // The bottom frame is suspended at the call; the top frame's owner is
    // running (cp NON_VALUE), so its slots all stay.
    let mut stack = [Term::NON_VALUE, v(2), v(1), v(0), ret, v(5), v(4)];
    assert_eq!(clear(&mut stack, Term::NON_VALUE), 2);
    assert_eq!(
        stack,
        [Term::NON_VALUE, Term::NIL, v(1), Term::NIL, ret, v(5), v(4)]
    );
}

#[test]
fn catch_markers_are_neither_frame_bases_nor_cleared() {
    let ret = call_site_ret();
    let marker = CodeAddr::from_term(ret).catch_marker(2);
    let mut stack = [Term::NON_VALUE, marker, v(1), v(0)];
    assert_eq!(clear(&mut stack, ret), 1);
    assert_eq!(stack, [Term::NON_VALUE, marker, v(1), Term::NIL]);
}

#[test]
fn frames_without_an_entry_keep_every_slot() {
    let ret = call_site_ret();
    let other = CodeAddr {
        module: CodeAddr::from_term(ret).module,
        pc: CodeAddr::from_term(ret).pc + 1,
    }
    .to_term();
    let mut stack = [Term::NON_VALUE, v(2), v(1), v(0)];
    assert_eq!(clear(&mut stack, other), 0);
    assert_eq!(clear(&mut stack, Term::NON_VALUE), 0);
    assert_eq!(stack, [Term::NON_VALUE, v(2), v(1), v(0)]);
}

#[test]
#[cfg_attr(debug_assertions, should_panic(expected = "stack map frame size"))]
fn a_frame_of_another_size_than_the_map_says_keeps_every_slot() {
    let ret = call_site_ret();
    let mut stack = [Term::NON_VALUE, v(1), v(0)];
    assert_eq!(clear(&mut stack, ret), 0);
    assert_eq!(stack, [Term::NON_VALUE, v(1), v(0)]);
}
