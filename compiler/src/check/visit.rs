//! Generic traversal of expressions: the direct sub-expressions of a node
//! (including clause patterns, guards and bodies), and the helpers built
//! on it that do not care about scoping.
//!
//! Invariant: [`for_each_child`] visits every `Expr` directly contained in
//! a node exactly once, in source order, so helpers built on it see the
//! whole tree.

use crate::source::Span;
use crate::syntax::ast::{CallTarget, Expr, ExprKind, Guard, Qualifier};

fn guard_children<'a>(g: &'a Guard, f: &mut impl FnMut(&'a Expr)) {
    g.iter().flatten().for_each(f);
}

/// Calls `f` on each direct sub-expression of `e`.
pub(crate) fn for_each_child<'a>(e: &'a Expr, f: &mut impl FnMut(&'a Expr)) {
    use ExprKind::*;
    match &e.kind {
        Integer(_)
        | Float(_)
        | Char(_)
        | String(_)
        | Atom(_)
        | Var(_)
        | LocalFunRef { .. }
        | RemoteFunRef { .. } => {}
        Tuple(es) | Block(es) => es.iter().for_each(f),
        List { elements, tail } => {
            elements.iter().for_each(&mut *f);
            tail.iter().for_each(|t| f(t));
        }
        Binary(segs) => {
            for s in segs {
                f(&s.value);
                s.size.iter().for_each(&mut *f);
            }
        }
        Map(fields) => fields.iter().for_each(|m| {
            f(&m.key);
            f(&m.value)
        }),
        MapUpdate { map, fields } => {
            f(map);
            fields.iter().for_each(|m| {
                f(&m.key);
                f(&m.value)
            });
        }
        Match { pattern, value } => {
            f(pattern);
            f(value);
        }
        BinOp(_, a, b) => {
            f(a);
            f(b);
        }
        Unary(_, a) | Catch(a) => f(a),
        Call { target, args } => {
            match target {
                CallTarget::Local { .. } => {}
                CallTarget::Remote { module, function } => {
                    f(module);
                    f(function);
                }
                CallTarget::Fun(fun) => f(fun),
            }
            args.iter().for_each(f);
        }
        Case { subject, clauses } => {
            f(subject);
            for c in clauses {
                f(&c.pattern);
                guard_children(&c.guard, f);
                c.body.iter().for_each(&mut *f);
            }
        }
        If(clauses) => {
            for c in clauses {
                guard_children(&c.guard, f);
                c.body.iter().for_each(&mut *f);
            }
        }
        Receive { clauses, after } => {
            for c in clauses {
                f(&c.pattern);
                guard_children(&c.guard, f);
                c.body.iter().for_each(&mut *f);
            }
            if let Some(a) = after {
                f(&a.timeout);
                a.body.iter().for_each(f);
            }
        }
        Fun { clauses, .. } => {
            for c in clauses {
                c.patterns.iter().for_each(&mut *f);
                guard_children(&c.guard, f);
                c.body.iter().for_each(&mut *f);
            }
        }
        ListComp {
            element,
            qualifiers,
        }
        | BinComp {
            element,
            qualifiers,
        } => {
            f(element);
            for q in qualifiers {
                match q {
                    Qualifier::Generator { pattern, list: e }
                    | Qualifier::BinGenerator { pattern, binary: e } => {
                        f(pattern);
                        f(e);
                    }
                    Qualifier::Filter(e) => f(e),
                }
            }
        }
        Try(t) => {
            t.body.iter().for_each(&mut *f);
            for c in &t.of_clauses {
                f(&c.pattern);
                guard_children(&c.guard, f);
                c.body.iter().for_each(&mut *f);
            }
            for c in &t.catch_clauses {
                c.class.iter().for_each(&mut *f);
                f(&c.reason);
                c.stack.iter().for_each(&mut *f);
                guard_children(&c.guard, f);
                c.body.iter().for_each(&mut *f);
            }
            t.after.iter().for_each(f);
        }
    }
}

/// Every variable occurrence in `e` (excluding `_`), in source order.
pub(crate) fn variables(e: &Expr) -> Vec<(&str, Span)> {
    fn go<'a>(e: &'a Expr, out: &mut Vec<(&'a str, Span)>) {
        if let ExprKind::Var(name) = &e.kind {
            if name != "_" {
                out.push((name.as_str(), e.span));
            }
        }
        for_each_child(e, &mut |c| go(c, out));
    }
    let mut out = Vec::new();
    go(e, &mut out);
    out
}

/// Whether evaluating `e` may bind variables in the enclosing scope. It is
/// conservative: `true` for any construct that can contain a binding
/// outside a fun or comprehension (which never leak bindings).
pub(crate) fn may_bind(e: &Expr) -> bool {
    use ExprKind::*;
    match &e.kind {
        Match { .. } | Case { .. } | If(_) | Receive { .. } | Try(_) | Catch(_) | Block(_) => true,
        Fun { .. } | ListComp { .. } | BinComp { .. } => false,
        _ => {
            let mut found = false;
            for_each_child(e, &mut |c| found = found || may_bind(c));
            found
        }
    }
}

/// Whether `e` is a number literal (integer, float or character).
pub(crate) fn is_number_literal(e: &Expr) -> bool {
    matches!(
        e.kind,
        ExprKind::Integer(_) | ExprKind::Float(_) | ExprKind::Char(_)
    )
}
