//! Calls, returns, frames, funs, apply and BIF invocation. Every call
//! entry is a safe point with live = arity and costs a reduction.

use crate::bif::{BifContext, BifResult, Exception};
use crate::code::{self, LoadedModule, Target};
use crate::heap::build;
use crate::interp::exception;
use crate::interp::{code_addr, read, Exit, Flow, SliceEnd};
use crate::process::{CodeAddr, Process};
use crate::term::{atom, Atom, BoxKind, Term};
use compiler::bytecode::Src;

/// Enters code at `entry`: the call safe point.
#[inline]
pub fn enter(p: &mut Process, m: &'static LoadedModule, entry: usize, arity: u16) -> Flow {
    if p.should_collect(0) {
        return collect_and_enter(p, m, entry, arity);
    }
    Flow::Enter(m, entry, arity as usize)
}

/// Collects with x[0..arity] as the live registers (on the collector
/// thread if the heap is big), then enters code at `entry`.
fn collect_and_enter(p: &mut Process, m: &'static LoadedModule, entry: usize, arity: u16) -> Flow {
    if p.offload_collection() {
        p.ip = code_addr(m, entry);
        return Flow::End(SliceEnd::Collect {
            live: arity as usize,
        });
    }
    if !p.collect(0, arity as usize) {
        return Flow::raise(exception::heap_limit(p));
    }
    Flow::Enter(m, entry, arity as usize)
}

#[inline]
/// Pushes a frame; false when the stack would pass its limit (runaway
/// recursion), which the caller turns into an error.
#[must_use]
pub fn allocate(p: &mut Process, slots: u16) -> bool {
    if !p.stack.push_frame(p.cp, slots as usize) {
        return false;
    }
    p.cp = Term::NON_VALUE;
    true
}

#[inline]
pub fn deallocate(p: &mut Process, slots: u16) {
    p.cp = p.stack.pop_frame(slots as usize);
}

/// Returns to the continuation pointer; with none, the process is done.
#[inline]
pub fn do_return(p: &mut Process, m: &'static LoadedModule) -> Flow {
    if p.cp.is_non_value() {
        return Flow::End(SliceEnd::Exited(Exit::Normal(p.x[0])));
    }
    let addr = CodeAddr::from_term(p.cp);
    p.cp = Term::NON_VALUE;
    // Most returns stay in the same module: skip the code table then.
    if addr.module == m.index {
        return Flow::Enter(m, addr.pc as usize, 1);
    }
    match code::get(addr.module) {
        Some(m) => Flow::Enter(m, addr.pc as usize, 1),
        None => Flow::raise(Exception::error(Term::atom(atom::UNDEF))),
    }
}

/// Runs the native `f` with x[0..arity] as arguments (which it leaves
/// alone); what it charges counts against this slice (`run_slice` adds
/// the slice's total to `p.reductions`).
#[inline]
fn native(p: &mut Process, f: crate::bif::BifFn, arity: usize, reds: &mut i64) -> BifResult {
    let mut buf = [Term::NIL; 8];
    let spilled: Vec<Term>;
    let args: &[Term] = if arity <= buf.len() {
        buf[..arity].copy_from_slice(&p.x[..arity]);
        &buf[..arity]
    } else {
        spilled = p.x[..arity].to_vec();
        &spilled
    };
    let before = p.reductions;
    let r = f(&mut BifContext::callable(p, *reds), args);
    *reds -= (p.reductions - before) as i64;
    p.reductions = before;
    r
}

/// Goes on after a native failed or trapped (its arguments still in
/// x[0..arity], CP set as for the call): continues it, or raises.
fn native_failed(
    p: &mut Process,
    (module, function): (Atom, Atom),
    arity: usize,
    mut e: Exception,
    reds: &mut i64,
) -> Flow {
    if e.class == crate::bif::ExcClass::Trap {
        return trap(p, e.reason, reds);
    }
    if shows_as_bif(module, function, arity, &e) {
        let list = build::list(&mut p.heap, &p.x[..arity]);
        e.args = build::tuple(
            &mut p.heap,
            &[Term::atom(module), Term::atom(function), list],
        );
    }
    Flow::raise(e)
}

/// Runs the native `module:function` (`f`) with x[0..arity] as arguments.
/// The result goes to x[0]; execution continues at the continuation
/// pointer (the next instruction after a call, the caller after a tail
/// call).
fn run_native(
    p: &mut Process,
    f: crate::bif::BifFn,
    mfa: (Atom, Atom),
    arity: usize,
    reds: &mut i64,
) -> Flow {
    match native(p, f, arity, reds) {
        Ok(v) => {
            p.x[0] = v;
            // A native call from call_ext behaves as call + return.
            let addr = CodeAddr::from_term(p.cp);
            if p.cp.is_non_value() {
                return Flow::End(SliceEnd::Exited(Exit::Normal(v)));
            }
            p.cp = Term::NON_VALUE;
            match code::get(addr.module) {
                Some(m) => Flow::Enter(m, addr.pc as usize, 1),
                None => Flow::raise(Exception::error(Term::atom(atom::UNDEF))),
            }
        }
        Err(e) => native_failed(p, mfa, arity, e, reds),
    }
}

/// How a `call_ext` (not a tail call) went: a native's value, to be put in
/// x0 before going on with the next instruction, or (with CP set to
/// `ret`) the flow of the call.
pub enum ExtCall {
    Value(Term),
    Flow(Flow),
}

/// `call_ext`, the native case without the round trip through CP: this
/// is how a body calls `length/1` and `++`.
#[inline(never)]
pub fn call_ext_body(
    p: &mut Process,
    m: &'static LoadedModule,
    import: u32,
    arity: u16,
    ret: Term,
    reds: &mut i64,
) -> ExtCall {
    let imp = &m.imports[import as usize];
    let arity = arity as usize;
    match imp.target() {
        Some(Target::Native(f)) => match native(p, f, arity, reds) {
            Ok(v) => ExtCall::Value(v),
            Err(e) => {
                p.cp = ret;
                ExtCall::Flow(native_failed(p, (imp.module, imp.function), arity, e, reds))
            }
        },
        Some(t) => {
            p.cp = ret;
            ExtCall::Flow(invoke(p, t, (imp.module, imp.function), arity, reds))
        }
        None => {
            p.cp = ret;
            ExtCall::Flow(Flow::raise(undef(p, imp.module, imp.function, arity)))
        }
    }
}

/// Whether an error raised by the native `module:function/arity` gets the
/// call (with its arguments) as the top stack frame, as BEAM shows an
/// error of a BIF (`{erlang, element, [5, {1}], []}`): for the `erlang`
/// BIFs except those whose purpose is to raise (`error`, `exit`, ...) and
/// the `lists` functions that are BIFs in OTP; not when the native set
/// the frame itself, and not for `function_clause` (which names the
/// function at fault differently).
fn shows_as_bif(module: Atom, function: Atom, arity: usize, e: &Exception) -> bool {
    if e.class != crate::bif::ExcClass::Error
        || !e.args.is_non_value()
        || e.reason == Term::atom(atom::FUNCTION_CLAUSE)
    {
        return false;
    }
    if module == atom::ERLANG {
        return !is_raiser(function);
    }
    module.name() == "lists"
        && matches!(
            (function.name(), arity),
            ("reverse", 2) | ("member", 2) | ("keyfind", 3) | ("keymember", 3) | ("keysearch", 3)
        )
}

/// The BIFs whose whole purpose is to raise: their errors are not shown
/// as errors of theirs.
fn is_raiser(function: Atom) -> bool {
    matches!(
        function.name(),
        "error" | "exit" | "throw" | "raise" | "halt"
    )
}

/// Continues a native that trapped: a tail call of the Erlang function
/// `{M, F, Args}` (same continuation), which may yield.
///
/// Its entry does not collect: a collection there would copy the partial
/// result the native is building (and the old generation with it) at
/// every chunk, making a long `++` several times slower than in one go.
/// The heap grows by fragments as during one long native call, and the
/// next ordinary safe point collects. The exception is a collection the
/// native asked for (`erlang:garbage_collect/0`): it runs at this entry.
fn trap(p: &mut Process, mfa: Term, reds: &mut i64) -> Flow {
    let w = mfa.tuple_elements();
    let (Some(m), Some(f)) = (w[0].as_atom(), w[1].as_atom()) else {
        return Flow::raise(crate::bif::badarg());
    };
    match spread(p, w[2], 0) {
        Some(n) => match code::resolve(m, f, n as u32) {
            Some(Target::Code { module, function }) => {
                let entry = module.functions[function as usize].entry as usize;
                if p.gc_requested && !p.mid_instruction() {
                    p.gc_requested = false;
                    return collect_and_enter(p, module, entry, n as u16);
                }
                Flow::Enter(module, entry, n)
            }
            Some(t) => invoke(p, t, (m, f), n, reds),
            None => Flow::raise(undef(p, m, f, n)),
        },
        None => Flow::raise(crate::bif::badarg()),
    }
}

/// Dispatches to a resolved target (`mfa` names it) with arguments in
/// x[0..arity]. The continuation pointer is already set (or inherited, for
/// tail calls).
fn invoke(
    p: &mut Process,
    target: Target,
    mfa: (Atom, Atom),
    arity: usize,
    reds: &mut i64,
) -> Flow {
    match target {
        Target::Code { module, function } => {
            let entry = module.functions[function as usize].entry as usize;
            enter(p, module, entry, arity as u16)
        }
        Target::Native(f) => run_native(p, f, mfa, arity, reds),
        Target::Apply(2) => {
            let (fun, list) = (p.x[0], p.x[1]);
            match spread(p, list, 0) {
                Some(n) => {
                    p.x[n] = fun;
                    call_fun(p, n as u16, reds)
                }
                None => Flow::raise(crate::bif::badarg()),
            }
        }
        Target::Apply(_) => {
            let (m, f, list) = (p.x[0], p.x[1], p.x[2]);
            match spread(p, list, 0) {
                Some(n) => {
                    p.x[n] = m;
                    p.x[n + 1] = f;
                    apply_registers(p, n as u16, reds)
                }
                None => Flow::raise(crate::bif::badarg()),
            }
        }
    }
}

/// Copies a proper list into x[start..]; returns the count.
fn spread(p: &mut Process, mut list: Term, start: usize) -> Option<usize> {
    let mut n = start;
    while let Some((h, t)) = list.as_cons() {
        if n + 2 >= p.x.len() {
            return None;
        }
        p.x[n] = h;
        n += 1;
        list = t;
    }
    list.is_nil().then_some(n)
}

pub fn call_ext(
    p: &mut Process,
    m: &'static LoadedModule,
    import: u32,
    arity: u16,
    reds: &mut i64,
) -> Flow {
    let imp = &m.imports[import as usize];
    match imp.target() {
        Some(t) => invoke(p, t, (imp.module, imp.function), arity as usize, reds),
        None => Flow::raise(undef(p, imp.module, imp.function, arity as usize)),
    }
}

/// `undef`, with the missing function and its arguments as the top frame.
fn undef(p: &mut Process, module: Atom, function: Atom, arity: usize) -> Exception {
    let args = build::list(&mut p.heap, &p.x[..arity]);
    let mut e = Exception::error(Term::atom(atom::UNDEF));
    e.args = build::tuple(
        &mut p.heap,
        &[Term::atom(module), Term::atom(function), args],
    );
    e
}

/// Calls the fun in x[arity] with x[0..arity].
pub fn call_fun(p: &mut Process, arity: u16, reds: &mut i64) -> Flow {
    let n = arity as usize;
    let f = p.x[n];
    match f.box_kind() {
        Some(BoxKind::Fun) => {
            let id = f.fun_lambda();
            if id.arity as usize != n {
                return Flow::raise(exception::badarity(p, f, n));
            }
            let Some(module) = code::get(id.module) else {
                return Flow::raise(Exception::error(Term::atom(atom::UNDEF)));
            };
            let lambda = &module.lambdas[id.index as usize];
            let free = f.fun_free();
            if n + free.len() >= p.x.len() {
                return Flow::raise(crate::bif::badarg());
            }
            p.x[n..n + free.len()].copy_from_slice(free);
            let entry = module.functions[lambda.function as usize].entry as usize;
            enter(p, module, entry, (n + free.len()) as u16)
        }
        Some(BoxKind::Export) => {
            let (m, fname, a) = f.export_mfa();
            if a != n {
                return Flow::raise(exception::badarity(p, f, n));
            }
            match code::resolve(m, fname, a as u32) {
                Some(t) => invoke(p, t, (m, fname), n, reds),
                None => Flow::raise(undef(p, m, fname, n)),
            }
        }
        _ => {
            let t = build::tuple(&mut p.heap, &[Term::atom(atom::BADFUN), f]);
            Flow::raise(Exception::error(t))
        }
    }
}

/// Calls x[arity]:x[arity+1](x[0..arity]).
pub fn apply_registers(p: &mut Process, arity: u16, reds: &mut i64) -> Flow {
    let n = arity as usize;
    let (m, f) = (p.x[n], p.x[n + 1]);
    let (Some(ma), Some(fa)) = (m.as_atom(), f.as_atom()) else {
        let t = build::tuple(&mut p.heap, &[Term::atom(atom::BADFUN), f]);
        let _ = t;
        return Flow::raise(crate::bif::badarg());
    };
    match code::resolve(ma, fa, n as u32) {
        Some(t) => invoke(p, t, (ma, fa), n, reds),
        None => Flow::raise(undef(p, ma, fa, n)),
    }
}

/// The `bif` instruction: a native call that never collects and never
/// transfers control. `erlang:apply` is not a valid target here.
pub fn bif(
    p: &mut Process,
    m: &LoadedModule,
    import: u32,
    args: &[Src],
    reds: &mut i64,
) -> Result<Term, Exception> {
    let imp = &m.imports[import as usize];
    let mut buf = [Term::NIL; 8];
    let n = args.len().min(buf.len());
    for (slot, s) in buf.iter_mut().zip(args) {
        *slot = read(p, m, s);
    }
    match imp.target() {
        Some(Target::Native(f)) => {
            let before = p.reductions;
            let r = f(
                &mut BifContext::new(p).with_reductions_left(*reds),
                &buf[..n],
            );
            *reds -= (p.reductions - before) as i64;
            p.reductions = before;
            r
        }
        _ => {
            let mut e = Exception::error(Term::atom(atom::UNDEF));
            let list = build::list(&mut p.heap, &buf[..n]);
            e.args = build::tuple(
                &mut p.heap,
                &[Term::atom(imp.module), Term::atom(imp.function), list],
            );
            Err(e)
        }
    }
}

/// An error raised by a BIF gets the BIF and its arguments as the top
/// stack frame, as in BEAM (`{erlang,element,[5,{1}],[]}`), except for the
/// functions whose whole purpose is to raise (`error`, `exit`, `throw`, ...).
pub fn bif_frame(
    p: &mut Process,
    m: &LoadedModule,
    import: u32,
    args: &[Src],
    mut e: Exception,
) -> Exception {
    let imp = &m.imports[import as usize];
    let raiser = is_raiser(imp.function);
    if e.class != crate::bif::ExcClass::Error || !e.args.is_non_value() || raiser {
        return e;
    }
    let values: Vec<Term> = args.iter().map(|s| read(p, m, s)).collect();
    let list = build::list(&mut p.heap, &values);
    e.args = build::tuple(
        &mut p.heap,
        &[Term::atom(imp.module), Term::atom(imp.function), list],
    );
    e
}
