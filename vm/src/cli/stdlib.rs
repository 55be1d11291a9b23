//! The standard library, compiled from ../stdlib/*.erl by build.rs and
//! embedded in the binary, decoded on first use.

include!(concat!(env!("OUT_DIR"), "/stdlib.rs"));

/// The embedded bytecode of a standard library module.
pub fn find(name: &str) -> Option<compiler::bytecode::Module> {
    let bytes = STDLIB.iter().find(|(n, _)| *n == name)?.1;
    compiler::bytecode::Module::decode(bytes).ok()
}

/// Names of the embedded modules.
pub fn names() -> impl Iterator<Item = &'static str> {
    STDLIB.iter().map(|(n, _)| *n)
}
