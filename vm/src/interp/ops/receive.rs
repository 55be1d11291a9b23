//! `wait` and `wait_timeout`: suspend until a message arrives (jump to the
//! receive loop) or the timeout passes (fall through to `timeout`).
//!
//! A waiting process's `ip` points at the wait instruction itself, so when
//! it is resumed the instruction runs again and decides: a message beyond
//! the save position → loop; a fired timeout → fall through; else wait on.

use crate::bif::Exception;
use crate::code::LoadedModule;
use crate::interp::{Flow, SliceEnd};
use crate::process::{CodeAddr, Process};
use crate::term::{atom, Term};
use std::time::{Duration, Instant};

pub fn wait(
    p: &mut Process,
    m: &'static LoadedModule,
    at: usize,
    to: usize,
    timeout: Option<Term>,
) -> Flow {
    if p.mailbox.save < p.mailbox.len() {
        return Flow::Goto(m, to);
    }
    if let Some(t) = timeout {
        if p.timed_out {
            p.timed_out = false;
            p.timeout_at = None;
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
                p.timeout_at = None;
                return Flow::Goto(m, at + 1);
            }
            if p.timeout_at.is_none() {
                p.timeout_at = Some(Instant::now() + Duration::from_millis(ms.min(u64::MAX / 4)));
            }
        }
    }
    p.ip = CodeAddr {
        module: m.index,
        pc: at as u32,
    };
    Flow::End(SliceEnd::Waiting)
}
