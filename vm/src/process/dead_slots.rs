//! Before a collection: the y registers that no function will read again
//! are set to `[]`, so they stop being roots. Without this a big term left
//! in a frame across a long call would survive every collection until the
//! function returned. The running code pays nothing: the compiler records
//! for each call which slots stay live (the module's stack map, see
//! `code::stack_map`), and only this walk reads it.
//!
//! The stack is parseable from the top down (see `process/mod.rs`): each
//! frame starts with a plain code word, the continuation pointer its
//! function's caller saved (or `NON_VALUE` at the bottom of the stack);
//! catch markers are code words too but carry the catch bit. A frame is
//! resumed by the return address into its function, which is:
//!
//! - for the top frame, `p.cp` when it holds one: at a call's entry safe
//!   point `p.cp` is the caller's return address, and a frameless callee
//!   (a leaf, a trap continuation, a tail call of one) keeps it so; once
//!   a function has pushed its own frame, `p.cp` is `NON_VALUE` (after
//!   `allocate`, after a return, at a catch handler), and the top frame's
//!   liveness is unknown;
//! - for each lower frame, the code word at the base of the frame above.
//!
//! A frame whose liveness is unknown, whose call site has no map entry, or
//! whose size differs from the map's is left alone: every slot stays a
//! root, which is what the collector did before. Code words (catch
//! markers) are never cleared, whatever a map says: the unwinder reads
//! them, and the collector skips them anyway.

use super::code_word::{is_catch_marker, CodeAddr};
use crate::code::{self, stack_map::FrameLiveness};
use crate::term::Term;

/// Clears the dead y registers of every frame of `stack` whose liveness is
/// known, with `cp` the process's continuation pointer. Returns how many
/// slots it changed (non-`[]` values dropped).
pub fn clear(stack: &mut [Term], cp: Term) -> usize {
    let mut cleared = 0;
    let mut top = stack.len();
    // The return address that resumes the frame that ends at `top`.
    let mut resume = return_address(cp);
    // Consecutive frames of a recursion share their return address.
    let mut cache: Option<(Term, Option<FrameLiveness<'static>>)> = None;
    let mut j = top;
    while j > 0 {
        j -= 1;
        let w = stack[j];
        if !(w.is_non_value() || (w.is_code() && !is_catch_marker(w))) {
            continue;
        }
        if let Some(ret) = resume {
            let live = match cache {
                Some((r, live)) if r == ret => live,
                _ => {
                    let live = liveness_at(ret);
                    cache = Some((ret, live));
                    live
                }
            };
            let slots = &mut stack[j + 1..top];
            match live {
                Some(live) if live.frame == slots.len() => cleared += clear_frame(slots, live),
                Some(live) => debug_assert!(
                    false,
                    "stack map frame size {} but the frame has {} slots",
                    live.frame,
                    slots.len()
                ),
                None => {}
            }
        }
        resume = return_address(w);
        top = j;
    }
    cleared
}

/// `t` if it is a plain return address (not a catch marker, not
/// `NON_VALUE`).
fn return_address(t: Term) -> Option<Term> {
    (t.is_code() && !is_catch_marker(t)).then_some(t)
}

fn liveness_at(ret: Term) -> Option<FrameLiveness<'static>> {
    let addr = CodeAddr::from_term(ret);
    code::get(addr.module)?.stack_map.at(addr.pc)
}

/// `slots` is one frame, bottom first, so y register `i` is
/// `slots[len - 1 - i]`.
fn clear_frame(slots: &mut [Term], live: FrameLiveness) -> usize {
    let mut cleared = 0;
    for (y, slot) in slots.iter_mut().rev().enumerate() {
        if !live.is_live(y) && *slot != Term::NIL && !slot.is_code() {
            *slot = Term::NIL;
            cleared += 1;
        }
    }
    cleared
}

#[cfg(test)]
mod tests;
