//! The per-function walker: its state, variable uses, local call
//! resolution, and the entry point for one function definition. The
//! expression, pattern, guard and binary parts of the walk are `impl`
//! blocks in `expr.rs`, `pattern.rs`, `guard.rs` and `binary.rs`.
//!
//! Invariants: one [`Walker`] checks one function (all its clauses, funs
//! and comprehensions), so its [`Bindings`] table holds exactly that
//! function's binding occurrences and unused ones are reported once, in
//! [`Walker::finish`]. The walker never stops at the first problem: after
//! reporting, it carries on with a best-effort environment so that the
//! rest of the function is still checked.

use super::error::{CheckError, FunId, ShadowIn};
use super::functions::ModuleInfo;
use super::pattern::{PatMode, PatState};
use super::scope::{Bindings, Env, VarState};
use super::similar::closest;
use crate::autoimport::{is_auto_imported, is_old_bif};
use crate::source::Span;
use crate::syntax::ast::{Clause, Function};
use std::collections::BTreeSet;

pub(crate) struct Walker<'a> {
    pub(crate) module: &'a ModuleInfo,
    pub(crate) errors: &'a mut Vec<CheckError>,
    pub(crate) bindings: Bindings,
    /// Local functions this function calls or refers to with `fun f/N`.
    callees: BTreeSet<FunId>,
    /// The stacktrace variable of the `catch` clause whose guard is being
    /// checked (it must not be used there).
    pub(crate) stack_var: Option<String>,
}

impl<'a> Walker<'a> {
    pub(crate) fn new(module: &'a ModuleInfo, errors: &'a mut Vec<CheckError>) -> Walker<'a> {
        Walker {
            module,
            errors,
            bindings: Bindings::default(),
            callees: BTreeSet::new(),
            stack_var: None,
        }
    }

    pub(crate) fn report(&mut self, e: CheckError) {
        self.errors.push(e);
    }

    /// Checks every clause of a named function. Head variables are always
    /// new: a function clause starts with an empty environment.
    pub(crate) fn function(&mut self, f: &Function) {
        for c in &f.clauses {
            self.clause(c);
        }
    }

    /// Checks one clause of a named function; returns the environment at
    /// the end of its body.
    pub(crate) fn clause(&mut self, c: &Clause) -> Env {
        let mut env = Env::default();
        let mut st = PatState::new(PatMode::Fresh(None));
        for p in &c.patterns {
            self.pattern(p, &mut st, &env);
        }
        st.commit(&mut env);
        self.guard(&c.guard, &env);
        self.body(&c.body, &mut env);
        env
    }

    /// Reports the unused variables and returns the local functions the
    /// checked function refers to.
    pub(crate) fn finish(self) -> BTreeSet<FunId> {
        for (name, span) in self.bindings.unused() {
            self.errors.push(CheckError::UnusedVariable {
                name: name.to_string(),
                span,
            });
        }
        self.callees
    }

    /// A variable used as a value (in an expression or guard, or matched
    /// against in a pattern). Returns whether it was reported as unsafe.
    pub(crate) fn use_var(&mut self, name: &str, span: Span, env: &Env) -> bool {
        let Some(var) = env.get(name).filter(|_| name != "_") else {
            let suggestion = closest(name, env.bound_names()).map(str::to_string);
            self.report(CheckError::UnboundVariable {
                name: name.to_string(),
                span,
                suggestion,
            });
            return false;
        };
        let ids = var.ids.clone();
        self.bindings.mark_used(&ids);
        let VarState::Unsafe {
            construct,
            span: construct_span,
        } = var.state
        else {
            return false;
        };
        let bound_at = self.bindings.span(ids[0]);
        self.report(CheckError::UnsafeVariable {
            name: name.to_string(),
            span,
            bound_at,
            construct,
            construct_span,
        });
        true
    }

    /// A new variable that may shadow one of `outer` (fun heads, fun
    /// names, generator patterns): warns when it does.
    pub(crate) fn check_shadow(&mut self, name: &str, span: Span, outer: &Env, ctx: ShadowIn) {
        if let Some(var) = outer.get(name) {
            let outer_span = self.bindings.span(var.ids[0]);
            self.report(CheckError::ShadowedVariable {
                name: name.to_string(),
                span,
                outer: outer_span,
                context: ctx,
            });
        }
    }

    /// A call `name(...)` with `arity` arguments and no module prefix.
    pub(crate) fn call_local(&mut self, name: &str, arity: usize, span: Span) {
        let f = (name.to_string(), arity);
        if self.module.is_defined(&f) {
            if is_auto_imported(name, arity) {
                let old = is_old_bif(name, arity);
                self.report(CheckError::AmbiguousBifCall {
                    fun: f.clone(),
                    span,
                    old,
                });
            }
            self.callees.insert(f);
        } else if self.module.import_of(&f).is_none() && !is_auto_imported(name, arity) {
            let near = self.module.near(name, arity, false);
            self.report(CheckError::UndefinedFunction {
                fun: f,
                span,
                near,
                fun_ref: false,
                imported_from: None,
            });
        }
    }

    /// A reference `fun name/arity`: a local function or an auto-imported
    /// BIF (imports do not count, as in Erlang).
    pub(crate) fn fun_ref(&mut self, name: &str, arity: usize, span: Span) {
        let f = (name.to_string(), arity);
        if self.module.is_defined(&f) {
            self.callees.insert(f);
        } else if !is_auto_imported(name, arity) {
            let imported_from = self.module.import_of(&f).map(str::to_string);
            let near = self.module.near(name, arity, false);
            self.report(CheckError::UndefinedFunction {
                fun: f,
                span,
                near,
                fun_ref: true,
                imported_from,
            });
        }
    }
}
