//! The interpreter: `run_slice` runs one process until its reductions are
//! spent, it waits for a message, or it exits. It never recurses on the
//! Rust stack for Erlang calls and knows nothing of queues or threads.
//!
//! The dispatch loop only dispatches: instruction semantics live in
//! `ops/` (data, calls, binaries, maps, receive) and `exception.rs`.
//! Safe points: `test_heap` and every call entry (with live = arity) may
//! collect, through `Process::collect`; nothing else does, and no term is
//! held in a Rust local across those points.

pub mod exception;
pub mod ops;

use crate::bif::{ExcClass, Exception};
use crate::code::{self, LoadedModule};
use crate::process::{CodeAddr, Process};
use crate::term::{atom, Term};
use compiler::bytecode::{Dst, Instr, Src, X_REGISTERS};

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
        Src::Y(i) => p.stack[p.stack.len() - 1 - i as usize],
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
            let n = p.stack.len();
            p.stack[n - 1 - i as usize] = v;
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

/// The dispatch loop; returns how the slice ended and the reductions left.
fn run(p: &mut Process, budget: i64) -> (SliceEnd, i64) {
    let Some(mut m) = code::get(p.ip.module) else {
        return (undefined_start(p), budget);
    };
    let mut pc = p.ip.pc as usize;
    let mut reds = budget;
    // A call within the module: the call safe point, then the jump, and a
    // yield if the slice is spent. Kept inline: calls are the hottest path.
    macro_rules! enter_local {
        ($entry:expr, $arity:expr) => {{
            let entry = $entry;
            let collect = p.should_collect(0);
            if collect && p.offload_collection() {
                p.ip = code_addr(m, entry);
                return (
                    SliceEnd::Collect {
                        live: $arity as usize,
                    },
                    reds,
                );
            }
            if collect && !p.collect(0, $arity as usize) {
                Flow::raise(exception::heap_limit(p))
            } else {
                pc = entry;
                if reds <= 0 {
                    p.ip = code_addr(m, pc);
                    return (
                        SliceEnd::Yielded {
                            live: $arity as usize,
                        },
                        reds,
                    );
                }
                continue;
            }
        }};
    }
    loop {
        let instr = &m.code[pc];
        pc += 1;
        let flow = match instr {
            Instr::Move { src, dst } => {
                let v = read(p, m, src);
                write(p, dst, v);
                continue;
            }
            Instr::Test { kind, fail, arg } => {
                if !ops::data::type_test(*kind, read(p, m, arg)) {
                    pc = fail.0 as usize;
                }
                continue;
            }
            Instr::Compare { op, fail, a, b } => {
                if !ops::data::compare(*op, read(p, m, a), read(p, m, b)) {
                    pc = fail.0 as usize;
                }
                continue;
            }
            Instr::Arith {
                op,
                a,
                b,
                dst,
                fail,
            } => {
                let (x, y) = (read(p, m, a), read(p, m, b));
                match ops::arith::arith(p, *op, x, y) {
                    Ok(v) => {
                        write(p, dst, v);
                        continue;
                    }
                    Err(e) => match fail {
                        Some(l) => Flow::Goto(m, l.0 as usize),
                        None => Flow::raise(ops::arith::operator_frame(p, *op, a, b, x, y, e)),
                    },
                }
            }
            Instr::Call { arity, function } => {
                reds -= 1;
                p.cp = return_address(m, pc);
                enter_local!(m.functions[*function as usize].entry as usize, *arity)
            }
            Instr::CallOnly { arity, function } => {
                reds -= 1;
                enter_local!(m.functions[*function as usize].entry as usize, *arity)
            }
            Instr::CallLast {
                arity,
                function,
                slots,
            } => {
                reds -= 1;
                ops::call::deallocate(p, *slots);
                enter_local!(m.functions[*function as usize].entry as usize, *arity)
            }
            Instr::Return {} => {
                reds -= 1;
                // Fast path: a return within the same module.
                if !p.cp.is_non_value() {
                    let addr = CodeAddr::from_term(p.cp);
                    if addr.module == m.index {
                        p.cp = Term::NON_VALUE;
                        pc = addr.pc as usize;
                        if reds <= 0 {
                            p.ip = code_addr(m, pc);
                            return (SliceEnd::Yielded { live: 1 }, reds);
                        }
                        continue;
                    }
                }
                ops::call::do_return(p, m)
            }
            Instr::Allocate { slots, .. } => {
                if ops::call::allocate(p, *slots) {
                    continue;
                }
                Flow::raise(exception::system_limit())
            }
            Instr::Deallocate { slots } => {
                ops::call::deallocate(p, *slots);
                continue;
            }
            Instr::TestHeap { need, live } => {
                let collect = p.should_collect(*need as usize);
                if collect && p.offload_collection() {
                    // Run this test_heap again after the collection.
                    p.ip = code_addr(m, pc - 1);
                    return (
                        SliceEnd::Collect {
                            live: *live as usize,
                        },
                        reds,
                    );
                }
                if collect && !p.collect(*need as usize, *live as usize) {
                    Flow::raise(exception::heap_limit(p))
                } else {
                    continue;
                }
            }
            Instr::Jump { to } => {
                pc = to.0 as usize;
                continue;
            }
            Instr::CallExt { arity, import } => {
                reds -= 1;
                let ret = return_address(m, pc);
                match ops::call::call_ext_body(p, m, *import, *arity, ret, &mut reds) {
                    ops::call::ExtCall::Value(v) => {
                        // A native's value: on with the next instruction
                        // (a spent slice yields at the next call).
                        p.x[0] = v;
                        continue;
                    }
                    ops::call::ExtCall::Flow(flow) => flow,
                }
            }
            Instr::CallExtOnly { arity, import } => {
                reds -= 1;
                ops::call::call_ext(p, m, *import, *arity, &mut reds)
            }
            Instr::CallExtLast {
                arity,
                import,
                slots,
            } => {
                reds -= 1;
                ops::call::deallocate(p, *slots);
                ops::call::call_ext(p, m, *import, *arity, &mut reds)
            }
            Instr::CallFun { arity } => {
                reds -= 1;
                p.cp = return_address(m, pc);
                ops::call::call_fun(p, *arity, &mut reds)
            }
            Instr::CallFunOnly { arity } => {
                reds -= 1;
                ops::call::call_fun(p, *arity, &mut reds)
            }
            Instr::CallFunLast { arity, slots } => {
                reds -= 1;
                ops::call::deallocate(p, *slots);
                ops::call::call_fun(p, *arity, &mut reds)
            }
            Instr::Apply { arity } => {
                reds -= 1;
                p.cp = return_address(m, pc);
                ops::call::apply_registers(p, *arity, &mut reds)
            }
            Instr::ApplyOnly { arity } => {
                reds -= 1;
                ops::call::apply_registers(p, *arity, &mut reds)
            }
            Instr::ApplyLast { arity, slots } => {
                reds -= 1;
                ops::call::deallocate(p, *slots);
                ops::call::apply_registers(p, *arity, &mut reds)
            }
            Instr::Bif {
                import,
                args,
                dst,
                fail,
            } => match ops::call::bif(p, m, *import, args, &mut reds) {
                Ok(v) => {
                    write(p, dst, v);
                    continue;
                }
                Err(e) => match fail {
                    Some(l) if matches!(e.class, ExcClass::Error) => Flow::Goto(m, l.0 as usize),
                    _ => Flow::raise(ops::call::bif_frame(p, m, *import, args, e)),
                },
            },
            Instr::IsFunction2 { fail, arg, arity } => {
                let f = read(p, m, arg);
                let a = read(p, m, arity);
                if !(f.is_function() && a.as_small() == Some(f.fun_arity() as i64)) {
                    pc = fail.0 as usize;
                }
                continue;
            }
            Instr::TestArity { fail, arg, arity } => {
                let t = read(p, m, arg);
                if !(t.is_tuple() && t.tuple_arity() == *arity as usize) {
                    pc = fail.0 as usize;
                }
                continue;
            }
            Instr::IsTaggedTuple {
                fail,
                arg,
                arity,
                tag,
            } => {
                let t = read(p, m, arg);
                let tag = read(p, m, tag);
                if !(t.is_tuple()
                    && t.tuple_arity() == *arity as usize
                    && t.tuple_elements()[0] == tag)
                {
                    pc = fail.0 as usize;
                }
                continue;
            }
            Instr::SelectVal { arg, fail, cases } => {
                let v = read(p, m, arg);
                pc = fail.0 as usize;
                for (c, l) in cases {
                    if crate::term::order::exact_eq(v, read(p, m, c)) {
                        pc = l.0 as usize;
                        break;
                    }
                }
                continue;
            }
            Instr::GetList { src, head, tail } => {
                let l = read(p, m, src);
                write(p, head, l.head());
                write(p, tail, l.tail());
                continue;
            }
            Instr::GetHd { src, dst } => {
                let l = read(p, m, src);
                write(p, dst, l.head());
                continue;
            }
            Instr::GetTl { src, dst } => {
                let l = read(p, m, src);
                write(p, dst, l.tail());
                continue;
            }
            Instr::GetTupleElement { src, index, dst } => {
                let t = read(p, m, src);
                write(p, dst, t.tuple_elements()[*index as usize]);
                continue;
            }
            Instr::PutList { head, tail, dst } => {
                let (h, t) = (read(p, m, head), read(p, m, tail));
                let v = crate::heap::build::cons(&mut p.heap, h, t);
                write(p, dst, v);
                continue;
            }
            Instr::PutTuple { elements, dst } => {
                let v = ops::data::put_tuple(p, m, elements);
                write(p, dst, v);
                continue;
            }
            Instr::MakeFun { lambda, free, dst } => {
                let v = ops::data::make_fun(p, m, *lambda, free);
                write(p, dst, v);
                continue;
            }
            Instr::NewMap { pairs, dst } => {
                let v = ops::maps::new_map(p, m, pairs);
                write(p, dst, v);
                continue;
            }
            Instr::PutMapAssoc { map, pairs, dst } => {
                match ops::maps::put_map(p, m, map, pairs, false) {
                    Ok(v) => {
                        write(p, dst, v);
                        continue;
                    }
                    Err(e) => Flow::raise(e),
                }
            }
            Instr::PutMapExact { map, pairs, dst } => {
                match ops::maps::put_map(p, m, map, pairs, true) {
                    Ok(v) => {
                        write(p, dst, v);
                        continue;
                    }
                    Err(e) => Flow::raise(e),
                }
            }
            Instr::GetMapElements { fail, map, pairs } => {
                if !ops::maps::get_map_elements(p, m, map, pairs) {
                    pc = fail.0 as usize;
                }
                continue;
            }
            Instr::BsCreate {
                segments,
                dst,
                fail,
            } => match ops::binary::create(p, m, segments) {
                Ok(v) => {
                    write(p, dst, v);
                    continue;
                }
                Err(e) => match fail {
                    Some(l) => Flow::Goto(m, l.0 as usize),
                    None => Flow::raise(e),
                },
            },
            Instr::BsStart { fail, src, pos } => {
                if read(p, m, src).is_bitstring() {
                    write(p, pos, Term::small(0));
                } else {
                    pc = fail.0 as usize;
                }
                continue;
            }
            Instr::BsGet {
                fail,
                bin,
                pos,
                segment,
                dst,
            } => {
                if !ops::binary::get(p, m, bin, pos, segment, dst) {
                    pc = fail.0 as usize;
                }
                continue;
            }
            Instr::BsSkip {
                fail,
                bin,
                pos,
                bits,
            } => {
                if !ops::binary::skip(p, m, bin, pos, bits) {
                    pc = fail.0 as usize;
                }
                continue;
            }
            Instr::BsTestTail {
                fail,
                bin,
                pos,
                bits,
            } => {
                if !ops::binary::test_tail(p, m, bin, pos, *bits) {
                    pc = fail.0 as usize;
                }
                continue;
            }
            Instr::BsGetTail { bin, pos, dst } => {
                let v = ops::binary::get_tail(p, m, bin, pos);
                write(p, dst, v);
                continue;
            }
            Instr::Try { y, handler } | Instr::Catch { y, handler } => {
                let marker = code_addr(m, handler.0 as usize).catch_marker(*y);
                write(p, &Dst::Y(*y), marker);
                continue;
            }
            Instr::TryEnd { y } => {
                write(p, &Dst::Y(*y), Term::NIL);
                continue;
            }
            Instr::TryCase { y } => {
                write(p, &Dst::Y(*y), Term::NIL);
                p.x[0] = p.x[1];
                p.x[1] = p.x[2];
                p.x[2] = p.x[3];
                continue;
            }
            Instr::CatchEnd { y } => {
                write(p, &Dst::Y(*y), Term::NIL);
                if p.x[0].is_non_value() {
                    p.x[0] = exception::catch_value(p);
                }
                continue;
            }
            Instr::Raise { class, reason } => {
                let class = match class {
                    compiler::bytecode::Class::Error => ExcClass::Error,
                    compiler::bytecode::Class::Exit => ExcClass::Exit,
                    compiler::bytecode::Class::Throw => ExcClass::Throw,
                };
                Flow::raise(Exception::new(class, read(p, m, reason)))
            }
            Instr::Reraise {
                class,
                reason,
                stack,
            } => {
                let class = match read(p, m, class).as_atom() {
                    Some(atom::EXIT) => ExcClass::Exit,
                    Some(atom::THROW) => ExcClass::Throw,
                    _ => ExcClass::Error,
                };
                let mut e = Exception::new(class, read(p, m, reason));
                e.stack = read(p, m, stack);
                Flow::raise(e)
            }
            Instr::Badmatch { value } => {
                Flow::raise(exception::tagged(p, atom::BADMATCH, read(p, m, value)))
            }
            Instr::CaseEnd { value } => {
                Flow::raise(exception::tagged(p, atom::CASE_CLAUSE, read(p, m, value)))
            }
            Instr::TryCaseEnd { value } => {
                Flow::raise(exception::tagged(p, atom::TRY_CLAUSE, read(p, m, value)))
            }
            Instr::IfEnd {} => Flow::raise(Exception::error(Term::atom(atom::IF_CLAUSE))),
            Instr::FuncClause {} => Flow::raise(exception::function_clause(p, m, pc - 1)),
            Instr::LoopRec { fail, dst } => {
                let msg = match p.mailbox.peek() {
                    Some(msg) => Some(msg),
                    None => match ops::receive::take_signals(p) {
                        Ok(msg) => msg,
                        Err(end) => return (end, reds),
                    },
                };
                match msg {
                    Some(msg) => write(p, dst, msg),
                    None => pc = fail.0 as usize,
                }
                continue;
            }
            Instr::RemoveMessage {} => {
                ops::receive::remove_message(p);
                continue;
            }
            Instr::LoopRecEnd { to } => {
                p.mailbox.advance();
                pc = to.0 as usize;
                continue;
            }
            Instr::Wait { to } => {
                reds -= 1;
                ops::receive::wait(p, m, pc - 1, to.0 as usize, None)
            }
            Instr::WaitTimeout { to, timeout } => {
                reds -= 1;
                let t = read(p, m, timeout);
                ops::receive::wait(p, m, pc - 1, to.0 as usize, Some(t))
            }
            Instr::RecvMarkerBind { reference } => {
                let r = read(p, m, reference);
                if r.is_ref() {
                    p.mailbox.bind_marker(r.ref_number());
                }
                continue;
            }
            Instr::RecvMarkerUse { reference } => {
                let r = read(p, m, reference);
                if r.is_ref() {
                    p.mailbox.use_marker(r.ref_number());
                }
                continue;
            }
            Instr::Timeout {} => {
                p.mailbox.reset();
                p.timer = None;
                continue;
            }
        };
        match flow {
            Flow::Goto(module, to) => {
                m = module;
                pc = to;
            }
            Flow::Enter(module, to, live) => {
                m = module;
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
                        pc = to;
                    }
                    Err(exit) => return (SliceEnd::Exited(exit), reds),
                }
            }
            Flow::End(end) => return (end, reds),
        }
    }
}
