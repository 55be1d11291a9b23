//! Patterns: which expressions may appear in a pattern, and how the
//! variables of a pattern bind.
//!
//! A pattern is made of variables, literals, tuples, lists, maps with `:=`
//! (keys are guard expressions over already-bound variables), binaries
//! (sizes may use variables bound before the pattern or earlier in the
//! same binary), `=` aliases, `"prefix" ++ Tail`, and arithmetic on number
//! literals. Anything else is reported as an illegal pattern; its variables
//! are still bound, so the rest of the clause does not pile up errors.
//!
//! Binding rules (Erlang's): in [`PatMode::Match`] (`case`, `receive`,
//! `=`, `try`, `catch` clauses) a variable already bound outside is a use;
//! in [`PatMode::Fresh`] (function heads, fun heads, generators) every
//! variable is new and may shadow an outer one. Within one pattern, a
//! second occurrence of a new variable is a use of the first.
//!
//! Invariant: the pattern's new variables are collected in [`PatState`] and
//! only enter the environment through [`PatState::commit`], after the whole
//! pattern (all arguments of a head) has been walked.

use super::error::{CheckError, ShadowIn};
use super::guard::GuardCtx;
use super::scope::{BindingId, Env};
use super::shape::Shape;
use super::visit::{is_number_literal, variables};
use super::walk::Walker;
use crate::source::Span;
use crate::syntax::ast::{BinElement, BinaryOp, Expr, ExprKind, MapOp, UnaryOp};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum PatMode {
    /// Bound variables are matched against their values.
    Match,
    /// Every variable is new; `Some` says where an outer variable of the
    /// same name is shadowed (and warned about); `None` for function heads.
    Fresh(Option<ShadowIn>),
}

/// The variables bound so far by one pattern (or one function head).
#[derive(Debug)]
pub(crate) struct PatState {
    mode: PatMode,
    new: Vec<(String, BindingId)>,
    /// Names bound so far in the innermost binary being walked: the only
    /// new variables a segment size may use.
    bin_scope: Vec<String>,
}

impl PatState {
    pub(crate) fn new(mode: PatMode) -> PatState {
        PatState {
            mode,
            new: Vec::new(),
            bin_scope: Vec::new(),
        }
    }

    pub(crate) fn new_binding(&self, name: &str) -> Option<BindingId> {
        self.new.iter().find(|(n, _)| n == name).map(|(_, id)| *id)
    }

    /// The id of `name` if it was bound earlier in the current binary.
    pub(crate) fn in_bin_scope(&self, name: &str) -> Option<BindingId> {
        if self.bin_scope.iter().any(|n| n == name) {
            self.new_binding(name)
        } else {
            None
        }
    }

    /// Adds the pattern's variables to `env` (shadowing in `Fresh` mode).
    pub(crate) fn commit(self, env: &mut Env) {
        for (name, id) in self.new {
            env.bind(&name, id);
        }
    }
}

/// Arithmetic operators allowed between number literals in a pattern.
fn is_arith(op: BinaryOp) -> bool {
    use BinaryOp::*;
    matches!(
        op,
        Add | Sub | Mul | Div | IntDiv | Rem | Band | Bor | Bxor | Bsl | Bsr
    )
}

fn is_zero(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Integer(i) => i.sign() == num_bigint::Sign::NoSign,
        ExprKind::Float(f) => *f == 0.0,
        ExprKind::Char(c) => *c == 0,
        _ => false,
    }
}

/// The first problem in a would-be constant arithmetic expression, as the
/// span and shape to report; `None` if it is a constant number.
fn arith_problem(e: &Expr) -> Option<(Span, Shape)> {
    if is_number_literal(e) {
        return None;
    }
    let (children, symbol): (Vec<&Expr>, &'static str) = match &e.kind {
        ExprKind::Unary(op, a) if *op != UnaryOp::Not => (vec![a], op.symbol()),
        ExprKind::BinOp(op, a, b) if is_arith(*op) => (vec![a, b], op.symbol()),
        _ => return Some((e.span, Shape::of(e))),
    };
    for c in &children {
        let nested = matches!(&c.kind, ExprKind::Unary(op, _) if *op != UnaryOp::Not)
            || matches!(&c.kind, ExprKind::BinOp(op, ..) if is_arith(*op));
        if nested {
            if let Some(p) = arith_problem(c) {
                return Some(p);
            }
        } else if !is_number_literal(c) {
            return Some((e.span, Shape::Operator(symbol)));
        }
    }
    if let ExprKind::BinOp(BinaryOp::Div | BinaryOp::IntDiv | BinaryOp::Rem, _, b) = &e.kind {
        if is_zero(b) {
            return Some((e.span, Shape::DivisionByZero));
        }
    }
    None
}

/// Whether `e` may stand left of `++` in a pattern: a string literal or a
/// proper list of character/integer literals, possibly ending in a string.
fn is_string_prefix(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::String(_) => true,
        ExprKind::List { elements, tail } => {
            elements
                .iter()
                .all(|x| matches!(x.kind, ExprKind::Integer(_) | ExprKind::Char(_)))
                && tail.as_deref().is_none_or(is_string_prefix)
        }
        _ => false,
    }
}

impl Walker<'_> {
    /// Walks a pattern, collecting its new variables in `st`; `env` is the
    /// environment before the pattern.
    pub(crate) fn pattern(&mut self, p: &Expr, st: &mut PatState, env: &Env) {
        use ExprKind::*;
        if let Some(what) = super::unsupported(p) {
            self.report(CheckError::Unsupported { span: p.span, what });
        }
        match &p.kind {
            Var(name) => self.pat_var(name, p.span, st, env),
            Integer(_) | Float(_) | Char(_) | String(_) | Atom(_) => {}
            Tuple(es) => {
                for e in es {
                    self.pattern(e, st, env);
                }
            }
            List { elements, tail } => {
                for e in elements.iter().chain(tail.as_deref()) {
                    self.pattern(e, st, env);
                }
            }
            Map(fields) => {
                for f in fields {
                    if f.op == MapOp::Assoc {
                        self.report(CheckError::MapPatternAssoc { span: f.span });
                    }
                    self.gexpr(&f.key, env, GuardCtx::MapKey, None);
                    self.pattern(&f.value, st, env);
                }
            }
            Binary(segs) => self.bin_pattern(segs, st, env),
            Match { pattern, value } => {
                self.pattern(pattern, st, env);
                self.pattern(value, st, env);
            }
            BinOp(BinaryOp::Append, left, right) => {
                if !is_string_prefix(left) {
                    self.report(CheckError::IllegalPrefixPattern { span: left.span });
                    self.bind_all(left, st, env);
                }
                self.pattern(right, st, env);
            }
            BinOp(..) | Unary(..) => self.const_arith(p, st, env),
            _ => {
                self.report(CheckError::IllegalPattern {
                    span: p.span,
                    shape: Shape::of(p),
                });
                self.bind_all(p, st, env);
            }
        }
    }

    /// Reports `e` unless it is constant arithmetic on number literals.
    fn const_arith(&mut self, e: &Expr, st: &mut PatState, env: &Env) {
        if let Some((span, shape)) = arith_problem(e) {
            self.report(CheckError::IllegalPattern { span, shape });
            self.bind_all(e, st, env);
        }
    }

    /// After an illegal (sub)pattern: binds its variables as the pattern
    /// would, without further reports, so later uses are not "unbound".
    fn bind_all(&mut self, e: &Expr, st: &mut PatState, env: &Env) {
        for (name, span) in variables(e) {
            if let Some(var) = env.get(name) {
                let ids = var.ids.clone();
                self.bindings.mark_used(&ids);
            } else if st.new_binding(name).is_none() {
                let id = self.bindings.add(name, span);
                self.bindings.mark_used(&[id]);
                st.new.push((name.to_string(), id));
            }
        }
    }

    /// A variable occurrence in a pattern.
    pub(crate) fn pat_var(&mut self, name: &str, span: Span, st: &mut PatState, env: &Env) {
        if name == "_" {
            return;
        }
        if let Some(id) = st.new_binding(name) {
            self.bindings.mark_used(&[id]);
            return;
        }
        match st.mode {
            PatMode::Match if env.contains(name) => {
                self.use_var(name, span, env);
                return;
            }
            PatMode::Match | PatMode::Fresh(None) => {}
            PatMode::Fresh(Some(ctx)) => self.check_shadow(name, span, env, ctx),
        }
        let id = self.bindings.add(name, span);
        st.new.push((name.to_string(), id));
        st.bin_scope.push(name.to_string());
    }

    /// A binary pattern: segment values are patterns, sizes are guard
    /// expressions that may use variables bound earlier in this binary.
    fn bin_pattern(&mut self, segs: &[BinElement], st: &mut PatState, env: &Env) {
        let outer_scope = std::mem::take(&mut st.bin_scope);
        for (i, seg) in segs.iter().enumerate() {
            if let Some(size) = &seg.size {
                self.gexpr(size, env, GuardCtx::BinSize, Some(st));
            }
            let v = &seg.value;
            match &v.kind {
                ExprKind::Var(name) => self.pat_var(name, v.span, st, env),
                ExprKind::Integer(_)
                | ExprKind::Float(_)
                | ExprKind::Char(_)
                | ExprKind::String(_) => {}
                ExprKind::BinOp(..) | ExprKind::Unary(..) => self.const_arith(v, st, env),
                _ => {
                    self.report(CheckError::IllegalPattern {
                        span: v.span,
                        shape: Shape::of(v),
                    });
                    self.bind_all(v, st, env);
                }
            }
            self.check_segment(seg, true, i + 1 == segs.len());
        }
        let inner = std::mem::replace(&mut st.bin_scope, outer_scope);
        st.bin_scope.extend(inner);
    }
}
