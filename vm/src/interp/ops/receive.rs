//! Receiving: taking signals into the message queue, removing a matched
//! message, and `wait` / `wait_timeout`, which suspend until a message
//! arrives (jump back to the receive loop) or the timeout passes (fall
//! through to `timeout`).
//!
//! A waiting process's `ip` points at the wait instruction itself, so when
//! it is resumed the instruction runs again and decides: a message beyond
//! the save position → loop; a fired timeout → fall through; else wait on.
//! The timer of `receive ... after` is started by the scheduler when the
//! process first suspends in that receive, and cancelled when a message is
//! taken instead.

use crate::bif::Exception;
use crate::code::LoadedModule;
use crate::interp::{code_addr, Exit, Flow, SliceEnd};
use crate::process::Process;
use crate::term::{atom, Term};

/// The queue is exhausted: applies pending signals and returns the next
/// message, if one arrived. Ends the slice if a signal killed the process.
pub fn take_signals(p: &mut Process) -> Result<Option<Term>, SliceEnd> {
    if p.inbox.is_empty() {
        return Ok(None);
    }
    p.take_signals();
    if let Some(reason) = p.pending_exit {
        return Err(SliceEnd::Exited(Exit::Signal(reason)));
    }
    Ok(p.mailbox.peek())
}

pub fn remove_message(p: &mut Process) {
    p.mailbox.remove_current();
    p.timed_out = false;
    if let Some(t) = p.timer.take() {
        p.stale_timer = Some(t);
    }
}

pub fn wait(
    p: &mut Process,
    m: &'static LoadedModule,
    at: usize,
    to: usize,
    timeout: Option<Term>,
) -> Flow {
    // `receive after T -> ... end` has no clauses: its loop is the wait
    // itself (`to == at`), and no message can end it.
    let matches_messages = to != at;
    if matches_messages && p.mailbox.save < p.mailbox.len() {
        return Flow::Goto(m, to);
    }
    let mut start_timer = None;
    if let Some(t) = timeout {
        if p.timed_out {
            p.timed_out = false;
            p.timer = None;
            return Flow::Goto(m, at + 1);
        }
        if t != Term::atom(atom::INFINITY) {
            let ms = match t.as_small() {
                Some(ms) if ms >= 0 => ms as u64,
                _ => match t.to_bigint() {
                    Some(b) if b.sign() != num_bigint::Sign::Minus => u64::MAX / 4,
                    _ => return Flow::raise(Exception::error(Term::atom(atom::TIMEOUT_VALUE))),
                },
            };
            if ms == 0 {
                return Flow::Goto(m, at + 1);
            }
            if p.timer.is_none() {
                start_timer = Some(ms);
            }
        }
    }
    // A signal that arrived during the slice: look at it before sleeping.
    match take_signals(p) {
        Err(end) => return Flow::End(end),
        Ok(msg) if p.timed_out || (matches_messages && msg.is_some()) => {
            return Flow::Goto(m, at);
        }
        Ok(_) => {}
    }
    p.ip = code_addr(m, at);
    Flow::End(SliceEnd::Waiting { start_timer })
}
