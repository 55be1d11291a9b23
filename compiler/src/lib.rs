//! The Joist compiler: Erlang source text to a portable bytecode module.
//!
//! Pipeline: `syntax` (lex with logos, parse with lalrpop, AST with spans)
//! → `check` (scopes and diagnostics) → `lower` (patterns to match code,
//! closures, tail calls) → `codegen` (x/y registers, heap needs, line table)
//! → `bytecode::Module`. The crate does no I/O: it takes text and returns a
//! module or diagnostics.
#![forbid(unsafe_code)]

pub mod check;
pub mod diagnostic;
pub mod source;
pub mod syntax;
