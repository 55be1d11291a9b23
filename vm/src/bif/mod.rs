//! Native functions (BIFs): one registry maps `{Module, Function, Arity}`
//! to a Rust function. BIFs see the calling process only through
//! [`BifContext`], which can allocate (young block or heap fragment) but
//! has no way to collect: DESIGN's "native code never triggers a
//! collection" is enforced by what the type offers.
//!
//! A BIF returns `Ok(term)` or `Err(Exception)`; the interpreter turns the
//! exception into an Erlang exception with a stacktrace (or, for a `bif`
//! instruction with a fail label, into a jump).

pub mod arith;
pub mod erlang;
pub mod erlang_convert;
pub mod erlang_lists;
pub mod erlang_proc;
pub mod format;
pub mod introspection;
pub mod io;
pub mod io_lib;
pub mod lists;
pub mod lists_sort;
pub mod lists_walk;
pub mod maps;
pub mod processes;

use crate::heap::{build, Heap};
use crate::process::Process;
use crate::sched::dirty::{DirtyJob, DirtyValue};
use crate::term::{atom, Atom, Term};
use std::collections::HashMap;
use std::sync::OnceLock;

/// Exception classes as the VM raises them; `Halt` stops the whole VM.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExcClass {
    Error,
    Exit,
    Throw,
    /// `erlang:halt/0,1`: not catchable; the VM exits with this status.
    Halt(i32),
    /// The process dies at once with the reason (an exit signal it sent
    /// itself, `exit(self(), R)`): not catchable.
    Signal,
    /// Not an error: a native function did part of its work and asks to
    /// be continued by a call of the Erlang function `{M, F, Args}` (the
    /// reason), where the process may be preempted (see
    /// `BifContext::trap`).
    Trap,
}

impl ExcClass {
    pub fn atom(self) -> Atom {
        match self {
            ExcClass::Error | ExcClass::Halt(_) | ExcClass::Signal | ExcClass::Trap => atom::ERROR,
            ExcClass::Exit => atom::EXIT,
            ExcClass::Throw => atom::THROW,
        }
    }
}

/// An exception on its way out of a BIF or instruction.
#[derive(Clone, Copy, Debug)]
pub struct Exception {
    pub class: ExcClass,
    pub reason: Term,
    /// A stacktrace to reuse (`erlang:raise/3`), or NON_VALUE to build one.
    pub stack: Term,
    /// For errors raised by a BIF: the argument list of the failing call,
    /// shown as the top stack frame (as BEAM does); NON_VALUE otherwise.
    pub args: Term,
}

impl Exception {
    pub fn error(reason: Term) -> Exception {
        Exception {
            class: ExcClass::Error,
            reason,
            stack: Term::NON_VALUE,
            args: Term::NON_VALUE,
        }
    }

    pub fn new(class: ExcClass, reason: Term) -> Exception {
        Exception {
            class,
            ..Exception::error(reason)
        }
    }

    /// Whether a native called by a `bif` instruction asks for that
    /// instruction to run again in the process's next slice
    /// (`BifContext::resume_later`): the process must not collect until
    /// then, as the native keeps pointers into its heap.
    pub fn is_retry(&self) -> bool {
        self.class == ExcClass::Trap && self.reason.is_non_value()
    }

    /// The exception `is_retry` recognises.
    fn retry() -> Exception {
        Exception::new(ExcClass::Trap, Term::NON_VALUE)
    }
}

pub type BifResult = Result<Term, Exception>;
pub type BifFn = fn(&mut BifContext, &[Term]) -> BifResult;

pub fn badarg() -> Exception {
    Exception::error(Term::atom(atom::BADARG))
}

pub fn badarith() -> Exception {
    Exception::error(Term::atom(atom::BADARITH))
}

/// What a BIF may do to the calling process: allocate, use the process
/// dictionary and mailbox, read its identity, charge reductions.
pub struct BifContext<'a> {
    process: &'a mut Process,
    can_trap: bool,
    /// Reductions left in the caller's current slice (not yet counted in
    /// `Process::reductions`), when known.
    reds_left: Option<i64>,
}

/// Elements a native function walks before it traps (when it may), so a
/// call on a huge list does not hold its scheduler for long.
pub const TRAP_CHUNK: usize = 1 << 16;

/// Words of a message copy per reduction charged (copying a word takes
/// about a quarter to a half of what a reduction of ordinary code does).
pub const COPY_WORDS_PER_REDUCTION: usize = 4;

impl<'a> BifContext<'a> {
    pub fn new(process: &'a mut Process) -> BifContext<'a> {
        BifContext {
            process,
            can_trap: false,
            reds_left: None,
        }
    }

    /// A context for a native reached by a call (`call_ext`, `apply`),
    /// which may trap: continue as a call of an Erlang function.
    /// `reds_left`: what is left of the current slice.
    pub fn callable(process: &'a mut Process, reds_left: i64) -> BifContext<'a> {
        BifContext {
            process,
            can_trap: true,
            reds_left: Some(reds_left),
        }
    }

    /// Tells the native what is left of the caller's current slice.
    pub fn with_reductions_left(mut self, reds_left: i64) -> BifContext<'a> {
        self.reds_left = Some(reds_left);
        self
    }

    /// Reductions the caller has spent in its current slice so far (they
    /// join `Process::reductions` when the slice ends).
    pub fn slice_reductions(&self) -> u64 {
        match (self.reds_left, crate::sched::try_runtime()) {
            (Some(left), Some(rt)) => (rt.config.budget - left).max(0) as u64,
            _ => 0,
        }
    }

    pub fn can_trap(&self) -> bool {
        self.can_trap
    }

    /// Asks the caller to continue with `module:function(args...)` (an
    /// exported Erlang function that calls back into this native with the
    /// rest of the work): the process may be preempted at that call.
    pub fn trap(&mut self, module: &str, function: &str, args: &[Term]) -> Exception {
        let list = build::list(self.heap(), args);
        let mfa = self.tuple(&[
            Term::atom(atom::intern_internal(module)),
            Term::atom(atom::intern_internal(function)),
            list,
        ]);
        Exception::new(ExcClass::Trap, mfa)
    }

    /// Asks to run this native again with the same arguments once the
    /// process has been preempted: where it may trap, through
    /// `module:function(args...)` (which calls it again); elsewhere (a
    /// `bif` instruction) the slice ends and the instruction itself runs
    /// again in the next one (see `Exception::is_retry`).
    pub fn resume_later(&mut self, module: &str, function: &str, args: &[Term]) -> Exception {
        if self.can_trap {
            return self.trap(module, function, args);
        }
        Exception::retry()
    }

    /// For the native `function` whose work on `operands` is too long for
    /// a slice and needs nothing of the process (`sched::dirty`): the
    /// value of the job `make` makes, once it has run, else `Err` to end
    /// the slice until it has (the operands' words, with the function,
    /// are the key compared when the native runs again). Where the native
    /// may trap it continues through `erts_internal:Function(args...)`,
    /// which calls it from a `bif` instruction, where the job runs.
    pub fn dirty(
        &mut self,
        operands: &[Term],
        make: impl FnOnce() -> Box<dyn FnOnce() -> DirtyValue + Send>,
        function: &str,
        args: &[Term],
    ) -> Result<DirtyValue, Exception> {
        let mut key = operands.to_vec();
        key.push(Term::atom(atom::intern_internal(function)));
        if let Some(v) = crate::sched::dirty::take_done(self.process, &key) {
            return Ok(v);
        }
        if !self.can_trap {
            self.process.pending().dirty_job = Some(DirtyJob { key, work: make() });
        }
        Err(self.resume_later("erts_internal", function, args))
    }

    /// `e` raised as if by `module:function(args...)`: that call becomes
    /// the top frame of the stack trace (for a native that continues the
    /// work of another, as `'$length_chunk'` does `length/1`'s).
    pub fn error_in(
        &mut self,
        mut e: Exception,
        module: &str,
        function: &str,
        args: &[Term],
    ) -> Exception {
        let list = build::list(self.heap(), args);
        e.args = self.tuple(&[
            Term::atom(atom::intern_internal(module)),
            Term::atom(atom::intern_internal(function)),
            list,
        ]);
        e
    }

    /// The whole calling process (for the process BIFs: links, monitors,
    /// flags).
    pub fn process(&mut self) -> &mut Process {
        self.process
    }

    pub fn heap(&mut self) -> &mut Heap {
        &mut self.process.heap
    }

    pub fn dict(&mut self) -> &mut Vec<(Term, Term)> {
        &mut self.process.dict
    }

    pub fn self_pid(&self) -> Term {
        self.process.pid_term()
    }

    /// Adds a message to this process's own mailbox (the message must
    /// already live in this process's heap).
    pub fn deliver_to_self(&mut self, msg: Term) {
        self.process.mailbox.push(msg);
    }

    /// Keeps `state` in the process for the steps of a trapping native
    /// (`Pending::native_state`); the id its continuation passes on to
    /// find it again. The state must hold no term of the heap: the heap
    /// may be collected between steps.
    pub fn new_native_state<T: std::any::Any + Send>(&mut self, state: T) -> Term {
        let p = self.process.pending();
        let id = p.next_native_id;
        p.next_native_id += 1;
        p.native_state = Some((id, Box::new(state)));
        Term::small((id & ((1 << 56) - 1)) as i64)
    }

    /// Takes the state of the native whose continuation carries `id` out
    /// of the process (`put_native_state` puts it back); `badarg` if there
    /// is none of that id and type (a continuation called by hand).
    pub fn take_native_state<T: std::any::Any + Send>(
        &mut self,
        id: Term,
    ) -> Result<Box<T>, Exception> {
        let p = self.process.pending();
        match (&p.native_state, id.as_small()) {
            (Some((have, s)), Some(id))
                if (*have & ((1 << 56) - 1)) as i64 == id && s.is::<T>() => {}
            _ => return Err(badarg()),
        }
        let (_, s) = p.native_state.take().ok_or_else(badarg)?;
        s.downcast::<T>().map_err(|_| badarg())
    }

    pub fn put_native_state<T: std::any::Any + Send>(&mut self, id: Term, state: Box<T>) {
        let id = id.as_small().unwrap_or(0) as u64;
        self.process.pending().native_state = Some((id, state));
    }

    pub fn charge(&mut self, reductions: usize) {
        self.process.reductions += reductions as u64;
    }

    /// Charges for a term copied out of (or into) this process's heap:
    /// one reduction per `COPY_WORDS_PER_REDUCTION` words, about what a
    /// reduction of ordinary code costs, so a process that sends a huge
    /// message yields at its next call.
    pub fn charge_copy(&mut self, m: &crate::heap::copy::Message) {
        self.charge(1 + m.words() / COPY_WORDS_PER_REDUCTION);
    }

    /// Reductions the caller has spent, its current slice included.
    pub fn reductions(&self) -> u64 {
        self.process.reductions + self.slice_reductions()
    }

    pub fn mailbox_len(&self) -> usize {
        self.process.mailbox.len()
    }

    pub fn memory_bytes(&self) -> usize {
        self.process.memory_bytes()
    }

    /// A tuple on this process's heap (convenience for error reasons).
    pub fn tuple(&mut self, elements: &[Term]) -> Term {
        build::tuple(self.heap(), elements)
    }
}

/// The function a process running `lists:Name` (the Erlang continuation
/// of a native that trapped, with arguments `args`) is shown to be in by
/// `process_info(P, current_function)`: the native it continues, as OTP
/// shows a trapping BIF. Functions of the same name but another arity
/// show as the most common one (`seq/2` for `seq/3` too). None for the
/// other `'$'` functions of `lists` (OTP's sort helpers, renamed).
pub fn trapped_function(name: &str, args: &[Term]) -> Option<(&'static str, &'static str, u32)> {
    Some(match name {
        "$length" => ("erlang", "length", 1),
        "$append" | "$append_build" => ("erlang", "++", 2),
        "$subtract_count" | "$subtract" | "$subtract_build" => ("erlang", "--", 2),
        "$reverse" => ("lists", "reverse", 2),
        "$member" => ("lists", "member", 2),
        "$keyfind" => ("lists", "keyfind", 3),
        "$keymember" => ("lists", "keymember", 3),
        "$keysearch" => ("lists", "keysearch", 3),
        "$sort" | "$sort_runs" | "$merge" => args
            .last()
            .and_then(|m| m.as_small())
            .map_or(("lists", "sort", 1), lists_sort::mode_name),
        "$binary_to_list" => ("erlang", "binary_to_list", 1),
        "$iolist" => match args.get(2).and_then(|m| m.as_small()) {
            Some(1) => ("erlang", "iolist_to_binary", 1),
            Some(2) => ("erlang", "iolist_size", 1),
            _ => ("erlang", "list_to_binary", 1),
        },
        "$seq" => ("lists", "seq", 2),
        "$duplicate" => ("lists", "duplicate", 2),
        "$sum" => ("lists", "sum", 1),
        "$max" => ("lists", "max", 1),
        "$min" => ("lists", "min", 1),
        "$last" => ("lists", "last", 1),
        "$nth" => ("lists", "nth", 2),
        "$nthtail" => ("lists", "nthtail", 2),
        "$prefix" => ("lists", "prefix", 2),
        "$sublist" => ("lists", "sublist", 3),
        "$take" => ("lists", "sublist", 2),
        "$split" | "$split_rev" => ("lists", "split", 2),
        "$droplast" => ("lists", "droplast", 1),
        "$zip" => ("lists", "zip", 2),
        "$unzip" | "$unzip_rev" => ("lists", "unzip", 1),
        "$flatten" => ("lists", "flatten", 1),
        "$delete" => ("lists", "delete", 2),
        "$keydelete" => ("lists", "keydelete", 3),
        "$keyreplace" => ("lists", "keyreplace", 4),
        "$keystore" => ("lists", "keystore", 4),
        _ => return None,
    })
}

/// `{Module, Function, Arity}` of a registered BIF.
pub type BifKey = (&'static str, &'static str, usize);

fn registry() -> &'static HashMap<BifKey, BifFn> {
    static REGISTRY: OnceLock<HashMap<BifKey, BifFn>> = OnceLock::new();
    REGISTRY.get_or_init(|| {
        let mut m = HashMap::new();
        for table in TABLES {
            for (module, function, arity, f) in table.iter() {
                m.insert((*module, *function, *arity), *f);
            }
        }
        m
    })
}

/// Every BIF table; each module of `bif/` contributes one.
const TABLES: &[&[(&str, &str, usize, BifFn)]] = &[
    arith::TABLE,
    erlang::TABLE,
    erlang_convert::TABLE,
    erlang_lists::TABLE,
    erlang_proc::TABLE,
    processes::TABLE,
    introspection::TABLE,
    lists::TABLE,
    lists_sort::TABLE,
    lists_walk::TABLE,
    maps::TABLE,
    io::TABLE,
    io_lib::TABLE,
];

/// The native implementation of `module:function/arity`, if there is one.
pub fn lookup(module: &str, function: &str, arity: usize) -> Option<BifFn> {
    registry().get(&(module, function, arity)).copied()
}

/// All registered BIFs (for documentation and completion).
pub fn all() -> Vec<BifKey> {
    let mut v: Vec<BifKey> = registry().keys().copied().collect();
    v.sort();
    v
}
