//! Pattern matching compiled to tests that jump to `fail` on mismatch.
//! Variables already bound on this path are compared; unbound ones are
//! bound. In function and fun heads, captured outer variables are shadowed
//! (Erlang's rule) instead of compared.

use super::expr::const_literal;
use super::function::FunCtx;
use super::{CodegenError, Result};
use crate::bytecode::{CmpOp, Instr, Label, Literal, Src, TypeTest};
use crate::syntax::ast::{BinaryOp, Expr, ExprKind, MapOp};
use num_bigint::BigInt;
use std::collections::HashSet;

impl FunCtx<'_> {
    pub fn pattern(&mut self, p: &Expr, v: Src, fail: Label) -> Result<()> {
        self.pat(p, v, fail, &mut None)
    }

    pub fn pattern_shadowing(
        &mut self,
        p: &Expr,
        v: Src,
        fail: Label,
        shadow: &mut HashSet<String>,
    ) -> Result<()> {
        let mut s = Some(std::mem::take(shadow));
        let r = self.pat(p, v, fail, &mut s);
        *shadow = s.unwrap_or_default();
        r
    }

    fn pat(
        &mut self,
        p: &Expr,
        v: Src,
        fail: Label,
        shadow: &mut Option<HashSet<String>>,
    ) -> Result<()> {
        // Constant tuples and lists are matched element by element (cheaper
        // than a deep compare, and lets the first differing test fail
        // fast); map patterns match maps with more keys, so never compare.
        let structured = matches!(p.kind, ExprKind::Tuple(_) | ExprKind::Map(_))
            || matches!(&p.kind, ExprKind::List { elements, .. } if !elements.is_empty());
        if !matches!(p.kind, ExprKind::Var(_)) && !structured {
            if let Some(lit) = pattern_constant(self, p) {
                let c = self.literal(lit);
                self.emit(Instr::Compare {
                    op: CmpOp::ExactEq,
                    fail,
                    a: v,
                    b: c,
                });
                return Ok(());
            }
        }
        match &p.kind {
            ExprKind::Var(name) if name == "_" => Ok(()),
            ExprKind::Var(name) => {
                if let Some(s) = shadow.as_mut() {
                    if s.remove(name) {
                        self.bound.remove(name);
                        self.homes.remove(name);
                    }
                }
                if self.is_bound(name) {
                    let home = self.var(name, p.span)?;
                    self.emit(Instr::Compare {
                        op: CmpOp::ExactEq,
                        fail,
                        a: v,
                        b: home,
                    });
                } else {
                    self.bind_var(name, v);
                }
                Ok(())
            }
            ExprKind::Tuple(es) => {
                let r = self.in_register(v);
                self.emit(Instr::TestArity {
                    fail,
                    arg: r,
                    arity: es.len() as u32,
                });
                for (i, e) in es.iter().enumerate() {
                    if is_wildcard(e) {
                        continue;
                    }
                    let t = self.temp();
                    self.emit(Instr::GetTupleElement {
                        src: r,
                        index: i as u32,
                        dst: t,
                    });
                    self.pat(e, t.into(), fail, shadow)?;
                }
                Ok(())
            }
            ExprKind::List { elements, tail } => {
                let mut r = self.in_register(v);
                for e in elements {
                    self.emit(Instr::Test {
                        kind: TypeTest::Cons,
                        fail,
                        arg: r,
                    });
                    let h = self.temp();
                    let t = self.temp();
                    self.emit(Instr::GetList {
                        src: r,
                        head: h,
                        tail: t,
                    });
                    self.pat(e, h.into(), fail, shadow)?;
                    r = t.into();
                }
                match tail {
                    Some(t) => self.pat(t, r, fail, shadow),
                    None => {
                        self.emit(Instr::Test {
                            kind: TypeTest::Nil,
                            fail,
                            arg: r,
                        });
                        Ok(())
                    }
                }
            }
            ExprKind::String(s) => {
                // Only reached for non-constant cases; strings are constants.
                let lit = super::expr::string_literal(s);
                let c = self.literal(lit);
                self.emit(Instr::Compare {
                    op: CmpOp::ExactEq,
                    fail,
                    a: v,
                    b: c,
                });
                Ok(())
            }
            ExprKind::BinOp(BinaryOp::Append, prefix, rest) => {
                let chars: Vec<Expr> = match &prefix.kind {
                    ExprKind::String(s) => s
                        .iter()
                        .map(|c| Expr::new(ExprKind::Integer(BigInt::from(*c)), prefix.span))
                        .collect(),
                    ExprKind::List {
                        elements,
                        tail: None,
                    } => elements.clone(),
                    _ => return Err(CodegenError::new("illegal pattern", p.span)),
                };
                let as_list = Expr::new(
                    ExprKind::List {
                        elements: chars,
                        tail: Some(rest.clone()),
                    },
                    p.span,
                );
                self.pat(&as_list, v, fail, shadow)
            }
            ExprKind::Map(fields) => {
                let r = self.in_register(v);
                self.emit(Instr::Test {
                    kind: TypeTest::Map,
                    fail,
                    arg: r,
                });
                if fields.is_empty() {
                    return Ok(());
                }
                let mut pairs = Vec::new();
                let mut values = Vec::new();
                for m in fields {
                    if m.op != MapOp::Exact {
                        return Err(CodegenError::new(
                            "only `:=` is allowed in map patterns",
                            m.span,
                        ));
                    }
                    let k = self.guard_expr(&m.key, fail)?;
                    let t = self.temp();
                    pairs.push((k, t));
                    values.push((&m.value, t));
                }
                self.emit(Instr::GetMapElements {
                    fail,
                    map: r,
                    pairs: pairs.into(),
                });
                for (value, t) in values {
                    self.pat(value, t.into(), fail, shadow)?;
                }
                Ok(())
            }
            ExprKind::Binary(segs) => self.match_binary(segs, v, fail, shadow),
            ExprKind::Match { pattern, value } => {
                let r = self.in_register(v);
                self.pat(pattern, r, fail, shadow)?;
                self.pat(value, r, fail, shadow)
            }
            _ => Err(CodegenError::new("illegal pattern", p.span)),
        }
    }

    /// Matches a segment value read from a binary: a variable binds or
    /// compares, a constant compares.
    pub(super) fn segment_pattern(
        &mut self,
        p: &Expr,
        v: Src,
        fail: Label,
        shadow: &mut Option<HashSet<String>>,
    ) -> Result<()> {
        self.pat(p, v, fail, shadow)
    }
}

fn is_wildcard(e: &Expr) -> bool {
    matches!(&e.kind, ExprKind::Var(v) if v == "_")
}

/// Constants in patterns also include constant arithmetic (`1 + 2`).
/// Map literals are excluded: a map pattern matches maps with more keys.
fn pattern_constant(f: &mut FunCtx, p: &Expr) -> Option<Literal> {
    if let Some(l) = const_literal(f, p) {
        return (!has_map(&l)).then_some(l);
    }
    if let ExprKind::BinOp(op, a, b) = &p.kind {
        let (Literal::Int(x), Literal::Int(y)) = (pattern_constant(f, a)?, pattern_constant(f, b)?)
        else {
            return None;
        };
        let v = match op {
            BinaryOp::Add => x + y,
            BinaryOp::Sub => x - y,
            BinaryOp::Mul => x * y,
            _ => return None,
        };
        return Some(Literal::Int(v));
    }
    None
}

fn has_map(l: &Literal) -> bool {
    match l {
        Literal::Map(_) => true,
        Literal::Tuple(es) => es.iter().any(has_map),
        Literal::List(es, t) => es.iter().any(has_map) || has_map(t),
        _ => false,
    }
}
