//! Portable module → loaded module: verify, intern atoms, build literals,
//! lay out code, rewrite operands (see `code/mod.rs`).

use super::{register, verify, FunctionInfo, ImportEntry, LoadedModule};
use crate::heap::{build, Heap};
use crate::term::{atom, Term};
use compiler::bytecode::{Literal, Module, Src};
use std::collections::HashMap;
use std::fmt;
use std::sync::OnceLock;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError(pub String);

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "cannot load module: {}", self.0)
    }
}

pub fn load(m: &Module) -> Result<&'static LoadedModule, LoadError> {
    verify::check(m).map_err(LoadError)?;
    super::install_display_hooks();
    if super::next_index() >= crate::process::code_word::MAX_MODULES {
        return Err(LoadError("too many modules loaded".into()));
    }
    let atoms = m
        .atoms
        .iter()
        .map(|a| atom::intern(a).map_err(|_| LoadError("atom table is full (system_limit)".into())))
        .collect::<Result<Vec<_>, _>>()?;
    let mut area = Heap::with_capacity(0);
    let literals: Vec<Term> = m
        .literals
        .iter()
        .map(|l| build_literal(&mut area, l, &atoms))
        .collect();
    // The blocks never move (the area is moved into the leaked module, the
    // boxed blocks stay put), so messages may share these literals.
    for (start, end) in area.block_ranges() {
        crate::heap::copy::literals::register(start, end);
    }

    let mut code = Vec::new();
    let mut functions = Vec::with_capacity(m.functions.len());
    let mut max_x = 1usize;
    for f in &m.functions {
        let entry = code.len() as u32;
        max_x = max_x.max(f.arity as usize + 1);
        for instr in &f.code {
            let mut i = instr.clone();
            i.visit_srcs(&mut |s| {
                if let Src::X(x) = s {
                    max_x = max_x.max(*x as usize + 1);
                }
            });
            i.visit_dsts(&mut |d| {
                if let compiler::bytecode::Dst::X(x) = d {
                    max_x = max_x.max(*x as usize + 1);
                }
            });
            match &i {
                compiler::bytecode::Instr::TestHeap { live, .. }
                | compiler::bytecode::Instr::Allocate { live, .. } => {
                    max_x = max_x.max(*live as usize)
                }
                // Calls of funs and apply read the fun, module and function after the arguments.
                compiler::bytecode::Instr::CallFun { arity }
                | compiler::bytecode::Instr::CallFunOnly { arity }
                | compiler::bytecode::Instr::CallFunLast { arity, .. }
                | compiler::bytecode::Instr::Apply { arity }
                | compiler::bytecode::Instr::ApplyOnly { arity }
                | compiler::bytecode::Instr::ApplyLast { arity, .. } => {
                    max_x = max_x.max(*arity as usize + 2)
                }
                _ => {}
            }
            i.visit_labels(&mut |l| l.0 += entry);
            i.map_srcs(&mut |s| {
                if let Src::Atom(a) = s {
                    *a = atoms[*a as usize].0;
                }
            });
            code.push(i);
        }
        functions.push(FunctionInfo {
            name: atoms[f.name as usize],
            arity: f.arity,
            entry,
            end: code.len() as u32,
            lines: f.lines.iter().map(|(at, l)| (at + entry, *l)).collect(),
        });
    }
    let stack_map = super::stack_map::StackMap::build(
        functions
            .iter()
            .zip(&m.functions)
            .map(|(info, f)| (info.entry, &f.stack_map[..])),
    );
    let entry_of = |f: u32| functions.get(f as usize).map(|f: &FunctionInfo| f.entry);
    let mut args = Vec::new();
    let is_self = |i: u32| {
        m.imports.get(i as usize).is_some_and(|i| {
            atoms[i.module as usize] == atom::ERLANG
                && atoms[i.function as usize] == atom::SELF
                && i.arity == 0
        })
    };
    let ops = super::specialize::specialize_all(&code, &literals, &entry_of, &is_self, &mut args);
    for l in &m.lambdas {
        max_x = max_x.max((l.arity + l.free) as usize + 1);
    }
    super::note_max_x(max_x.max(4));
    let imports = m
        .imports
        .iter()
        .map(|i| ImportEntry {
            module: atoms[i.module as usize],
            function: atoms[i.function as usize],
            arity: i.arity,
            resolved: OnceLock::new(),
        })
        .collect();
    let exports: HashMap<_, _> = m
        .exports
        .iter()
        .map(|e| ((atoms[e.function as usize], e.arity), e.index))
        .collect();
    let name = atoms[m.name as usize];
    let file = m.file.clone();
    let lambdas = m.lambdas.clone();
    Ok(register(move |index| LoadedModule {
        index,
        name,
        file,
        code,
        ops,
        args: args.into(),
        functions,
        literals,
        literal_area: area,
        imports,
        exports,
        lambdas,
        stack_map,
    }))
}

fn build_literal(h: &mut Heap, l: &Literal, atoms: &[crate::term::Atom]) -> Term {
    match l {
        Literal::Int(i) => build::bigint(h, i),
        Literal::Float(f) => build::float(h, *f),
        Literal::Atom(a) => Term::atom(atoms.get(*a as usize).copied().unwrap_or(atom::UNDEFINED)),
        Literal::Nil => Term::NIL,
        Literal::Tuple(es) => {
            let ts: Vec<Term> = es.iter().map(|e| build_literal(h, e, atoms)).collect();
            build::tuple(h, &ts)
        }
        Literal::List(es, tail) => {
            let ts: Vec<Term> = es.iter().map(|e| build_literal(h, e, atoms)).collect();
            let t = build_literal(h, tail, atoms);
            build::list_with_tail(h, &ts, t)
        }
        Literal::Binary(bytes, bits) => build::bitstring(h, bytes, *bits as usize),
        Literal::Map(pairs) => {
            let ps: Vec<(Term, Term)> = pairs
                .iter()
                .map(|(k, v)| (build_literal(h, k, atoms), build_literal(h, v, atoms)))
                .collect();
            build::map_from_pairs(h, ps)
        }
    }
}
