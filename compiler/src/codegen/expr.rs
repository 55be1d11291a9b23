//! Expressions. `expr` leaves a value somewhere and returns where (a
//! register that stays valid for the rest of the clause, or a constant);
//! `tail_expr` ends the function: a tail call, or the value in x0 and a
//! return.

use super::function::FunCtx;
use super::{CodegenError, Result};
use crate::bytecode::{ArithOp, Class, CmpOp, Dst, Instr, Lambda, Literal, Src};
use crate::syntax::ast::{BinaryOp, CallTarget, CaseClause, Expr, ExprKind, UnaryOp};
use num_bigint::BigInt;
use std::collections::{BTreeSet, HashSet};

/// The constant value of an expression, if it is one (literals and
/// structures of literals, negated numbers).
pub fn const_literal(f: &mut FunCtx, e: &Expr) -> Option<Literal> {
    Some(match &e.kind {
        ExprKind::Integer(i) => Literal::Int(i.clone()),
        ExprKind::Char(c) => Literal::Int(BigInt::from(*c)),
        ExprKind::Float(x) => Literal::Float(*x),
        ExprKind::Atom(a) => Literal::Atom(f.m.atom(a)),
        ExprKind::String(s) => string_literal(s),
        ExprKind::Tuple(es) => Literal::Tuple(
            es.iter()
                .map(|x| const_literal(f, x))
                .collect::<Option<_>>()?,
        ),
        ExprKind::List { elements, tail } => {
            let es = elements
                .iter()
                .map(|x| const_literal(f, x))
                .collect::<Option<Vec<_>>>()?;
            let t = match tail {
                Some(t) => const_literal(f, t)?,
                None => Literal::Nil,
            };
            match t {
                Literal::List(more, t2) => {
                    let mut all = es;
                    all.extend(more);
                    Literal::List(all, t2)
                }
                Literal::Nil if es.is_empty() => Literal::Nil,
                t => Literal::List(es, Box::new(t)),
            }
        }
        ExprKind::Unary(UnaryOp::Neg, x) => match const_literal(f, x)? {
            Literal::Int(i) => Literal::Int(-i),
            Literal::Float(v) => Literal::Float(-v),
            _ => return None,
        },
        ExprKind::Unary(UnaryOp::Plus, x) => match const_literal(f, x)? {
            l @ (Literal::Int(_) | Literal::Float(_)) => l,
            _ => return None,
        },
        ExprKind::Map(fields)
            if fields
                .iter()
                .all(|m| m.op == crate::syntax::ast::MapOp::Assoc) =>
        {
            let mut pairs: Vec<(Literal, Literal)> = Vec::new();
            for m in fields {
                let k = const_literal(f, &m.key)?;
                let v = const_literal(f, &m.value)?;
                pairs.retain(|(k2, _)| *k2 != k);
                pairs.push((k, v));
            }
            Literal::Map(pairs)
        }
        _ => return None,
    })
}

pub fn string_literal(s: &[u32]) -> Literal {
    if s.is_empty() {
        Literal::Nil
    } else {
        Literal::List(
            s.iter().map(|c| Literal::Int(BigInt::from(*c))).collect(),
            Box::new(Literal::Nil),
        )
    }
}

impl FunCtx<'_> {
    /// A body in tail position: all but the last expression for effect.
    pub fn tail_body(&mut self, body: &[Expr]) -> Result<()> {
        match body.split_last() {
            Some((last, init)) => {
                for e in init {
                    self.expr(e)?;
                }
                self.tail_expr(last)
            }
            None => {
                let ok = self.atom("ok");
                self.ret(ok);
                Ok(())
            }
        }
    }

    /// A body whose value is used: returns where the last value is.
    pub fn body(&mut self, body: &[Expr]) -> Result<Src> {
        let mut v = Src::Nil;
        for e in body {
            v = self.expr(e)?;
        }
        Ok(v)
    }

    /// Returns `v` from the function.
    pub fn ret(&mut self, v: Src) {
        if v != Src::X(0) {
            self.emit(Instr::Move {
                src: v,
                dst: Dst::X(0),
            });
        }
        if self.frame {
            let at = self.code.len();
            self.emit(Instr::Deallocate { slots: 0 });
            self.frame_patch(at);
        }
        self.emit(Instr::Return {});
    }

    pub fn tail_expr(&mut self, e: &Expr) -> Result<()> {
        self.set_line(e.span);
        match &e.kind {
            ExprKind::Call { target, args } => {
                self.call(target, args, true, e)?;
                Ok(())
            }
            ExprKind::Case { subject, clauses } => {
                let s = self.expr(subject)?;
                self.case_clauses(s, clauses, None)?;
                Ok(())
            }
            ExprKind::If(clauses) => {
                self.if_clauses(clauses, None)?;
                Ok(())
            }
            ExprKind::Block(body) => self.tail_body(body),
            ExprKind::Receive { clauses, after } => {
                self.receive(clauses, after.as_ref(), None)?;
                Ok(())
            }
            ExprKind::BinOp(op @ (BinaryOp::Append | BinaryOp::Subtract), a, b) => {
                let x = self.expr(a)?;
                let y = self.last_operand(b)?;
                self.trapping_bif(op.symbol(), &[x, y], true, e);
                Ok(())
            }
            _ => {
                let v = self.expr_hinted(e, Dst::X(0))?;
                self.ret(v);
                Ok(())
            }
        }
    }

    /// `expr`, putting the value in `hint` when the expression builds a
    /// new value (arithmetic, BIF results, tuples, lists).
    pub fn expr_hinted(&mut self, e: &Expr, hint: Dst) -> Result<Src> {
        self.hint = Some(hint);
        self.expr(e)
    }

    fn dst_or_temp(&mut self, hint: Option<Dst>) -> Dst {
        hint.unwrap_or_else(|| self.temp())
    }

    pub fn expr(&mut self, e: &Expr) -> Result<Src> {
        let hint = self.hint.take();
        self.set_line(e.span);
        if !matches!(e.kind, ExprKind::Var(_)) {
            if let Some(lit) = const_literal(self, e) {
                return Ok(self.literal(lit));
            }
        }
        match &e.kind {
            ExprKind::Var(name) => self.var(name, e.span),
            ExprKind::Tuple(es) => {
                let srcs = self.exprs(es)?;
                self.test_heap(1 + srcs.len() as u32);
                let dst = self.dst_or_temp(hint);
                self.emit(Instr::PutTuple {
                    elements: srcs.into(),
                    dst,
                });
                Ok(dst.into())
            }
            ExprKind::String(_)
            | ExprKind::Integer(_)
            | ExprKind::Float(_)
            | ExprKind::Char(_)
            | ExprKind::Atom(_) => Err(CodegenError::new(
                "internal error: constant not folded",
                e.span,
            )),
            ExprKind::List { elements, tail } => {
                let srcs = self.exprs(elements)?;
                let mut cur = match tail {
                    Some(t) => self.expr(t)?,
                    None => Src::Nil,
                };
                self.test_heap(2 * srcs.len() as u32);
                let n = srcs.len();
                for (i, s) in srcs.into_iter().rev().enumerate() {
                    let dst = if i + 1 == n {
                        self.dst_or_temp(hint)
                    } else {
                        self.temp()
                    };
                    self.emit(Instr::PutList {
                        head: s,
                        tail: cur,
                        dst,
                    });
                    cur = dst.into();
                }
                Ok(cur)
            }
            ExprKind::Binary(segs) => self.build_binary(segs),
            ExprKind::Map(fields) => {
                let mut pairs = Vec::new();
                for m in fields {
                    let k = self.expr(&m.key)?;
                    let v = self.expr(&m.value)?;
                    pairs.push((k, v));
                }
                let dst = self.temp();
                self.emit(Instr::NewMap {
                    pairs: pairs.into(),
                    dst,
                });
                Ok(dst.into())
            }
            ExprKind::MapUpdate { map, fields } => {
                let mut cur = self.expr(map)?;
                // Consecutive fields of the same kind go in one instruction.
                let mut i = 0;
                while i < fields.len() {
                    let op = fields[i].op;
                    let mut pairs = Vec::new();
                    while i < fields.len() && fields[i].op == op {
                        let k = self.expr(&fields[i].key)?;
                        let v = self.expr(&fields[i].value)?;
                        pairs.push((k, v));
                        i += 1;
                    }
                    let dst = self.temp();
                    self.emit(match op {
                        crate::syntax::ast::MapOp::Assoc => Instr::PutMapAssoc {
                            map: cur,
                            pairs: pairs.into(),
                            dst,
                        },
                        crate::syntax::ast::MapOp::Exact => Instr::PutMapExact {
                            map: cur,
                            pairs: pairs.into(),
                            dst,
                        },
                    });
                    cur = dst.into();
                }
                Ok(cur)
            }
            ExprKind::Match { pattern, value } => {
                let v = self.expr(value)?;
                let v = self.stable(v);
                if let ExprKind::Var(name) = &pattern.kind {
                    if name == "_" {
                        return Ok(v);
                    }
                    if !self.is_bound(name) {
                        self.bind_var(name, v);
                        if is_make_ref(value) {
                            // Marks the queue for receives that wait for it.
                            self.emit(Instr::RecvMarkerBind { reference: v });
                            self.ref_vars.insert(name.clone());
                        }
                        return self.var(name, pattern.span);
                    }
                }
                let fail = self.new_label();
                let ok = self.new_label();
                self.pattern(pattern, v, fail)?;
                self.emit(Instr::Jump { to: ok });
                self.bind(fail);
                self.set_line(e.span);
                self.emit(Instr::Badmatch { value: v });
                self.bind(ok);
                Ok(v)
            }
            ExprKind::BinOp(op, a, b) => self.binop(*op, a, b, e, hint),
            ExprKind::Unary(op, a) => {
                let v = self.expr(a)?;
                let name = op.symbol();
                self.set_line(e.span);
                self.hint = hint;
                Ok(self.bif("erlang", name, vec![v]))
            }
            ExprKind::Call { target, args } => self
                .call(target, args, false, e)
                .map(|v| v.unwrap_or(Src::Nil)),
            ExprKind::Case { subject, clauses } => {
                let s = self.expr(subject)?;
                let r = self.temp();
                self.case_clauses(s, clauses, Some(r))?;
                Ok(r.into())
            }
            ExprKind::If(clauses) => {
                let r = self.temp();
                self.if_clauses(clauses, Some(r))?;
                Ok(r.into())
            }
            ExprKind::Receive { clauses, after } => {
                let r = self.temp();
                self.receive(clauses, after.as_ref(), Some(r))?;
                Ok(r.into())
            }
            ExprKind::Block(body) => self.body(body),
            ExprKind::Fun { name, clauses } => self.fun(name.as_deref(), clauses, e),
            ExprKind::LocalFunRef { name, arity } => {
                let Some(&function) = self.m.local.get(&(name.clone(), *arity)) else {
                    // `fun length/1` without a local length/1: the
                    // auto-imported BIF, as an external fun.
                    if crate::autoimport::is_auto_imported(name, *arity) {
                        let args = vec![
                            self.atom("erlang"),
                            self.atom(name),
                            Src::Int(*arity as i32),
                        ];
                        return Ok(self.bif("erlang", "make_fun", args));
                    }
                    return Err(CodegenError::new(
                        format!("function {name}/{arity} is undefined"),
                        e.span,
                    ));
                };
                let lambda = self.m.lambdas.len() as u32;
                self.m.lambdas.push(Lambda {
                    function,
                    arity: *arity as u32,
                    free: 0,
                });
                self.test_heap(2);
                let dst = self.temp();
                self.emit(Instr::MakeFun {
                    lambda,
                    free: Box::new([]),
                    dst,
                });
                Ok(dst.into())
            }
            ExprKind::RemoteFunRef {
                module,
                name,
                arity,
            } => {
                let args = vec![self.atom(module), self.atom(name), Src::Int(*arity as i32)];
                Ok(self.bif("erlang", "make_fun", args))
            }
            ExprKind::ListComp {
                element,
                qualifiers,
            } => {
                let desugared = self.list_comprehension(element, qualifiers, e.span);
                self.expr(&desugared)
            }
            ExprKind::BinComp {
                element,
                qualifiers,
            } => {
                let desugared = self.binary_comprehension(element, qualifiers, e.span);
                self.expr(&desugared)
            }
            ExprKind::Try(t) => self.try_expr(t),
            ExprKind::Catch(inner) => self.catch_expr(inner),
        }
    }

    pub fn exprs(&mut self, es: &[Expr]) -> Result<Vec<Src>> {
        es.iter().map(|e| self.expr(e)).collect()
    }

    /// Operands in order; the last may be left in x0 (see `last_operand`),
    /// so the caller must consume them before anything can collect.
    fn operands(&mut self, es: &[Expr]) -> Result<Vec<Src>> {
        let mut out = Vec::with_capacity(es.len());
        for (i, e) in es.iter().enumerate() {
            let v = if i + 1 == es.len() {
                self.last_operand(e)?
            } else {
                self.expr(e)?
            };
            out.push(v);
        }
        Ok(out)
    }

    /// The last operand of an instruction that reads all its operands
    /// before any safe point (arith, bif, a call's argument moves): when it
    /// is a call, its result is used straight from x0 instead of being
    /// saved to a y register first.
    fn last_operand(&mut self, e: &Expr) -> Result<Src> {
        let before = self.code.len();
        let v = self.expr(e)?;
        if self.frame && matches!(e.kind, ExprKind::Call { .. }) && self.code.len() > before {
            if let Some(Instr::Move {
                src: Src::X(0),
                dst,
            }) = self.code.last()
            {
                if Src::from(*dst) == v {
                    self.code.pop();
                    return Ok(Src::X(0));
                }
            }
        }
        Ok(v)
    }

    /// Calls a native function of `module` through the `bif` instruction.
    /// Calls a native function through the `bif` instruction (into the
    /// pending hint, if any).
    pub fn bif(&mut self, module: &str, name: &str, args: Vec<Src>) -> Src {
        let import = self.m.import(module, name, args.len());
        let hint = self.hint.take();
        let dst = self.dst_or_temp(hint);
        self.emit(Instr::Bif {
            import,
            args: args.into(),
            dst,
            fail: None,
        });
        dst.into()
    }

    fn binop(
        &mut self,
        op: BinaryOp,
        a: &Expr,
        b: &Expr,
        e: &Expr,
        hint: Option<Dst>,
    ) -> Result<Src> {
        use BinaryOp::*;
        match op {
            AndAlso | OrElse => return self.short_circuit(op == AndAlso, a, b, e),
            _ => {}
        }
        let x = self.expr(a)?;
        let y = self.last_operand(b)?;
        if matches!(op, Append | Subtract) {
            let v = self.trapping_bif(op.symbol(), &[x, y], false, e);
            return Ok(v.unwrap_or(Src::Nil));
        }
        self.set_line(e.span);
        let arith = arith_op(op);
        self.hint = hint;
        if let Some(op) = arith {
            let h = self.hint.take();
            let dst = self.dst_or_temp(h);
            self.emit(Instr::Arith {
                op,
                a: x,
                b: y,
                dst,
                fail: None,
            });
            return Ok(dst.into());
        }
        Ok(self.bif("erlang", op.symbol(), vec![x, y]))
    }

    /// `andalso` / `orelse` in a body: the right side runs only when needed
    /// and its value is returned as is.
    fn short_circuit(&mut self, is_and: bool, a: &Expr, b: &Expr, e: &Expr) -> Result<Src> {
        let x = self.expr(a)?;
        let x = self.stable(x);
        let r = self.temp();
        let (go_on, stop) = if is_and {
            ("true", "false")
        } else {
            ("false", "true")
        };
        let not_go_on = self.new_label();
        let bad = self.new_label();
        let end = self.new_label();
        let go_on_atom = self.atom(go_on);
        let stop_atom = self.atom(stop);
        self.emit(Instr::Compare {
            op: CmpOp::ExactEq,
            fail: not_go_on,
            a: x,
            b: go_on_atom,
        });
        let bound_before = self.bound.clone();
        let y = self.expr(b)?;
        self.bound = bound_before;
        self.emit(Instr::Move { src: y, dst: r });
        self.emit(Instr::Jump { to: end });
        self.bind(not_go_on);
        self.emit(Instr::Compare {
            op: CmpOp::ExactEq,
            fail: bad,
            a: x,
            b: stop_atom,
        });
        self.emit(Instr::Move {
            src: stop_atom,
            dst: r,
        });
        self.emit(Instr::Jump { to: end });
        self.bind(bad);
        self.set_line(e.span);
        let badarg = self.atom("badarg");
        self.test_heap(3);
        let t = self.temp();
        self.emit(Instr::PutTuple {
            elements: vec![badarg, x].into(),
            dst: t,
        });
        self.emit(Instr::Raise {
            class: Class::Error,
            reason: t.into(),
        });
        self.bind(end);
        Ok(r.into())
    }

    /// Evaluates call arguments, then the call. In tail position the call
    /// replaces the current function and `None` is returned.
    pub fn call(
        &mut self,
        target: &CallTarget,
        args: &[Expr],
        tail: bool,
        e: &Expr,
    ) -> Result<Option<Src>> {
        let arity = args.len();
        match target {
            CallTarget::Local { name, span } => {
                if let Some(&function) = self.m.local.get(&(name.clone(), arity)) {
                    let srcs = self.call_args(args)?;
                    return Ok(self.local_call(function, &srcs, tail, e));
                }
                if let Some(module) = self.m.imported.get(&(name.clone(), arity)).cloned() {
                    return self.remote_call(&module, name, args, tail, e);
                }
                if crate::autoimport::is_auto_imported(name, arity) {
                    return self.remote_call("erlang", name, args, tail, e);
                }
                Err(CodegenError::new(
                    format!("function {name}/{arity} is undefined"),
                    *span,
                ))
            }
            CallTarget::Remote { module, function } => match (&module.kind, &function.kind) {
                (ExprKind::Atom(m), ExprKind::Atom(fname)) => {
                    self.remote_call(m, fname, args, tail, e)
                }
                _ => {
                    let mut srcs = self.exprs(args)?;
                    let m = self.expr(module)?;
                    let f = self.expr(function)?;
                    srcs.push(m);
                    srcs.push(f);
                    self.set_line(e.span);
                    self.move_args(&srcs);
                    let arity = arity as u16;
                    Ok(self.emit_call(
                        tail,
                        Instr::Apply { arity },
                        Instr::ApplyLast { arity, slots: 0 },
                        Instr::ApplyOnly { arity },
                    ))
                }
            },
            CallTarget::Fun(fun) => {
                // A named fun calling itself: a direct call of its own code
                // with the captured values, no closure needed.
                if let ExprKind::Var(v) = &fun.kind {
                    if let Some(sf) = self
                        .self_fun
                        .clone()
                        .filter(|sf| &sf.name == v && !self.is_bound(v))
                    {
                        let mut srcs = self.exprs(args)?;
                        for name in &sf.free {
                            let h = self.var(name, fun.span)?;
                            srcs.push(h);
                        }
                        let function = self.m.lambdas[sf.lambda as usize].function;
                        return Ok(self.local_call(function, &srcs, tail, e));
                    }
                }
                let mut srcs = self.exprs(args)?;
                let f = self.expr(fun)?;
                srcs.push(f);
                self.set_line(e.span);
                self.move_args(&srcs);
                let arity = arity as u16;
                Ok(self.emit_call(
                    tail,
                    Instr::CallFun { arity },
                    Instr::CallFunLast { arity, slots: 0 },
                    Instr::CallFunOnly { arity },
                ))
            }
        }
    }

    fn remote_call(
        &mut self,
        module: &str,
        name: &str,
        args: &[Expr],
        tail: bool,
        e: &Expr,
    ) -> Result<Option<Src>> {
        if module == "erlang" && super::frame::is_trapping_bif(name, args.len()) {
            let srcs = self.call_args(args)?;
            return Ok(self.trapping_bif(name, &srcs, tail, e));
        }
        if module == "erlang" && name != "apply" {
            let srcs = self.operands(args)?;
            self.set_line(e.span);
            let v = self.bif(module, name, srcs);
            if tail {
                self.ret(v);
                return Ok(None);
            }
            return Ok(Some(v));
        }
        let srcs = self.call_args(args)?;
        self.set_line(e.span);
        let import = self.m.import(module, name, args.len());
        self.move_args(&srcs);
        let arity = args.len() as u16;
        Ok(self.emit_call(
            tail,
            Instr::CallExt { arity, import },
            Instr::CallExtLast {
                arity,
                import,
                slots: 0,
            },
            Instr::CallExtOnly { arity, import },
        ))
    }

    /// Calls a trapping `erlang` BIF (`length/1`, `++`, `--`) with
    /// `call_ext`, as a body call even in tail position (see
    /// `frame::is_trapping_bif`).
    fn trapping_bif(&mut self, name: &str, srcs: &[Src], tail: bool, e: &Expr) -> Option<Src> {
        self.set_line(e.span);
        let import = self.m.import("erlang", name, srcs.len());
        self.move_args(srcs);
        let arity = srcs.len() as u16;
        self.emit(Instr::CallExt { arity, import });
        if tail {
            self.ret(Src::X(0));
            return None;
        }
        let r = self.temp();
        self.emit(Instr::Move {
            src: Src::X(0),
            dst: r,
        });
        Some(r.into())
    }

    /// Calls function `function` of this module with the evaluated
    /// arguments.
    fn local_call(&mut self, function: u32, srcs: &[Src], tail: bool, e: &Expr) -> Option<Src> {
        self.set_line(e.span);
        self.move_args(srcs);
        let arity = srcs.len() as u16;
        self.emit_call(
            tail,
            Instr::Call { arity, function },
            Instr::CallLast {
                arity,
                function,
                slots: 0,
            },
            Instr::CallOnly { arity, function },
        )
    }

    /// Evaluates call arguments. In a frame, when no argument makes a call,
    /// each argument is built directly in its argument register: nothing
    /// else lives in x registers there.
    fn call_args(&mut self, args: &[Expr]) -> Result<Vec<Src>> {
        if !self.frame || args.iter().any(|a| super::frame::contains_call(self, a)) {
            return self.operands(args);
        }
        let mut out = Vec::with_capacity(args.len());
        for (i, a) in args.iter().enumerate() {
            self.args_live = i as u16;
            let v = self.expr_hinted(a, Dst::X(i as u16));
            self.args_live = 0;
            out.push(v?);
        }
        Ok(out)
    }

    /// Emits one of the three call forms: a plain call whose result is
    /// saved, a tail call that drops the frame (`last`, its size patched at
    /// clause end), or a tail call from a leaf (`only`).
    fn emit_call(&mut self, tail: bool, call: Instr, last: Instr, only: Instr) -> Option<Src> {
        if !tail {
            self.emit(call);
            let r = self.temp();
            self.emit(Instr::Move {
                src: Src::X(0),
                dst: r,
            });
            return Some(r.into());
        }
        if self.frame {
            let at = self.code.len();
            self.emit(last);
            self.frame_patch(at);
        } else {
            self.emit(only);
        }
        None
    }

    /// Case clauses over the value `s`. With `result`, each clause's value
    /// is moved there; without, each clause body is in tail position.
    pub fn case_clauses(
        &mut self,
        s: Src,
        clauses: &[CaseClause],
        result: Option<Dst>,
    ) -> Result<()> {
        let line_span = self.current_line();
        let s = self.stable(s);
        let end = self.new_label();
        let before = self.bound.clone();
        let mut after: Option<HashSet<String>> = None;
        for c in clauses {
            self.bound = before.clone();
            let next = self.new_label();
            self.set_line(c.span);
            self.pattern(&c.pattern, s, next)?;
            self.guard(&c.guard, next)?;
            self.clause_body(&c.body, result, end)?;
            after = Some(intersect(after, &self.bound));
            self.bind(next);
        }
        self.set_line_of(line_span);
        self.emit(Instr::CaseEnd { value: s });
        self.bind(end);
        self.bound = after.unwrap_or(before);
        Ok(())
    }

    /// A clause body: into `result` then jump to `end`, or in tail position.
    pub fn clause_body(
        &mut self,
        body: &[Expr],
        result: Option<Dst>,
        end: crate::bytecode::Label,
    ) -> Result<()> {
        match result {
            Some(r) => {
                let v = self.body(body)?;
                self.emit(Instr::Move { src: v, dst: r });
                self.emit(Instr::Jump { to: end });
            }
            None => self.tail_body(body)?,
        }
        Ok(())
    }

    fn if_clauses(
        &mut self,
        clauses: &[crate::syntax::ast::IfClause],
        result: Option<Dst>,
    ) -> Result<()> {
        let line_span = self.current_line();
        let end = self.new_label();
        let before = self.bound.clone();
        let mut after: Option<HashSet<String>> = None;
        for c in clauses {
            self.bound = before.clone();
            let next = self.new_label();
            self.set_line(c.span);
            self.guard(&c.guard, next)?;
            self.clause_body(&c.body, result, end)?;
            after = Some(intersect(after, &self.bound));
            self.bind(next);
        }
        self.set_line_of(line_span);
        self.emit(Instr::IfEnd {});
        self.bind(end);
        self.bound = after.unwrap_or(before);
        Ok(())
    }

    fn fun(
        &mut self,
        name: Option<&str>,
        clauses: &[crate::syntax::ast::Clause],
        e: &Expr,
    ) -> Result<Src> {
        let arity = clauses.first().map_or(0, |c| c.patterns.len());
        let mut used = BTreeSet::new();
        for c in clauses {
            for p in &c.patterns {
                collect_vars(p, &mut used);
            }
            for g in c.guard.iter().flatten() {
                collect_vars(g, &mut used);
            }
            for b in &c.body {
                collect_vars(b, &mut used);
            }
        }
        let free: Vec<String> = used
            .into_iter()
            .filter(|v| {
                let enclosing_self = self.self_fun.as_ref().is_some_and(|sf| &sf.name == v);
                (self.bound.contains(v) || enclosing_self) && Some(v.as_str()) != name
            })
            .collect();
        let function = self.m.reserve_function();
        let lambda = self.m.lambdas.len() as u32;
        self.m.lambdas.push(Lambda {
            function,
            arity: arity as u32,
            free: free.len() as u32,
        });
        let fname = if name.is_some_and(|n| n.starts_with("Lc%")) {
            self.m.lc_count += 1;
            format!("-{}-lc$^{}/1-0-", self.display_name, self.m.lc_count - 1)
        } else {
            self.m.fun_count += 1;
            format!("-{}-fun-{}-", self.display_name, self.m.fun_count - 1)
        };
        let self_fun = name.map(|n| super::function::SelfFun {
            name: n.to_owned(),
            lambda,
            free: free.clone(),
        });
        let code =
            FunCtx::compile_function(self.m, &fname, arity, clauses, &free, self_fun, e.span)?;
        self.m.functions[function as usize] = Some(code);
        let srcs = free
            .iter()
            .map(|v| self.var(v, e.span))
            .collect::<Result<Vec<_>>>()?;
        self.test_heap(2 + srcs.len() as u32);
        let dst = self.temp();
        self.emit(Instr::MakeFun {
            lambda,
            free: srcs.into(),
            dst,
        });
        Ok(dst.into())
    }
}

fn intersect(acc: Option<HashSet<String>>, b: &HashSet<String>) -> HashSet<String> {
    match acc {
        None => b.clone(),
        Some(a) => a.intersection(b).cloned().collect(),
    }
}

/// Every variable name mentioned in an expression, including inside funs.
pub fn collect_vars(e: &Expr, out: &mut BTreeSet<String>) {
    use ExprKind::*;
    let each = |xs: &[Expr], out: &mut BTreeSet<std::string::String>| {
        for x in xs {
            collect_vars(x, out)
        }
    };
    match &e.kind {
        Var(v) if v != "_" => {
            out.insert(v.clone());
        }
        Var(_)
        | Integer(_)
        | Float(_)
        | Char(_)
        | String(_)
        | Atom(_)
        | LocalFunRef { .. }
        | RemoteFunRef { .. } => {}
        Tuple(es) => each(es, out),
        List { elements, tail } => {
            each(elements, out);
            if let Some(t) = tail {
                collect_vars(t, out)
            }
        }
        Binary(segs) => {
            for s in segs {
                collect_vars(&s.value, out);
                if let Some(z) = &s.size {
                    collect_vars(z, out)
                }
            }
        }
        Map(fields) => {
            for m in fields {
                collect_vars(&m.key, out);
                collect_vars(&m.value, out);
            }
        }
        MapUpdate { map, fields } => {
            collect_vars(map, out);
            for m in fields {
                collect_vars(&m.key, out);
                collect_vars(&m.value, out);
            }
        }
        Match { pattern, value } => {
            collect_vars(pattern, out);
            collect_vars(value, out)
        }
        BinOp(_, a, b) => {
            collect_vars(a, out);
            collect_vars(b, out)
        }
        Unary(_, a) | Catch(a) => collect_vars(a, out),
        Call { target, args } => {
            match target {
                CallTarget::Local { .. } => {}
                CallTarget::Remote { module, function } => {
                    collect_vars(module, out);
                    collect_vars(function, out)
                }
                CallTarget::Fun(f) => collect_vars(f, out),
            }
            each(args, out)
        }
        Case { subject, clauses } => {
            collect_vars(subject, out);
            for c in clauses {
                collect_case_clause(c, out)
            }
        }
        If(clauses) => {
            for c in clauses {
                for g in c.guard.iter().flatten() {
                    collect_vars(g, out)
                }
                each(&c.body, out)
            }
        }
        Receive { clauses, after } => {
            for c in clauses {
                collect_case_clause(c, out)
            }
            if let Some(a) = after {
                collect_vars(&a.timeout, out);
                each(&a.body, out)
            }
        }
        Block(body) => each(body, out),
        Fun { clauses, .. } => {
            for c in clauses {
                each(&c.patterns, out);
                for g in c.guard.iter().flatten() {
                    collect_vars(g, out)
                }
                each(&c.body, out)
            }
        }
        ListComp {
            element,
            qualifiers,
        }
        | BinComp {
            element,
            qualifiers,
        } => {
            collect_vars(element, out);
            for q in qualifiers {
                match q {
                    crate::syntax::ast::Qualifier::Generator { pattern, list } => {
                        collect_vars(pattern, out);
                        collect_vars(list, out)
                    }
                    crate::syntax::ast::Qualifier::BinGenerator { pattern, binary } => {
                        collect_vars(pattern, out);
                        collect_vars(binary, out)
                    }
                    crate::syntax::ast::Qualifier::Filter(f) => collect_vars(f, out),
                }
            }
        }
        Try(t) => {
            each(&t.body, out);
            for c in &t.of_clauses {
                collect_case_clause(c, out)
            }
            for c in &t.catch_clauses {
                if let Some(cl) = &c.class {
                    collect_vars(cl, out)
                }
                collect_vars(&c.reason, out);
                if let Some(s) = &c.stack {
                    collect_vars(s, out)
                }
                for g in c.guard.iter().flatten() {
                    collect_vars(g, out)
                }
                each(&c.body, out)
            }
            each(&t.after, out)
        }
    }
}

fn collect_case_clause(c: &CaseClause, out: &mut BTreeSet<String>) {
    collect_vars(&c.pattern, out);
    for g in c.guard.iter().flatten() {
        collect_vars(g, out)
    }
    for b in &c.body {
        collect_vars(b, out)
    }
}

/// The `arith` instruction operator for a binary operator, if it has one.
pub fn arith_op(op: BinaryOp) -> Option<ArithOp> {
    Some(match op {
        BinaryOp::Add => ArithOp::Add,
        BinaryOp::Sub => ArithOp::Sub,
        BinaryOp::Mul => ArithOp::Mul,
        BinaryOp::Div => ArithOp::Div,
        BinaryOp::IntDiv => ArithOp::IntDiv,
        BinaryOp::Rem => ArithOp::Rem,
        BinaryOp::Band => ArithOp::Band,
        BinaryOp::Bor => ArithOp::Bor,
        BinaryOp::Bxor => ArithOp::Bxor,
        BinaryOp::Bsl => ArithOp::Bsl,
        BinaryOp::Bsr => ArithOp::Bsr,
        _ => return None,
    })
}

/// `make_ref()` or `erlang:make_ref()`.
fn is_make_ref(e: &Expr) -> bool {
    let ExprKind::Call { target, args } = &e.kind else {
        return false;
    };
    if !args.is_empty() {
        return false;
    }
    match target {
        CallTarget::Local { name, .. } => name == "make_ref",
        CallTarget::Remote { module, function } => {
            matches!(&module.kind, ExprKind::Atom(m) if m == "erlang")
                && matches!(&function.kind, ExprKind::Atom(f) if f == "make_ref")
        }
        CallTarget::Fun(_) => false,
    }
}

/// Whether matching pattern `p` always compares something with the bound
/// variable `name` (every occurrence in a pattern is such a test).
pub fn pattern_requires(p: &Expr, name: &str) -> bool {
    match &p.kind {
        ExprKind::Var(v) => v == name,
        ExprKind::Tuple(es) => es.iter().any(|e| pattern_requires(e, name)),
        ExprKind::List { elements, tail } => {
            elements.iter().any(|e| pattern_requires(e, name))
                || tail.as_deref().is_some_and(|t| pattern_requires(t, name))
        }
        ExprKind::Map(fields) => fields
            .iter()
            .any(|f| pattern_requires(&f.key, name) || pattern_requires(&f.value, name)),
        ExprKind::Match { pattern, value } => {
            pattern_requires(pattern, name) || pattern_requires(value, name)
        }
        _ => false,
    }
}
