//! One function being compiled: its code buffer, labels, line table,
//! registers and variable homes, and clause selection.
//!
//! Labels are allocated as ids while emitting and resolved to instruction
//! indices when the function is finished. Frame sizes are patched at the end
//! of each clause, once the number of y registers it uses is known.

use super::module::ModCtx;
use super::{CodegenError, Result};
use crate::bytecode::{Dst, Function, Instr, Label, Literal, Src, X_REGISTERS};
use crate::source::Span;
use crate::syntax::ast;
use std::collections::{HashMap, HashSet};

/// A named fun refers to itself by name: the name is rebuilt as a closure
/// over the same free variables when used.
#[derive(Clone, Debug)]
pub struct SelfFun {
    pub name: String,
    pub lambda: u32,
    pub free: Vec<String>,
}

pub struct FunCtx<'m> {
    pub m: &'m mut ModCtx,
    pub code: Vec<Instr>,
    lines: Vec<(u32, u32)>,
    last_line: u32,
    /// Label id → instruction index, once bound.
    label_pcs: Vec<Option<u32>>,
    /// Each variable's register for the current function clause.
    pub homes: HashMap<String, Dst>,
    /// Variables bound by `V = make_ref()` in this clause (see
    /// `recv_marker_bind`).
    pub ref_vars: HashSet<String>,
    /// Variables bound on the current path.
    pub bound: HashSet<String>,
    /// Whether the current clause body runs with a frame (values in y).
    pub frame: bool,
    pub next_x: u16,
    pub next_y: u16,
    /// Instructions whose frame-size operand is patched at clause end.
    frame_patches: Vec<usize>,
    pub arity: u16,
    pub self_fun: Option<SelfFun>,
    /// `name/arity` of the enclosing named function, for lambda names.
    pub display_name: String,
    /// Where the next expression should put its value if it can (saves a
    /// move into an argument or return register). Taken by `expr`.
    pub hint: Option<Dst>,
    /// In a frame, x registers below this hold call arguments already
    /// built (see `call_args`): live at any safe point while the next
    /// argument is built.
    pub args_live: u16,
}

impl<'m> FunCtx<'m> {
    /// Compiles a function (or a lambda body, whose `free` variables follow
    /// its arguments in x registers).
    pub fn compile_function(
        m: &'m mut ModCtx,
        name: &str,
        arity: usize,
        clauses: &[ast::Clause],
        free: &[String],
        self_fun: Option<SelfFun>,
        span: Span,
    ) -> Result<Function> {
        let total = arity + free.len();
        if total > 255 {
            return Err(CodegenError::new("too many arguments (at most 255)", span));
        }
        // Lambdas are named after the top-level function: `-main/0-fun-3-`.
        let display_name = match name.strip_prefix('-').and_then(|n| n.split("-fun-").next()) {
            Some(parent) => parent.to_owned(),
            None => format!("{name}/{arity}"),
        };
        let mut f = FunCtx {
            m,
            code: Vec::new(),
            lines: Vec::new(),
            last_line: 0,
            label_pcs: Vec::new(),
            homes: HashMap::new(),
            ref_vars: HashSet::new(),
            bound: HashSet::new(),
            frame: false,
            next_x: total as u16,
            next_y: 0,
            frame_patches: Vec::new(),
            arity: total as u16,
            self_fun,
            display_name,
            hint: None,
            args_live: 0,
        };
        f.set_line(span);
        for clause in clauses {
            f.clause(clause, arity, free)?;
        }
        f.set_line(span);
        f.emit(Instr::FuncClause {});
        let name_atom = f.m.atom(name);
        f.finish(name_atom, total as u32)
    }

    fn clause(&mut self, clause: &ast::Clause, arity: usize, free: &[String]) -> Result<()> {
        self.homes.clear();
        self.ref_vars.clear();
        self.bound.clear();
        self.frame = false;
        self.next_x = self.arity;
        self.next_y = 0;
        self.frame_patches.clear();
        for (i, v) in free.iter().enumerate() {
            self.homes.insert(v.clone(), Dst::X((arity + i) as u16));
            self.bound.insert(v.clone());
        }
        self.set_line(clause.span);
        let next = self.new_label();
        // Head variables shadow captured ones (Erlang's fun-head rule).
        let mut shadow: HashSet<String> = free.iter().cloned().collect();
        for (i, p) in clause.patterns.iter().enumerate() {
            self.pattern_shadowing(p, Src::X(i as u16), next, &mut shadow)?;
        }
        self.guard(&clause.guard, next)?;
        if super::frame::body_needs_frame(self, &clause.body) {
            self.enter_frame();
        }
        self.tail_body(&clause.body)?;
        self.patch_frame();
        self.bind(next);
        Ok(())
    }

    /// Emits `allocate` and moves every bound variable into a y register.
    pub fn enter_frame(&mut self) {
        let live = self.next_x;
        let at = self.code.len();
        self.emit(Instr::Allocate { slots: 0, live });
        self.frame_patches.push(at);
        self.frame = true;
        let mut names: Vec<String> = self.homes.keys().cloned().collect();
        names.sort();
        for name in names {
            let old = Src::from(self.homes[&name]);
            let y = self.new_y();
            self.emit(Instr::Move { src: old, dst: y });
            self.homes.insert(name, y);
        }
    }

    /// Records that instruction `at` carries the frame size.
    pub fn frame_patch(&mut self, at: usize) {
        self.frame_patches.push(at);
    }

    fn patch_frame(&mut self) {
        let n = self.next_y;
        for &at in &self.frame_patches {
            match &mut self.code[at] {
                Instr::Allocate { slots, .. }
                | Instr::Deallocate { slots }
                | Instr::CallLast { slots, .. }
                | Instr::CallExtLast { slots, .. }
                | Instr::CallFunLast { slots, .. }
                | Instr::ApplyLast { slots, .. } => *slots = n,
                _ => {}
            }
        }
        self.frame_patches.clear();
    }

    fn finish(mut self, name: u32, arity: u32) -> Result<Function> {
        let pcs = std::mem::take(&mut self.label_pcs);
        let mut missing = false;
        for instr in &mut self.code {
            instr.visit_labels(
                &mut |l: &mut Label| match pcs.get(l.0 as usize).copied().flatten() {
                    Some(pc) => l.0 = pc,
                    None => missing = true,
                },
            );
        }
        if missing {
            return Err(CodegenError::new(
                "internal error: unbound label",
                Span::default(),
            ));
        }
        if self.next_x as usize >= X_REGISTERS || self.next_y as usize >= X_REGISTERS * 16 {
            return Err(CodegenError::new(
                "function is too large (too many registers)",
                Span::default(),
            ));
        }
        let (mut code, mut lines) = (self.code, self.lines);
        super::optimize::optimize(&mut code, &mut lines);
        let stack_map = super::stack_map::stack_map(&code);
        Ok(Function {
            name,
            arity,
            code,
            lines,
            stack_map,
        })
    }

    // ---- emission ---------------------------------------------------------

    pub fn emit(&mut self, i: Instr) {
        self.code.push(i);
    }

    pub fn new_label(&mut self) -> Label {
        self.label_pcs.push(None);
        Label((self.label_pcs.len() - 1) as u32)
    }

    pub fn bind(&mut self, l: Label) {
        self.label_pcs[l.0 as usize] = Some(self.code.len() as u32);
    }

    pub fn set_line(&mut self, span: Span) {
        let line = self.m.lines.line(span.start);
        if line != self.last_line {
            self.last_line = line;
            let pc = self.code.len() as u32;
            if let Some(last) = self.lines.last_mut() {
                if last.0 == pc {
                    last.1 = line;
                    return;
                }
            }
            self.lines.push((pc, line));
        }
    }

    /// The line currently being compiled, to restore later with
    /// `set_line_of` (errors of a `case` point at its first line).
    pub fn current_line(&self) -> u32 {
        self.last_line
    }

    pub fn set_line_of(&mut self, line: u32) {
        if line != self.last_line && line != 0 {
            self.last_line = line;
            let pc = self.code.len() as u32;
            match self.lines.last_mut() {
                Some(last) if last.0 == pc => last.1 = line,
                _ => self.lines.push((pc, line)),
            }
        }
    }

    // ---- registers ----------------------------------------------------------

    pub fn new_x(&mut self) -> Dst {
        let x = self.next_x;
        self.next_x = self.next_x.saturating_add(1);
        Dst::X(x.min(X_REGISTERS as u16 - 1))
    }

    pub fn new_y(&mut self) -> Dst {
        let y = self.next_y;
        self.next_y = self.next_y.saturating_add(1);
        Dst::Y(y)
    }

    /// A fresh register for a temporary in the current mode.
    pub fn temp(&mut self) -> Dst {
        if self.frame {
            self.new_y()
        } else {
            self.new_x()
        }
    }

    /// Number of x registers that may hold live values at a safe point.
    pub fn live(&self) -> u16 {
        if self.frame {
            self.args_live
        } else {
            self.next_x
        }
    }

    /// Makes sure a value is in a register (patterns read from registers).
    pub fn in_register(&mut self, s: Src) -> Src {
        match s {
            Src::X(_) | Src::Y(_) => s,
            _ => {
                let d = self.temp();
                self.emit(Instr::Move { src: s, dst: d });
                d.into()
            }
        }
    }

    /// A value that stays valid across calls: in frame mode an x register is
    /// copied to a y register.
    pub fn stable(&mut self, s: Src) -> Src {
        match s {
            Src::X(_) if self.frame => {
                let d = self.new_y();
                self.emit(Instr::Move { src: s, dst: d });
                d.into()
            }
            _ => s,
        }
    }

    /// Emits `test_heap` for `need` words (nothing for zero).
    pub fn test_heap(&mut self, need: u32) {
        if need > 0 {
            let live = self.live();
            self.emit(Instr::TestHeap { need, live });
        }
    }

    // ---- constants ----------------------------------------------------------

    pub fn atom(&mut self, name: &str) -> Src {
        Src::Atom(self.m.atom(name))
    }

    pub fn literal(&mut self, lit: Literal) -> Src {
        match lit {
            Literal::Nil => Src::Nil,
            Literal::Atom(a) => Src::Atom(a),
            Literal::Int(ref i) => match i64::try_from(i) {
                Ok(v) if i32::try_from(v).is_ok() => Src::Int(v as i32),
                _ => Src::Literal(self.m.literal(lit)),
            },
            _ => Src::Literal(self.m.literal(lit)),
        }
    }

    // ---- variables ------------------------------------------------------------

    pub fn is_bound(&self, name: &str) -> bool {
        self.bound.contains(name)
    }

    /// Binds `name` to the value in `src`: moves it to the variable's home,
    /// or makes `src` the home when it is a fresh x register of a leaf.
    pub fn bind_var(&mut self, name: &str, src: Src) {
        if let Some(&home) = self.homes.get(name) {
            if Src::from(home) != src {
                self.emit(Instr::Move { src, dst: home });
            }
        } else {
            let home = match src {
                Src::X(i) if !self.frame => Dst::X(i),
                Src::Y(i) if self.frame => Dst::Y(i),
                _ => {
                    let d = self.temp();
                    self.emit(Instr::Move { src, dst: d });
                    d
                }
            };
            self.homes.insert(name.to_owned(), home);
        }
        self.bound.insert(name.to_owned());
    }

    pub fn var(&mut self, name: &str, span: Span) -> Result<Src> {
        if self.bound.contains(name) {
            if let Some(&h) = self.homes.get(name) {
                return Ok(h.into());
            }
        }
        if let Some(sf) = self.self_fun.clone() {
            if sf.name == name {
                let free = sf
                    .free
                    .iter()
                    .map(|v| self.homes.get(v).map_or(Src::Nil, |&h| h.into()))
                    .collect::<Vec<_>>();
                self.test_heap(2 + free.len() as u32);
                let dst = self.temp();
                self.emit(Instr::MakeFun {
                    lambda: sf.lambda,
                    free: free.into(),
                    dst,
                });
                return Ok(dst.into());
            }
        }
        Err(CodegenError::new(
            format!("variable '{name}' is unbound"),
            span,
        ))
    }
}
