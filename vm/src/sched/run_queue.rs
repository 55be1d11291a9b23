//! Run queues: one work-stealing deque per scheduler, a global injector
//! for processes made runnable outside a scheduler thread (timers, the
//! embedding thread), and parking for idle schedulers.
//!
//! No lost wake-ups: a scheduler registers as a sleeper, *then* looks at
//! the queues once more, then sleeps, all under `lock`; a producer pushes,
//! then (after a SeqCst fence) reads the sleeper count and notifies under
//! the same lock. Either the scheduler sees the new work or the producer
//! sees the sleeper.

use crate::process::table::ProcessCell;
use crossbeam_deque::{Injector, Steal, Stealer, Worker};
use std::cell::RefCell;
use std::sync::atomic::{fence, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

pub type Task = Arc<ProcessCell>;

/// How long a scheduler must have been in its current slice before another
/// may steal its only queued process.
pub const LONE_STEAL_AFTER: Duration = Duration::from_micros(50);

pub struct RunQueues {
    injector: Injector<Task>,
    stealers: Vec<Stealer<Task>>,
    /// Per scheduler: twice the number of slices it has begun, plus one
    /// while it is in a slice. A counter rather than a time stamp: reading
    /// the clock costs 30-40 ns here, a tenth of a message round trip, and
    /// a scheduler begins a slice for every message it receives. The age
    /// of a slice is measured by the idle scheduler that wants to steal
    /// (`SEEN`), whose time is not needed for anything else.
    slices: Vec<AtomicU64>,
    sleepers: AtomicUsize,
    lock: Mutex<()>,
    wake: Condvar,
}

thread_local! {
    /// This thread's own deque, if it is a scheduler.
    static LOCAL: RefCell<Option<Worker<Task>>> = const { RefCell::new(None) };
    /// Per other scheduler: the `slices` value this thread last saw there
    /// while that scheduler was in a slice with one process queued, and
    /// when it first saw it.
    static SEEN: RefCell<Vec<(u64, Instant)>> = const { RefCell::new(Vec::new()) };
}

impl RunQueues {
    /// Queues for `n` schedulers; returns the deques to hand to each.
    pub fn new(n: usize) -> (RunQueues, Vec<Worker<Task>>) {
        let workers: Vec<Worker<Task>> = (0..n).map(|_| Worker::new_fifo()).collect();
        let stealers = workers.iter().map(Worker::stealer).collect();
        (
            RunQueues {
                injector: Injector::new(),
                stealers,
                slices: (0..n).map(|_| AtomicU64::new(0)).collect(),
                sleepers: AtomicUsize::new(0),
                lock: Mutex::new(()),
                wake: Condvar::new(),
            },
            workers,
        )
    }

    /// Makes `w` the calling thread's deque (a scheduler thread, once).
    pub fn install(w: Worker<Task>) {
        LOCAL.with(|l| *l.borrow_mut() = Some(w));
    }

    /// Queues a runnable process: on this scheduler's own deque if called
    /// from a scheduler, else on the injector.
    pub fn push(&self, t: Task) {
        let (rest, lone) = LOCAL.with(|l| match l.borrow().as_ref() {
            Some(w) => {
                w.push(t);
                (None, w.len() == 1)
            }
            None => (Some(t), false),
        });
        if let Some(t) = rest {
            self.injector.push(t);
        }
        // A lone process on this scheduler's own deque is one it will run
        // itself next (a message's receiver, most often): waking a sleeping
        // scheduler for it would cost a system call per message and move
        // the receiver to another core. If this scheduler stays busy, the
        // process is stolen or the next push finds two queued.
        if lone {
            return;
        }
        fence(Ordering::SeqCst);
        if self.sleepers.load(Ordering::SeqCst) > 0 {
            let _g = self.lock.lock().unwrap_or_else(|e| e.into_inner());
            self.wake.notify_one();
        }
    }

    /// Scheduler `me` starts (true) or ends (false) a slice.
    pub fn set_busy(&self, me: usize, busy: bool) {
        // Only scheduler `me` writes its counter.
        let v = self.slices[me].load(Ordering::Relaxed);
        let v = if busy { (v | 1) + 2 } else { v & !1 };
        self.slices[me].store(v, Ordering::Relaxed);
    }

    /// Whether scheduler `v`, which has one process queued, has been in
    /// its current slice for `LONE_STEAL_AFTER`, as far as the calling
    /// thread has watched it: the first sighting of a slice starts the
    /// watch, so the caller must keep looking for that long (`find_work`
    /// does).
    fn in_long_slice(&self, v: usize) -> bool {
        let s = self.slices[v].load(Ordering::Relaxed);
        if s & 1 == 0 {
            return false;
        }
        SEEN.with(|seen| {
            let mut seen = seen.borrow_mut();
            let now = Instant::now();
            if seen.len() <= v {
                seen.resize(self.slices.len(), (0, now));
            }
            let (slice, since) = seen[v];
            if slice == s {
                now.duration_since(since) >= LONE_STEAL_AFTER
            } else {
                seen[v] = (s, now);
                false
            }
        })
    }

    /// The next process for scheduler `me` to run. Processes made runnable
    /// from outside (timers) come first, so a busy scheduler still serves
    /// them within one slice.
    pub fn next(&self, me: usize) -> Option<Task> {
        LOCAL.with(|l| {
            let l = l.borrow();
            let local = l.as_ref()?;
            if !self.injector.is_empty() {
                if let Some(t) = retry(|| self.injector.steal_batch_and_pop(local)) {
                    return Some(t);
                }
            }
            if let Some(t) = local.pop() {
                return Some(t);
            }
            // A scheduler's only queued process is usually one it woke with
            // a message and will run itself a moment later; stealing it
            // would move a message's receiver to another core for every
            // message (ping-pong, rings). So a lone process is taken only
            // from a scheduler that has been in its current slice for a
            // while (it is busy with something else).
            let n = self.stealers.len();
            (1..n)
                .map(|k| (me + k) % n)
                .filter(|&v| {
                    let len = self.stealers[v].len();
                    len >= 2 || (len == 1 && self.in_long_slice(v))
                })
                .map(|v| &self.stealers[v])
                .find_map(|s| retry(|| s.steal_batch_and_pop(local)))
        })
    }

    /// Whether anything is queued for the calling scheduler (its own deque
    /// or the injector).
    pub fn local_work(&self) -> bool {
        !self.injector.is_empty()
            || LOCAL.with(|l| l.borrow().as_ref().is_some_and(|w| !w.is_empty()))
    }

    fn has_work(&self) -> bool {
        !self.injector.is_empty() || self.stealers.iter().any(|s| !s.is_empty())
    }

    /// Total queued processes (statistics(run_queue)).
    pub fn queued(&self) -> usize {
        self.injector.len() + self.stealers.iter().map(Stealer::len).sum::<usize>()
    }

    /// Sleeps until work may be there. `idle` is called (with the lock
    /// held, after the final check) when this scheduler is about to sleep
    /// with nothing queued anywhere, so the caller can detect a VM with
    /// nothing left to do.
    /// `until`: wake up by then at the latest (the next timer is due: the
    /// scheduler delivers it itself, without waiting for the timer thread
    /// to be given a core).
    pub fn park(&self, idle: impl FnOnce(), until: Option<std::time::Duration>) {
        let g = self.lock.lock().unwrap_or_else(|e| e.into_inner());
        self.sleepers.fetch_add(1, Ordering::SeqCst);
        fence(Ordering::SeqCst);
        if self.has_work() {
            self.sleepers.fetch_sub(1, Ordering::SeqCst);
            return;
        }
        idle();
        let g = match until {
            Some(d) => {
                self.wake
                    .wait_timeout(g, d)
                    .unwrap_or_else(|e| e.into_inner())
                    .0
            }
            None => self.wake.wait(g).unwrap_or_else(|e| e.into_inner()),
        };
        drop(g);
        self.sleepers.fetch_sub(1, Ordering::SeqCst);
    }

    /// Wakes every sleeping scheduler (shutdown, or a state change that
    /// every scheduler must look at).
    pub fn wake_all(&self) {
        let _g = self.lock.lock().unwrap_or_else(|e| e.into_inner());
        self.wake.notify_all();
    }
}

fn retry(mut f: impl FnMut() -> Steal<Task>) -> Option<Task> {
    loop {
        match f() {
            Steal::Success(t) => return Some(t),
            Steal::Empty => return None,
            Steal::Retry => std::hint::spin_loop(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::process::{status, Process};
    use std::sync::atomic::AtomicBool;

    fn task(pid: u64) -> Task {
        ProcessCell::new(Process::new(pid, false), status::RUNNABLE)
    }

    #[test]
    fn work_pushed_from_outside_is_found_and_stolen() {
        let (q, mut workers) = RunQueues::new(2);
        let q = Arc::new(q);
        q.push(task(1)); // not a scheduler thread: the injector
        q.push(task(2));
        let w1 = workers.pop().expect("two workers");
        let w0 = workers.pop().expect("two workers");
        let q0 = Arc::clone(&q);
        let got = std::thread::spawn(move || {
            RunQueues::install(w0);
            let first = q0.next(0).map(|t| t.pid);
            // The rest of the batch went to this scheduler's deque.
            (first, q0.local_work())
        })
        .join()
        .expect("scheduler thread");
        assert!(got.0.is_some());
        let q1 = Arc::clone(&q);
        let stolen = std::thread::spawn(move || {
            RunQueues::install(w1);
            q1.next(1).map(|t| t.pid)
        })
        .join()
        .expect("thief thread");
        let mut pids = vec![got.0.unwrap(), stolen.expect("stolen from the other deque")];
        pids.sort();
        assert_eq!(pids, [1, 2]);
    }

    #[test]
    fn a_lone_process_is_stolen_only_after_its_scheduler_was_seen_busy_that_long() {
        let (q, mut workers) = RunQueues::new(2);
        let q = Arc::new(q);
        let w1 = workers.pop().expect("two workers");
        let w0 = workers.pop().expect("two workers");
        let q0 = Arc::clone(&q);
        // Scheduler 0 queues one process and is in a slice.
        std::thread::spawn(move || {
            RunQueues::install(w0);
            q0.push(task(1));
            q0.set_busy(0, true);
        })
        .join()
        .expect("scheduler 0");
        let q1 = Arc::clone(&q);
        let got = std::thread::spawn(move || {
            RunQueues::install(w1);
            let first = q1.next(1).map(|t| t.pid);
            // A new slice on scheduler 0 restarts the watch.
            std::thread::sleep(LONE_STEAL_AFTER * 2);
            q1.set_busy(0, false);
            q1.set_busy(0, true);
            let after_new_slice = q1.next(1).map(|t| t.pid);
            std::thread::sleep(LONE_STEAL_AFTER * 2);
            let later = q1.next(1).map(|t| t.pid);
            (first, after_new_slice, later)
        })
        .join()
        .expect("scheduler 1");
        assert_eq!(got, (None, None, Some(1)));
    }

    #[test]
    fn park_wakes_on_push_no_lost_wakeup() {
        for round in 0..200 {
            let (q, mut workers) = RunQueues::new(1);
            let q = Arc::new(q);
            let w = workers.pop().expect("one worker");
            let woke = Arc::new(AtomicBool::new(false));
            let (q2, woke2) = (Arc::clone(&q), Arc::clone(&woke));
            let sched = std::thread::spawn(move || {
                RunQueues::install(w);
                loop {
                    if q2.next(0).is_some() {
                        woke2.store(true, Ordering::SeqCst);
                        return;
                    }
                    q2.park(|| {}, None);
                }
            });
            if round % 2 == 0 {
                std::thread::yield_now();
            }
            q.push(task(round));
            sched
                .join()
                .expect("the scheduler wakes up and finds the work");
            assert!(woke.load(Ordering::SeqCst));
        }
    }
}
