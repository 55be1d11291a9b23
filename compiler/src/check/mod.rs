//! Semantic checks on the AST, in the spirit of Erlang's `erl_lint`: every
//! problem of a module is reported in one run, as [`Diagnostic`]s sorted by
//! position. The checker is pure (no I/O) and never panics on any AST.
//!
//! Layout:
//! - `functions`: module attributes, the function table, exports,
//!   duplicate definitions, unused functions;
//! - `walk`: the per-function walker, variable uses and call resolution;
//! - `expr`, `pattern`, `guard`, `binary`: the walk over expressions,
//!   patterns, guards and binary segments;
//! - `scope`: variable environments (bound / unsafe, used or not);
//! - `error`: [`error::CheckError`] and all of the wording (`shape`: the
//!   names of expressions that stand where they are not allowed);
//! - `similar`, `visit`: "did you mean" and generic traversal helpers.
//!
//! Invariant: checking code only builds `CheckError` values; text lives in
//! `error.rs`. To reject a construct Joist does not support yet, make
//! [`unsupported`] return its description: both the expression and the
//! pattern walks consult it for every node.

mod binary;
mod error;
mod expr;
mod functions;
mod guard;
mod pattern;
mod scope;
mod shape;
mod similar;
mod visit;
mod walk;

#[cfg(test)]
mod tests;

use crate::diagnostic::Diagnostic;
use crate::syntax::ast::{Expr, Form, Function, Module};
use functions::ModuleInfo;
use std::collections::{BTreeMap, BTreeSet};
use walk::Walker;

/// Checks a parsed module; returns its errors and warnings, sorted by
/// position.
pub fn check(module: &Module) -> Vec<Diagnostic> {
    let mut errors = Vec::new();
    let info = ModuleInfo::collect(module, &mut errors);
    let mut calls: BTreeMap<error::FunId, BTreeSet<error::FunId>> = BTreeMap::new();
    for form in &module.forms {
        if let Form::Function(f) = form {
            let mut walker = Walker::new(&info, &mut errors);
            walker.function(f);
            let callees = walker.finish();
            calls
                .entry((f.name.clone(), f.arity))
                .or_default()
                .extend(callees);
        }
    }
    info.check_exports(&mut errors);
    info.check_unused(&calls, &mut errors);
    let mut diagnostics: Vec<Diagnostic> = errors
        .into_iter()
        .map(error::CheckError::into_diagnostic)
        .collect();
    diagnostics.sort_by_key(|d| d.position());
    diagnostics
}

/// The variables bound, and safe to use, at the end of the first clause
/// of `function` (a function of `module`), sorted by name. The shell uses
/// it to learn which bindings an input creates. Problems are not reported
/// here: [`check`] does that.
pub fn bound_at_end(module: &Module, function: &Function) -> Vec<String> {
    let mut errors = Vec::new();
    let info = ModuleInfo::collect(module, &mut errors);
    let Some(clause) = function.clauses.first() else {
        return Vec::new();
    };
    let mut walker = Walker::new(&info, &mut errors);
    let env = walker.clause(clause);
    env.bound_names().map(str::to_string).collect()
}

/// Calls `f` on `e` and on every expression inside it (iteratively: a deep
/// expression cannot overflow the stack).
pub(crate) fn visit_all<'a>(e: &'a Expr, f: &mut impl FnMut(&'a Expr)) {
    let mut stack = vec![e];
    while let Some(x) = stack.pop() {
        f(x);
        visit::for_each_child(x, &mut |c| stack.push(c));
    }
}

/// The description (a plural noun phrase, e.g. "records") of a construct
/// that the AST can represent but Joist does not support yet, if `e` is
/// one. Nothing is unsupported at the moment.
fn unsupported(_e: &Expr) -> Option<&'static str> {
    None
}
