//! The portable instruction set, run one instruction at a time: what
//! `Op::Generic` runs, and where every specialised op falls back when its
//! operands are not of the kinds it handles (code/op.rs). Covers every
//! instruction, so a fallback is always possible.

use super::{code_addr, exception, ops, read, return_address, write, Flow, SliceEnd};
use crate::bif::{ExcClass, Exception};
use crate::code::LoadedModule;
use crate::process::Process;
use crate::term::{atom, Term};
use compiler::bytecode::{Dst, Instr};

/// Runs `m.code[pc - 1]` (`pc` already points past it).
#[inline(never)]
pub fn step(p: &mut Process, m: &'static LoadedModule, mut pc: usize, reds: &mut i64) -> Flow {
    let Some(instr) = m.code.get(pc - 1) else {
        return Flow::raise(Exception::error(Term::atom(atom::UNDEF)));
    };
    match instr {
        Instr::Move { src, dst } => {
            let v = read(p, m, src);
            write(p, dst, v);
            Flow::Goto(m, pc)
        }
        Instr::Test { kind, fail, arg } => {
            if ops::data::type_test(*kind, read(p, m, arg)) {
                Flow::Goto(m, pc)
            } else {
                Flow::Goto(m, fail.0 as usize)
            }
        }
        Instr::Compare { op, fail, a, b } => {
            if ops::data::compare(*op, read(p, m, a), read(p, m, b)) {
                Flow::Goto(m, pc)
            } else {
                Flow::Goto(m, fail.0 as usize)
            }
        }
        Instr::Arith {
            op,
            a,
            b,
            dst,
            fail,
        } => {
            let (x, y) = (read(p, m, a), read(p, m, b));
            let r = match ops::arith::heavy(p, *op, x, y) {
                ops::arith::Heavy::Light => ops::arith::arith(p, *op, x, y),
                ops::arith::Heavy::Wait => return again(p, m, pc),
                ops::arith::Heavy::Done(r) => r,
            };
            match r {
                Ok(v) => {
                    write(p, dst, v);
                    Flow::Goto(m, pc)
                }
                Err(e) => match fail {
                    Some(l) => Flow::Goto(m, l.0 as usize),
                    None => Flow::raise(ops::arith::operator_frame(p, *op, a, b, x, y, e)),
                },
            }
        }
        Instr::Call { arity, function } => {
            *reds -= 1;
            p.cp = return_address(m, pc);
            enter_local(p, m, m.functions[*function as usize].entry, *arity)
        }
        Instr::CallOnly { arity, function } => {
            *reds -= 1;
            enter_local(p, m, m.functions[*function as usize].entry, *arity)
        }
        Instr::CallLast {
            arity,
            function,
            slots,
        } => {
            *reds -= 1;
            ops::call::deallocate(p, *slots);
            enter_local(p, m, m.functions[*function as usize].entry, *arity)
        }
        Instr::Return {} => {
            *reds -= 1;
            ops::call::do_return(p, m)
        }
        Instr::Allocate { slots, .. } => {
            if ops::call::allocate(p, *slots) {
                Flow::Goto(m, pc)
            } else {
                Flow::raise(exception::system_limit())
            }
        }
        Instr::Deallocate { slots } => {
            ops::call::deallocate(p, *slots);
            Flow::Goto(m, pc)
        }
        Instr::TestHeap { need, live } => test_heap(p, m, pc, *need, *live),
        Instr::Jump { to } => Flow::Goto(m, to.0 as usize),
        Instr::CallExt { arity, import } => {
            *reds -= 1;
            let ret = return_address(m, pc);
            match ops::call::call_ext_body(p, m, *import, *arity, ret, reds) {
                // A native's value: on with the next instruction (a spent
                // slice yields at the next call).
                ops::call::ExtCall::Value(v) => {
                    p.x[0] = v;
                    Flow::Goto(m, pc)
                }
                ops::call::ExtCall::Flow(flow) => flow,
            }
        }
        Instr::CallExtOnly { arity, import } => {
            *reds -= 1;
            ops::call::call_ext(p, m, *import, *arity, reds)
        }
        Instr::CallExtLast {
            arity,
            import,
            slots,
        } => {
            *reds -= 1;
            ops::call::deallocate(p, *slots);
            ops::call::call_ext(p, m, *import, *arity, reds)
        }
        Instr::CallFun { arity } => {
            *reds -= 1;
            p.cp = return_address(m, pc);
            ops::call::call_fun(p, *arity, reds)
        }
        Instr::CallFunOnly { arity } => {
            *reds -= 1;
            ops::call::call_fun(p, *arity, reds)
        }
        Instr::CallFunLast { arity, slots } => {
            *reds -= 1;
            ops::call::deallocate(p, *slots);
            ops::call::call_fun(p, *arity, reds)
        }
        Instr::Apply { arity } => {
            *reds -= 1;
            p.cp = return_address(m, pc);
            ops::call::apply_registers(p, *arity, reds)
        }
        Instr::ApplyOnly { arity } => {
            *reds -= 1;
            ops::call::apply_registers(p, *arity, reds)
        }
        Instr::ApplyLast { arity, slots } => {
            *reds -= 1;
            ops::call::deallocate(p, *slots);
            ops::call::apply_registers(p, *arity, reds)
        }
        Instr::Bif {
            import,
            args,
            dst,
            fail,
        } => match ops::call::bif(p, m, *import, args, reds) {
            Ok(v) => {
                write(p, dst, v);
                Flow::Goto(m, pc)
            }
            Err(e) if e.is_retry() => again(p, m, pc),
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
            Flow::Goto(m, pc)
        }
        Instr::TestArity { fail, arg, arity } => {
            let t = read(p, m, arg);
            if !(t.is_tuple() && t.tuple_arity() == *arity as usize) {
                pc = fail.0 as usize;
            }
            Flow::Goto(m, pc)
        }
        Instr::IsTaggedTuple {
            fail,
            arg,
            arity,
            tag,
        } => {
            let t = read(p, m, arg);
            let tag = read(p, m, tag);
            if !(t.is_tuple() && t.tuple_arity() == *arity as usize && t.tuple_elements()[0] == tag)
            {
                pc = fail.0 as usize;
            }
            Flow::Goto(m, pc)
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
            Flow::Goto(m, pc)
        }
        Instr::GetList { src, head, tail } => {
            let l = read(p, m, src);
            write(p, head, l.head());
            write(p, tail, l.tail());
            Flow::Goto(m, pc)
        }
        Instr::GetHd { src, dst } => {
            let l = read(p, m, src);
            write(p, dst, l.head());
            Flow::Goto(m, pc)
        }
        Instr::GetTl { src, dst } => {
            let l = read(p, m, src);
            write(p, dst, l.tail());
            Flow::Goto(m, pc)
        }
        Instr::GetTupleElement { src, index, dst } => {
            let t = read(p, m, src);
            // NIL for what compiled code never does (see `Op::GetTupleElement`).
            let v = t.tuple_elements().get(*index as usize).copied();
            write(p, dst, v.unwrap_or(Term::NIL));
            Flow::Goto(m, pc)
        }
        Instr::PutList { head, tail, dst } => {
            let (h, t) = (read(p, m, head), read(p, m, tail));
            let v = crate::heap::build::cons(&mut p.heap, h, t);
            write(p, dst, v);
            Flow::Goto(m, pc)
        }
        Instr::PutTuple { elements, dst } => {
            let v = ops::data::put_tuple(p, m, elements);
            write(p, dst, v);
            Flow::Goto(m, pc)
        }
        Instr::MakeFun { lambda, free, dst } => {
            let v = ops::data::make_fun(p, m, *lambda, free);
            write(p, dst, v);
            Flow::Goto(m, pc)
        }
        Instr::NewMap { pairs, dst } => {
            let v = ops::maps::new_map(p, m, pairs);
            write(p, dst, v);
            Flow::Goto(m, pc)
        }
        Instr::PutMapAssoc { map, pairs, dst } => {
            match ops::maps::put_map(p, m, map, pairs, false) {
                Ok(v) => {
                    write(p, dst, v);
                    Flow::Goto(m, pc)
                }
                Err(e) => Flow::raise(e),
            }
        }
        Instr::PutMapExact { map, pairs, dst } => {
            match ops::maps::put_map(p, m, map, pairs, true) {
                Ok(v) => {
                    write(p, dst, v);
                    Flow::Goto(m, pc)
                }
                Err(e) => Flow::raise(e),
            }
        }
        Instr::GetMapElements { fail, map, pairs } => {
            if !ops::maps::get_map_elements(p, m, map, pairs) {
                pc = fail.0 as usize;
            }
            Flow::Goto(m, pc)
        }
        Instr::BsCreate {
            segments,
            dst,
            fail,
        } => match ops::binary::create(p, m, segments) {
            Ok(v) => {
                write(p, dst, v);
                Flow::Goto(m, pc)
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
            Flow::Goto(m, pc)
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
            Flow::Goto(m, pc)
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
            Flow::Goto(m, pc)
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
            Flow::Goto(m, pc)
        }
        Instr::BsGetTail { bin, pos, dst } => {
            let v = ops::binary::get_tail(p, m, bin, pos);
            write(p, dst, v);
            Flow::Goto(m, pc)
        }
        Instr::Try { y, handler } | Instr::Catch { y, handler } => {
            let marker = code_addr(m, handler.0 as usize).catch_marker(*y);
            write(p, &Dst::Y(*y), marker);
            Flow::Goto(m, pc)
        }
        Instr::TryEnd { y } => {
            write(p, &Dst::Y(*y), Term::NIL);
            Flow::Goto(m, pc)
        }
        Instr::TryCase { y } => {
            write(p, &Dst::Y(*y), Term::NIL);
            p.x[0] = p.x[1];
            p.x[1] = p.x[2];
            p.x[2] = p.x[3];
            Flow::Goto(m, pc)
        }
        Instr::CatchEnd { y } => {
            write(p, &Dst::Y(*y), Term::NIL);
            if p.x[0].is_non_value() {
                p.x[0] = exception::catch_value(p);
            }
            Flow::Goto(m, pc)
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
                    Err(end) => return Flow::End(end),
                },
            };
            match msg {
                Some(msg) => write(p, dst, msg),
                None => pc = fail.0 as usize,
            }
            Flow::Goto(m, pc)
        }
        Instr::RemoveMessage {} => {
            ops::receive::remove_message(p);
            Flow::Goto(m, pc)
        }
        Instr::LoopRecEnd { to } => {
            p.mailbox.advance();
            pc = to.0 as usize;
            Flow::Goto(m, pc)
        }
        Instr::Wait { to } => {
            *reds -= 1;
            ops::receive::wait(p, m, pc - 1, to.0 as usize, None)
        }
        Instr::WaitTimeout { to, timeout } => {
            *reds -= 1;
            let t = read(p, m, timeout);
            ops::receive::wait(p, m, pc - 1, to.0 as usize, Some(t))
        }
        Instr::RecvMarkerBind { reference } => {
            let r = read(p, m, reference);
            if r.is_ref() {
                p.mailbox.bind_marker(r.ref_number());
            }
            Flow::Goto(m, pc)
        }
        Instr::RecvMarkerUse { reference } => {
            let r = read(p, m, reference);
            if r.is_ref() {
                p.mailbox.use_marker(r.ref_number());
            }
            Flow::Goto(m, pc)
        }
        Instr::Timeout {} => {
            p.mailbox.reset();
            p.timer = None;
            Flow::Goto(m, pc)
        }
    }
}

/// Ends the slice at the instruction before `pc`, to run it again in the
/// next one: after the dirty job it asked for, if it did, else at once.
/// Its live registers are not known there: every x register any code uses
/// is kept. Stale ones are harmless, as no collection runs until the
/// instruction is done (`Process::mid_instruction`).
#[cold]
fn again(p: &mut Process, m: &'static LoadedModule, pc: usize) -> Flow {
    p.ip = code_addr(m, pc - 1);
    let live = crate::code::max_x_register();
    if p.pending.as_ref().is_some_and(|q| q.dirty_job.is_some()) {
        Flow::End(SliceEnd::Dirty { live })
    } else {
        Flow::End(SliceEnd::Yielded { live })
    }
}

/// A local call's entry: the call safe point (with the arguments as the
/// live registers), then the jump; the caller has set CP.
#[inline]
pub fn enter_local(p: &mut Process, m: &'static LoadedModule, entry: u32, arity: u16) -> Flow {
    let collect = p.should_collect(0);
    if collect && p.offload_collection() {
        p.ip = code_addr(m, entry as usize);
        return Flow::End(SliceEnd::Collect {
            live: arity as usize,
        });
    }
    if collect && !p.collect(0, arity as usize) {
        return Flow::raise(exception::heap_limit(p));
    }
    Flow::Enter(m, entry as usize, arity as usize)
}

/// `test_heap` at `pc - 1`, after its fast check found too little room.
pub fn test_heap(
    p: &mut Process,
    m: &'static LoadedModule,
    pc: usize,
    need: u32,
    live: u16,
) -> Flow {
    let collect = p.should_collect(need as usize);
    if collect && p.offload_collection() {
        // Run this test_heap again after the collection.
        p.ip = code_addr(m, pc - 1);
        return Flow::End(SliceEnd::Collect {
            live: live as usize,
        });
    }
    if collect && !p.collect(need as usize, live as usize) {
        Flow::raise(exception::heap_limit(p))
    } else {
        Flow::Goto(m, pc)
    }
}
