//! Checks a portable module before loading, so that the interpreter may
//! trust it: every label inside its function, every function, import,
//! lambda, literal and atom index in range, x registers below the limit,
//! small integer operands in the small range, the sizes that the
//! runtime encodings (code words, fun words) can hold, and the shape of
//! each function's stack map (sorted, at calls, slots inside the frame),
//! and that every y register is inside the frame there is (`frames.rs`).
//! A module that fails is a `LoadError`, never undefined behaviour.

use compiler::bytecode::{Dst, Instr, Label, Module, Src, X_REGISTERS};

use crate::process::code_word::{MAX_PC, MAX_Y};

pub fn check(m: &Module) -> Result<(), String> {
    let atoms = m.atoms.len() as u32;
    if m.name >= atoms {
        return Err("module name atom out of range".into());
    }
    for imp in &m.imports {
        if imp.module >= atoms || imp.function >= atoms || imp.arity > 255 {
            return Err("bad import entry".into());
        }
    }
    let nfun = m.functions.len() as u32;
    for e in &m.exports {
        if e.function >= atoms || e.index >= nfun {
            return Err("bad export entry".into());
        }
        if m.functions[e.index as usize].arity != e.arity {
            return Err("export arity does not match its function".into());
        }
    }
    if m.lambdas.len() >= 1 << 24 {
        return Err("too many funs in one module".into());
    }
    for l in &m.lambdas {
        if l.function >= nfun
            || l.arity > 255
            || m.functions[l.function as usize].arity != l.arity + l.free
        {
            return Err("bad lambda entry".into());
        }
    }
    let total: usize = m.functions.iter().map(|f| f.code.len()).sum();
    if total as u64 >= MAX_PC as u64 {
        return Err("module has too much code".into());
    }
    for (fi, f) in m.functions.iter().enumerate() {
        if f.name >= atoms || f.arity > 255 {
            return Err(format!("function {fi}: bad name or arity"));
        }
        if f.code.is_empty() {
            return Err(format!("function {fi}: no code"));
        }
        let n = f.code.len() as u32;
        for (pc, instr) in f.code.iter().enumerate() {
            let at = || format!("function {fi} instruction {pc}");
            let mut err: Option<String> = None;
            let mut instr = instr.clone();
            instr.visit_labels(&mut |l: &mut Label| {
                if l.0 >= n {
                    err = Some(format!("{}: label {} out of range", at(), l.0));
                }
            });
            instr.visit_srcs(&mut |s: &Src| {
                let bad = match *s {
                    Src::X(i) => i as usize >= X_REGISTERS,
                    Src::Y(i) => i as u32 >= MAX_Y,
                    Src::Int(_) => false,
                    Src::Atom(a) => a >= atoms,
                    Src::Literal(l) => l as usize >= m.literals.len(),
                    Src::Nil => false,
                };
                if bad {
                    err = Some(format!("{}: bad operand {s:?}", at()));
                }
            });
            instr.visit_dsts(&mut |d: &Dst| {
                let bad = match *d {
                    Dst::X(i) => i as usize >= X_REGISTERS,
                    Dst::Y(i) => i as u32 >= MAX_Y,
                };
                if bad {
                    err = Some(format!("{}: bad destination {d:?}", at()));
                }
            });
            if let Some(e) = err {
                return Err(e);
            }
            let ok = match &instr {
                Instr::Call { function, arity }
                | Instr::CallOnly { function, arity }
                | Instr::CallLast {
                    function, arity, ..
                } => *function < nfun && m.functions[*function as usize].arity == *arity as u32,
                // A native reads as many arguments as its import says.
                Instr::CallExt { import, arity }
                | Instr::CallExtLast { import, arity, .. }
                | Instr::CallExtOnly { import, arity } => m
                    .imports
                    .get(*import as usize)
                    .is_some_and(|i| i.arity == *arity as u32),
                Instr::Bif { import, args, .. } => {
                    (*import as usize) < m.imports.len()
                        && m.imports[*import as usize].arity as usize == args.len()
                }
                Instr::MakeFun { lambda, free, .. } => {
                    (*lambda as usize) < m.lambdas.len()
                        && m.lambdas[*lambda as usize].free as usize == free.len()
                }
                Instr::Allocate { slots, live } => {
                    (*slots as u32) < MAX_Y && (*live as usize) <= X_REGISTERS
                }
                Instr::Deallocate { slots } => (*slots as u32) < MAX_Y,
                // A collection keeps x[0..live]: registers that exist.
                Instr::TestHeap { live, .. } => (*live as usize) <= X_REGISTERS,
                Instr::Try { y, .. } | Instr::Catch { y, .. } => (*y as u32) < MAX_Y,
                Instr::CallFun { arity }
                | Instr::CallFunOnly { arity }
                | Instr::CallFunLast { arity, .. } => (*arity as usize) < X_REGISTERS - 1,
                Instr::Apply { arity }
                | Instr::ApplyOnly { arity }
                | Instr::ApplyLast { arity, .. } => (*arity as usize) < X_REGISTERS - 2,
                _ => true,
            };
            if !ok {
                return Err(format!(
                    "{}: bad call, import, fun, frame or live-register operand",
                    at()
                ));
            }
        }
        // The last instruction must not fall through past the function.
        if f.code
            .last()
            .is_some_and(|i| i.flags() & compiler::bytecode::isa::flags::END == 0)
        {
            return Err(format!("function {fi}: code falls through its end"));
        }
        let mut last = 0;
        for (at, _) in &f.lines {
            if *at < last || *at > n {
                return Err(format!("function {fi}: bad line table"));
            }
            last = *at;
        }
        compiler::bytecode::stack_map::check(&f.code, &f.stack_map)
            .map_err(|e| format!("function {fi}: {e}"))?;
        super::frames::check(&f.code, &f.stack_map).map_err(|e| format!("function {fi}: {e}"))?;
    }
    Ok(())
}
