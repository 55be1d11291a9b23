//! The one place where the shell runs Erlang code.
//!
//! The shell keeps its bindings and results in memory of its own (a
//! [`Heap`] that no process owns, "the store"). The evaluator is a real
//! process on the schedulers, running `joist_shell:loop/0`: an evaluation
//! sends it `{'$joist_eval', Module, Function, Args}` (copied out of the
//! store) and waits for its reply (`joist_shell:reply/1`) or its exit,
//! which the runtime reports because the shell watches that process. Like
//! erl's evaluator, the process lives on between evaluations (its pid,
//! dictionary and mailbox persist) and a new one is started after a
//! crash. Ctrl-C during an evaluation kills the evaluator.

use crate::bif::ExcClass;
use crate::code::LoadedModule;
use crate::heap::copy::copy_out;
use crate::heap::{build, Heap};
use crate::process::signal::Signal;
use crate::process::{table, Process};
use crate::sched::{self, Event, Runtime};
use crate::term::{atom, Atom, Term};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::Duration;

/// An uncaught exception of an evaluation, its terms in the store.
pub struct Crash {
    pub class: ExcClass,
    pub reason: Term,
    pub stack: Term,
}

/// Why an evaluation produced no value.
pub enum Failure {
    Crash(Crash),
    /// `erlang:halt/0,1` was called: the shell exits with this status.
    Halt(i32),
    /// The evaluator waits in `receive` and nothing can ever wake it.
    Deadlock,
    /// Ctrl-C: the evaluation was stopped.
    Interrupted,
}

/// What `i()` shows of a process.
pub struct ProcessSummary {
    pub pid: Term,
    pub initial_call: (Atom, Atom, u32),
    pub status: &'static str,
    pub heap_words: usize,
    pub stack_words: usize,
    pub reductions: u64,
    pub messages: usize,
}

/// Set by the Ctrl-C handler while an evaluation runs.
pub static INTERRUPT: AtomicBool = AtomicBool::new(false);

/// The shell's evaluator process.
pub struct Evaluator {
    pid: Option<u64>,
    gc_stress: bool,
    rt: &'static Runtime,
    events: Receiver<Event>,
}

impl Evaluator {
    /// Starts the runtime (once per VM) with the shell listening.
    pub fn new(gc_stress: bool) -> Evaluator {
        let rt = sched::start(sched::Config {
            schedulers: std::thread::available_parallelism()
                .map(|n| n.get())
                .unwrap_or(1),
            gc_stress,
            budget: crate::interp::SLICE_REDUCTIONS,
            detect_deadlock: false,
        });
        let (tx, events) = std::sync::mpsc::channel();
        rt.set_embedder(tx);
        Evaluator {
            pid: None,
            gc_stress,
            rt,
            events,
        }
    }

    /// The evaluator's pid, starting one if there is none.
    fn evaluator(&mut self) -> Option<u64> {
        if let Some(pid) = self.pid.filter(|&p| table::is_alive(p)) {
            return Some(pid);
        }
        let mut p = Process::new(table::next_pid(), self.gc_stress);
        crate::bif::processes::start_mfa(
            &mut p,
            atom::intern_internal("joist_shell"),
            atom::intern_internal("loop"),
            Vec::new(),
        );
        let pid = p.pid;
        self.rt.watch(pid);
        self.rt.spawn(p)?;
        self.pid = Some(pid);
        Some(pid)
    }

    /// Runs `module:function(args...)` (an exported function) in the
    /// evaluator. `args` live in `store`; so does the value or exception
    /// returned.
    pub fn evaluate(
        &mut self,
        store: &mut Heap,
        module: &'static LoadedModule,
        function: Atom,
        args: &[Term],
    ) -> Result<Term, Failure> {
        let Some(pid) = self.evaluator() else {
            return Err(Failure::Crash(Crash {
                class: ExcClass::Error,
                reason: Term::atom(atom::SYSTEM_LIMIT),
                stack: Term::NIL,
            }));
        };
        let list = build::list(store, args);
        let request = build::tuple(
            store,
            &[
                Term::atom(atom::intern_internal("$joist_eval")),
                Term::atom(module.name),
                Term::atom(function),
                list,
            ],
        );
        INTERRUPT.store(false, Ordering::SeqCst);
        if table::send(pid, Signal::Message(copy_out(request))).is_err() {
            self.pid = None;
            return self.evaluate(store, module, function, args);
        }
        let mut idle_checks = 0;
        loop {
            let event = match self.events.recv_timeout(Duration::from_millis(20)) {
                Ok(e) => e,
                Err(RecvTimeoutError::Timeout) => {
                    if INTERRUPT.swap(false, Ordering::SeqCst) {
                        self.kill(pid);
                        return Err(Failure::Interrupted);
                    }
                    // Nothing running and no timer for two checks in a
                    // row: the evaluation can never finish.
                    idle_checks = if self.rt.is_idle() {
                        idle_checks + 1
                    } else {
                        0
                    };
                    if idle_checks >= 2 {
                        self.kill(pid);
                        return Err(Failure::Deadlock);
                    }
                    continue;
                }
                Err(RecvTimeoutError::Disconnected) => return Err(Failure::Halt(1)),
            };
            match event {
                Event::Reply { from, value } if from == pid => {
                    crate::output::flush();
                    return Ok(store.adopt_message(value));
                }
                Event::Exited { pid: dead, exit } if dead == pid => {
                    crate::output::flush();
                    self.pid = None;
                    let reason = store.adopt_message(exit.reason);
                    let stack = store.adopt_message(exit.stack);
                    return Err(Failure::Crash(Crash {
                        class: exit.class.unwrap_or(ExcClass::Exit),
                        reason,
                        stack,
                    }));
                }
                Event::Halt(code) => {
                    crate::output::flush();
                    return Err(Failure::Halt(code));
                }
                _ => {}
            }
        }
    }

    /// Kills the evaluator and waits for its exit report.
    fn kill(&mut self, pid: u64) {
        let _ = table::send(
            pid,
            Signal::Exit {
                from: pid,
                reason: crate::heap::copy::Message::immediate(Term::atom(atom::KILL)),
                linked: false,
            },
        );
        while let Ok(e) = self.events.recv_timeout(Duration::from_secs(5)) {
            if matches!(e, Event::Exited { pid: dead, .. } if dead == pid) {
                break;
            }
        }
        crate::output::flush();
        self.pid = None;
    }

    /// Removes every message from the evaluator's mailbox (`flush()`),
    /// copied into `store`, oldest first.
    pub fn take_messages(&mut self, store: &mut Heap) -> Vec<Term> {
        let Some(cell) = self.pid.and_then(table::lookup) else {
            return Vec::new();
        };
        let Some(mut body) = cell.inspect() else {
            return Vec::new();
        };
        body.take_signals();
        let messages: Vec<Term> = body.mailbox.queue.drain(..).collect();
        body.mailbox.reset();
        body.mailbox.forget_marker();
        messages
            .into_iter()
            .map(|m| store.adopt_message(copy_out(m)))
            .collect()
    }

    /// Every live process as `i()` shows it, in pid order.
    pub fn processes(&mut self) -> Vec<ProcessSummary> {
        self.evaluator();
        let mut out = Vec::new();
        for pid in table::all_pids() {
            let Some(cell) = table::lookup(pid) else {
                continue;
            };
            let state = cell.status.get();
            let Some(mut p) = cell.inspect() else {
                continue;
            };
            p.take_signals();
            out.push(summary(&p, state));
        }
        out
    }
}

fn summary(p: &Process, state: u8) -> ProcessSummary {
    use crate::process::status;
    ProcessSummary {
        pid: p.pid_term(),
        initial_call: p.initial_call,
        status: match state {
            status::WAITING => "waiting",
            status::RUNNABLE => "runnable",
            status::RUNNING | status::NOTIFIED => "running",
            _ => "exiting",
        },
        heap_words: p.heap.used_words(),
        stack_words: p.stack.len(),
        reductions: p.reductions,
        messages: p.mailbox.len(),
    }
}
