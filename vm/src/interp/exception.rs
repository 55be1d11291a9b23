//! Raising exceptions: building the stacktrace from the line table, and
//! unwinding the stack to the nearest catch marker.
//!
//! A stacktrace is a list of `{Module, Function, Arity | Args, Location}`
//! frames with `Location = [{file, File}, {line, Line}]`: the current
//! function first, then the continuation pointer (inside a leaf), then
//! each return address on the stack, at most `MAX_FRAMES` in all (BEAM's
//! default backtrace depth).

use crate::bif::{ExcClass, Exception};
use crate::code::{self, LoadedModule};
use crate::heap::build;
use crate::interp::Exit;
use crate::process::code_word::{catch_y, is_catch_marker};
use crate::process::{CodeAddr, Process};
use crate::term::{atom, Term};

pub const MAX_FRAMES: usize = 8;

/// `error({Tag, Value})`.
pub fn tagged(p: &mut Process, tag: crate::term::Atom, value: Term) -> Exception {
    let t = build::tuple(&mut p.heap, &[Term::atom(tag), value]);
    Exception::error(t)
}

pub fn badarity(p: &mut Process, fun: Term, n: usize) -> Exception {
    let args = build::list(&mut p.heap, &p.x[..n]);
    let inner = build::tuple(&mut p.heap, &[fun, args]);
    tagged(p, atom::BADARITY, inner)
}

/// `function_clause` for the function containing `pc`; its arguments (still
/// in x registers) become the top frame.
pub fn function_clause(p: &mut Process, m: &LoadedModule, pc: usize) -> Exception {
    let mut e = Exception::error(Term::atom(atom::FUNCTION_CLAUSE));
    if let Some(f) = m.function_at(pc as u32) {
        let args = build::list(&mut p.heap, &p.x[..f.arity as usize]);
        e.args = build::tuple(&mut p.heap, &[Term::atom(m.name), Term::atom(f.name), args]);
    }
    e
}

/// A frame `{M, F, ArityOrArgs, [{file, F}, {line, L}]}` for code at `pc`;
/// none for the continuations natives trap to (`lists:'$reverse'/2`,
/// `lists:'$length'/3`, ...), which are not part of the program: an error
/// they pass on shows as the native's (as BEAM's traps are invisible).
fn frame(p: &mut Process, m: &LoadedModule, pc: u32, args: Option<Term>) -> Option<Term> {
    let f = m.function_at(pc)?;
    if m.name.name() == "lists" && f.name.name().starts_with('$') {
        return None;
    }
    let arity_or_args = args.unwrap_or(Term::small(f.arity as i64));
    let mut loc = Vec::new();
    let file = build::string(&mut p.heap, &m.file);
    loc.push(build::tuple(&mut p.heap, &[Term::atom(atom::FILE), file]));
    let line = match args {
        // function_clause points at the function's first line.
        Some(_) => f.lines.first().map(|(_, l)| *l),
        None => m.line_at(pc),
    };
    if let Some(l) = line {
        loc.push(build::tuple(
            &mut p.heap,
            &[Term::atom(atom::LINE), Term::small(l as i64)],
        ));
    }
    let loc = build::list(&mut p.heap, &loc);
    Some(build::tuple(
        &mut p.heap,
        &[Term::atom(m.name), Term::atom(f.name), arity_or_args, loc],
    ))
}

/// Builds the stacktrace for an exception raised at `pc` in `m`.
pub fn stacktrace(p: &mut Process, m: &LoadedModule, pc: usize, e: &Exception) -> Term {
    let mut frames = Vec::new();
    if !e.args.is_non_value() {
        // {M, F, Args} prepared by the raiser.
        let w = e.args.tuple_elements();
        if w.len() == 3 {
            if e.reason == Term::atom(atom::FUNCTION_CLAUSE) {
                if let Some(f) = frame(p, m, pc as u32, Some(w[2])) {
                    frames.push(f);
                }
            } else {
                let empty = Term::NIL;
                frames.push(build::tuple(&mut p.heap, &[w[0], w[1], w[2], empty]));
                if let Some(f) = frame(p, m, pc as u32, None) {
                    frames.push(f);
                }
            }
        }
    } else if let Some(f) = frame(p, m, pc as u32, None) {
        frames.push(f);
    }
    let mut addrs = Vec::new();
    if !p.cp.is_non_value() {
        addrs.push(p.cp);
    }
    for w in p.stack.as_slice().iter().rev() {
        if addrs.len() + frames.len() >= MAX_FRAMES {
            break;
        }
        if w.is_code() && !is_catch_marker(*w) {
            addrs.push(*w);
        }
    }
    for a in addrs {
        if frames.len() >= MAX_FRAMES {
            break;
        }
        let addr = CodeAddr::from_term(a);
        if let Some(cm) = code::get(addr.module) {
            // The shell's evaluator loop (stdlib/joist_shell.erl) is the
            // bottom of every evaluation's stack; like erl's own shell
            // machinery it is not part of the user's program.
            if cm.name.name() == "joist_shell" {
                continue;
            }
            if let Some(f) = frame(p, cm, addr.pc.saturating_sub(1), None) {
                frames.push(f);
            }
        }
    }
    build::list(&mut p.heap, &frames)
}

/// Raises `e` at `pc`: jumps to the nearest catch handler, or ends the
/// process.
pub fn raise(
    p: &mut Process,
    m: &'static LoadedModule,
    pc: usize,
    e: Exception,
) -> Result<(&'static LoadedModule, usize), Exit> {
    match e.class {
        ExcClass::Halt(code) => return Err(Exit::Halt(code)),
        ExcClass::Signal => return Err(Exit::Signal(e.reason)),
        // Natives trap only where they may (a call), never as a raise.
        ExcClass::Trap => {
            return Err(Exit::Crashed {
                class: ExcClass::Error,
                reason: Term::atom(atom::BADARG),
                stack: Term::NIL,
            })
        }
        _ => {}
    }
    let stack = if e.stack.is_non_value() {
        stacktrace(p, m, pc, &e)
    } else {
        e.stack
    };
    // Find the innermost catch marker: the first one met going down the
    // stack gives the frame (its top is `j + 1 + y`); within that frame,
    // nested `try`s hold higher y registers, which sit deeper, so keep
    // looking down to the frame's continuation pointer.
    let mut found: Option<(usize, usize)> = None;
    let mut j = p.stack.len();
    while j > 0 {
        j -= 1;
        let w = p.stack.as_slice()[j];
        match found {
            None if is_catch_marker(w) => found = Some((j, catch_y(w))),
            None => {}
            Some((fj, fy)) => {
                if (w.is_code() && !is_catch_marker(w)) || w.is_non_value() {
                    break;
                }
                if is_catch_marker(w) && j + 1 + catch_y(w) == fj + 1 + fy {
                    found = Some((j, catch_y(w)));
                }
            }
        }
    }
    if let Some((j, y)) = found {
        let w = p.stack.as_slice()[j];
        let addr = CodeAddr::from_term(w);
        p.stack.truncate(j + 1 + y);
        p.cp = Term::NON_VALUE;
        p.x[0] = Term::NON_VALUE;
        p.x[1] = Term::atom(e.class.atom());
        p.x[2] = e.reason;
        p.x[3] = stack;
        if let Some(hm) = code::get(addr.module) {
            return Ok((hm, addr.pc as usize));
        }
    }
    Err(Exit::Crashed {
        class: e.class,
        reason: e.reason,
        stack,
    })
}

/// The value of `catch Expr` after an exception (x1 class, x2 reason,
/// x3 stacktrace).
pub fn catch_value(p: &mut Process) -> Term {
    let (class, reason, stack) = (p.x[1], p.x[2], p.x[3]);
    match class.as_atom() {
        Some(atom::THROW) => reason,
        Some(atom::EXIT) => build::tuple(&mut p.heap, &[Term::atom(atom::EXIT_UPPER), reason]),
        _ => {
            let inner = build::tuple(&mut p.heap, &[reason, stack]);
            build::tuple(&mut p.heap, &[Term::atom(atom::EXIT_UPPER), inner])
        }
    }
}

/// A process whose heap passed `process::MAX_HEAP_WORDS` after a
/// collection, or whose stack passed `process::MAX_STACK_WORDS`.
#[cold]
pub fn system_limit() -> Exception {
    Exception::error(Term::atom(atom::SYSTEM_LIMIT))
}

/// The exit reason of a process that passed a heap limit off its slice
/// (collected between slices: there is nothing to raise into).
#[cold]
pub fn heap_limit_reason(p: &Process) -> Term {
    let e = heap_limit(p);
    match e.class {
        ExcClass::Signal => e.reason,
        _ => Term::atom(atom::SYSTEM_LIMIT),
    }
}

/// A collection left more live data than allowed: over the process's own
/// `max_heap_size` it is killed (reason `killed`, uncatchable, with a
/// report on stderr, as OTP does); over the VM-wide limit it gets a
/// `system_limit` error.
#[cold]
pub fn heap_limit(p: &Process) -> Exception {
    let used = p.heap.used_words();
    if p.max_heap_words != 0 && used > p.max_heap_words {
        crate::output::flush();
        eprintln!(
            "joist: process {} killed: its heap holds {used} words, over its max_heap_size of {} words",
            crate::term::display::write_term(Term::pid(p.pid)),
            p.max_heap_words
        );
        return Exception::new(ExcClass::Signal, Term::atom(atom::KILLED));
    }
    system_limit()
}
