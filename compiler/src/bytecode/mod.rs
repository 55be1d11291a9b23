//! The instruction set and the portable module format. `isa.rs` is the one
//! place where instructions are defined; docs/bytecode.md lists them all
//! (a test checks it).

pub mod disasm;
pub mod isa;
pub mod module;
pub mod operand;
pub mod stack_map;

pub use isa::Instr;
pub use module::{Export, Function, Import, Lambda, Literal, Module};
pub use operand::*;
pub use stack_map::CallSite;
