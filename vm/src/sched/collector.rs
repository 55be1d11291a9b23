//! The collector thread: collections of big heaps (`SliceEnd::Collect`)
//! run here instead of on a scheduler, so a process copying megabytes of
//! live data does not hold up the others (BEAM does the same on a dirty
//! scheduler). The process is not runnable meanwhile: its status stays
//! RUNNING (signals only mark it NOTIFIED) and this thread holds its body
//! lock, so it is still owned by exactly one thread.
//!
//! The thread runs at a lower priority (nice 9, under the normal policy):
//! a scheduler woken for a timer then takes its core back quickly, yet
//! the thread still gets its share when other programs keep the cores
//! busy. Under SCHED_IDLE it got no time at all then, and big-heap
//! processes stalled (binary-trees 16 next to two busy loops: 4-6 s
//! instead of 0.7 s); at normal priority gcpause's worst tick was later
//! (median of 8 runs 3.1 ms, against 2.5 ms at nice 9). A collection left
//! waiting longer than `HELP_AFTER` is taken over by the next scheduler
//! between two slices. Idle schedulers do not take collections over: on
//! this VM waking the collector thread's core can take milliseconds, and a
//! scheduler that stepped in made a ticker on it wait for a whole big
//! collection (gcpause's worst tick: 3-21 ms).

use super::run_queue::Task;
use super::runtime;
use crate::process::status;
use std::collections::VecDeque;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex};
use std::time::{Duration, Instant};

/// How long a collection may wait for the collector thread before a
/// scheduler does it instead.
pub const HELP_AFTER: Duration = Duration::from_millis(5);

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
        if self.pending.load(Ordering::Acquire) == 0 {
            return false;
        }
        let job = {
            let Ok(mut q) = self.queue.try_lock() else {
                return false;
            };
            match q.front() {
                Some((since, _)) if since.elapsed() >= HELP_AFTER => self.pop(&mut q),
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
        lower_priority();
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
            body.pending_exit = Some(crate::interp::exception::heap_limit_reason(&body));
        }
        super::worker::account(rt, before, body.memory_bytes());
    }
    cell.status.set(status::RUNNABLE);
    rt.queues.push(cell);
}

/// Nice 9 (the crate maps its 0-99 scale onto nice values: 23 is 9).
fn lower_priority() {
    use thread_priority::*;
    if let Ok(p) = ThreadPriorityValue::try_from(23u8) {
        let other = ThreadSchedulePolicy::Normal(NormalThreadSchedulePolicy::Other);
        let _ = set_thread_priority_and_policy(
            thread_native_id(),
            ThreadPriority::Crossplatform(p),
            other,
        );
    }
}
