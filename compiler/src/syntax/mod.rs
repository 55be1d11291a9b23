//! Source text to AST: the logos lexer, the lalrpop grammar and syntax errors.
//!
//! [`parse`] is the entry point. The file is lexed once and split into forms
//! at dot tokens; each form is parsed on its own, so every form that parses
//! is returned and every broken one is reported.

mod actions;
pub mod ast;
pub mod error;
mod forms;
pub mod lexer;
pub mod token;

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_errors;
#[cfg(test)]
mod tests_sexp;

lalrpop_util::lalrpop_mod!(
    #[allow(clippy::all, clippy::pedantic, unused_qualifications, dead_code)]
    grammar,
    "/syntax/grammar.rs"
);

use crate::diagnostic::Diagnostic;

/// Parses a whole module: every form that parsed, and a diagnostic for
/// every lexical or syntax error in the file (in source order).
pub fn parse(source: &str) -> (ast::Module, Vec<Diagnostic>) {
    let mut driver = forms::Driver::new(source);
    for form in lexer::lex_forms(source) {
        driver.form(form);
    }
    let mut errors = driver.errors;
    errors.sort_by_key(|e| e.span().start);
    let diagnostics = errors
        .iter()
        .map(error::SyntaxError::to_diagnostic)
        .collect();
    (
        ast::Module {
            forms: driver.forms,
        },
        diagnostics,
    )
}
