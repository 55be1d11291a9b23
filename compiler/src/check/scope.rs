//! Variable environments for the checker: which variables are bound at a
//! point of a function body, whether each is safe to use, and which binding
//! occurrences were ever used.
//!
//! Model (Erlang's `erl_lint`): a variable is bound once and never
//! rebound; a later occurrence in a pattern is a match (a use). Branching
//! constructs (`case`, `if`, `receive`) export the variables bound in all
//! of their branches; a variable bound in only some branches, or anywhere
//! in `try`/`catch`/the right side of `andalso`/`orelse`, becomes *unsafe*:
//! it is still in the environment (so a later use is reported as unsafe,
//! not unbound) but using it is an error.
//!
//! Invariants: an [`Env`] only grows along one path of evaluation (names
//! are never removed or rebound, only their state changes when branches
//! merge); a variable's `ids` are sorted, deduplicated indices into the
//! function's [`Bindings`] table, so "used" marks survive cloning and
//! merging of environments.

use crate::source::Span;
use std::collections::BTreeMap;

/// Index of one binding occurrence in [`Bindings`].
pub(crate) type BindingId = usize;

#[derive(Debug)]
struct Binding {
    name: String,
    span: Span,
    used: bool,
}

/// Every binding occurrence of one function (including its funs and
/// comprehensions), with whether it was ever used.
#[derive(Debug, Default)]
pub(crate) struct Bindings {
    list: Vec<Binding>,
}

impl Bindings {
    pub(crate) fn add(&mut self, name: &str, span: Span) -> BindingId {
        self.list.push(Binding {
            name: name.to_string(),
            span,
            used: false,
        });
        self.list.len() - 1
    }

    pub(crate) fn mark_used(&mut self, ids: &[BindingId]) {
        for &id in ids {
            self.list[id].used = true;
        }
    }

    pub(crate) fn span(&self, id: BindingId) -> Span {
        self.list[id].span
    }

    /// Bindings never used, except `_`-prefixed names (which opt out).
    pub(crate) fn unused(&self) -> impl Iterator<Item = (&str, Span)> {
        self.list
            .iter()
            .filter(|b| !b.used && !b.name.starts_with('_'))
            .map(|b| (b.name.as_str(), b.span))
    }
}

/// The construct that made a variable unsafe.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Construct {
    Case,
    If,
    Receive,
    Try,
    Catch,
    AndAlso,
    OrElse,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum VarState {
    Bound,
    /// Bound on some paths only; `span` is the construct responsible.
    Unsafe {
        construct: Construct,
        span: Span,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Var {
    pub(crate) state: VarState,
    /// The binding occurrences that may have produced the value.
    pub(crate) ids: Vec<BindingId>,
}

fn union(into: &mut Vec<BindingId>, from: &[BindingId]) {
    into.extend_from_slice(from);
    into.sort_unstable();
    into.dedup();
}

/// The variables bound at one point of a function body.
#[derive(Clone, Debug, Default)]
pub(crate) struct Env {
    vars: BTreeMap<String, Var>,
}

impl Env {
    pub(crate) fn get(&self, name: &str) -> Option<&Var> {
        self.vars.get(name)
    }

    pub(crate) fn contains(&self, name: &str) -> bool {
        self.vars.contains_key(name)
    }

    /// Binds (or, for fun heads and generators, shadows) `name`.
    pub(crate) fn bind(&mut self, name: &str, id: BindingId) {
        self.vars.insert(
            name.to_string(),
            Var {
                state: VarState::Bound,
                ids: vec![id],
            },
        );
    }

    /// Makes an unsafe variable safe, once its unsafe use was reported.
    pub(crate) fn settle(&mut self, name: &str) {
        if let Some(var) = self.vars.get_mut(name) {
            var.state = VarState::Bound;
        }
    }

    /// Names bound and safe to use, for "did you mean" hints.
    pub(crate) fn bound_names(&self) -> impl Iterator<Item = &str> {
        self.vars
            .iter()
            .filter(|(_, v)| v.state == VarState::Bound)
            .map(|(n, _)| n.as_str())
    }

    /// Variables of `self` that are not in `base`.
    fn new_since<'a>(&'a self, base: &'a Env) -> impl Iterator<Item = (&'a String, &'a Var)> {
        self.vars.iter().filter(|(n, _)| !base.contains(n))
    }

    /// The environment after a branching construct whose branches started
    /// from `base` and ended in `branches`: variables bound in every branch
    /// stay bound, the others become unsafe because of `construct`.
    pub(crate) fn merge_branches(
        base: &Env,
        branches: &[Env],
        construct: Construct,
        span: Span,
    ) -> Env {
        let mut out = base.clone();
        let mut seen: BTreeMap<&String, (usize, Var)> = BTreeMap::new();
        for branch in branches {
            for (name, var) in branch.new_since(base) {
                match seen.get_mut(name) {
                    None => {
                        seen.insert(name, (1, var.clone()));
                    }
                    Some((count, acc)) => {
                        *count += 1;
                        union(&mut acc.ids, &var.ids);
                        if acc.state == VarState::Bound {
                            acc.state = var.state;
                        }
                    }
                }
            }
        }
        for (name, (count, mut var)) in seen {
            if count < branches.len() {
                var.state = VarState::Unsafe { construct, span };
            }
            out.vars.insert(name.clone(), var);
        }
        out
    }

    /// `self` with every variable not in `base` made unsafe because of
    /// `construct` (`try`, `catch`, `andalso`, `orelse`).
    pub(crate) fn unsafe_since(mut self, base: &Env, construct: Construct, span: Span) -> Env {
        for (name, var) in self.vars.iter_mut() {
            if !base.contains(name) {
                var.state = VarState::Unsafe { construct, span };
            }
        }
        self
    }

    /// Adds the variables that `sibling` (evaluated from `base`, like one
    /// element of a tuple) bound. A name bound by two siblings is a match
    /// of one against the other: its binding ids are returned so the
    /// caller marks them used.
    pub(crate) fn absorb_sibling(&mut self, base: &Env, sibling: &Env) -> Vec<BindingId> {
        let mut matched = Vec::new();
        for (name, var) in sibling.new_since(base) {
            match self.vars.get_mut(name) {
                Some(existing) => {
                    matched.extend_from_slice(&existing.ids);
                    matched.extend_from_slice(&var.ids);
                    union(&mut existing.ids, &var.ids);
                    if existing.state == VarState::Bound {
                        existing.state = var.state;
                    }
                }
                None => {
                    self.vars.insert(name.clone(), var.clone());
                }
            }
        }
        matched
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sp(n: usize) -> Span {
        Span::new(n, n + 1)
    }

    #[test]
    fn bound_in_all_branches_stays_bound() {
        let base = Env::default();
        let mut a = base.clone();
        a.bind("X", 0);
        let mut b = base.clone();
        b.bind("X", 1);
        b.bind("Y", 2);
        let out = Env::merge_branches(&base, &[a, b], Construct::Case, sp(0));
        let x = out.get("X").unwrap();
        assert_eq!(x.state, VarState::Bound);
        assert_eq!(x.ids, vec![0, 1]);
        assert!(matches!(
            out.get("Y").unwrap().state,
            VarState::Unsafe {
                construct: Construct::Case,
                ..
            }
        ));
    }

    #[test]
    fn unsafe_since_only_touches_new_names() {
        let mut base = Env::default();
        base.bind("A", 0);
        let mut env = base.clone();
        env.bind("B", 1);
        let out = env.unsafe_since(&base, Construct::Try, sp(3));
        assert_eq!(out.get("A").unwrap().state, VarState::Bound);
        assert!(matches!(
            out.get("B").unwrap().state,
            VarState::Unsafe { .. }
        ));
    }

    #[test]
    fn unused_skips_underscore_names() {
        let mut b = Bindings::default();
        let x = b.add("X", sp(0));
        b.add("_Y", sp(1));
        b.add("Z", sp(2));
        b.mark_used(&[x]);
        let names: Vec<_> = b.unused().map(|(n, _)| n).collect();
        assert_eq!(names, vec!["Z"]);
    }
}
