//! Guard expressions: clause guards, and the places in patterns that are
//! evaluated like guards (map pattern keys, binary segment sizes).
//!
//! A guard expression is made of variables (which must be bound),
//! literals, tuples, lists, maps, map updates, binaries, the arithmetic,
//! comparison and boolean operators (including `andalso`/`orelse`, but not
//! `++`, `--` or `!`), and calls to guard BIFs, either as `f(...)` or as
//! `erlang:f(...)`. Guards never bind variables.
//!
//! Invariant: an illegal node is reported once, at its own span, and its
//! sub-expressions are then walked as ordinary expressions (in a throwaway
//! environment) so that variable uses still count and unbound variables
//! are still found.

use super::error::CheckError;
use super::pattern::PatState;
use super::scope::Env;
use super::shape::Shape;
use super::walk::Walker;
use crate::autoimport::is_guard_bif;
use crate::syntax::ast::{BinaryOp, CallTarget, Expr, ExprKind, Guard};

/// Where a guard expression stands; decides which error is reported.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum GuardCtx {
    /// A `when` guard of a clause.
    Guard,
    /// A key in a map pattern.
    MapKey,
    /// The size of a segment in a binary pattern.
    BinSize,
}

/// Operators that may be called as `erlang:Op(...)` in a guard.
fn is_guard_operator(name: &str, arity: usize) -> bool {
    const BINARY: &[&str] = &[
        "+", "-", "*", "/", "div", "rem", "band", "bor", "bxor", "bsl", "bsr", "and", "or", "xor",
        "==", "/=", "=:=", "=/=", "<", ">", "=<", ">=",
    ];
    const UNARY: &[&str] = &["+", "-", "bnot", "not"];
    match arity {
        1 => UNARY.contains(&name),
        2 => BINARY.contains(&name),
        _ => false,
    }
}

/// Whether a call target with `arity` arguments is allowed in a guard.
fn is_guard_call(target: &CallTarget, arity: usize) -> bool {
    match target {
        CallTarget::Local { name, .. } => is_guard_bif(name, arity),
        CallTarget::Remote { module, function } => match (&module.kind, &function.kind) {
            (ExprKind::Atom(m), ExprKind::Atom(f)) => {
                m == "erlang" && (is_guard_bif(f, arity) || is_guard_operator(f, arity))
            }
            _ => false,
        },
        CallTarget::Fun(_) => false,
    }
}

impl Walker<'_> {
    /// Checks a `when` guard: every test of every alternative.
    pub(crate) fn guard(&mut self, guard: &Guard, env: &Env) {
        for test in guard.iter().flatten() {
            self.gexpr(test, env, GuardCtx::Guard, None);
        }
    }

    /// Checks one guard expression. `bin` is the pattern being walked when
    /// checking a segment size: variables bound earlier in its binary may
    /// be used.
    pub(crate) fn gexpr(&mut self, e: &Expr, env: &Env, ctx: GuardCtx, bin: Option<&PatState>) {
        use ExprKind::*;
        match &e.kind {
            Var(name) => {
                if ctx == GuardCtx::Guard && self.stack_var.as_deref() == Some(name.as_str()) {
                    self.report(CheckError::StacktraceInGuard {
                        name: name.clone(),
                        span: e.span,
                    });
                }
                if let Some(id) = bin.and_then(|st| st.in_bin_scope(name)) {
                    self.bindings.mark_used(&[id]);
                } else if let Some(id) = bin.and_then(|st| st.new_binding(name)) {
                    // Bound by this pattern, but not earlier in this binary.
                    self.bindings.mark_used(&[id]);
                    self.report(CheckError::SizeNotYetBound {
                        name: name.clone(),
                        span: e.span,
                    });
                } else {
                    self.use_var(name, e.span, env);
                }
            }
            Integer(_) | Float(_) | Char(_) | String(_) | Atom(_) => {}
            Tuple(es) => {
                for x in es {
                    self.gexpr(x, env, ctx, bin);
                }
            }
            List { elements, tail } => {
                for x in elements.iter().chain(tail.as_deref()) {
                    self.gexpr(x, env, ctx, bin);
                }
            }
            Map(fields) => {
                for f in fields {
                    self.gexpr(&f.key, env, ctx, bin);
                    self.gexpr(&f.value, env, ctx, bin);
                }
            }
            MapUpdate { map, fields } => {
                self.gexpr(map, env, ctx, bin);
                for f in fields {
                    self.gexpr(&f.key, env, ctx, bin);
                    self.gexpr(&f.value, env, ctx, bin);
                }
            }
            Binary(segs) => {
                for (i, s) in segs.iter().enumerate() {
                    self.gexpr(&s.value, env, ctx, bin);
                    if let Some(size) = &s.size {
                        self.gexpr(size, env, ctx, bin);
                    }
                    self.check_segment(s, false, i + 1 == segs.len());
                }
            }
            BinOp(BinaryOp::Send | BinaryOp::Append | BinaryOp::Subtract, ..) => {
                self.illegal_gexpr(e, env, ctx)
            }
            BinOp(_, a, b) => {
                self.gexpr(a, env, ctx, bin);
                self.gexpr(b, env, ctx, bin);
            }
            Unary(_, a) => self.gexpr(a, env, ctx, bin),
            Call { target, args } if is_guard_call(target, args.len()) => {
                for a in args {
                    self.gexpr(a, env, ctx, bin);
                }
            }
            _ => self.illegal_gexpr(e, env, ctx),
        }
    }

    fn illegal_gexpr(&mut self, e: &Expr, env: &Env, ctx: GuardCtx) {
        let span = e.span;
        let shape = Shape::of(e);
        self.report(match ctx {
            GuardCtx::Guard => CheckError::IllegalGuard { span, shape },
            GuardCtx::MapKey => CheckError::IllegalMapKey { span, shape },
            GuardCtx::BinSize => CheckError::IllegalBinSize { span, shape },
        });
        let mut scratch = env.clone();
        match &e.kind {
            // Do not resolve the callee: the call itself is the error.
            ExprKind::Call { target, args } => {
                if let CallTarget::Remote { module, function } = target {
                    self.expr(module, &mut scratch);
                    self.expr(function, &mut scratch);
                }
                if let CallTarget::Fun(f) = target {
                    self.expr(f, &mut scratch);
                }
                self.body(args, &mut scratch);
            }
            _ => self.expr(e, &mut scratch),
        }
    }
}
