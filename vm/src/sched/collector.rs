//! The collector thread: collections of big heaps (`SliceEnd::Collect`)
//! run here instead of on a scheduler, so a process copying megabytes of
//! live data does not hold up the others (BEAM does the same on a dirty
//! scheduler). The process is not runnable meanwhile: its status stays
//! RUNNING (signals only mark it NOTIFIED) and this thread holds its body
//! lock, so it is still owned by exactly one thread.
//!
//! The thread runs at normal priority (at the lowest, it got no time while
//! other programs kept the cores busy, and big-heap processes stalled). A
//! collection left waiting longer than `HELP_AFTER` is taken over by the
//! next scheduler between two slices, and an idle
//! scheduler takes over one left waiting `IDLE_HELP_AFTER` (it sleeps no
//! longer than that while one is pending), so a process never starves
//! waiting for its collection, even when other programs keep the machine's
//! cores busy.

use super::run_queue::Task;
use super::runtime;
use crate::process::status;
use crate::term::{atom, Term};
use std::collections::VecDeque;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex};
use std::time::{Duration, Instant};

/// How long a collection may wait for the collector thread before a
/// scheduler does it instead.
pub const HELP_AFTER: Duration = Duration::from_millis(5);

/// How long a collection may wait for the collector thread before an idle
/// scheduler does it instead. On an otherwise idle machine the collector
/// thread starts within microseconds; a longer wait means other programs
/// have the cores, and the idle scheduler is then better placed.
pub const IDLE_HELP_AFTER: Duration = Duration::from_millis(1);

#[derive(Default)]
pub struct Collector {
    queue: Mutex<VecDeque<(Instant, Task)>>,
    /// Jobs in `queue`, readable without the lock (schedulers check it
    /// after every slice).
    pending: AtomicUsize,
    ready: Condvar,
}

impl Collector {
    pub fn submit(&self, t: Task) {
        let mut q = self.queue.lock().unwrap_or_else(|e| e.into_inner());
        q.push_back((Instant::now(), t));
        self.pending.store(q.len(), Ordering::Release);
        drop(q);
        self.ready.notify_one();
    }

    fn pop(&self, q: &mut VecDeque<(Instant, Task)>) -> Option<Task> {
        let job = q.pop_front().map(|(_, t)| t);
        self.pending.store(q.len(), Ordering::Release);
        job
    }

    /// Called by a scheduler between slices: does the oldest collection
    /// itself if it has waited longer than `HELP_AFTER`. True if it did.
    pub fn help_if_late(&self) -> bool {
        self.help_if_waited(HELP_AFTER)
    }

    /// How long until the oldest pending collection has waited `after`
    /// (zero if it has); `None` with nothing pending.
    pub fn late_in(&self, after: Duration) -> Option<Duration> {
        if self.pending.load(Ordering::Acquire) == 0 {
            return None;
        }
        let q = self.queue.lock().unwrap_or_else(|e| e.into_inner());
        q.front()
            .map(|(since, _)| after.saturating_sub(since.elapsed()))
    }

    /// Does the oldest collection if it has waited at least `after`. True
    /// if it did.
    pub fn help_if_waited(&self, after: Duration) -> bool {
        if self.pending.load(Ordering::Acquire) == 0 {
            return false;
        }
        let job = {
            let Ok(mut q) = self.queue.try_lock() else {
                return false;
            };
            match q.front() {
                Some((since, _)) if since.elapsed() >= after => self.pop(&mut q),
                _ => None,
            }
        };
        match job {
            Some(cell) => {
                collect_one(cell);
                true
            }
            None => false,
        }
    }

    pub fn run(&self) -> ! {
        loop {
            let cell = {
                let mut q = self.queue.lock().unwrap_or_else(|e| e.into_inner());
                loop {
                    if let Some(c) = self.pop(&mut q) {
                        break c;
                    }
                    q = self.ready.wait(q).unwrap_or_else(|e| e.into_inner());
                }
            };
            collect_one(cell);
        }
    }
}

/// Collects a process that ended its slice with `SliceEnd::Collect`, then
/// makes it runnable again.
fn collect_one(cell: Task) {
    let rt = runtime();
    {
        let mut body = cell.body.lock().unwrap_or_else(|e| e.into_inner());
        let before = body.memory_bytes();
        // A switched-out process holds exactly its live registers.
        let live = body.x.len();
        if !body.collect(0, live) {
            // Off the process's slice there is nothing to raise into: the
            // process ends with the limit's reason.
            let e = crate::interp::exception::heap_limit(&body);
            let reason = match e.class {
                crate::bif::ExcClass::Signal => e.reason,
                _ => Term::atom(atom::SYSTEM_LIMIT),
            };
            body.pending_exit = Some(reason);
        }
        super::worker::account(rt, before, body.memory_bytes());
    }
    cell.status.set(status::RUNNABLE);
    rt.queues.push(cell);
}
