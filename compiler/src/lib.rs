//! The Joist compiler: Erlang source text to a portable bytecode module.
//!
//! Pipeline: `syntax` (lex with logos, parse with lalrpop, AST with spans)
//! → `check` (scopes and diagnostics) → `lower` (patterns to match code,
//! closures, tail calls) → `codegen` (x/y registers, heap needs, line table)
//! → `bytecode::Module`. The crate does no I/O: it takes text and returns a
//! module or diagnostics.
#![forbid(unsafe_code)]

pub mod autoimport;
pub mod bytecode;
pub mod check;
pub mod codegen;
pub mod diagnostic;
pub mod shell;
pub mod source;
pub mod syntax;

use bytecode::Module;
use diagnostic::Diagnostic;

/// A successful compilation: the module and any warnings.
#[derive(Debug)]
pub struct Compiled {
    pub module: Module,
    pub warnings: Vec<Diagnostic>,
}

/// Compiles one module's source text. `file` is the name used in stack
/// traces and diagnostics. On failure, every diagnostic of the file
/// (errors and warnings, in source order) is returned.
pub fn compile(source: &str, file: &str) -> Result<Compiled, Vec<Diagnostic>> {
    let (ast, mut diagnostics) = syntax::parse(source);
    if !diagnostics.iter().any(Diagnostic::is_error) {
        diagnostics.extend(check::check(&ast));
    }
    diagnostics.sort_by_key(|d| d.position());
    if diagnostics.iter().any(Diagnostic::is_error) {
        return Err(diagnostics);
    }
    match codegen::generate(&ast, source, file) {
        Ok(module) => Ok(Compiled {
            module,
            warnings: diagnostics,
        }),
        Err(e) => {
            diagnostics.push(e.to_diagnostic());
            Err(diagnostics)
        }
    }
}
