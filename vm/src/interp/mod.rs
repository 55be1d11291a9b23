//! The interpreter: `run_slice` runs one process until its reductions are
//! spent, it waits for a message, or it exits. It never recurses on the
//! Rust stack for Erlang calls and knows nothing of queues or threads.
//!
//! The dispatch loop runs the loaded ops (`code::op`): the hot ones inline,
//! as fast paths for their common operands; everything else, and every
//! fast path that does not apply, through the portable instruction in
//! `generic.rs`. Instruction semantics live in `ops/` (data, calls,
//! binaries, maps, receive) and `exception.rs`.
//! Safe points: `test_heap` and every call entry (with live = arity) may
//! collect, through `Process::collect`; nothing else does, and no term is
//! held in a Rust local across those points.

pub mod exception;
mod generic;
pub mod ops;

use crate::bif::{ExcClass, Exception};
use crate::code::op::{expand_immediate, Arg, Op, Reg};
use crate::code::{self, LoadedModule};
use crate::process::code_word::{local_return_address, local_return_pc, module_base};
use crate::process::{CodeAddr, Process, Stack};
use crate::term::{atom, Term};
use compiler::bytecode::{ArithOp, CmpOp, Dst, Src, X_REGISTERS};

/// Reductions per time slice (BEAM's figure).
pub const SLICE_REDUCTIONS: i64 = 4000;

/// Why a slice ended.
pub enum SliceEnd {
    /// Budget spent; runnable again with x[0..live] live.
    Yielded { live: usize },
    /// At a safe point of a process with a big heap: the scheduler has the
    /// collection done off its thread (BEAM collects heaps over 1 MiB on a
    /// dirty scheduler), so that it does not delay other processes. `ip`
    /// is where to go on afterwards; x[0..live] are the roots.
    Collect { live: usize },
    /// At an instruction that asked for a dirty job
    /// (`Pending::dirty_job`): the scheduler runs it on a thread of its
    /// own, and the instruction runs again afterwards with x[0..live].
    Dirty { live: usize },
    /// Blocked in `wait` / `wait_timeout`; `ip` points at that instruction
    /// and no x register is live. `start_timer`: milliseconds of a
    /// `receive ... after` timer the scheduler must start (the first time
    /// this receive waits).
    Waiting { start_timer: Option<u64> },
    /// The process finished.
    Exited(Exit),
}

pub enum Exit {
    /// The initial function returned this value.
    Normal(Term),
    /// An uncaught exception: class, reason, stacktrace term.
    Crashed {
        class: ExcClass,
        reason: Term,
        stack: Term,
    },
    /// Killed by an exit signal with this reason (a term of its heap).
    Signal(Term),
    Halt(i32),
}

/// Reads a source operand.
#[inline(always)]
pub fn read(p: &Process, m: &LoadedModule, s: &Src) -> Term {
    match *s {
        // The verifier keeps indices below X_REGISTERS (a power of two), so
        // the mask changes nothing but lets the compiler drop the bounds check.
        Src::X(i) => p.x[i as usize & (X_REGISTERS - 1)],
        Src::Y(i) => p.stack.y(i as usize),
        Src::Int(v) => Term::small(v as i64),
        Src::Atom(a) => Term::atom(crate::term::Atom(a)),
        Src::Nil => Term::NIL,
        Src::Literal(l) => m.literals[l as usize],
    }
}

#[inline(always)]
pub fn write(p: &mut Process, d: &Dst, v: Term) {
    match *d {
        Dst::X(i) => p.x[i as usize & (X_REGISTERS - 1)] = v,
        Dst::Y(i) => {
            p.stack.set_y(i as usize, v);
        }
    }
}

/// Where execution goes after an instruction that may transfer control.
pub enum Flow {
    /// Continue at this pc in this module.
    Goto(&'static LoadedModule, usize),
    /// Enter code (a call or a return) with x[0..live] live: a point where
    /// the process may yield.
    Enter(&'static LoadedModule, usize, usize),
    /// Boxed so that the common `Goto` keeps `Flow` small.
    Raise(Box<Exception>),
    End(SliceEnd),
}

impl Flow {
    #[cold]
    pub fn raise(e: Exception) -> Flow {
        Flow::Raise(Box::new(e))
    }
}

/// The continuation pointer for a call made by the instruction before `pc`.
#[inline(always)]
fn return_address(m: &LoadedModule, pc: usize) -> Term {
    code_addr(m, pc).to_term()
}

/// The address of instruction `pc` of module `m`.
#[inline(always)]
pub fn code_addr(m: &LoadedModule, pc: usize) -> CodeAddr {
    CodeAddr {
        module: m.index,
        pc: pc as u32,
    }
}

/// Prepares `p` to run `module:function(args...)` with `args` already in
/// x registers: the first slice starts at the function's entry.
pub fn start(p: &mut Process, module: &'static LoadedModule, function: u32) {
    p.cp = Term::NON_VALUE;
    p.ip = CodeAddr {
        module: module.index,
        pc: module.functions[function as usize].entry,
    };
}

/// Runs `p` for at most `budget` reductions (about: a BIF's charge may
/// overshoot) and adds the reductions spent to `p.reductions`.
pub fn run_slice(p: &mut Process, budget: i64) -> SliceEnd {
    let (end, left) = run(p, budget);
    p.reductions += (budget - left).max(0) as u64;
    end
}

/// A process whose initial function does not exist: it fails with `undef`
/// and `{M, F, Args, []}` as its stack, as in OTP.
#[cold]
fn undefined_start(p: &mut Process) -> SliceEnd {
    let (module, function, arity) = p.initial_call;
    let args = crate::heap::build::list(&mut p.heap, &p.x[..arity as usize]);
    let frame = crate::heap::build::tuple(
        &mut p.heap,
        &[Term::atom(module), Term::atom(function), args, Term::NIL],
    );
    let stack = crate::heap::build::list(&mut p.heap, &[frame]);
    SliceEnd::Exited(Exit::Crashed {
        class: ExcClass::Error,
        reason: Term::atom(atom::UNDEF),
        stack,
    })
}

/// A register operand of a specialised op, from the register file and
/// the stack.
#[inline(always)]
fn reg(xs: &Registers, stack: &Stack, r: Reg) -> Term {
    if r.is_y() {
        stack.y(r.index())
    } else {
        xs[x(r.index())]
    }
}

#[inline(always)]
fn put(xs: &mut Registers, stack: &mut Stack, r: Reg, v: Term) {
    if r.is_y() {
        stack.set_y(r.index(), v);
    } else {
        xs[x(r.index())] = v;
    }
}

/// A running process's register file.
type Registers = [Term; X_REGISTERS];

/// Takes the register file out of `p.x`, where the scheduler put it (so
/// it is `X_REGISTERS` long; a shorter one is widened, keeping its terms).
#[inline(always)]
fn take_registers(p: &mut Process) -> Box<Registers> {
    match Box::<Registers>::try_from(std::mem::take(&mut p.x)) {
        Ok(xs) => xs,
        Err(short) => widen_registers(&short),
    }
}

/// `take_registers` after a flow, out of line: the path back from generic
/// code is not hot, and inlined it crowded the loop's registers.
#[inline(never)]
fn retake_registers(p: &mut Process) -> Box<Registers> {
    debug_assert_eq!(p.x.len(), X_REGISTERS);
    take_registers(p)
}

#[cold]
fn widen_registers(short: &[Term]) -> Box<Registers> {
    let mut xs = Box::new([Term::NIL; X_REGISTERS]);
    let n = short.len().min(X_REGISTERS);
    xs[..n].copy_from_slice(&short[..n]);
    xs
}

/// An x register index, masked like `read`'s (a no-op for verified code
/// that lets the compiler drop the bounds check).
#[inline(always)]
fn x(i: impl Into<usize>) -> usize {
    i.into() & (X_REGISTERS - 1)
}

/// The target of a taken test. Hidden from the optimiser so that a test
/// compiles to a conditional branch rather than a conditional move: with a
/// branch the CPU predicts the next instruction and runs ahead; with a
/// conditional move the next dispatch waits for the tested register to be
/// loaded and compared (a tight loop ran 1.5x slower that way).
#[inline(always)]
fn branch_to(label: u32) -> usize {
    std::hint::black_box(label) as usize
}

/// The constant at `i` in the module's operand pool (the loader put one
/// there; `[]` keeps a malformed module memory-safe).
#[inline(always)]
fn pool_const(m: &LoadedModule, i: u32) -> Term {
    match m.args.get(i as usize) {
        Some(Arg::Const(c)) => *c,
        _ => Term::NIL,
    }
}

/// Small-integer arithmetic for the specialised ops: `None` unless both
/// operands and the result are small integers and the operation is one
/// done here (the portable instruction then runs instead).
#[inline(always)]
fn small_arith(op: ArithOp, a: Term, b: Term) -> Option<Term> {
    if !a.both_small(b) {
        return None;
    }
    let (a, b) = (a.small_value(), b.small_value());
    let r = match op {
        ArithOp::Add => a + b,
        ArithOp::Sub => a - b,
        ArithOp::Mul => a.checked_mul(b)?,
        ArithOp::IntDiv if b != 0 => a / b,
        ArithOp::Rem if b != 0 => a % b,
        ArithOp::Band => a & b,
        ArithOp::Bor => a | b,
        ArithOp::Bxor => a ^ b,
        _ => return None,
    };
    Term::fits_small(r).then(|| Term::small(r))
}

/// `compare` if both operands are small integers, else `None`.
#[inline(always)]
fn small_compare(op: CmpOp, a: Term, b: Term) -> Option<bool> {
    if !a.both_small(b) {
        return None;
    }
    let (a, b) = (a.small_value(), b.small_value());
    Some(match op {
        CmpOp::Lt => a < b,
        CmpOp::Ge => a >= b,
        CmpOp::Eq | CmpOp::ExactEq => a == b,
        CmpOp::Ne | CmpOp::ExactNe => a != b,
    })
}

/// The dispatch loop; returns how the slice ended and the reductions left.
///
/// Hot instructions run inline from their specialised `Op`; the rest, and
/// every fast path that does not apply, go through `generic::step`.
#[inline(never)]
fn run(p: &mut Process, budget: i64) -> (SliceEnd, i64) {
    let Some(mut m) = code::get(p.ip.module) else {
        return (undefined_start(p), budget);
    };
    let mut ops: &'static [Op] = &m.ops;
    let mut base = module_base(m.index);
    let mut pc = p.ip.pc as usize;
    let mut reds = budget;
    // The register file lives in a local while the loop runs (its length is
    // then known, so masked indices need no bounds check, and its address
    // can stay in a register). Every op that ends in a `Flow` instead of
    // continuing gives it back to `p.x` first (`slow!`), for code that
    // works on the whole process, and the loop takes it again once it has
    // followed the flow (not right after the call: the flow would then be
    // copied, and reading that copy stalled on the callee's stores).
    let mut xs = take_registers(p);
    macro_rules! slow {
        ($e:expr) => {{
            p.x = xs;
            $e
        }};
    }
    macro_rules! leave {
        ($end:expr) => {{
            p.x = xs;
            return ($end, reds);
        }};
    }
    macro_rules! get {
        ($r:expr) => {
            reg(&xs, &p.stack, $r)
        };
    }
    macro_rules! set {
        ($r:expr, $v:expr) => {
            put(&mut xs, &mut p.stack, $r, $v)
        };
    }
    // A local call (its reduction, the call safe point, the jump) and a
    // yield if the slice is spent. The common case (no collection due)
    // stays inline.
    macro_rules! enter_local {
        ($entry:expr, $arity:expr) => {{
            reds -= 1;
            if p.should_collect(0) {
                slow!(generic::enter_local(p, m, $entry, $arity))
            } else {
                pc = $entry as usize;
                if reds <= 0 {
                    p.ip = code_addr(m, pc);
                    leave!(SliceEnd::Yielded {
                        live: $arity as usize,
                    });
                }
                continue;
            }
        }};
    }
    // A local call that returns to `pc`.
    macro_rules! call_local {
        ($entry:expr, $arity:expr) => {{
            p.cp = local_return_address(base, pc);
            enter_local!($entry, $arity)
        }};
    }
    // `return`, with `pc` past it; a return within the module stays inline.
    macro_rules! return_fast {
        () => {{
            // No yield here: a slice's end is noticed at the next call.
            reds -= 1;
            if let Some(to) = local_return_pc(p.cp, base) {
                p.cp = Term::NON_VALUE;
                pc = to;
                continue;
            }
            slow!(ops::call::do_return(p, m))
        }};
    }
    // `dst := {args[start..start + len]}` from the operand pool.
    macro_rules! put_tuple {
        ($start:expr, $len:expr, $dst:expr) => {{
            let start = $start as usize;
            let args = &m.args[start..start + $len as usize];
            let (heap, xs, stack) = (&mut p.heap, &xs, &p.stack);
            let v = crate::heap::build::tuple_with(heap, args.len(), |i| match args[i] {
                Arg::Reg(r) => reg(xs, stack, r),
                Arg::Const(c) => c,
            });
            set!($dst, v);
        }};
    }
    // The portable instruction at the same pc (see `code::op`). It charges
    // a copy of `reds`: borrowing `reds` itself would keep it in memory for
    // the whole loop.
    macro_rules! fallback {
        () => {{
            let mut charged = reds;
            let flow = slow!(generic::step(p, m, pc, &mut charged));
            reds = charged;
            flow
        }};
    }
    loop {
        let op = &ops[pc];
        pc += 1;
        let flow = match *op {
            Op::MoveXX { src, dst } => {
                xs[x(dst)] = xs[x(src)];
                continue;
            }
            Op::MoveXY { src, dst } => {
                let v = xs[x(src)];
                p.stack.set_y(dst as usize, v);
                continue;
            }
            Op::MoveYX { src, dst } => {
                xs[x(dst)] = p.stack.y(src as usize);
                continue;
            }
            Op::MoveYY { src, dst } => {
                let v = p.stack.y(src as usize);
                p.stack.set_y(dst as usize, v);
                continue;
            }
            Op::MoveC { c, dst } => {
                set!(dst, c);
                continue;
            }
            Op::IsEqImm { a, c, fail } => {
                if get!(a) != c {
                    pc = branch_to(fail);
                }
                continue;
            }
            Op::IsNeImm { a, c, fail } => {
                if get!(a) == c {
                    pc = branch_to(fail);
                }
                continue;
            }
            Op::IsCons { a, fail } => {
                if !get!(a).is_cons() {
                    pc = branch_to(fail);
                }
                continue;
            }
            Op::Test { kind, a, fail } => {
                if !ops::data::type_test(kind, get!(a)) {
                    pc = branch_to(fail);
                }
                continue;
            }
            Op::TestArity { a, arity, fail } => {
                if !get!(a).is_tuple_of(arity as usize) {
                    pc = branch_to(fail);
                }
                continue;
            }
            Op::CmpRR { op, a, b, fail } => match small_compare(op, get!(a), get!(b)) {
                Some(holds) => {
                    if !holds {
                        pc = branch_to(fail);
                    }
                    continue;
                }
                None => fallback!(),
            },
            Op::CmpRI { op, a, b, fail } => {
                match small_compare(op, get!(a), Term::small(b as i64)) {
                    Some(holds) => {
                        if !holds {
                            pc = branch_to(fail);
                        }
                        continue;
                    }
                    None => fallback!(),
                }
            }
            Op::AddRI { a, b, dst } => {
                if let Some(r) = get!(a).small_add_i32(b) {
                    set!(dst, r);
                    continue;
                }
                fallback!()
            }
            Op::AddRR { a, b, dst } => {
                if let Some(r) = get!(a).small_add(get!(b)) {
                    set!(dst, r);
                    continue;
                }
                fallback!()
            }
            Op::SubRR { a, b, dst } => {
                if let Some(r) = get!(a).small_sub(get!(b)) {
                    set!(dst, r);
                    continue;
                }
                fallback!()
            }
            Op::ArithRR { op, a, b, dst } => {
                if let Some(r) = small_arith(op, get!(a), get!(b)) {
                    set!(dst, r);
                    continue;
                }
                fallback!()
            }
            Op::ArithRI { op, a, b, dst } => {
                if let Some(r) = small_arith(op, get!(a), Term::small(b as i64)) {
                    set!(dst, r);
                    continue;
                }
                fallback!()
            }
            Op::Call { entry, arity } => call_local!(entry, arity),
            Op::CallOnly { entry, arity } => enter_local!(entry, arity),
            Op::CallLast {
                entry,
                arity,
                slots,
            } => {
                ops::call::deallocate(p, slots);
                enter_local!(entry, arity)
            }
            Op::Return => return_fast!(),
            Op::Allocate { slots } => {
                if ops::call::allocate(p, slots) {
                    continue;
                }
                slow!(Flow::raise(exception::system_limit()))
            }
            Op::Deallocate { slots } => {
                ops::call::deallocate(p, slots);
                continue;
            }
            Op::TestHeap { need, live } => {
                if !p.should_collect(need as usize) {
                    continue;
                }
                slow!(generic::test_heap(p, m, pc, need, live))
            }
            Op::Jump { to } => {
                pc = to as usize;
                continue;
            }
            Op::GetList { src, head, tail } => {
                let l = get!(src);
                set!(head, l.head());
                set!(tail, l.tail());
                continue;
            }
            Op::GetHd { src, dst } => {
                let l = get!(src);
                set!(dst, l.head());
                continue;
            }
            Op::GetTl { src, dst } => {
                let l = get!(src);
                set!(dst, l.tail());
                continue;
            }
            Op::GetTupleElement { src, index, dst } => {
                // Compiled code tests the arity first, so `None` does not
                // happen; NIL keeps a malformed module memory-safe.
                let v = get!(src).tuple_get(index as usize).unwrap_or(Term::NIL);
                set!(dst, v);
                continue;
            }
            Op::PutListRR { head, tail, dst } => {
                let (h, t) = (get!(head), get!(tail));
                let v = crate::heap::build::cons(&mut p.heap, h, t);
                set!(dst, v);
                continue;
            }
            Op::PutListRC { head, tail, dst } => {
                let h = get!(head);
                let v = crate::heap::build::cons(&mut p.heap, h, tail);
                set!(dst, v);
                continue;
            }
            Op::PutListCR { head, tail, dst } => {
                let t = get!(tail);
                let v = crate::heap::build::cons(&mut p.heap, head, t);
                set!(dst, v);
                continue;
            }
            Op::PutTuple { start, len, dst } => {
                put_tuple!(start, len, dst);
                continue;
            }
            Op::DeallocateReturn { slots } => {
                ops::call::deallocate(p, slots);
                pc += 1;
                return_fast!()
            }
            Op::MoveReturn { c } => {
                xs[0] = c;
                pc += 1;
                return_fast!()
            }
            Op::AllocateMoveXY { slots, src, dst } => {
                if !ops::call::allocate(p, slots) {
                    slow!(Flow::raise(exception::system_limit()))
                } else {
                    let v = xs[x(src)];
                    p.stack.set_y(dst as usize, v);
                    pc += 1;
                    continue;
                }
            }
            Op::MoveYXCall {
                src,
                dst,
                entry,
                arity,
            } => {
                xs[x(dst)] = p.stack.y(src as usize);
                pc += 1;
                call_local!(entry, arity)
            }
            Op::MoveXXCall {
                src,
                dst,
                entry,
                arity,
            } => {
                xs[x(dst)] = xs[x(src)];
                pc += 1;
                call_local!(entry, arity)
            }
            Op::MoveXXCallOnly {
                src,
                dst,
                entry,
                arity,
            } => {
                xs[x(dst)] = xs[x(src)];
                pc += 1;
                enter_local!(entry, arity)
            }
            Op::AddRICall {
                a,
                b,
                dst,
                entry,
                arity,
            } => match get!(a).small_add_i32(b) {
                Some(r) => {
                    set!(dst, r);
                    pc += 1;
                    call_local!(entry, arity)
                }
                None => fallback!(),
            },
            Op::TestArityGet {
                a,
                arity,
                fail,
                index,
                dst,
            } => {
                let t = get!(a);
                if !t.is_tuple_of(arity as usize) {
                    pc = branch_to(fail);
                    continue;
                }
                let v = t.tuple_get(index as usize).unwrap_or(Term::NIL);
                set!(dst, v);
                pc += 1;
                continue;
            }
            Op::GetTupleElement2 {
                src,
                index1,
                dst1,
                index2,
                dst2,
            } => {
                let t = get!(src);
                let v1 = t.tuple_get(index1 as usize).unwrap_or(Term::NIL);
                let v2 = t.tuple_get(index2 as usize).unwrap_or(Term::NIL);
                set!(dst1, v1);
                set!(dst2, v2);
                pc += 1;
                continue;
            }
            Op::IsEqImmReturn { a, fail, c, ret } => {
                if get!(a) != expand_immediate(c) {
                    pc = branch_to(fail);
                    continue;
                }
                xs[0] = expand_immediate(ret);
                pc += 2;
                return_fast!()
            }
            Op::IsEqImmReturnPool { a, fail, c, ret } => {
                if get!(a) != expand_immediate(c) {
                    pc = branch_to(fail);
                    continue;
                }
                xs[0] = pool_const(m, ret);
                pc += 2;
                return_fast!()
            }
            Op::IsEqImmGet {
                a,
                c,
                fail,
                src,
                index,
                dst,
            } => {
                if get!(a) != expand_immediate(c) {
                    pc = branch_to(fail);
                    continue;
                }
                let v = get!(src).tuple_get(index as usize).unwrap_or(Term::NIL);
                set!(dst, v);
                pc += 1;
                continue;
            }
            Op::TestHeapPutTuple {
                need,
                live,
                start,
                len,
                dst,
            } => {
                if p.should_collect(need as usize) {
                    slow!(generic::test_heap(p, m, pc, need as u32, live))
                } else {
                    put_tuple!(start, len, dst);
                    pc += 1;
                    continue;
                }
            }
            Op::AddRRDeallocateReturn { a, b, dst, slots } => match get!(a).small_add(get!(b)) {
                Some(r) => {
                    set!(dst, r);
                    ops::call::deallocate(p, slots);
                    pc += 2;
                    return_fast!()
                }
                None => fallback!(),
            },
            Op::LoopRec { dst } => match p.mailbox.peek() {
                Some(msg) => {
                    set!(dst, msg);
                    continue;
                }
                None => fallback!(),
            },
            Op::RemoveMessage => {
                ops::receive::remove_message(p);
                continue;
            }
            Op::LoopRecEnd { to } => {
                p.mailbox.advance();
                pc = to as usize;
                continue;
            }
            Op::SelfPid { dst } => {
                let pid = p.pid_term();
                set!(dst, pid);
                continue;
            }
            Op::Generic => fallback!(),
        };
        // Here `p.x` holds the register file (see `slow!`).
        match flow {
            Flow::Goto(module, to) => {
                m = module;
                ops = &m.ops;
                base = module_base(m.index);
                pc = to;
            }
            Flow::Enter(module, to, live) => {
                m = module;
                ops = &m.ops;
                base = module_base(m.index);
                pc = to;
                if reds <= 0 {
                    p.ip = code_addr(m, pc);
                    return (SliceEnd::Yielded { live }, reds);
                }
            }
            Flow::Raise(e) => {
                // A call that failed before entering its target has already
                // set CP to the next instruction: that frame is the current
                // one, not a caller.
                if p.cp == return_address(m, pc) {
                    p.cp = Term::NON_VALUE;
                }
                match exception::raise(p, m, pc - 1, *e) {
                    Ok((module, to)) => {
                        m = module;
                        ops = &m.ops;
                        base = module_base(m.index);
                        pc = to;
                    }
                    Err(exit) => return (SliceEnd::Exited(exit), reds),
                }
            }
            Flow::End(end) => return (end, reds),
        }
        // Every path that made a flow gave the register file back first.
        xs = retake_registers(p);
    }
}
