use super::*;
use crate::bytecode::{Label, TypeTest};

fn mv(src: Src, dst: Dst) -> Instr {
    Instr::Move { src, dst }
}

fn call() -> Instr {
    Instr::Call {
        arity: 0,
        function: 0,
    }
}

fn live_sets(code: &[Instr]) -> Vec<(u32, Vec<u16>)> {
    stack_map(code)
        .into_iter()
        .map(|s| (s.ret, s.live))
        .collect()
}

#[test]
fn a_slot_is_live_across_a_call_only_until_its_last_read() {
    let code = vec![
        Instr::Allocate { slots: 2, live: 2 },
        mv(Src::X(0), Dst::Y(0)),
        mv(Src::X(1), Dst::Y(1)),
        call(),
        mv(Src::Y(1), Dst::X(0)),
        call(),
        mv(Src::Y(0), Dst::X(0)),
        call(),
        Instr::Deallocate { slots: 2 },
        Instr::Return {},
    ];
    assert_eq!(
        live_sets(&code),
        vec![(4, vec![0, 1]), (6, vec![0]), (8, vec![])]
    );
    assert!(stack_map(&code).iter().all(|s| s.frame == 2));
}

#[test]
fn a_slot_overwritten_after_the_call_is_dead_across_it() {
    let code = vec![
        Instr::Allocate { slots: 1, live: 1 },
        mv(Src::X(0), Dst::Y(0)),
        call(),
        mv(Src::X(0), Dst::Y(0)),
        call(),
        mv(Src::Y(0), Dst::X(0)),
        Instr::Deallocate { slots: 1 },
        Instr::Return {},
    ];
    assert_eq!(live_sets(&code), vec![(3, vec![]), (5, vec![0])]);
}

#[test]
fn a_write_by_an_instruction_that_may_jump_kills_nothing() {
    // get_map_elements writes y0 only when it does not jump to L5, and L5
    // reads the old y0.
    let code = vec![
        Instr::Allocate { slots: 1, live: 1 },
        mv(Src::X(0), Dst::Y(0)),
        call(),
        Instr::GetMapElements {
            fail: Label(5),
            map: Src::X(0),
            pairs: vec![(Src::Atom(0), Dst::Y(0))].into(),
        },
        Instr::Return {},
        mv(Src::Y(0), Dst::X(0)),
        Instr::Deallocate { slots: 1 },
        Instr::Return {},
    ];
    assert_eq!(live_sets(&code), vec![(3, vec![0])]);
}

#[test]
fn reads_on_either_branch_keep_a_slot_live() {
    let code = vec![
        Instr::Allocate { slots: 2, live: 2 },
        mv(Src::X(0), Dst::Y(0)),
        mv(Src::X(1), Dst::Y(1)),
        call(),
        Instr::Test {
            kind: TypeTest::Atom,
            fail: Label(7),
            arg: Src::X(0),
        },
        mv(Src::Y(0), Dst::X(0)),
        Instr::Jump { to: Label(8) },
        mv(Src::Y(1), Dst::X(0)),
        Instr::Deallocate { slots: 2 },
        Instr::Return {},
    ];
    assert_eq!(live_sets(&code), vec![(4, vec![0, 1])]);
}

#[test]
fn catch_markers_and_what_handlers_read_stay_live_at_every_call() {
    // y0 holds the catch marker, y1 is read by the handler only, y2 is
    // dead after the first call.
    let code = vec![
        Instr::Allocate { slots: 3, live: 2 },
        mv(Src::X(0), Dst::Y(1)),
        mv(Src::X(1), Dst::Y(2)),
        Instr::Try {
            y: 0,
            handler: Label(8),
        },
        mv(Src::Y(2), Dst::X(0)),
        call(),
        Instr::TryEnd { y: 0 },
        Instr::Jump { to: Label(11) },
        // L8: the handler.
        Instr::TryCase { y: 0 },
        mv(Src::Y(1), Dst::X(0)),
        call(),
        Instr::Deallocate { slots: 3 },
        Instr::Return {},
    ];
    assert_eq!(live_sets(&code), vec![(6, vec![0, 1]), (11, vec![0, 1])]);
}

#[test]
fn frames_of_different_sizes_or_slots_outside_the_frame_get_no_map() {
    let mixed = vec![
        Instr::Allocate { slots: 2, live: 0 },
        call(),
        Instr::Deallocate { slots: 1 },
        Instr::Return {},
    ];
    assert_eq!(stack_map(&mixed), vec![]);
    let outside = vec![
        Instr::Allocate { slots: 1, live: 0 },
        call(),
        mv(Src::Y(1), Dst::X(0)),
        Instr::Deallocate { slots: 1 },
        Instr::Return {},
    ];
    assert_eq!(stack_map(&outside), vec![]);
}

#[test]
fn every_call_that_keeps_the_frame_gets_an_entry_and_tail_calls_none() {
    let code = vec![
        Instr::Allocate { slots: 0, live: 3 },
        Instr::CallExt {
            arity: 0,
            import: 0,
        },
        Instr::CallFun { arity: 0 },
        Instr::Apply { arity: 0 },
        Instr::CallLast {
            arity: 0,
            function: 0,
            slots: 0,
        },
    ];
    let map = stack_map(&code);
    assert_eq!(map.iter().map(|s| s.ret).collect::<Vec<_>>(), vec![2, 3, 4]);
    assert_eq!(crate::bytecode::stack_map::check(&code, &map), Ok(()));
}

#[test]
fn compiled_code_has_a_checked_map_that_drops_a_value_read_before_a_call() {
    // Big is read by length/1 after id/1 (so it sits in a frame slot) and
    // never after run/1.
    let src = "-module(m).\n-export([f/0]).\n\
               f() -> Big = lists:seq(1, 10), X = id(0), L = length(Big) + X, \
               R = run(L), {L, R}.\n\
               id(X) -> X.\nrun(N) -> N.\n";
    let m = crate::compile(src, "m.erl").unwrap().module;
    let f = m.functions.iter().find(|f| m.atom(f.name) == "f").unwrap();
    assert_eq!(
        crate::bytecode::stack_map::check(&f.code, &f.stack_map),
        Ok(())
    );
    let run = f
        .code
        .iter()
        .position(|i| matches!(i, Instr::Call { function, .. } if m.atom(m.functions[*function as usize].name) == "run"))
        .unwrap();
    let site = f
        .stack_map
        .iter()
        .find(|s| s.ret as usize == run + 1)
        .unwrap();
    // Only L is still needed after run/1.
    assert_eq!(
        site.live.len(),
        1,
        "{site:?}\n{}",
        crate::bytecode::disasm::module(&m)
    );
}
