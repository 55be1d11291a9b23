//! Module-level checks: the `-module` attribute, attribute order, the
//! table of defined and imported functions, clause heads, duplicate
//! definitions, exports, and unused local functions.
//!
//! Invariants: [`ModuleInfo::collect`] runs before any function body is
//! walked and is the only source of truth for which `name/arity` pairs are
//! defined or imported; a function defined twice keeps its first
//! definition's span. Unused functions are those not reachable from an
//! exported function through calls and `fun f/N` references (as in
//! Erlang, two private functions calling each other are both unused).

use super::error::{CheckError, FunId, Near};
use super::similar::closest;
use crate::autoimport::auto_imported;
use crate::source::Span;
use crate::syntax::ast::{Form, Function, Module};
use std::collections::{BTreeMap, BTreeSet};

/// Attributes Erlang accepts after function definitions (the ones the
/// linter reads wherever they are, and preprocessor directives).
const LATE_ATTRIBUTES: &[&str] = &[
    "record",
    "type",
    "opaque",
    "spec",
    "dialyzer",
    "file",
    "define",
    "undef",
    "ifdef",
    "ifndef",
    "else",
    "endif",
    "if",
    "elif",
    "include",
    "include_lib",
    "error",
    "warning",
];

/// Where a definition's name is: the first clause's name, or the start of
/// the function.
fn def_span(f: &Function) -> Span {
    f.clauses
        .first()
        .map(|c| c.name_span)
        .filter(|s| s.start < s.end)
        .unwrap_or(Span {
            start: f.span.start,
            end: (f.span.start + f.name.len() as u32).min(f.span.end),
        })
}

/// The functions a module defines, imports and exports.
#[derive(Debug, Default)]
pub(crate) struct ModuleInfo {
    /// Each defined function and the span of its (first) definition.
    defined: BTreeMap<FunId, Span>,
    /// Imported functions: module and the span of the import entry.
    imports: BTreeMap<FunId, (String, Span)>,
    exports: Vec<(FunId, Span)>,
    export_all: bool,
}

impl ModuleInfo {
    /// Builds the function table and reports the problems visible from the
    /// forms alone (module attribute, attribute order, clause heads,
    /// duplicate definitions, definitions clashing with imports).
    pub(crate) fn collect(module: &Module, errors: &mut Vec<CheckError>) -> ModuleInfo {
        let mut info = ModuleInfo::default();
        let mut module_span: Option<Span> = None;
        let mut first_function: Option<Span> = None;
        // Whether a `-module` comes before every function (in form order).
        let mut module_first = false;
        for form in &module.forms {
            let after_functions = first_function.is_some();
            let attribute = match form {
                Form::Module { span, .. } => {
                    module_first |= !after_functions;
                    match module_span {
                        Some(first) => {
                            errors.push(CheckError::ModuleRedefined { span: *span, first })
                        }
                        None => module_span = Some(*span),
                    }
                    Some(("module", *span))
                }
                Form::Export { functions, span } => {
                    for f in functions {
                        let id = (f.name.clone(), f.arity);
                        match info.exports.iter().find(|(e, _)| *e == id) {
                            Some((_, first)) => errors.push(CheckError::ExportedTwice {
                                fun: id,
                                span: f.span,
                                first: *first,
                            }),
                            None => info.exports.push((id, f.span)),
                        }
                    }
                    Some(("export", *span))
                }
                Form::Import {
                    module: m,
                    functions,
                    span,
                } => {
                    for f in functions {
                        info.imports
                            .entry((f.name.clone(), f.arity))
                            .or_insert((m.clone(), f.span));
                    }
                    Some(("import", *span))
                }
                Form::Compile { export_all, .. } => {
                    info.export_all |= *export_all;
                    None
                }
                Form::Skipped { name, span } => {
                    (!LATE_ATTRIBUTES.contains(&name.as_str())).then_some((name.as_str(), *span))
                }
                Form::Function(f) => {
                    if first_function.is_none() {
                        first_function = Some(def_span(f));
                    }
                    info.add_function(f, errors);
                    None
                }
            };
            if let (true, Some((name, span))) = (after_functions, attribute) {
                errors.push(CheckError::AttributeAfterFunctions {
                    name: name.to_string(),
                    span,
                });
            }
        }
        if !module_first {
            errors.push(CheckError::MissingModule {
                at: first_function.unwrap_or_default(),
            });
        }
        for (fun, span) in &info.defined {
            if let Some((m, import)) = info.imports.get(fun) {
                errors.push(CheckError::DefiningImported {
                    fun: fun.clone(),
                    module: m.clone(),
                    span: *span,
                    import: *import,
                });
            }
        }
        info
    }

    fn add_function(&mut self, f: &Function, errors: &mut Vec<CheckError>) {
        let id = (f.name.clone(), f.arity);
        for c in &f.clauses {
            match &c.name {
                Some(name) if *name != f.name => errors.push(CheckError::ClauseNameMismatch {
                    expected: id.clone(),
                    found: name.clone(),
                    span: c.name_span,
                }),
                _ if c.patterns.len() != f.arity => errors.push(CheckError::ClauseArityMismatch {
                    expected: id.clone(),
                    found: c.patterns.len(),
                    span: c.name_span,
                }),
                _ => {}
            }
        }
        let span = def_span(f);
        match self.defined.get(&id) {
            Some(first) => errors.push(CheckError::FunctionDefinedTwice {
                fun: id,
                span,
                first: *first,
            }),
            None => {
                self.defined.insert(id, span);
            }
        }
    }

    pub(crate) fn is_defined(&self, f: &FunId) -> bool {
        self.defined.contains_key(f)
    }

    /// The module `f` is imported from, if it is.
    pub(crate) fn import_of(&self, f: &FunId) -> Option<&str> {
        self.imports.get(f).map(|(m, _)| m.as_str())
    }

    /// Near misses for `name/arity`: the other arities of `name`, or else a
    /// close name with this arity. `local_only` restricts both to functions
    /// defined in the module (for exports); otherwise imports and
    /// auto-imported BIFs count too.
    pub(crate) fn near(&self, name: &str, arity: usize, local_only: bool) -> Near {
        let mut callable: Vec<(&str, usize)> =
            self.defined.keys().map(|(n, a)| (n.as_str(), *a)).collect();
        if !local_only {
            callable.extend(self.imports.keys().map(|(n, a)| (n.as_str(), *a)));
            callable.extend(auto_imported().map(|(n, a)| -> (&str, usize) { (n, a) }));
        }
        let arities: BTreeSet<usize> = callable
            .iter()
            .filter(|(n, a)| *n == name && *a != arity)
            .map(|(_, a)| *a)
            .collect();
        let suggestion = if arities.is_empty() {
            let same_arity = callable
                .iter()
                .filter(|(_, a)| *a == arity)
                .map(|(n, _)| *n);
            closest(name, same_arity).map(|n| (n.to_string(), arity))
        } else {
            None
        };
        Near {
            arities: arities.into_iter().collect(),
            suggestion,
        }
    }

    /// Reports exports of functions the module does not define.
    pub(crate) fn check_exports(&self, errors: &mut Vec<CheckError>) {
        for (fun, span) in &self.exports {
            if !self.is_defined(fun) {
                errors.push(CheckError::ExportUndefined {
                    fun: fun.clone(),
                    span: *span,
                    near: self.near(&fun.0, fun.1, true),
                });
            }
        }
    }

    /// Reports defined functions not reachable from an export. `calls`
    /// maps each function to the local functions it refers to.
    pub(crate) fn check_unused(
        &self,
        calls: &BTreeMap<FunId, BTreeSet<FunId>>,
        errors: &mut Vec<CheckError>,
    ) {
        if self.export_all {
            return;
        }
        let mut reached: BTreeSet<&FunId> = BTreeSet::new();
        let mut work: Vec<&FunId> = self
            .exports
            .iter()
            .map(|(f, _)| f)
            .filter(|f| self.is_defined(f))
            .collect();
        while let Some(f) = work.pop() {
            if reached.insert(f) {
                work.extend(calls.get(f).into_iter().flatten());
            }
        }
        for (fun, span) in &self.defined {
            if !reached.contains(fun) {
                errors.push(CheckError::UnusedFunction {
                    fun: fun.clone(),
                    span: *span,
                });
            }
        }
    }
}
