//! The global atom table: atoms are interned once, shared by all processes
//! and never freed (DESIGN.md). Names are leaked `&'static str`s so that a
//! name can be read without holding the lock. The table has a limit, like
//! BEAM's, and exceeding it is a `system_limit` error, never a crash.

use std::collections::HashMap;
use std::sync::{OnceLock, RwLock};

/// Index into the atom table.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub struct Atom(pub u32);

/// BEAM's default atom limit.
pub const ATOM_LIMIT: usize = 1_048_576;

struct Table {
    names: Vec<&'static str>,
    index: HashMap<&'static str, u32>,
}

macro_rules! predefined_atoms {
    ($($konst:ident = $text:expr),* $(,)?) => {
        const PREDEFINED: &[&str] = &[$($text),*];
        predefined_atoms!(@consts 0u32; $($konst),*);
    };
    (@consts $n:expr; $konst:ident $(, $rest:ident)*) => {
        pub const $konst: Atom = Atom($n);
        predefined_atoms!(@consts $n + 1; $($rest),*);
    };
    (@consts $n:expr;) => {};
}

predefined_atoms! {
    NIL_ATOM = "nil",
    TRUE = "true",
    FALSE = "false",
    OK = "ok",
    ERROR = "error",
    EXIT = "exit",
    THROW = "throw",
    UNDEFINED = "undefined",
    BADARG = "badarg",
    BADARITH = "badarith",
    BADMATCH = "badmatch",
    FUNCTION_CLAUSE = "function_clause",
    CASE_CLAUSE = "case_clause",
    IF_CLAUSE = "if_clause",
    TRY_CLAUSE = "try_clause",
    UNDEF = "undef",
    BADFUN = "badfun",
    BADARITY = "badarity",
    BADKEY = "badkey",
    BADMAP = "badmap",
    NOCATCH = "nocatch",
    SYSTEM_LIMIT = "system_limit",
    NORMAL = "normal",
    KILL = "kill",
    KILLED = "killed",
    ERLANG = "erlang",
    EXIT_UPPER = "EXIT",
    DOWN = "DOWN",
    FILE = "file",
    LINE = "line",
    INFINITY = "infinity",
    BADRECORD = "badrecord",
    BAD_GENERATOR = "bad_generator",
    BAD_FILTER = "bad_filter",
    TIMEOUT_VALUE = "timeout_value",
    NOPROC = "noproc",
    PROCESS = "process",
    UNDEFINED_FUNCTION = "undefined_function",
    ALL = "all",
    NOTALIVE = "notalive",
    FORMAT = "format",
    BIG = "big",
    LITTLE = "little",
    SIGNED = "signed",
    UNSIGNED = "unsigned",
    UTF8 = "utf8",
    LATIN1 = "latin1",
    UNICODE = "unicode",
    MAIN = "main",
    NONODE = "nonode@nohost",
    ANDALSO = "andalso",
    SELF = "self",
}

fn table() -> &'static RwLock<Table> {
    static TABLE: OnceLock<RwLock<Table>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = Table {
            names: Vec::with_capacity(1024),
            index: HashMap::with_capacity(1024),
        };
        for name in PREDEFINED {
            let n = t.names.len() as u32;
            t.names.push(name);
            t.index.insert(name, n);
        }
        RwLock::new(t)
    })
}

/// Error returned when the atom table is full.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AtomLimit;

/// Interns `name`, returning its atom.
pub fn intern(name: &str) -> Result<Atom, AtomLimit> {
    if let Some(a) = lookup(name) {
        return Ok(a);
    }
    let mut t = table().write().unwrap_or_else(|e| e.into_inner());
    if let Some(&n) = t.index.get(name) {
        return Ok(Atom(n));
    }
    if t.names.len() >= ATOM_LIMIT {
        return Err(AtomLimit);
    }
    let leaked: &'static str = Box::leak(name.to_owned().into_boxed_str());
    let n = t.names.len() as u32;
    t.names.push(leaked);
    t.index.insert(leaked, n);
    Ok(Atom(n))
}

/// Interns a name that is known to be few (VM-internal names, module
/// names); falls back to `undefined` if the table is full.
pub fn intern_internal(name: &str) -> Atom {
    intern(name).unwrap_or(UNDEFINED)
}

/// The atom for `name` if it already exists (`list_to_existing_atom`).
pub fn lookup(name: &str) -> Option<Atom> {
    let t = table().read().unwrap_or_else(|e| e.into_inner());
    t.index.get(name).map(|&n| Atom(n))
}

/// The text of an atom.
pub fn name(a: Atom) -> &'static str {
    let t = table().read().unwrap_or_else(|e| e.into_inner());
    t.names.get(a.0 as usize).copied().unwrap_or("")
}

/// Number of atoms interned so far.
pub fn count() -> usize {
    table()
        .read()
        .unwrap_or_else(|e| e.into_inner())
        .names
        .len()
}

impl Atom {
    pub fn name(self) -> &'static str {
        name(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn predefined_and_interned() {
        assert_eq!(name(OK), "ok");
        assert_eq!(intern("ok").unwrap(), OK);
        let a = intern("some_new_atom_for_test").unwrap();
        assert_eq!(name(a), "some_new_atom_for_test");
        assert_eq!(lookup("some_new_atom_for_test"), Some(a));
        assert_eq!(lookup("never_interned_atom_xyz"), None);
    }
}
