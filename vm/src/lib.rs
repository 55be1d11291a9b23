//! The Joist virtual machine.
//!
//! Module map (see docs/architecture.md):
//! - `term`: the tagged word, boxed layouts, atoms, order [unsafe]
//! - `heap`: one process's memory and term construction [unsafe]
//! - `gc`: the copying collector, run only at safe points [unsafe]
//! - `code`: loading and verifying bytecode modules; the code table
//! - `interp`: the interpreter loop and instruction semantics
//! - `bif`: native functions
//! - `process`: a process's registers, stack, heap and mailbox
//! - `cli`: the `joist` command
#![deny(unsafe_code)]

pub mod bif;
pub mod cli;
pub mod code;
pub mod gc;
pub mod heap;
pub mod interp;
pub mod output;
pub mod process;
pub mod sched;
pub mod term;
