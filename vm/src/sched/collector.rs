//! The collector thread: collections of big heaps (`SliceEnd::Collect`)
//! run here instead of on a scheduler, so a process copying megabytes of
//! live data does not hold up the others (BEAM does the same on a dirty
//! scheduler). The process is not runnable meanwhile: its status stays
//! RUNNING (signals only mark it NOTIFIED) and this thread holds its body
//! lock, so it is still owned by exactly one thread.

use super::run_queue::Task;
use super::runtime;
use crate::process::status;
use crate::term::{atom, Term};
use std::collections::VecDeque;
use std::sync::{Condvar, Mutex};

#[derive(Default)]
pub struct Collector {
    queue: Mutex<VecDeque<Task>>,
    ready: Condvar,
}

impl Collector {
    pub fn submit(&self, t: Task) {
        self.queue
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push_back(t);
        self.ready.notify_one();
    }

    pub fn run(&self) -> ! {
        lowest_priority();
        let rt = runtime();
        loop {
            let cell = {
                let mut q = self.queue.lock().unwrap_or_else(|e| e.into_inner());
                loop {
                    if let Some(c) = q.pop_front() {
                        break c;
                    }
                    q = self.ready.wait(q).unwrap_or_else(|e| e.into_inner());
                }
            };
            {
                let mut body = cell.body.lock().unwrap_or_else(|e| e.into_inner());
                let before = body.memory_bytes();
                // A switched-out process holds exactly its live registers.
                let live = body.x.len();
                if !body.collect(0, live) {
                    // Off the process's slice there is nothing to raise
                    // into: the process ends with the limit's reason.
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
    }
}

/// The collector thread yields to every other: with all cores busy the OS
/// runs the schedulers (and the timer thread) first. Linux's SCHED_IDLE
/// where available, else the lowest normal priority.
fn lowest_priority() {
    use thread_priority::*;
    #[cfg(target_os = "linux")]
    {
        let idle = ThreadSchedulePolicy::Normal(NormalThreadSchedulePolicy::Idle);
        if set_thread_priority_and_policy(thread_native_id(), ThreadPriority::Min, idle).is_ok() {
            return;
        }
    }
    let _ = set_current_thread_priority(ThreadPriority::Min);
}
