//! A process: its registers, stack, heap, mailbox and dictionary. A process
//! is owned by exactly one thread at a time (the one running it), so none of
//! this needs locks.
//!
//! The stack grows upward in a `Vec` (it never uses the Rust stack):
//!
//! ```text
//!   stack[..]:  ... | CP | y[n-1] ... y[1] | y[0] |   <- top (len)
//!                     ^ frame of `allocate n`
//! ```
//! so `y[i]` is `stack[len - 1 - i]`. A CP word is a code address (tag
//! CODE); a catch marker is a CODE word with the catch bit set.

pub mod code_word;
pub mod mailbox;

use crate::heap::Heap;
use crate::term::Term;
pub use code_word::CodeAddr;
use compiler::bytecode::X_REGISTERS;
pub use mailbox::Mailbox;

/// A process's stack may not grow past this many words (1 GiB): deeper
/// recursion is a runaway program, stopped with `system_limit`.
pub const MAX_STACK_WORDS: usize = 128 * 1024 * 1024;

/// Live heap words above which a process is stopped with `system_limit`
/// (8 GiB) rather than exhausting the machine.
pub const MAX_HEAP_WORDS: usize = 1024 * 1024 * 1024;

pub struct Process {
    pub pid: u64,
    pub heap: Heap,
    /// x registers. Invariant: every register holds a valid term (the GC
    /// resets the registers above `live` after a collection).
    pub x: Box<[Term; X_REGISTERS]>,
    pub stack: Vec<Term>,
    /// Continuation pointer: where `return` goes.
    pub cp: Term,
    /// The instruction to run next when the process is resumed.
    pub ip: CodeAddr,
    pub dict: Vec<(Term, Term)>,
    pub mailbox: Mailbox,
    /// Reductions spent in total.
    pub reductions: u64,
    /// GC stress mode: collect at (almost) every safe point.
    pub gc_stress: bool,
    /// Stress collections to run as minor ones before forcing a major
    /// one. Zero while the old generation is small, so small programs get a
    /// major collection at every safe point; proportional to the old
    /// generation for big heaps, so stress mode stays near-linear.
    stress_skip: usize,
    /// Safe points to pass before the next stress collection (see
    /// `should_collect`).
    stress_minor_skip: usize,
    /// Deadline of a pending `receive ... after` (monotonic ms), if any.
    pub timeout_at: Option<std::time::Instant>,
    /// Set by `wait_timeout` when the timeout has fired.
    pub timed_out: bool,
}

impl Process {
    pub fn new(pid: u64, gc_stress: bool) -> Process {
        Process {
            pid,
            heap: Heap::new(),
            x: Box::new([Term::NIL; X_REGISTERS]),
            stack: Vec::with_capacity(32),
            cp: Term::NON_VALUE,
            ip: CodeAddr::default(),
            dict: Vec::new(),
            mailbox: Mailbox::default(),
            reductions: 0,
            gc_stress,
            stress_skip: 0,
            stress_minor_skip: 0,
            timeout_at: None,
            timed_out: false,
        }
    }

    pub fn pid_term(&self) -> Term {
        Term::pid(self.pid)
    }

    /// At a safe point needing `need` words: whether to collect now.
    #[inline(always)]
    pub fn should_collect(&mut self, need: usize) -> bool {
        if self.heap.must_collect(need) {
            return true;
        }
        // Stress mode collects at every safe point while the stack is
        // shallow; with a deep stack (scanned by every collection) at one
        // in stack/4096 safe points, so it stays near-linear.
        if self.gc_stress {
            if self.stress_minor_skip == 0 {
                self.stress_minor_skip = self.stack.len() / 4096;
                return true;
            }
            self.stress_minor_skip -= 1;
        }
        false
    }

    /// Collects the heap so that at least `need` words are free, with
    /// x[0..live], the stack, the dictionary and the mailbox as roots.
    /// Called only by the interpreter at safe points. False when the live
    /// data passes `MAX_HEAP_WORDS`.
    #[must_use]
    pub fn collect(&mut self, need: usize, live: usize) -> bool {
        if self.gc_stress {
            if self.stress_skip == 0 {
                self.heap.old_limit = 0;
                self.stress_skip = (self.heap.old_used_words() + self.stack.len()) / 64;
            } else {
                self.stress_skip -= 1;
            }
        }
        let mut roots = crate::gc::Roots {
            slices: vec![
                &mut self.x[..live],
                &mut self.stack[..],
                std::slice::from_mut(&mut self.cp),
            ],
        };
        let dict: &mut [(Term, Term)] = &mut self.dict;
        // The dictionary is a slice of pairs: collect both halves.
        let mut dict_terms: Vec<Term> = dict.iter().flat_map(|(k, v)| [*k, *v]).collect();
        let mut queue: Vec<Term> = self.mailbox.queue.iter().copied().collect();
        roots.slices.push(&mut dict_terms);
        roots.slices.push(&mut queue);
        crate::gc::collect(&mut self.heap, &mut roots, need);
        for (i, pair) in self.dict.iter_mut().enumerate() {
            *pair = (dict_terms[2 * i], dict_terms[2 * i + 1]);
        }
        for (slot, t) in self.mailbox.queue.iter_mut().zip(queue) {
            *slot = t;
        }
        // Registers above `live` may hold pointers into the old blocks:
        // reset them (those above max_x_register are never read).
        let hi = crate::code::max_x_register().max(live);
        for r in self.x[live..hi].iter_mut() {
            *r = Term::NIL;
        }
        self.heap.used_words() <= MAX_HEAP_WORDS
    }

    /// Bytes of memory this process uses (heap, stack, registers).
    pub fn memory_bytes(&self) -> usize {
        std::mem::size_of::<Process>()
            + self.heap.capacity_words() * 8
            + self.stack.capacity() * 8
            + self.x.len() * 8
    }
}
