//! Guards: tests that jump to `fail` when false, where any error in a guard
//! expression also means "false" (BIFs and arithmetic carry the fail label).

use super::function::FunCtx;
use super::Result;
use crate::bytecode::{CmpOp, Instr, Label, Src, TypeTest};
use crate::syntax::ast::{BinaryOp, CallTarget, Expr, ExprKind, Guard, UnaryOp};

/// The type test named by a guard BIF, if it is one.
fn type_test(name: &str) -> Option<TypeTest> {
    Some(match name {
        "is_integer" => TypeTest::Integer,
        "is_float" => TypeTest::Float,
        "is_number" => TypeTest::Number,
        "is_atom" => TypeTest::Atom,
        "is_boolean" => TypeTest::Boolean,
        "is_list" => TypeTest::List,
        "is_tuple" => TypeTest::Tuple,
        "is_map" => TypeTest::Map,
        "is_binary" => TypeTest::Binary,
        "is_bitstring" => TypeTest::Bitstring,
        "is_function" => TypeTest::Function,
        "is_pid" => TypeTest::Pid,
        "is_reference" => TypeTest::Reference,
        "is_port" => TypeTest::Port,
        _ => return None,
    })
}

/// The name of a guard call if it is `f(...)` or `erlang:f(...)`.
fn guard_call_name(target: &CallTarget) -> Option<&str> {
    match target {
        CallTarget::Local { name, .. } => Some(name),
        CallTarget::Remote { module, function } => match (&module.kind, &function.kind) {
            (ExprKind::Atom(m), ExprKind::Atom(f)) if m == "erlang" => Some(f),
            _ => None,
        },
        CallTarget::Fun(_) => None,
    }
}

impl FunCtx<'_> {
    pub fn guard(&mut self, g: &Guard, fail: Label) -> Result<()> {
        if g.is_empty() {
            return Ok(());
        }
        let ok = self.new_label();
        for (i, conj) in g.iter().enumerate() {
            let last = i + 1 == g.len();
            let next = if last { fail } else { self.new_label() };
            for test in conj {
                self.guard_test(test, next)?;
            }
            if !last {
                self.emit(Instr::Jump { to: ok });
                self.bind(next);
            }
        }
        self.bind(ok);
        Ok(())
    }

    /// Jumps to `fail` unless `e` evaluates to `true` without error.
    pub fn guard_test(&mut self, e: &Expr, fail: Label) -> Result<()> {
        match &e.kind {
            ExprKind::Atom(a) if a == "true" => Ok(()),
            ExprKind::BinOp(op, a, b) => match op {
                BinaryOp::AndAlso | BinaryOp::And => {
                    self.guard_test(a, fail)?;
                    self.guard_test(b, fail)
                }
                BinaryOp::OrElse | BinaryOp::Or => {
                    let right = self.new_label();
                    let ok = self.new_label();
                    self.guard_test(a, right)?;
                    self.emit(Instr::Jump { to: ok });
                    self.bind(right);
                    self.guard_test(b, fail)?;
                    self.bind(ok);
                    Ok(())
                }
                BinaryOp::Lt
                | BinaryOp::Gt
                | BinaryOp::Le
                | BinaryOp::Ge
                | BinaryOp::Eq
                | BinaryOp::Ne
                | BinaryOp::ExactEq
                | BinaryOp::ExactNe => {
                    let x = self.guard_expr(a, fail)?;
                    let y = self.guard_expr(b, fail)?;
                    let (op, a, b) = match op {
                        BinaryOp::Lt => (CmpOp::Lt, x, y),
                        BinaryOp::Gt => (CmpOp::Lt, y, x),
                        BinaryOp::Le => (CmpOp::Ge, y, x),
                        BinaryOp::Ge => (CmpOp::Ge, x, y),
                        BinaryOp::Eq => (CmpOp::Eq, x, y),
                        BinaryOp::Ne => (CmpOp::Ne, x, y),
                        BinaryOp::ExactEq => (CmpOp::ExactEq, x, y),
                        _ => (CmpOp::ExactNe, x, y),
                    };
                    self.emit(Instr::Compare { op, fail, a, b });
                    Ok(())
                }
                _ => self.guard_value_is_true(e, fail),
            },
            ExprKind::Unary(UnaryOp::Not, inner) => {
                let was_false = self.new_label();
                self.guard_test(inner, was_false)?;
                self.emit(Instr::Jump { to: fail });
                self.bind(was_false);
                // `not X` with a non-boolean X fails: check X is false.
                Ok(())
            }
            ExprKind::Call { target, args } => {
                if let Some(name) = guard_call_name(target) {
                    if let (Some(kind), 1) = (type_test(name), args.len()) {
                        let v = self.guard_expr(&args[0], fail)?;
                        self.emit(Instr::Test { kind, fail, arg: v });
                        return Ok(());
                    }
                    if name == "is_function" && args.len() == 2 {
                        let v = self.guard_expr(&args[0], fail)?;
                        let n = self.guard_expr(&args[1], fail)?;
                        self.emit(Instr::IsFunction2 {
                            fail,
                            arg: v,
                            arity: n,
                        });
                        return Ok(());
                    }
                }
                self.guard_value_is_true(e, fail)
            }
            _ => self.guard_value_is_true(e, fail),
        }
    }

    fn guard_value_is_true(&mut self, e: &Expr, fail: Label) -> Result<()> {
        let v = self.guard_expr(e, fail)?;
        let t = self.atom("true");
        self.emit(Instr::Compare {
            op: CmpOp::ExactEq,
            fail,
            a: v,
            b: t,
        });
        Ok(())
    }

    /// A guard expression's value; errors jump to `fail`.
    pub fn guard_expr(&mut self, e: &Expr, fail: Label) -> Result<Src> {
        match &e.kind {
            ExprKind::BinOp(op, a, b) => {
                let arith = super::expr::arith_op(*op);
                if let Some(op) = arith {
                    if super::expr::const_literal(self, e).is_none() {
                        let x = self.guard_expr(a, fail)?;
                        let y = self.guard_expr(b, fail)?;
                        let dst = self.temp();
                        self.emit(Instr::Arith {
                            op,
                            a: x,
                            b: y,
                            dst,
                            fail: Some(fail),
                        });
                        return Ok(dst.into());
                    }
                }
                match op {
                    _ if arith.is_some() => self.expr(e),
                    BinaryOp::Xor => {
                        let x = self.guard_expr(a, fail)?;
                        let y = self.guard_expr(b, fail)?;
                        Ok(self.guard_bif("xor", vec![x, y], fail))
                    }
                    _ => self.test_to_value(e, fail),
                }
            }
            ExprKind::Unary(op, a) => {
                if let Some(l) = super::expr::const_literal(self, e) {
                    return Ok(self.literal(l));
                }
                match op {
                    UnaryOp::Not => self.test_to_value(e, fail),
                    _ => {
                        let x = self.guard_expr(a, fail)?;
                        Ok(self.guard_bif(op.symbol(), vec![x], fail))
                    }
                }
            }
            ExprKind::Call { target, args } => {
                let name = guard_call_name(target).unwrap_or("").to_owned();
                if type_test(&name).is_some() || name == "is_function" {
                    return self.test_to_value(e, fail);
                }
                let mut srcs = Vec::new();
                for a in args {
                    let v = self.guard_expr(a, fail)?;
                    srcs.push(v);
                }
                Ok(self.guard_bif(&name, srcs, fail))
            }
            _ => self.expr(e),
        }
    }

    fn guard_bif(&mut self, name: &str, args: Vec<Src>, fail: Label) -> Src {
        let import = self.m.import("erlang", name, args.len());
        let dst = self.temp();
        self.emit(Instr::Bif {
            import,
            args: args.into(),
            dst,
            fail: Some(fail),
        });
        dst.into()
    }

    /// A boolean-valued guard test as a value (`X = A > B` in a guard).
    fn test_to_value(&mut self, e: &Expr, _fail: Label) -> Result<Src> {
        let r = self.temp();
        let is_false = self.new_label();
        let end = self.new_label();
        self.guard_test(e, is_false)?;
        let t = self.atom("true");
        let f = self.atom("false");
        self.emit(Instr::Move { src: t, dst: r });
        self.emit(Instr::Jump { to: end });
        self.bind(is_false);
        self.emit(Instr::Move { src: f, dst: r });
        self.bind(end);
        Ok(r.into())
    }
}
