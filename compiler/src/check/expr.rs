//! Expressions: how each construct threads the variable environment.
//!
//! Rules (Erlang's `erl_lint`):
//! - a body is sequential: each expression sees the bindings of the ones
//!   before it;
//! - the operands of one construct (tuple elements, call arguments, both
//!   sides of an operator, map fields, segments) are evaluated from the
//!   same environment and cannot see each other's bindings; a name bound
//!   by two of them is a match of one against the other;
//! - `case`/`if`/`receive` export what all their branches bind; the rest
//!   becomes unsafe;
//! - everything bound in `try` (body, `of`, `catch`, `after`) and in
//!   `catch Expr` or the right side of `andalso`/`orelse` is unsafe after;
//!   inside `try`, body bindings are usable in `of` clauses but unsafe in
//!   `catch` clauses;
//! - funs and comprehensions see the outer variables but bind only locally;
//!   their head and generator patterns shadow outer variables.
//!
//! Invariant: `expr` leaves in `env` exactly the variables visible after
//! the expression, so a caller never needs to know which construct it was.

use super::error::{CheckError, ShadowIn};
use super::pattern::{PatMode, PatState};
use super::scope::{Construct, Env};
use super::visit::may_bind;
use super::walk::Walker;
use crate::source::Span;
use crate::syntax::ast::{
    BinaryOp, CallTarget, CaseClause, CatchClause, Clause, Expr, ExprKind, Qualifier, Try,
};
use std::iter::once;

impl Walker<'_> {
    /// A sequence of expressions (a clause body, `begin ... end`).
    pub(crate) fn body(&mut self, es: &[Expr], env: &mut Env) {
        for e in es {
            self.expr(e, env);
        }
    }

    pub(crate) fn expr(&mut self, e: &Expr, env: &mut Env) {
        use ExprKind::*;
        if let Some(what) = super::unsupported(e) {
            self.report(CheckError::Unsupported { span: e.span, what });
        }
        match &e.kind {
            Integer(_) | Float(_) | Char(_) | String(_) | Atom(_) | RemoteFunRef { .. } => {}
            Var(name) => {
                if self.use_var(name, e.span, env) {
                    // Reported once: later uses on this path are not.
                    env.settle(name);
                }
            }
            Tuple(es) => self.siblings(es, env),
            List { elements, tail } => self.siblings(elements.iter().chain(tail.as_deref()), env),
            Binary(segs) => {
                self.siblings(
                    segs.iter()
                        .flat_map(|s| once(&s.value).chain(s.size.as_ref())),
                    env,
                );
                for (i, s) in segs.iter().enumerate() {
                    self.check_segment(s, false, i + 1 == segs.len());
                }
            }
            Map(fields) => self.siblings(fields.iter().flat_map(|f| [&f.key, &f.value]), env),
            MapUpdate { map, fields } => self.siblings(
                once(&**map).chain(fields.iter().flat_map(|f| [&f.key, &f.value])),
                env,
            ),
            Match { pattern, value } => {
                self.expr(value, env);
                let mut st = PatState::new(PatMode::Match);
                self.pattern(pattern, &mut st, env);
                st.commit(env);
            }
            BinOp(op @ (BinaryOp::AndAlso | BinaryOp::OrElse), left, right) => {
                self.expr(left, env);
                let base = env.clone();
                self.expr(right, env);
                let construct = if *op == BinaryOp::AndAlso {
                    Construct::AndAlso
                } else {
                    Construct::OrElse
                };
                *env = std::mem::take(env).unsafe_since(&base, construct, e.span);
            }
            BinOp(_, a, b) => self.siblings([&**a, &**b], env),
            Unary(_, a) => self.expr(a, env),
            Call { target, args } => match target {
                CallTarget::Local { name, span } => {
                    self.call_local(name, args.len(), *span);
                    self.siblings(args, env);
                }
                CallTarget::Remote { module, function } => {
                    self.siblings(once(&**module).chain(once(&**function)).chain(args), env)
                }
                CallTarget::Fun(f) => self.siblings(once(&**f).chain(args), env),
            },
            Case { subject, clauses } => {
                self.expr(subject, env);
                let branches: Vec<Env> = clauses.iter().map(|c| self.case_clause(c, env)).collect();
                *env = Env::merge_branches(env, &branches, Construct::Case, e.span);
            }
            If(clauses) => {
                let mut branches = Vec::new();
                for c in clauses {
                    let mut b = env.clone();
                    self.guard(&c.guard, &b);
                    self.body(&c.body, &mut b);
                    branches.push(b);
                }
                *env = Env::merge_branches(env, &branches, Construct::If, e.span);
            }
            Receive { clauses, after } => {
                let mut branches: Vec<Env> =
                    clauses.iter().map(|c| self.case_clause(c, env)).collect();
                if let Some(a) = after {
                    self.expr(&a.timeout, &mut env.clone());
                    let mut b = env.clone();
                    self.body(&a.body, &mut b);
                    branches.push(b);
                }
                *env = Env::merge_branches(env, &branches, Construct::Receive, e.span);
            }
            Block(es) => self.body(es, env),
            Fun { name, clauses } => self.fun(name.as_deref(), clauses, e.span, env),
            LocalFunRef { name, arity } => self.fun_ref(name, *arity, e.span),
            ListComp {
                element,
                qualifiers,
            }
            | BinComp {
                element,
                qualifiers,
            } => self.comprehension(element, qualifiers, env),
            Try(t) => self.try_expr(t, e.span, env),
            Catch(inner) => {
                let base = env.clone();
                self.expr(inner, env);
                *env = std::mem::take(env).unsafe_since(&base, Construct::Catch, e.span);
            }
        }
    }

    /// Operands evaluated from the same environment: none sees another's
    /// bindings; all their bindings are visible afterwards.
    fn siblings<'e>(&mut self, items: impl IntoIterator<Item = &'e Expr>, env: &mut Env) {
        let items: Vec<&Expr> = items.into_iter().collect();
        if !items.iter().any(|e| may_bind(e)) {
            for e in items {
                self.expr(e, env);
            }
            return;
        }
        let mut base = env.clone();
        for e in items {
            if may_bind(e) {
                let mut own = base.clone();
                self.expr(e, &mut own);
                let matched = env.absorb_sibling(&base, &own);
                self.bindings.mark_used(&matched);
            } else {
                self.expr(e, &mut base);
            }
        }
    }

    /// One clause of `case`, `receive` or `try ... of`; returns the
    /// environment at its end.
    fn case_clause(&mut self, c: &CaseClause, env: &Env) -> Env {
        let mut b = env.clone();
        let mut st = PatState::new(PatMode::Match);
        self.pattern(&c.pattern, &mut st, env);
        st.commit(&mut b);
        self.guard(&c.guard, &b);
        self.body(&c.body, &mut b);
        b
    }

    /// `fun (...) -> ... end` and `fun Name(...) -> ... end`.
    fn fun(&mut self, name: Option<&str>, clauses: &[Clause], span: Span, env: &Env) {
        let mut fenv = env.clone();
        if let Some(name) = name {
            let name_span = clauses
                .first()
                .map(|c| c.name_span)
                .filter(|s| s.start < s.end && span.start <= s.start && s.end <= span.end)
                .unwrap_or(Span {
                    start: span.start,
                    end: (span.start + 3).min(span.end),
                });
            self.check_shadow(name, name_span, env, ShadowIn::NamedFun);
            let id = self.bindings.add(name, name_span);
            fenv.bind(name, id);
        }
        let arity = clauses.first().map_or(0, |c| c.patterns.len());
        for c in clauses {
            if c.patterns.len() != arity {
                self.report(CheckError::FunClauseArityMismatch {
                    expected: arity,
                    found: c.patterns.len(),
                    span: c.span,
                });
            }
            let mut cenv = fenv.clone();
            let mut st = PatState::new(PatMode::Fresh(Some(ShadowIn::Fun)));
            for p in &c.patterns {
                self.pattern(p, &mut st, &fenv);
            }
            st.commit(&mut cenv);
            self.guard(&c.guard, &cenv);
            self.body(&c.body, &mut cenv);
        }
    }

    /// List and binary comprehensions: qualifiers in order, each seeing the
    /// bindings of the ones before; nothing leaks out.
    fn comprehension(&mut self, element: &Expr, qualifiers: &[Qualifier], env: &Env) {
        let mut cenv = env.clone();
        for q in qualifiers {
            match q {
                Qualifier::Generator {
                    pattern,
                    list: source,
                }
                | Qualifier::BinGenerator {
                    pattern,
                    binary: source,
                } => {
                    self.expr(source, &mut cenv.clone());
                    if matches!(q, Qualifier::BinGenerator { .. })
                        && !matches!(pattern.kind, ExprKind::Binary(_))
                    {
                        self.report(CheckError::BinGeneratorNotBinary { span: pattern.span });
                    }
                    let mut st = PatState::new(PatMode::Fresh(Some(ShadowIn::Generator)));
                    self.pattern(pattern, &mut st, &cenv);
                    st.commit(&mut cenv);
                }
                Qualifier::Filter(f) => self.expr(f, &mut cenv),
            }
        }
        self.expr(element, &mut cenv);
    }

    /// `try Body of Clauses catch CatchClauses after After end`.
    fn try_expr(&mut self, t: &Try, span: Span, env: &mut Env) {
        let base = env.clone();
        let mut body_env = env.clone();
        self.body(&t.body, &mut body_env);
        let mut branches = Vec::new();
        if t.of_clauses.is_empty() {
            branches.push(body_env.clone());
        }
        for c in &t.of_clauses {
            branches.push(self.case_clause(c, &body_env));
        }
        let catch_env = body_env.unsafe_since(&base, Construct::Try, span);
        for c in &t.catch_clauses {
            branches.push(self.catch_clause(c, &catch_env));
        }
        let mut after_env = Env::merge_branches(&base, &branches, Construct::Try, span)
            .unsafe_since(&base, Construct::Try, span);
        self.body(&t.after, &mut after_env);
        *env = after_env.unsafe_since(&base, Construct::Try, span);
    }

    /// A `catch` clause of `try`: `Class:Reason:Stack when Guard -> Body`.
    fn catch_clause(&mut self, c: &CatchClause, env: &Env) -> Env {
        let mut b = env.clone();
        let mut st = PatState::new(PatMode::Match);
        if let Some(class) = &c.class {
            self.pattern(class, &mut st, env);
        }
        self.pattern(&c.reason, &mut st, env);
        let mut stack_var = None;
        if let Some(stack) = &c.stack {
            match &stack.kind {
                ExprKind::Var(name) if name == "_" => {}
                ExprKind::Var(name) => {
                    if let Some(var) = env.get(name) {
                        let bound_at = self.bindings.span(var.ids[0]);
                        let ids = var.ids.clone();
                        self.bindings.mark_used(&ids);
                        self.report(CheckError::StacktraceBound {
                            name: name.clone(),
                            span: stack.span,
                            bound_at,
                        });
                    } else {
                        self.pat_var(name, stack.span, &mut st, env);
                        stack_var = Some(name.clone());
                    }
                }
                _ => self.report(CheckError::StacktraceNotVariable { span: stack.span }),
            }
        }
        st.commit(&mut b);
        self.stack_var = stack_var;
        self.guard(&c.guard, &b);
        self.stack_var = None;
        self.body(&c.body, &mut b);
        b
    }
}
