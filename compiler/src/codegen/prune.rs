//! Removing instructions from a finished function while keeping its
//! labels and line table right, and the removal of unreachable code
//! (left behind by jump threading, `thread_jumps.rs`, when every jump to
//! a clause's first tests was sent further on).
//!
//! Invariant kept by [`retain`]: a label to a removed instruction moves to
//! the next kept one, which is only sound when the removed instructions
//! did nothing on that path (dead stores) or are never reached
//! (unreachable code, whose labels are never followed); line table entries
//! move with their instruction, and entries that end up on the same
//! instruction are merged, the later one describing it.

use super::optimize::labels_of;
use crate::bytecode::isa::flags;
use crate::bytecode::Instr;

/// Keeps the instructions whose `keep` is true.
pub fn retain(code: &mut Vec<Instr>, lines: &mut Vec<(u32, u32)>, keep: &[bool]) {
    let n = code.len();
    debug_assert_eq!(keep.len(), n);
    if keep.iter().all(|&k| k) {
        return;
    }
    // new_index[pc]: where instruction pc goes, or for a removed one the
    // instruction that followed it.
    let mut new_index = Vec::with_capacity(n + 1);
    let mut next = 0u32;
    for &k in keep {
        new_index.push(next);
        if k {
            next += 1;
        }
    }
    new_index.push(next);
    let old = std::mem::take(code);
    for (mut i, &k) in old.into_iter().zip(keep) {
        if k {
            i.visit_labels(&mut |l| l.0 = new_index[l.0 as usize]);
            code.push(i);
        }
    }
    let mut remapped: Vec<(u32, u32)> = Vec::with_capacity(lines.len());
    for &(pc, line) in lines.iter() {
        let at = new_index[(pc as usize).min(n)];
        match remapped.last_mut() {
            Some(last) if last.0 == at => last.1 = line,
            _ => remapped.push((at, line)),
        }
    }
    *lines = remapped;
}

/// Removes the instructions no path from the entry (pc 0) reaches. Only
/// for functions without exception handlers (a handler is reached by a
/// label operand of `try`/`catch`, which this does follow, but the
/// optimizer leaves such functions alone anyway).
pub fn remove_unreachable(code: &mut Vec<Instr>, lines: &mut Vec<(u32, u32)>) {
    let n = code.len();
    let mut reached = vec![false; n];
    let mut work = vec![0usize];
    while let Some(pc) = work.pop() {
        if pc >= n || reached[pc] {
            continue;
        }
        reached[pc] = true;
        let i = &code[pc];
        work.extend(labels_of(i));
        if i.flags() & flags::END == 0 {
            work.push(pc + 1);
        }
    }
    retain(code, lines, &reached);
}
