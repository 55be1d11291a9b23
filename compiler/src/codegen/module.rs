//! Module-wide tables shared by every function being compiled, and the
//! entry point that compiles a whole module.

use super::function::FunCtx;
use super::{CodegenError, Result};
use crate::bytecode::{Export, Function, Import, Lambda, Literal, Module, Operand};
use crate::source::LineIndex;
use crate::syntax::ast;
use std::collections::HashMap;

/// Tables being built for one module.
pub struct ModCtx {
    pub atoms: Vec<String>,
    atom_index: HashMap<String, u32>,
    pub literals: Vec<Literal>,
    literal_index: HashMap<Vec<u8>, u32>,
    pub imports: Vec<Import>,
    import_index: HashMap<(u32, u32, u32), u32>,
    pub lambdas: Vec<Lambda>,
    /// Compiled functions; lambda bodies are appended as they are met.
    pub functions: Vec<Option<Function>>,
    /// `(name, arity)` of each named function → index in `functions`.
    pub local: HashMap<(String, usize), u32>,
    /// `-import`ed functions: `(name, arity)` → module.
    pub imported: HashMap<(String, usize), String>,
    pub lines: LineIndex,
    /// Counter for fresh names (comprehension helpers).
    pub fresh: u32,
    /// Funs numbered in order of appearance, as Erlang names them
    /// (`-main/0-fun-0-`); comprehensions have their own count.
    pub fun_count: u32,
    pub lc_count: u32,
}

impl ModCtx {
    pub fn atom(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.atom_index.get(name) {
            return i;
        }
        let i = self.atoms.len() as u32;
        self.atoms.push(name.to_owned());
        self.atom_index.insert(name.to_owned(), i);
        i
    }

    pub fn literal(&mut self, lit: Literal) -> u32 {
        let mut key = Vec::new();
        lit.encode(&mut key);
        if let Some(&i) = self.literal_index.get(&key) {
            return i;
        }
        let i = self.literals.len() as u32;
        self.literals.push(lit);
        self.literal_index.insert(key, i);
        i
    }

    pub fn import(&mut self, module: &str, function: &str, arity: usize) -> u32 {
        let key = (self.atom(module), self.atom(function), arity as u32);
        if let Some(&i) = self.import_index.get(&key) {
            return i;
        }
        let i = self.imports.len() as u32;
        self.imports.push(Import {
            module: key.0,
            function: key.1,
            arity: key.2,
        });
        self.import_index.insert(key, i);
        i
    }

    /// Reserves a function slot (for a lambda body compiled later or now).
    pub fn reserve_function(&mut self) -> u32 {
        self.functions.push(None);
        (self.functions.len() - 1) as u32
    }

    pub fn fresh(&mut self) -> u32 {
        self.fresh += 1;
        self.fresh
    }
}

/// Compiles a checked module. `file` is the source file name used in stack
/// traces.
pub fn generate(module: &ast::Module, source: &str, file: &str) -> Result<Module> {
    let mut name = None;
    let mut exports = Vec::new();
    let mut export_all = false;
    let mut imported = HashMap::new();
    let mut functions: Vec<&ast::Function> = Vec::new();
    for form in &module.forms {
        match form {
            ast::Form::Module { name: n, .. } => name = Some(n.clone()),
            ast::Form::Export { functions, .. } => {
                exports.extend(functions.iter().map(|f| (f.name.clone(), f.arity)))
            }
            ast::Form::Import {
                module, functions, ..
            } => {
                for f in functions {
                    imported.insert((f.name.clone(), f.arity), module.clone());
                }
            }
            ast::Form::Compile { export_all: e, .. } => export_all |= *e,
            ast::Form::Skipped { .. } => {}
            ast::Form::Function(f) => functions.push(f),
        }
    }
    let name =
        name.ok_or_else(|| CodegenError::new("missing -module attribute", Default::default()))?;
    let mut m = ModCtx {
        atoms: Vec::new(),
        atom_index: HashMap::new(),
        literals: Vec::new(),
        literal_index: HashMap::new(),
        imports: Vec::new(),
        import_index: HashMap::new(),
        lambdas: Vec::new(),
        functions: Vec::new(),
        local: HashMap::new(),
        imported,
        lines: LineIndex::new(source),
        fresh: 0,
        fun_count: 0,
        lc_count: 0,
    };
    let name_atom = m.atom(&name);
    for f in &functions {
        let idx = m.reserve_function();
        m.local.entry((f.name.clone(), f.arity)).or_insert(idx);
    }
    for (i, f) in functions.iter().enumerate() {
        let code =
            FunCtx::compile_function(&mut m, &f.name, f.arity, &f.clauses, &[], None, f.span)?;
        m.functions[i] = Some(code);
    }
    let mut export_list = Vec::new();
    if export_all {
        for f in &functions {
            exports.push((f.name.clone(), f.arity));
        }
    }
    for (fname, arity) in exports {
        if let Some(&index) = m.local.get(&(fname.clone(), arity)) {
            let function = m.atom(&fname);
            let e = Export {
                function,
                arity: arity as u32,
                index,
            };
            if !export_list.contains(&e) {
                export_list.push(e);
            }
        }
    }
    let functions = m
        .functions
        .into_iter()
        .map(|f| {
            f.ok_or_else(|| {
                CodegenError::new(
                    "internal error: a function was not compiled",
                    Default::default(),
                )
            })
        })
        .collect::<Result<Vec<_>>>()?;
    Ok(Module {
        name: name_atom,
        atoms: m.atoms,
        literals: m.literals,
        imports: m.imports,
        exports: export_list,
        lambdas: m.lambdas,
        functions,
        file: file.to_owned(),
    })
}
