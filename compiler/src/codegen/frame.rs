//! Which clause bodies need a stack frame: those that make a call that is
//! not in tail position, receive, catch, or run a comprehension (which is a
//! call to a fun). Everything else is a leaf and keeps its values in x
//! registers. Fun bodies are separate functions and are not looked into.

use super::function::FunCtx;
use crate::syntax::ast::{BinaryOp, CallTarget, Expr, ExprKind};

pub fn body_needs_frame(f: &FunCtx, body: &[Expr]) -> bool {
    match body.split_last() {
        None => false,
        Some((last, init)) => init.iter().any(|e| contains_call(f, e)) || tail_needs_frame(f, last),
    }
}

fn tail_needs_frame(f: &FunCtx, e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Call { target, args } => {
            // A trapping BIF is called as a body call even in tail
            // position (see `is_trapping_bif`).
            calls_trapping_bif(f, target, args.len())
                || args.iter().any(|a| contains_call(f, a))
                || match target {
                    CallTarget::Local { .. } => false,
                    CallTarget::Remote { module, function } => {
                        contains_call(f, module) || contains_call(f, function)
                    }
                    CallTarget::Fun(fun) => contains_call(f, fun),
                }
        }
        ExprKind::Case { subject, clauses } => {
            contains_call(f, subject) || clauses.iter().any(|c| body_needs_frame(f, &c.body))
        }
        ExprKind::If(clauses) => clauses.iter().any(|c| body_needs_frame(f, &c.body)),
        ExprKind::Block(body) => body_needs_frame(f, body),
        _ => contains_call(f, e),
    }
}

/// `erlang` functions that a body calls with `call_ext` rather than the
/// `bif` instruction, although they are native: on a long list they work
/// in chunks and *trap* (continue through a call of an Erlang function,
/// where the process may be preempted), which only a called native can do.
/// They are called as body calls even in tail position, so the caller's
/// frame stays on the stack for stack traces (as OTP shows it under the
/// BIF). In guards they remain `bif` instructions and scan to the end.
/// `garbage_collect/0,1` trap to reach a safe point (their collection
/// runs at the continuation's entry) or to wait for another process.
pub fn is_trapping_bif(name: &str, arity: usize) -> bool {
    matches!(
        (name, arity),
        ("length", 1)
            | ("++", 2)
            | ("--", 2)
            | ("binary_to_list", 1 | 3)
            | ("list_to_binary", 1)
            | ("iolist_to_binary", 1)
            | ("iolist_size", 1)
            | ("garbage_collect", 0 | 1)
    )
}

/// Whether a call to this target is a call of a trapping `erlang` BIF.
pub fn calls_trapping_bif(f: &FunCtx, target: &CallTarget, arity: usize) -> bool {
    match target {
        CallTarget::Local { name, .. } => {
            if f.m.local.contains_key(&(name.clone(), arity)) {
                return false;
            }
            match f.m.imported.get(&(name.clone(), arity)) {
                Some(m) => m == "erlang" && is_trapping_bif(name, arity),
                None => {
                    crate::autoimport::is_auto_imported(name, arity) && is_trapping_bif(name, arity)
                }
            }
        }
        CallTarget::Remote { module, function } => match (&module.kind, &function.kind) {
            (ExprKind::Atom(m), ExprKind::Atom(fname)) => {
                m == "erlang" && is_trapping_bif(fname, arity)
            }
            _ => false,
        },
        CallTarget::Fun(_) => false,
    }
}

/// Whether a call to this target runs Erlang code or may trap (clobbering
/// x registers) rather than being a native BIF instruction.
pub fn is_code_call(f: &FunCtx, target: &CallTarget, arity: usize) -> bool {
    match target {
        CallTarget::Local { name, .. } => {
            if f.m.local.contains_key(&(name.clone(), arity))
                || f.m.imported.contains_key(&(name.clone(), arity))
            {
                return true;
            }
            name == "apply"
                || !crate::autoimport::is_auto_imported(name, arity)
                || is_trapping_bif(name, arity)
        }
        CallTarget::Remote { module, function } => match (&module.kind, &function.kind) {
            (ExprKind::Atom(m), ExprKind::Atom(fname)) => {
                m != "erlang" || fname == "apply" || is_trapping_bif(fname, arity)
            }
            _ => true,
        },
        CallTarget::Fun(_) => true,
    }
}

pub fn contains_call(f: &FunCtx, e: &Expr) -> bool {
    use ExprKind::*;
    match &e.kind {
        Integer(_) | Float(_) | Char(_) | String(_) | Atom(_) | Var(_) => false,
        LocalFunRef { .. } | RemoteFunRef { .. } | Fun { .. } => false,
        Receive { .. } | Try(_) | Catch(_) | ListComp { .. } | BinComp { .. } => true,
        Tuple(es) => es.iter().any(|x| contains_call(f, x)),
        List { elements, tail } => {
            elements.iter().any(|x| contains_call(f, x))
                || tail.as_ref().is_some_and(|t| contains_call(f, t))
        }
        Binary(segs) => segs.iter().any(|s| {
            contains_call(f, &s.value) || s.size.as_ref().is_some_and(|z| contains_call(f, z))
        }),
        Map(fields) => fields
            .iter()
            .any(|m| contains_call(f, &m.key) || contains_call(f, &m.value)),
        MapUpdate { map, fields } => {
            contains_call(f, map)
                || fields
                    .iter()
                    .any(|m| contains_call(f, &m.key) || contains_call(f, &m.value))
        }
        Match { pattern, value } => contains_call(f, pattern) || contains_call(f, value),
        BinOp(op, a, b) => {
            matches!(op, BinaryOp::Append | BinaryOp::Subtract)
                || contains_call(f, a)
                || contains_call(f, b)
        }
        Unary(_, a) => contains_call(f, a),
        Call { target, args } => {
            is_code_call(f, target, args.len())
                || args.iter().any(|a| contains_call(f, a))
                || match target {
                    CallTarget::Remote { module, function } => {
                        contains_call(f, module) || contains_call(f, function)
                    }
                    _ => false,
                }
        }
        Case { subject, clauses } => {
            contains_call(f, subject)
                || clauses
                    .iter()
                    .any(|c| c.body.iter().any(|x| contains_call(f, x)))
        }
        If(clauses) => clauses
            .iter()
            .any(|c| c.body.iter().any(|x| contains_call(f, x))),
        Block(body) => body.iter().any(|x| contains_call(f, x)),
    }
}
