//! The scheduler loop: take a runnable process, run one slice, then
//! requeue it, let it wait, or retire it.

use super::run_queue::{RunQueues, Task, LONE_STEAL_AFTER};
use super::timer::Action;
use super::{exit, runtime, Runtime};
use crate::interp::{run_slice, SliceEnd};
use crate::process::Process;
use crate::term::Term;
use compiler::bytecode::X_REGISTERS;
use crossbeam_deque::Worker;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

pub fn run(index: usize, w: Worker<Task>) {
    RunQueues::install(w);
    let rt = runtime();
    // The register file processes use while they run here.
    let mut regs: Box<[Term]> = vec![Term::NIL; X_REGISTERS].into_boxed_slice();
    let mut again = None;
    loop {
        rt.timers.poll();
        if rt.collector.help_if_late() {
            // The collected process was queued: take turns with it.
            if let Some(cell) = again.take() {
                rt.queues.push(cell);
            }
        }
        let task = match again.take() {
            // A timer just delivered may have queued something: take turns.
            Some(cell) if rt.queues.local_work() => {
                rt.queues.push(cell);
                find_work(rt, index)
            }
            Some(cell) => Some(cell),
            None => find_work(rt, index),
        };
        match task {
            Some(cell) => {
                rt.queues.set_busy(index, true);
                again = run_one(rt, cell, &mut regs);
                rt.queues.set_busy(index, false);
            }
            None => rt.queues.park(|| rt.idle_check(), rt.timers.next_in()),
        }
    }
}

/// A key for a `receive ... after` timer: from their own counter (top bit
/// set, so never a reference number), so that waiting does not use up
/// reference numbers and `make_ref()` stays deterministic.
fn receive_timer_key() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1 << 63);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// Looks for work, spinning briefly before giving up: a process made
/// runnable a moment later is then picked up without a sleep and wake-up.
/// The yielding part lasts a little longer than `LONE_STEAL_AFTER`, so
/// that a process queued alone behind a long slice on another scheduler
/// is seen to wait that long and is stolen; it delivers due timers
/// meanwhile.
fn find_work(rt: &Runtime, index: usize) -> Option<Task> {
    for _ in 0..32 {
        if let Some(t) = rt.queues.next(index) {
            return Some(t);
        }
        std::hint::spin_loop();
    }
    let start = Instant::now();
    loop {
        if let Some(t) = rt.queues.next(index) {
            return Some(t);
        }
        if start.elapsed() > LONE_STEAL_AFTER + LONE_STEAL_AFTER / 4 {
            return None;
        }
        std::thread::yield_now();
        rt.timers.poll();
    }
}

/// Gives the process the scheduler's register file, with its saved live
/// registers in place and the rest reset (they may hold another process's
/// terms).
/// Returns how many registers are live.
fn switch_in(p: &mut Process, regs: &mut Box<[Term]>) -> usize {
    let saved = std::mem::replace(&mut p.x, std::mem::take(regs));
    p.x[..saved.len()].copy_from_slice(&saved);
    let hi = crate::code::max_x_register().max(saved.len());
    for r in p.x[saved.len()..hi].iter_mut() {
        *r = Term::NIL;
    }
    saved.len()
}

/// Takes the register file back, leaving the process its live registers.
fn switch_out(p: &mut Process, regs: &mut Box<[Term]>, live: usize) {
    let saved: Box<[Term]> = p.x[..live].into();
    *regs = std::mem::replace(&mut p.x, saved);
}

/// Runs one slice of `cell`. Returns the process when it should simply run
/// again: it used up its slice and nothing else is queued here (requeueing
/// it would only invite another scheduler to steal it, moving it between
/// cores for nothing).
fn run_one(rt: &'static Runtime, cell: Task, regs: &mut Box<[Term]>) -> Option<Task> {
    cell.status.set(crate::process::status::RUNNING);
    let mut body = cell.body.lock().unwrap_or_else(|e| e.into_inner());
    let p = &mut *body;
    let bytes_before = p.memory_bytes();
    let reds_before = p.reductions;

    let live = switch_in(p, regs);
    p.take_signals();
    // Another process's `garbage_collect(Pid)`: collect before the slice,
    // where the live registers are known; a big heap on the collector
    // thread, as at a safe point.
    let mut offload = false;
    if p.gc_requested && p.pending_exit.is_none() && !p.mid_instruction() {
        p.gc_requested = false;
        offload = p.offload_collection();
        if !offload && !p.collect(0, live) {
            p.pending_exit = Some(crate::interp::exception::heap_limit_reason(p));
        }
    }
    let end = match p.pending_exit {
        Some(reason) => SliceEnd::Exited(crate::interp::Exit::Signal(reason)),
        None if offload => SliceEnd::Collect { live },
        None => run_slice(p, rt.config.budget),
    };
    if let Some(t) = p.stale_timer.take() {
        rt.timers.cancel(t);
    }
    rt.reductions.add((p.reductions - reds_before) as i64);
    match end {
        SliceEnd::Yielded { live } => {
            switch_out(p, regs, live);
            account(rt, bytes_before, p.memory_bytes());
            drop(body);
            cell.status.set(crate::process::status::RUNNABLE);
            if !rt.queues.local_work() {
                return Some(cell);
            }
            rt.queues.push(cell);
        }
        SliceEnd::Collect { live } => {
            switch_out(p, regs, live);
            account(rt, bytes_before, p.memory_bytes());
            drop(body);
            rt.collector.submit(cell);
        }
        SliceEnd::Dirty { live } => {
            switch_out(p, regs, live);
            account(rt, bytes_before, p.memory_bytes());
            let job = p.pending().dirty_job.take();
            drop(body);
            match job {
                Some(job) => super::dirty::submit(cell, job),
                None => {
                    // Nothing to wait for: run the instruction again.
                    cell.status.set(crate::process::status::RUNNABLE);
                    rt.queues.push(cell);
                }
            }
        }
        SliceEnd::Waiting { start_timer } => {
            if let Some(ms) = start_timer {
                let key = receive_timer_key();
                p.timer = Some(key);
                rt.timers.start(
                    key,
                    Duration::from_millis(ms),
                    Action::Timeout { pid: p.pid },
                );
            }
            switch_out(p, regs, 0);
            account(rt, bytes_before, p.memory_bytes());
            drop(body);
            if cell.status.try_wait() {
                rt.active.fetch_sub(1, Ordering::SeqCst);
            } else {
                rt.queues.push(cell);
            }
        }
        SliceEnd::Exited(e) => {
            switch_out(p, regs, 0);
            account(rt, bytes_before, 0);
            exit::retire(rt, &cell, body, e);
            rt.active.fetch_sub(1, Ordering::SeqCst);
        }
    }
    None
}

pub(super) fn account(rt: &Runtime, before: usize, after: usize) {
    if after != before {
        rt.process_bytes.add(after as i64 - before as i64);
    }
}
