//! The one place where the shell runs Erlang code.
//!
//! The shell keeps its bindings and results in memory of its own (a
//! [`Heap`] that no process owns, "the store"). An evaluation copies the
//! arguments into the evaluator process, runs `module:function(args)` to
//! the end, and copies the value (or the exception) back into the store.
//! Like erl's evaluator, the process lives on between evaluations (its
//! pid, dictionary and mailbox persist) and is replaced by a fresh one
//! after a crash, so nothing of a crashed evaluation leaks into the next.
//!
//! For now the evaluator runs on the shell's thread through
//! `sched::run_to_completion`, the only process there is. With the
//! multi-process scheduler this module becomes: spawn (or reuse) the
//! evaluator process, send it the call, wait for its reply or `'EXIT'`,
//! and handle Ctrl-C by killing it. Nothing else in the shell touches
//! processes or the interpreter.

use super::copy::Copier;
use crate::bif::ExcClass;
use crate::code::LoadedModule;
use crate::heap::Heap;
use crate::interp::{self, Exit};
use crate::process::Process;
use crate::sched::{self, Outcome};
use crate::term::{atom, Atom, Term};

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
    /// The evaluator waits in `receive` for a message nobody can send.
    Deadlock,
}

/// What `i()` shows of the evaluator.
pub struct ProcessSummary {
    pub pid: Term,
    pub heap_words: usize,
    pub stack_words: usize,
    pub reductions: u64,
    pub messages: usize,
}

/// The shell's evaluator process.
pub struct Evaluator {
    process: Option<Process>,
    next_pid: u64,
    gc_stress: bool,
}

impl Evaluator {
    pub fn new(gc_stress: bool) -> Evaluator {
        Evaluator {
            process: None,
            next_pid: 1,
            gc_stress,
        }
    }

    fn process(&mut self) -> &mut Process {
        let (next, stress) = (&mut self.next_pid, self.gc_stress);
        self.process.get_or_insert_with(|| {
            let p = Process::new(*next, stress);
            *next += 1;
            p
        })
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
        let Some(entry) = module.export(function, args.len() as u32) else {
            return Err(Failure::Crash(Crash {
                class: ExcClass::Error,
                reason: Term::atom(atom::UNDEF),
                stack: Term::NIL,
            }));
        };
        if args.len() > self.process().x.len() {
            return Err(Failure::Crash(Crash {
                class: ExcClass::Error,
                reason: Term::atom(atom::SYSTEM_LIMIT),
                stack: Term::NIL,
            }));
        }
        let p = self.process();
        // A fresh call: no frames, no pending receive state.
        p.stack.clear();
        p.mailbox.reset();
        p.timeout_at = None;
        p.timed_out = false;
        {
            let mut c = Copier::new(store, &mut p.heap);
            let copied: Vec<Term> = args.iter().map(|&a| c.copy(a)).collect();
            p.x[..copied.len()].copy_from_slice(&copied);
        }
        interp::start(p, module, entry);
        let outcome = sched::run_to_completion(p);
        crate::output::flush();
        match outcome {
            Outcome::Exited(Exit::Normal(v)) => Ok(Copier::new(&p.heap, store).copy(v)),
            Outcome::Exited(Exit::Crashed {
                class,
                reason,
                stack,
            }) => {
                let mut c = Copier::new(&p.heap, store);
                let crash = Crash {
                    class,
                    reason: c.copy(reason),
                    stack: c.copy(stack),
                };
                // Like erl's: a crashed evaluator is replaced by a new one.
                self.process = None;
                Err(Failure::Crash(crash))
            }
            Outcome::Exited(Exit::Halt(code)) => Err(Failure::Halt(code)),
            Outcome::Deadlock => {
                self.process = None;
                Err(Failure::Deadlock)
            }
        }
    }

    /// Removes every message from the evaluator's mailbox (`flush()`),
    /// copied into `store`, oldest first.
    pub fn take_messages(&mut self, store: &mut Heap) -> Vec<Term> {
        let Some(p) = self.process.as_mut() else {
            return Vec::new();
        };
        let messages: Vec<Term> = p.mailbox.queue.drain(..).collect();
        p.mailbox.reset();
        let mut c = Copier::new(&p.heap, store);
        messages.into_iter().map(|m| c.copy(m)).collect()
    }

    /// The evaluator as `i()` shows it.
    pub fn summary(&mut self) -> ProcessSummary {
        let p = self.process();
        ProcessSummary {
            pid: p.pid_term(),
            heap_words: p.heap.used_words(),
            stack_words: p.stack.len(),
            reductions: p.reductions,
            messages: p.mailbox.len(),
        }
    }
}
