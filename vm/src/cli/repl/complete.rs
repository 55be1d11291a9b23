//! Tab completion for the terminal shell: module names (`lis` → `lists:`),
//! a module's exported functions with their arities (`lists:se` → `seq(`,
//! listed as `seq/2  seq/3`), shell commands and functions defined in the
//! shell (`fl` → `flush(`), and bound variables (`Fo` → `Foo`).

use super::shell::COMMANDS;
use crate::code;
use crate::term::atom;
use rustyline::completion::{Completer, Pair};
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::validate::Validator;
use rustyline::Context;
use std::cell::RefCell;
use std::collections::BTreeSet;
use std::rc::Rc;

/// What completion knows of the shell, refreshed before each prompt.
#[derive(Default)]
pub struct Known {
    pub variables: Vec<String>,
    pub functions: Vec<(String, usize)>,
}

pub struct ShellHelper {
    pub known: Rc<RefCell<Known>>,
}

fn is_name_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || c == '@'
}

/// Module names the shell can call: loaded ones, the standard library and
/// the `.erl` / `.jbc` files of the current directory.
pub fn module_names() -> BTreeSet<String> {
    let mut names: BTreeSet<String> = code::loaded_modules()
        .into_iter()
        .map(|m| m.name.name().to_string())
        .filter(|n| n != super::shell::EVAL_MODULE)
        .collect();
    names.extend(crate::cli::stdlib::names().map(str::to_string));
    names.insert("erlang".to_string());
    names.insert("io".to_string());
    names.insert("io_lib".to_string());
    if let Ok(dir) = std::fs::read_dir(".") {
        for entry in dir.flatten() {
            let path = entry.path();
            let ext = path.extension().and_then(|e| e.to_str());
            if matches!(ext, Some("erl" | "jbc")) {
                if let Some(stem) = path.file_stem().and_then(|s| s.to_str()) {
                    names.insert(stem.to_string());
                }
            }
        }
    }
    names
}

/// `name/arity` of the functions `module` exports (native ones included).
pub fn exports(module: &str) -> BTreeSet<(String, usize)> {
    let mut out: BTreeSet<(String, usize)> = crate::bif::all()
        .into_iter()
        .filter(|(m, _, _)| *m == module)
        .map(|(_, f, a)| (f.to_string(), a))
        .collect();
    let loaded = atom::lookup(module).and_then(code::ensure_loaded);
    if let Some(m) = loaded {
        out.extend(
            m.exports
                .keys()
                .map(|(f, a)| (f.name().to_string(), *a as usize)),
        );
    }
    out.retain(|(f, _)| !f.starts_with('$') && !f.starts_with('-'));
    out
}

/// Candidates for the word that ends at `pos` in `line`: its start and
/// `(display, replacement)` pairs.
pub fn candidates(line: &str, pos: usize, known: &Known) -> (usize, Vec<Pair>) {
    let pos = pos.min(line.len());
    let Some(before) = line.get(..pos) else {
        return (pos, Vec::new());
    };
    let start = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| is_name_char(*c))
        .last()
        .map_or(pos, |(i, _)| i);
    let word = &before[start..];
    // `module:fun`
    if let Some(module_end) = start
        .checked_sub(1)
        .filter(|&i| before[i..].starts_with(':'))
    {
        let mstart = before[..module_end]
            .char_indices()
            .rev()
            .take_while(|(_, c)| is_name_char(*c))
            .last()
            .map_or(module_end, |(i, _)| i);
        let module = &before[mstart..module_end];
        if module.is_empty() || !module.starts_with(|c: char| c.is_lowercase()) {
            return (start, Vec::new());
        }
        let pairs = exports(module)
            .into_iter()
            .filter(|(f, _)| f.starts_with(word))
            .map(|(f, a)| Pair {
                display: format!("{f}/{a}"),
                replacement: format!("{f}("),
            })
            .collect();
        return (start, pairs);
    }
    if word.is_empty() {
        return (start, Vec::new());
    }
    if word.starts_with(|c: char| c.is_uppercase() || c == '_') {
        let pairs = known
            .variables
            .iter()
            .filter(|v| v.starts_with(word))
            .map(|v| Pair {
                display: v.clone(),
                replacement: v.clone(),
            })
            .collect();
        return (start, pairs);
    }
    let mut pairs: Vec<Pair> = Vec::new();
    let mut seen = BTreeSet::new();
    let commands = COMMANDS.iter().map(|(n, a, _)| (n.to_string(), *a));
    for (f, a) in commands.chain(known.functions.iter().cloned()) {
        if f.starts_with(word) && seen.insert((f.clone(), a)) {
            let replacement = if a == 0 {
                format!("{f}()")
            } else {
                format!("{f}(")
            };
            pairs.push(Pair {
                display: format!("{f}/{a}"),
                replacement,
            });
        }
    }
    for m in module_names() {
        if m.starts_with(word) {
            pairs.push(Pair {
                display: format!("{m}:"),
                replacement: format!("{m}:"),
            });
        }
    }
    (start, pairs)
}

impl Completer for ShellHelper {
    type Candidate = Pair;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _ctx: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<Pair>)> {
        Ok(candidates(line, pos, &self.known.borrow()))
    }
}

impl Hinter for ShellHelper {
    type Hint = String;
}

impl Highlighter for ShellHelper {}

impl Validator for ShellHelper {}

impl rustyline::Helper for ShellHelper {}

#[cfg(test)]
mod tests {
    use super::*;

    fn replacements(line: &str, known: &Known) -> Vec<String> {
        candidates(line, line.len(), known)
            .1
            .into_iter()
            .map(|p| p.replacement)
            .collect()
    }

    #[test]
    fn completes_variables_commands_and_modules() {
        let known = Known {
            variables: vec!["Foo".into(), "Bar".into()],
            functions: vec![("add".into(), 2)],
        };
        assert_eq!(replacements("X = Fo", &known), vec!["Foo"]);
        assert_eq!(replacements("fl", &known), vec!["flush()"]);
        assert_eq!(replacements("ad", &known), vec!["add("]);
        assert!(replacements("lis", &known).contains(&"lists:".to_string()));
        let (start, pairs) = candidates("lists:rev", 9, &known);
        assert_eq!(start, 6);
        assert!(
            pairs.iter().any(|p| p.display == "reverse/1"),
            "{:?}",
            pairs.iter().map(|p| &p.display).collect::<Vec<_>>()
        );
        assert!(replacements("", &known).is_empty());
        assert!(replacements("é:", &known).is_empty());
    }
}
