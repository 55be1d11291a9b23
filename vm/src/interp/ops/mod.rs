//! Instruction semantics, grouped like BEAM's instruction files.

pub mod arith;
pub mod binary;
pub mod call;
pub mod data;
pub mod maps;
pub mod receive;
