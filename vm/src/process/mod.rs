//! A process: its registers, stack, heap, mailbox, dictionary, links and
//! monitors. A process is owned by exactly one thread at a time (the one
//! holding its body lock, see `table`), so none of this needs locks; other
//! processes reach it only through its inbox (`signal`).
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
pub mod dead_slots;
pub mod mailbox;
pub mod signal;
pub mod signal_handling;
pub mod stack;
pub mod status;
pub mod table;

use crate::heap::Heap;
use crate::term::Term;
pub use code_word::CodeAddr;
use mailbox::Inbox;
pub use mailbox::Mailbox;
use signal::Signal;
use std::sync::Arc;

pub use stack::{Stack, MAX_STACK_WORDS};

/// Live heap words above which a process is stopped with `system_limit`
/// (8 GiB) rather than exhausting the machine.
pub const MAX_HEAP_WORDS: usize = 1024 * 1024 * 1024;

/// Heaps with at least this many words in use (1 MiB, BEAM's threshold)
/// are collected off the scheduler thread.
pub const DIRTY_GC_WORDS: usize = 128 * 1024;

pub struct Process {
    pub pid: u64,
    pub heap: Heap,
    /// x registers. While the process runs this is its scheduler's register
    /// file (`X_REGISTERS` long); while it is switched out, just the live
    /// registers (none while waiting). Invariant: every register below
    /// `code::max_x_register()` holds a valid term (the GC resets those
    /// above `live`; the scheduler those above the saved ones).
    pub x: Box<[Term]>,
    pub stack: Stack,
    /// Continuation pointer: where `return` goes.
    pub cp: Term,
    /// The instruction to run next when the process is resumed.
    pub ip: CodeAddr,
    pub dict: Vec<(Term, Term)>,
    pub mailbox: Mailbox,
    /// Where other processes push signals (shared with the process cell).
    pub inbox: Arc<Inbox<Signal>>,
    /// Linked processes.
    pub links: Vec<u64>,
    /// Monitors this process holds: (reference, monitored pid).
    pub monitors: Vec<(u64, u64)>,
    /// Monitors on this process: (reference, watching pid, the name it
    /// was monitored by, if any: the `'DOWN'` message names it).
    pub monitored_by: Vec<(u64, u64, Option<crate::term::Atom>)>,
    pub trap_exit: bool,
    /// Set when an exit signal kills the process: the exit reason (a term
    /// of this heap). The process stops at its next scheduling point.
    pub pending_exit: Option<Term>,
    /// `{Module, Function, Arity}` the process was started with.
    pub initial_call: (crate::term::Atom, crate::term::Atom, u32),
    /// `max_heap_size` in words (0: only the VM-wide limit).
    pub max_heap_words: usize,
    /// Reductions spent in total.
    pub reductions: u64,
    /// GC stress mode: collect at (almost) every safe point.
    pub gc_stress: bool,
    /// Collections of a big heap may be handed to the collector thread
    /// (set for processes run by the schedulers).
    pub offload_gc: bool,
    /// Stress collections to run as minor ones before forcing a major
    /// one. Zero while the old generation is small, so small programs get a
    /// major collection at every safe point; proportional to the old
    /// generation for big heaps, so stress mode stays near-linear.
    stress_skip: usize,
    /// Safe points to pass before the next stress collection (see
    /// `should_collect`).
    stress_minor_skip: usize,
    /// The timer of the `receive ... after` being waited in, if started.
    pub timer: Option<u64>,
    /// A timer the receive no longer needs: the scheduler cancels it after
    /// the slice.
    pub stale_timer: Option<u64>,
    /// Set when `timer` has fired; consumed by `wait_timeout`.
    pub timed_out: bool,
    /// `erlang:garbage_collect` asked for a full collection that has not
    /// run yet: it runs at the next trap continuation (the process's own
    /// request) or before the next slice (another process's).
    pub gc_requested: bool,
    /// Work in progress that few processes ever have (boxed, so that it
    /// costs the others one word).
    pub pending: Option<Box<Pending>>,
}

/// A process's rarely used work in progress.
#[derive(Default)]
pub struct Pending {
    /// What a trapping native keeps between its steps (the counts of a
    /// long `A -- B`), with the id its continuation's arguments carry. It
    /// holds no term of this heap: a collection may run between steps.
    pub native_state: Option<(u64, Box<dyn std::any::Any + Send>)>,
    /// The id the next `native_state` gets.
    pub next_native_id: u64,
    /// Processes waiting in `garbage_collect(Pid)` for this one's next
    /// collection: (pid, request reference).
    pub gc_waiters: Vec<(u64, u64)>,
    /// A message being copied in steps (`Pid ! Msg` of a huge message):
    /// while it is here the process stays at that send and must not
    /// collect, since the copy points into the heap (`heap::copy`, rule 4).
    pub send: Option<crate::heap::copy::PartialCopy>,
    /// A dirty job an instruction asked for, until the scheduler hands it
    /// to its thread (`sched::dirty`).
    pub dirty_job: Option<crate::sched::dirty::DirtyJob>,
    /// A dirty job's value, until its instruction runs again: the key
    /// holds operands of this heap, so no collection may run meanwhile.
    pub dirty_done: Option<crate::sched::dirty::DirtyDone>,
}

impl Process {
    pub fn new(pid: u64, gc_stress: bool) -> Process {
        Process {
            pid,
            // Empty until the first safe point sizes it: a process that only
            // waits costs no heap.
            heap: Heap::with_capacity(0),
            x: Box::new([]),
            stack: Stack::default(),
            cp: Term::NON_VALUE,
            ip: CodeAddr::default(),
            dict: Vec::new(),
            mailbox: Mailbox::default(),
            inbox: Arc::new(Inbox::default()),
            links: Vec::new(),
            monitors: Vec::new(),
            monitored_by: Vec::new(),
            trap_exit: false,
            pending_exit: None,
            initial_call: (
                crate::term::atom::UNDEFINED,
                crate::term::atom::UNDEFINED,
                0,
            ),
            max_heap_words: 0,
            reductions: 0,
            gc_stress,
            offload_gc: false,
            stress_skip: 0,
            stress_minor_skip: 0,
            timer: None,
            stale_timer: None,
            timed_out: false,
            gc_requested: false,
            pending: None,
        }
    }

    pub fn pid_term(&self) -> Term {
        Term::pid(self.pid)
    }

    /// Whether a collection due now should run off the scheduler thread
    /// (see `SliceEnd::Collect`): it may copy many words, so it would take
    /// long. A minor collection copies at most the young data, whatever
    /// the old generation holds (BEAM likewise looks at the young heap for
    /// a minor collection); handing every collection of a process with
    /// big old data to the collector thread made each one wait for a
    /// thread switch, and up to `HELP_AFTER` on a busy machine.
    pub fn offload_collection(&self) -> bool {
        self.offload_gc && !self.gc_stress && self.heap.collection_work() >= DIRTY_GC_WORDS
    }

    /// The rarely used work in progress, made on first use.
    pub fn pending(&mut self) -> &mut Pending {
        self.pending.get_or_insert_with(Box::default)
    }

    /// Whether an instruction is half done with pointers into the heap
    /// kept outside it (a message copied in steps, a dirty job's
    /// operands): no collection may run until it is done.
    pub fn mid_instruction(&self) -> bool {
        self.pending
            .as_ref()
            .is_some_and(|p| p.send.is_some() || p.dirty_job.is_some() || p.dirty_done.is_some())
    }

    /// Asks for a major collection at the next point that honours
    /// `gc_requested` (with the old generation's limit at zero, whatever
    /// collection runs next is a major one).
    pub fn request_full_collection(&mut self) {
        self.heap.old_limit = 0;
        self.gc_requested = true;
    }

    /// At a safe point needing `need` words: whether to collect now.
    #[inline(always)]
    pub fn should_collect(&mut self, need: usize) -> bool {
        if self.heap.must_collect(need) {
            return true;
        }
        // Stress mode collects at every safe point while the stack and
        // mailbox are small; with a deep stack or a long mailbox (scanned
        // by every collection) at one in (stack + queue)/4096 safe points,
        // so it stays near-linear.
        if self.gc_stress {
            if self.stress_minor_skip == 0 {
                self.stress_minor_skip = (self.stack.len() + self.mailbox.len()) / 4096;
                return true;
            }
            self.stress_minor_skip -= 1;
        }
        false
    }

    /// Collects the heap so that at least `need` words are free, with
    /// x[0..live], the stack (less the slots its frames' stack maps say
    /// are dead, which are set to `[]`), the dictionary and the mailbox as
    /// roots.
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
        // Slots that no function will read again are not roots.
        dead_slots::clear(self.stack.as_mut_slice(), self.cp);
        let mut roots = crate::gc::Roots {
            slices: vec![
                &mut self.x[..live],
                self.stack.as_mut_slice(),
                std::slice::from_mut(&mut self.cp),
            ],
        };
        let dict: &mut [(Term, Term)] = &mut self.dict;
        // The dictionary is a slice of pairs: collect both halves.
        let mut dict_terms: Vec<Term> = dict.iter().flat_map(|(k, v)| [*k, *v]).collect();
        roots.slices.push(&mut dict_terms);
        // The queue is updated in place (a long mailbox is not copied).
        let (front, back) = self.mailbox.queue.as_mut_slices();
        roots.slices.push(front);
        roots.slices.push(back);
        crate::gc::collect(&mut self.heap, &mut roots, need);
        for (i, pair) in self.dict.iter_mut().enumerate() {
            *pair = (dict_terms[2 * i], dict_terms[2 * i + 1]);
        }
        // Registers above `live` may hold pointers into the old blocks:
        // reset them (those above max_x_register are never read; a
        // switched-out process holds only its live ones).
        let hi = crate::code::max_x_register().max(live).min(self.x.len());
        for r in self.x[live..hi].iter_mut() {
            *r = Term::NIL;
        }
        self.stack.shrink();
        // Whatever collection runs after a request is a major one
        // (`request_full_collection`), so it answers the request.
        self.gc_requested = false;
        self.answer_gc_waiters(true);
        let used = self.heap.used_words();
        used <= MAX_HEAP_WORDS && (self.max_heap_words == 0 || used <= self.max_heap_words)
    }

    /// Bytes of memory this process uses: its shared cell (which holds
    /// this struct), the table entry, heap, stack, saved registers,
    /// dictionary and queue.
    pub fn memory_bytes(&self) -> usize {
        // Arc counts (16), the shared inbox allocation (24), a table entry
        // (pid and pointer, 16, at the hash map's load factor: about 24).
        const OVERHEAD: usize = 16 + 24 + 24;
        std::mem::size_of::<table::ProcessCell>()
            + OVERHEAD
            + self.heap.capacity_words() * 8
            + self.stack.capacity() * 8
            + self.x.len() * 8
            + self.dict.capacity() * 16
            + self.mailbox.queue.capacity() * 8
    }
}
