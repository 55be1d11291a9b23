//! Dirty jobs: native work too long for a slice that needs nothing of the
//! process while it runs (a product or quotient of two huge bignums, the
//! text of a huge bignum, parsing a huge integer). BEAM runs such BIFs on
//! its dirty CPU schedulers; here each job gets a thread of its own, so
//! one long job delays no other process and no other job, and the
//! scheduler goes on with the next process at once.
//!
//! How a job runs (`interp::generic` for the instruction side):
//! 1. The instruction (an `arith`, or a `bif` whose native asks for it,
//!    `BifContext::run_dirty`) finds its operands too big, puts a job that
//!    owns copies of them in `Pending::dirty_job`, and ends the slice with
//!    `SliceEnd::Dirty` at itself, keeping every x register any code uses
//!    (its live ones are not known there).
//! 2. The scheduler switches the process out and hands the job to a new
//!    thread; the process stays `RUNNING`, as during an off-thread
//!    collection, so signals queue up without scheduling it.
//! 3. The thread runs the job, stores the value with the operands it was
//!    computed from in `Pending::dirty_done` and makes the process runnable.
//! 4. The instruction runs again and finds the value, if the operands are
//!    the same words (nothing moved: no collection runs in between, as for
//!    a message copied in steps), and puts it on the heap.

use super::run_queue::Task;
use super::runtime;
use crate::process::{status, Process};
use crate::term::Term;
use num_bigint::BigInt;

/// What a job computes: plain Rust data, put on the heap by the process.
pub enum DirtyValue {
    Int(BigInt),
    Text(String),
}

/// A job and the operands it is for (compared word for word when the
/// instruction runs again).
pub struct DirtyJob {
    pub key: Vec<Term>,
    pub work: Box<dyn FnOnce() -> DirtyValue + Send>,
}

/// A job's value, waiting for its instruction to run again.
pub struct DirtyDone {
    pub key: Vec<Term>,
    pub value: DirtyValue,
}

/// Limb products (of the operands' 64-bit limbs) above which a bignum
/// multiplication or division is a dirty job: about a millisecond of
/// schoolbook work on the machines the figures in docs/ come from.
pub const DIRTY_LIMB_WORK: u64 = 1 << 20;

/// Work of an operation on bignums of `a` and `b` limbs, in limb products.
pub fn limb_work(a: u64, b: u64) -> u64 {
    a.saturating_mul(b)
}

/// The value of the dirty job done for `key`, if that is the one done. A
/// value for other operands is dropped: the instruction that asked for it
/// always runs again first, so it cannot be wanted any more, and its key
/// holds words that a later collection may reuse.
pub fn take_done(p: &mut Process, key: &[Term]) -> Option<DirtyValue> {
    let done = p.pending.as_mut()?.dirty_done.take()?;
    (done.key == key).then_some(done.value)
}

/// Runs `job` on a thread of its own, then gives the process (switched
/// out at the instruction that asked for it) its value and makes it
/// runnable again.
pub fn submit(cell: Task, job: DirtyJob) {
    let spawned = std::thread::Builder::new()
        .name("dirty".into())
        .spawn(move || finish(cell, job));
    if let Err(e) = spawned {
        // No thread to be had: the process could never run again.
        crate::output::flush();
        eprintln!("joist: cannot start a thread for a long native call: {e}");
        std::process::exit(1);
    }
}

fn finish(cell: Task, job: DirtyJob) {
    let value = (job.work)();
    {
        let mut body = cell.body.lock().unwrap_or_else(|e| e.into_inner());
        body.pending().dirty_done = Some(DirtyDone {
            key: job.key,
            value,
        });
    }
    cell.status.set(status::RUNNABLE);
    runtime().queues.push(cell);
}
