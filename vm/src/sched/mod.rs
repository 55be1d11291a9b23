//! Schedulers: one thread per core (or `--schedulers N`), each running
//! processes from its own run queue, stealing when idle and sleeping when
//! there is no work anywhere; plus one timer thread. See
//! docs/scheduling.md.
//!
//! The embedder (the CLI) calls [`start`] once, then [`run_main`] with the
//! program's first process, and gets back how that process ended: the
//! program ends with it, as an escript does.

pub mod collector;
pub mod dirty;
pub mod exit;
pub mod run_queue;
pub mod timer;
pub mod worker;

use crate::heap::copy::Message;
use crate::interp::Exit;
use crate::process::table::{self, ProcessCell};
use crate::process::{status, Process};
use run_queue::RunQueues;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex, OnceLock};
use timer::Timers;

/// Most processes alive at once (`erlang:system_info(process_limit)`);
/// spawning more is a `system_limit` error. 10 million idle processes fit
/// in 24 GiB.
pub const PROCESS_LIMIT: usize = 1 << 25;

pub struct Config {
    pub schedulers: usize,
    pub gc_stress: bool,
    /// Reductions per slice (BEAM: 4000; 1 in tests of preemption).
    pub budget: i64,
    /// Report a VM where every process waits and no timer is pending
    /// (`joist run`: nothing could ever wake it).
    pub detect_deadlock: bool,
}

/// What the runtime tells an embedder that drives processes from outside
/// (the shell): replies sent with `joist_shell:reply/1`, the exits of
/// processes it watches, and `halt`.
pub enum Event {
    Reply { from: u64, value: Message },
    Exited { pid: u64, exit: ExitReport },
    Halt(i32),
}

/// How a watched process ended; the terms are copies.
pub struct ExitReport {
    /// `None`: killed by an exit signal (the reason alone).
    pub class: Option<crate::bif::ExcClass>,
    pub reason: Message,
    pub stack: Message,
}

/// How the main process ended.
pub enum Outcome {
    /// The exit, and the process body: its heap holds the exit's terms.
    Exited(Box<Process>, Exit),
    /// `erlang:halt` from any process.
    Halt(i32),
    /// Every process waits and nothing can wake one.
    Deadlock,
}

pub struct Runtime {
    pub config: Config,
    pub queues: RunQueues,
    pub timers: Timers,
    pub collector: collector::Collector,
    /// Processes runnable or running; with no pending timers, zero means
    /// nothing will ever run again.
    active: AtomicUsize,
    /// Reductions of finished slices, all processes.
    pub reductions: Counters,
    /// Bytes of all process memory (`erlang:memory(processes)`).
    pub process_bytes: Counters,
    main_pid: AtomicU64,
    main_started: AtomicBool,
    outcome: Mutex<Option<Outcome>>,
    done: Condvar,
    /// Where events for the embedder go, if one listens.
    embedder: Mutex<Option<std::sync::mpsc::Sender<Event>>>,
    /// Processes whose exit the embedder hears of (no error report is
    /// printed for them).
    watched: Mutex<std::collections::HashSet<u64>>,
}

static RUNTIME: OnceLock<Runtime> = OnceLock::new();

thread_local! {
    /// The scheduler this thread is (its index), if it is one.
    static SCHEDULER: std::cell::Cell<Option<usize>> = const { std::cell::Cell::new(None) };
}

/// A statistic every scheduler updates after each slice: one counter per
/// scheduler (on its own cache line) plus one for other threads, summed
/// when read, so schedulers never contend for it.
pub struct Counters(Box<[CachePadded<std::sync::atomic::AtomicI64>]>);

impl Counters {
    fn new(schedulers: usize) -> Counters {
        Counters((0..=schedulers).map(|_| CachePadded::default()).collect())
    }

    pub fn add(&self, v: i64) {
        let i = SCHEDULER.with(|s| s.get()).unwrap_or(self.0.len() - 1);
        self.0[i.min(self.0.len() - 1)]
            .0
            .fetch_add(v, Ordering::Relaxed);
    }

    pub fn total(&self) -> i64 {
        self.0.iter().map(|c| c.0.load(Ordering::Relaxed)).sum()
    }
}

/// Keeps a value alone on its cache line.
#[derive(Default)]
#[repr(align(128))]
pub struct CachePadded<T>(pub T);

pub fn runtime() -> &'static Runtime {
    RUNTIME
        .get()
        .expect("the runtime is started before any process runs")
}

pub fn try_runtime() -> Option<&'static Runtime> {
    RUNTIME.get()
}

/// Starts the scheduler and timer threads (once).
pub fn start(config: Config) -> &'static Runtime {
    let n = config.schedulers.max(1);
    let (queues, workers) = RunQueues::new(n);
    let rt = Runtime {
        config: Config {
            schedulers: n,
            ..config
        },
        queues,
        timers: Timers::new(),
        collector: collector::Collector::default(),
        active: AtomicUsize::new(0),
        reductions: Counters::new(n),
        process_bytes: Counters::new(n),
        main_pid: AtomicU64::new(u64::MAX),
        main_started: AtomicBool::new(false),
        outcome: Mutex::new(None),
        done: Condvar::new(),
        embedder: Mutex::new(None),
        watched: Mutex::new(Default::default()),
    };
    if RUNTIME.set(rt).is_err() {
        return runtime();
    }
    let rt = runtime();
    table::set_waker(|cell| {
        let rt = runtime();
        rt.active.fetch_add(1, Ordering::SeqCst);
        rt.queues.push(cell);
    });
    for (i, w) in workers.into_iter().enumerate() {
        let w = (i, w);
        // Native code (term printing, comparison) recurses on deep terms:
        // give schedulers a big stack (virtual memory, committed on use).
        std::thread::Builder::new()
            .name(format!("scheduler-{}", i + 1))
            .stack_size(256 << 20)
            .spawn(move || {
                SCHEDULER.with(|s| s.set(Some(w.0)));
                worker::run(w.0, w.1)
            })
            .expect("cannot start a scheduler thread");
    }
    std::thread::Builder::new()
        .name("collector".into())
        .stack_size(64 << 20)
        .spawn(|| runtime().collector.run())
        .expect("cannot start the collector thread");
    std::thread::Builder::new()
        .name("timers".into())
        .spawn(|| runtime().timers.run())
        .expect("cannot start the timer thread");
    rt
}

impl Runtime {
    /// Makes a new process runnable. Its pid must be unused and its code
    /// set up (`interp::start`).
    /// None when the process limit is reached (`system_limit`).
    pub fn spawn(&self, mut p: Process) -> Option<u64> {
        if table::count() >= PROCESS_LIMIT {
            return None;
        }
        p.offload_gc = true;
        let pid = p.pid;
        self.process_bytes.add(p.memory_bytes() as i64);
        let cell = ProcessCell::new(p, status::RUNNABLE);
        // Active before visible: an idle scheduler must never see a live
        // process while `active` is zero (it would report a deadlock).
        self.active.fetch_add(1, Ordering::SeqCst);
        table::insert(Arc::clone(&cell));
        self.queues.push(cell);
        Some(pid)
    }

    pub fn main_pid(&self) -> u64 {
        self.main_pid.load(Ordering::Relaxed)
    }

    /// Sends runtime events to `tx` from now on (instead of ending a
    /// program: `halt` becomes an event).
    pub fn set_embedder(&self, tx: std::sync::mpsc::Sender<Event>) {
        *self.embedder.lock().unwrap_or_else(|e| e.into_inner()) = Some(tx);
    }

    /// Reports the exit of `pid` as an event.
    pub fn watch(&self, pid: u64) {
        self.watched
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(pid);
    }

    /// Whether `pid` was watched (and is no more).
    pub(crate) fn unwatch(&self, pid: u64) -> bool {
        self.watched
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(&pid)
    }

    /// Delivers an event; false if no embedder listens.
    pub fn emit(&self, e: Event) -> bool {
        match &*self.embedder.lock().unwrap_or_else(|e| e.into_inner()) {
            Some(tx) => tx.send(e).is_ok(),
            None => false,
        }
    }

    /// Nothing runs and no timer is pending (only an outside event can
    /// change that).
    pub fn is_idle(&self) -> bool {
        self.active.load(Ordering::SeqCst) == 0 && self.timers.pending() == 0
    }

    /// Ends the program: the first outcome wins.
    pub(crate) fn finish(&self, o: Outcome) {
        if let Outcome::Halt(code) = o {
            if self.emit(Event::Halt(code)) {
                return;
            }
        }
        let mut g = self.outcome.lock().unwrap_or_else(|e| e.into_inner());
        if g.is_none() {
            *g = Some(o);
            self.done.notify_all();
        }
    }

    /// Called by a scheduler about to sleep with no queued work.
    fn idle_check(&self) {
        // `main_started` is set after the main process was counted in
        // `active`, so with it set, zero active processes means the main
        // process is waiting too (had it exited, the outcome is already
        // set). Nothing leaves `active` before whatever it wakes has
        // entered it, and a timer stays pending until its wake-up is done.
        if self.config.detect_deadlock
            && self.main_started.load(Ordering::SeqCst)
            && self.active.load(Ordering::SeqCst) == 0
            && self.timers.pending() == 0
        {
            self.finish(Outcome::Deadlock);
        }
    }
}

/// Runs `p` as the main process and waits until it ends (or the VM halts
/// or deadlocks).
pub fn run_main(p: Process) -> Outcome {
    let rt = runtime();
    rt.main_pid.store(p.pid, Ordering::SeqCst);
    if rt.spawn(p).is_none() {
        return Outcome::Halt(1);
    }
    rt.main_started.store(true, Ordering::SeqCst);
    let mut g = rt.outcome.lock().unwrap_or_else(|e| e.into_inner());
    loop {
        if let Some(o) = g.take() {
            return o;
        }
        g = rt.done.wait(g).unwrap_or_else(|e| e.into_inner());
    }
}
