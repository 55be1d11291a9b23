//! Loaded code: the runtime form of modules, and the global code table
//! that maps module names to loaded modules.
//!
//! Runtime form (practice 2 of STYLE.md): the loader keeps the portable
//! `Instr` shape but rewrites its operands in place: atom operands become
//! global atom indices, labels become module-wide instruction indices, and
//! every function's code is laid out in one array. Literals are built once
//! into the module's literal area, which is immutable and never freed.
//! Loaded modules live for the rest of the VM's life (`&'static`), so the
//! interpreter holds plain references to them.

mod frames;
pub mod load;
pub mod op;
mod specialize;
pub mod stack_map;
pub mod verify;

use crate::bif::BifFn;
use crate::heap::Heap;
use crate::term::{atom, Atom, Term};
use compiler::bytecode::{Instr, Lambda};
use std::collections::HashMap;
use std::sync::{OnceLock, RwLock};

pub use load::{load, LoadError};

pub struct FunctionInfo {
    pub name: Atom,
    /// Arity on entry (for lambdas: arguments plus free variables).
    pub arity: u32,
    pub entry: u32,
    pub end: u32,
    /// `(module-wide pc, line)`, sorted by pc.
    pub lines: Vec<(u32, u32)>,
}

/// What an import resolves to, cached on first call.
#[derive(Clone, Copy)]
pub enum Target {
    Native(BifFn),
    Code {
        module: &'static LoadedModule,
        function: u32,
    },
    /// `erlang:apply/2` and `erlang:apply/3`, which the interpreter handles.
    Apply(u8),
}

pub struct ImportEntry {
    pub module: Atom,
    pub function: Atom,
    pub arity: u32,
    pub resolved: OnceLock<Target>,
}

pub struct LoadedModule {
    pub index: u32,
    pub name: Atom,
    pub file: String,
    /// The portable instructions (operands rewritten as described above).
    pub code: Vec<Instr>,
    /// The same instructions specialised for the dispatch loop, one for one
    /// (`op.rs`, made by `specialize.rs`).
    pub ops: Box<[op::Op]>,
    /// Variable-length operands of `ops` (`op::Arg`).
    pub args: Box<[op::Arg]>,
    pub functions: Vec<FunctionInfo>,
    pub literals: Vec<Term>,
    /// Owns the memory the literal terms point into.
    pub literal_area: Heap,
    pub imports: Vec<ImportEntry>,
    pub exports: HashMap<(Atom, u32), u32>,
    pub lambdas: Vec<Lambda>,
    /// The y registers each call leaves live, by return pc: read by the
    /// garbage collector only.
    pub stack_map: stack_map::StackMap,
}

impl LoadedModule {
    /// The function containing `pc`.
    pub fn function_at(&self, pc: u32) -> Option<&FunctionInfo> {
        let i = self.functions.partition_point(|f| f.entry <= pc);
        self.functions.get(i.checked_sub(1)?).filter(|f| pc < f.end)
    }

    /// Source line of the instruction at `pc`, if known.
    pub fn line_at(&self, pc: u32) -> Option<u32> {
        let f = self.function_at(pc)?;
        let i = f.lines.partition_point(|(at, _)| *at <= pc);
        f.lines.get(i.checked_sub(1)?).map(|(_, l)| *l)
    }

    pub fn export(&self, function: Atom, arity: u32) -> Option<u32> {
        self.exports.get(&(function, arity)).copied()
    }
}

struct Table {
    modules: Vec<&'static LoadedModule>,
    by_name: HashMap<Atom, u32>,
}

fn table() -> &'static RwLock<Table> {
    static TABLE: OnceLock<RwLock<Table>> = OnceLock::new();
    TABLE.get_or_init(|| {
        RwLock::new(Table {
            modules: Vec::new(),
            by_name: HashMap::new(),
        })
    })
}

/// Modules by index, readable without a lock: every cross-module return
/// and every slice start looks a module up, on every scheduler at once.
/// Two levels of write-once slots, filled by `register` (under the table's
/// write lock) and never changed.
const CHUNK: usize = 1024;
static BY_INDEX: [OnceLock<Box<[OnceLock<&'static LoadedModule>]>>; 1024] =
    [const { OnceLock::new() }; 1024];

/// The module with a given index (indices come from loaded code only).
#[inline]
pub fn get(index: u32) -> Option<&'static LoadedModule> {
    let i = index as usize;
    BY_INDEX.get(i / CHUNK)?.get()?[i % CHUNK].get().copied()
}

fn publish(index: u32, m: &'static LoadedModule) {
    let i = index as usize;
    if let Some(chunk) = BY_INDEX.get(i / CHUNK) {
        let slots = chunk.get_or_init(|| (0..CHUNK).map(|_| OnceLock::new()).collect());
        let _ = slots[i % CHUNK].set(m);
    }
}

/// A loaded module by name, without trying to load it.
pub fn find_loaded(name: Atom) -> Option<&'static LoadedModule> {
    let t = table().read().unwrap_or_else(|e| e.into_inner());
    t.by_name.get(&name).map(|&i| t.modules[i as usize])
}

/// Registers a freshly loaded module; a module of the same name loaded
/// later replaces it for new calls (old code stays valid for running ones).
pub(crate) fn register(build: impl FnOnce(u32) -> LoadedModule) -> &'static LoadedModule {
    let mut t = table().write().unwrap_or_else(|e| e.into_inner());
    let index = t.modules.len() as u32;
    let m: &'static LoadedModule = Box::leak(Box::new(build(index)));
    t.modules.push(m);
    publish(index, m);
    t.by_name.insert(m.name, index);
    m
}

pub fn next_index() -> u32 {
    table()
        .read()
        .unwrap_or_else(|e| e.into_inner())
        .modules
        .len() as u32
}

/// All loaded modules (latest version of each name).
pub fn loaded_modules() -> Vec<&'static LoadedModule> {
    let t = table().read().unwrap_or_else(|e| e.into_inner());
    let mut v: Vec<_> = t.by_name.values().map(|&i| t.modules[i as usize]).collect();
    v.sort_by_key(|m| m.name.name());
    v
}

/// A source of modules that are not loaded yet (program directory,
/// embedded standard library). Set once by the embedder (the CLI).
pub type Finder = dyn Fn(&str) -> Option<compiler::bytecode::Module> + Send + Sync;

static FINDER: OnceLock<Box<Finder>> = OnceLock::new();

pub fn set_finder(f: Box<Finder>) {
    let _ = FINDER.set(f);
}

/// The module `name`, loading it through the finder if needed.
pub fn ensure_loaded(name: Atom) -> Option<&'static LoadedModule> {
    if let Some(m) = find_loaded(name) {
        return Some(m);
    }
    let finder = FINDER.get()?;
    let portable = finder(name.name())?;
    // Two threads may race to load the same module; the loser's copy is
    // simply not registered under the name twice (the table keeps the last).
    load(&portable).ok().filter(|m| m.name == name)
}

/// Resolves `module:function/arity` to native or loaded code.
pub fn resolve(module: Atom, function: Atom, arity: u32) -> Option<Target> {
    if module == atom::ERLANG && function.name() == "apply" && (arity == 2 || arity == 3) {
        return Some(Target::Apply(arity as u8));
    }
    if let Some(f) = crate::bif::lookup(module.name(), function.name(), arity as usize) {
        return Some(Target::Native(f));
    }
    let m = ensure_loaded(module)?;
    let function = m.export(function, arity)?;
    Some(Target::Code {
        module: m,
        function,
    })
}

impl ImportEntry {
    pub fn target(&self) -> Option<Target> {
        if let Some(t) = self.resolved.get() {
            return Some(*t);
        }
        let t = resolve(self.module, self.function, self.arity)?;
        let _ = self.resolved.set(t);
        Some(t)
    }
}

/// `{Module, Function, Arity}` of the code behind a closure.
pub fn lambda_mfa(id: crate::term::boxed::LambdaId) -> Option<(Atom, Atom, u32)> {
    let m = get(id.module)?;
    let l = m.lambdas.get(id.index as usize)?;
    let f = m.functions.get(l.function as usize)?;
    Some((m.name, f.name, f.arity))
}

fn module_name_of(index: u32) -> String {
    get(index)
        .map(|m| m.name.name().to_owned())
        .unwrap_or_else(|| "unknown".into())
}

/// Lets term printing name a fun's module (`#Fun<m.0.123>`).
pub fn install_display_hooks() {
    let _ = crate::term::display::FUN_MODULE_NAME.set(module_name_of);
}

/// One past the highest x register any loaded code reads or writes (or
/// passes as an argument). Registers above it are never read, so after a
/// collection only `x[live..max_x_register()]` needs resetting.
static MAX_X: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(1);

pub fn max_x_register() -> usize {
    MAX_X.load(std::sync::atomic::Ordering::Relaxed)
}

pub(crate) fn note_max_x(n: usize) {
    MAX_X.fetch_max(
        n.min(compiler::bytecode::X_REGISTERS),
        std::sync::atomic::Ordering::Relaxed,
    );
}
