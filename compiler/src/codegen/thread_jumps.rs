//! **Jump threading with known facts.** Clauses that share a prefix are
//! matched one after the other, and the code of a later clause re-tests
//! what the failing one already established:
//!
//! ```text
//!  0  test_arity fail=L7 arg=x0 arity=2
//!  1  get_tuple_element src=x0 index=0 dst=x1
//!  2  compare op==:= fail=L7 a=x1 b='nil'
//!  ...
//!  7  test_arity fail=L20 arg=x0 arity=2
//!  8  get_tuple_element src=x0 index=0 dst=x1
//!  9  get_tuple_element src=x0 index=1 dst=x2
//! ```
//!
//! On the failing edge of 2, x0 is a 2-tuple and x1 holds its first
//! element, so 7 and 8 would do nothing: the edge is sent to 9 instead.
//!
//! For each instruction with an exit label (a test's fail label, the fail
//! label of a BIF or arithmetic, a `jump`), the facts on that edge
//! (`facts.rs`) are those gathered along straight-line code since the
//! last label, plus the test's own failure. From the target the walk then
//! moves on while the instruction there changes nothing given those
//! facts: a test known to pass (go to the next instruction), a test known
//! to fail (go to its fail label), a `move` or extraction into a register
//! that already holds that value, a `jump`. The edge is retargeted to
//! where the walk stops.
//!
//! Why this is sound: every skipped step leaves all registers as they
//! were, so the path from the edge reaches the new target in the same
//! state as before. All retargets of a round are planned on the same code
//! and applied together; each new edge stands for a path of the old code,
//! so the facts of the old code still hold in the new one. Rounds repeat
//! (bounded) because a retarget can leave a label without jumps to it,
//! which lets facts flow further.
//!
//! Instructions are neither added nor moved, so labels elsewhere and the
//! line table stay valid; code left unreachable is removed by `prune.rs`.

use super::facts::{Cond, Facts, Value};
use super::optimize::label_targets;
use crate::bytecode::isa::flags;
use crate::bytecode::{Instr, Label, Src};

/// Rounds of planning and retargeting; most functions settle in two.
const MAX_ROUNDS: usize = 4;
/// Steps of one walk, so that a cycle of jumps cannot hang the compiler.
const MAX_WALK: usize = 64;

pub fn thread_jumps(code: &mut [Instr]) {
    for _ in 0..MAX_ROUNDS {
        let plan = plan(code);
        if plan.is_empty() {
            return;
        }
        for (pc, to) in plan {
            if let Some(l) = exit_label(&mut code[pc]) {
                *l = Label(to as u32);
            }
        }
    }
}

/// The exit label an edge can be threaded from: a conditional branch's
/// fail label or a jump's target. Receive, calls, `select_val` and
/// exception handlers are left alone.
fn exit_label(i: &mut Instr) -> Option<&mut Label> {
    match i {
        Instr::Test { fail, .. }
        | Instr::TestArity { fail, .. }
        | Instr::IsTaggedTuple { fail, .. }
        | Instr::IsFunction2 { fail, .. }
        | Instr::Compare { fail, .. }
        | Instr::GetMapElements { fail, .. }
        | Instr::BsStart { fail, .. }
        | Instr::BsGet { fail, .. }
        | Instr::BsSkip { fail, .. }
        | Instr::BsTestTail { fail, .. }
        | Instr::Jump { to: fail } => Some(fail),
        Instr::Bif { fail, .. } | Instr::Arith { fail, .. } => fail.as_mut(),
        _ => None,
    }
}

fn exit_target(i: &Instr) -> Option<usize> {
    if i.flags() & flags::BRANCH == 0 {
        return None;
    }
    exit_label(&mut i.clone()).map(|l| l.0 as usize)
}

/// `(pc, new target)` for every edge that can skip ahead.
fn plan(code: &[Instr]) -> Vec<(usize, usize)> {
    let targets = label_targets(code);
    let mut facts = Facts::default();
    let mut plan = Vec::new();
    for (pc, instr) in code.iter().enumerate() {
        if targets[pc] {
            facts.clear();
        }
        if let Some(to) = exit_target(instr) {
            let edge = exit_facts(&facts, instr);
            let new = walk(code, to, &edge);
            if new != to {
                plan.push((pc, new));
            }
        }
        facts.pass(instr);
        if instr.flags() & flags::END != 0 {
            facts.clear();
        }
    }
    plan
}

/// The facts on the exit edge of `i`, given those before it: a test
/// failed; other branches may have written any of their destinations.
fn exit_facts(before: &Facts, i: &Instr) -> Facts {
    let mut edge = before.clone();
    match Cond::of(i) {
        Some(c) => edge.learn(c, false),
        None => i.visit_dsts(&mut |d| edge.write((*d).into())),
    }
    edge
}

/// Follows the steps from `start` that change nothing under `facts`; the
/// pc where the first step that may change something (or is unknown) is.
fn walk(code: &[Instr], start: usize, facts: &Facts) -> usize {
    let mut pc = start;
    for _ in 0..MAX_WALK {
        match code.get(pc).and_then(|i| no_op_successor(i, pc, facts)) {
            Some(next) if next < code.len() => pc = next,
            _ => break,
        }
    }
    pc
}

/// Where control goes after `i` at `pc` if, under `facts`, it writes no
/// register and its branch is decided; `None` otherwise.
fn no_op_successor(i: &Instr, pc: usize, facts: &Facts) -> Option<usize> {
    let holds = |dst, v| facts.holds(Src::from(dst), v);
    let skip = match *i {
        Instr::Jump { to } => return Some(to.0 as usize),
        Instr::Move { src, dst } => facts.same(src, dst.into()),
        Instr::GetTupleElement { src, index, dst } => holds(dst, Value::Element(src, index)),
        Instr::GetHd { src, dst } => holds(dst, Value::Hd(src)),
        Instr::GetTl { src, dst } => holds(dst, Value::Tl(src)),
        Instr::GetList { src, head, tail } => {
            holds(head, Value::Hd(src)) && holds(tail, Value::Tl(src))
        }
        _ => {
            let passes = facts.decide(Cond::of(i)?)?;
            if !passes {
                let mut fail = None;
                i.clone().visit_labels(&mut |l| fail = Some(l.0 as usize));
                return fail;
            }
            true
        }
    };
    skip.then_some(pc + 1)
}

#[cfg(test)]
mod tests;
