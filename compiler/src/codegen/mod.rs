//! AST to bytecode. One pass per function, straight from the checked AST:
//!
//! - `module.rs`: module-wide tables (atoms, literals, imports, lambdas) and
//!   the entry point [`generate`].
//! - `function.rs`: one function's code buffer, labels, registers and
//!   variable homes; clause selection and frames.
//! - `expr.rs`: expressions, in tail and non-tail position.
//! - `pattern.rs` and `binary.rs`: matching, compiled to test-and-branch code.
//! - `guard.rs`: guards, where errors mean "the clause does not match".
//! - `comprehension.rs`: list and binary comprehensions, rewritten to funs.
//! - `frame.rs`: which clause bodies need a stack frame.
//! - `moves.rs`: parallel moves into argument registers.
//! - `optimize.rs`: copy propagation and dead y-store removal on the
//!   finished code of each function, after jump threading
//!   (`thread_jumps.rs`, with what is known on each edge in `facts.rs`)
//!   and unreachable code removal (`prune.rs`).
//! - `stack_map.rs`: which y registers each call leaves live, for the
//!   garbage collector (run on the code `optimize.rs` leaves).
//!
//! Register model. A clause body that makes a non-tail call (or receives,
//! or catches) gets a frame: every variable and every temporary lives in a
//! y register, so nothing needs saving around calls. A clause body without
//! such calls is a leaf: its values live in x registers, which are never
//! reused within the clause. Each variable name has one home per clause, so
//! a variable bound in every branch of a `case` is found in the same
//! register after it. Safe points (`test_heap`, calls) state how many x
//! registers are live; in frame bodies that is 0 (values are in y
//! registers), in leaf bodies it is every x register allocated so far.

mod binary;
mod comprehension;
mod control;
mod expr;
mod facts;
mod frame;
mod function;
mod guard;
mod module;
mod moves;
mod optimize;
mod pattern;
mod prune;
mod stack_map;
mod thread_jumps;

pub use module::generate;

use crate::diagnostic::Diagnostic;
use crate::source::Span;

/// A construct that passed the checker but that code generation cannot
/// handle. Reported as a diagnostic.
#[derive(Debug, Clone)]
pub struct CodegenError {
    pub message: String,
    pub span: Span,
}

impl CodegenError {
    pub fn new(message: impl Into<String>, span: Span) -> CodegenError {
        CodegenError {
            message: message.into(),
            span,
        }
    }

    pub fn to_diagnostic(&self) -> Diagnostic {
        Diagnostic::error(self.message.clone()).with_label(self.span, "here")
    }
}

pub type Result<T> = std::result::Result<T, CodegenError>;
