//! Which clause bodies need a stack frame: those that make a call that is
//! not in tail position, receive, catch, or run a comprehension (which is a
//! call to a fun). Everything else is a leaf and keeps its values in x
//! registers. Fun bodies are separate functions and are not looked into.

use super::function::FunCtx;
use crate::syntax::ast::{CallTarget, Expr, ExprKind};

pub fn body_needs_frame(f: &FunCtx, body: &[Expr]) -> bool {
    match body.split_last() {
        None => false,
        Some((last, init)) => init.iter().any(|e| contains_call(f, e)) || tail_needs_frame(f, last),
    }
}

fn tail_needs_frame(f: &FunCtx, e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Call { target, args } => {
            args.iter().any(|a| contains_call(f, a))
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

/// Whether a call to this target runs Erlang code (clobbering x registers)
/// rather than a native BIF instruction.
pub fn is_code_call(f: &FunCtx, target: &CallTarget, arity: usize) -> bool {
    match target {
        CallTarget::Local { name, .. } => {
            if f.m.local.contains_key(&(name.clone(), arity))
                || f.m.imported.contains_key(&(name.clone(), arity))
            {
                return true;
            }
            name == "apply" || !crate::autoimport::is_auto_imported(name, arity)
        }
        CallTarget::Remote { module, function } => match (&module.kind, &function.kind) {
            (ExprKind::Atom(m), ExprKind::Atom(fname)) => m != "erlang" || fname == "apply",
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
        BinOp(_, a, b) => contains_call(f, a) || contains_call(f, b),
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
