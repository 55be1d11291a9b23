//! [`Shape`]: what kind of expression stands where it is not allowed
//! (in a pattern or a guard), and the noun phrase that names it in
//! messages ("a `case` expression", "the call to `foo/1`").
//!
//! Invariant: [`Shape::of`] is total over expressions; every shape has a
//! description that reads after "... is not allowed in a pattern".

use super::error::{fa, FunId};
use crate::syntax::ast::{BinaryOp, CallTarget, Expr, ExprKind};

/// What kind of expression sits where it is not allowed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Shape {
    /// A call, with its `name/arity` when the name is static.
    Call(Option<FunId>),
    Case,
    If,
    Receive,
    Block,
    Fun,
    FunRef,
    ListComp,
    BinComp,
    Try,
    Catch,
    MapUpdate,
    Send,
    Match,
    Variable,
    Operator(&'static str),
    /// A binary where a segment value is expected (binaries do not nest
    /// in patterns).
    Binary,
    /// A constant division by zero in a pattern.
    DivisionByZero,
    /// Anything else that is a valid expression but not a pattern.
    Expression,
}

impl Shape {
    pub(crate) fn of(e: &Expr) -> Shape {
        match &e.kind {
            ExprKind::Call { target, args } => Shape::Call(match target {
                CallTarget::Local { name, .. } => Some((name.clone(), args.len())),
                CallTarget::Remote { module, function } => match (&module.kind, &function.kind) {
                    (ExprKind::Atom(m), ExprKind::Atom(f)) => {
                        Some((format!("{m}:{f}"), args.len()))
                    }
                    _ => None,
                },
                CallTarget::Fun(_) => None,
            }),
            ExprKind::Case { .. } => Shape::Case,
            ExprKind::If(_) => Shape::If,
            ExprKind::Receive { .. } => Shape::Receive,
            ExprKind::Block(_) => Shape::Block,
            ExprKind::Fun { .. } => Shape::Fun,
            ExprKind::LocalFunRef { .. } | ExprKind::RemoteFunRef { .. } => Shape::FunRef,
            ExprKind::ListComp { .. } => Shape::ListComp,
            ExprKind::BinComp { .. } => Shape::BinComp,
            ExprKind::Try(_) => Shape::Try,
            ExprKind::Catch(_) => Shape::Catch,
            ExprKind::MapUpdate { .. } => Shape::MapUpdate,
            ExprKind::Match { .. } => Shape::Match,
            ExprKind::Var(_) => Shape::Variable,
            ExprKind::Binary(_) => Shape::Binary,
            ExprKind::BinOp(BinaryOp::Send, ..) => Shape::Send,
            ExprKind::BinOp(op, ..) => Shape::Operator(op.symbol()),
            ExprKind::Unary(op, _) => Shape::Operator(op.symbol()),
            _ => Shape::Expression,
        }
    }

    pub(crate) fn describe(&self) -> String {
        match self {
            Shape::Call(Some(f)) => format!("the call to `{}`", fa(f)),
            Shape::Call(None) => "a function call".into(),
            Shape::Case => "a `case` expression".into(),
            Shape::If => "an `if` expression".into(),
            Shape::Receive => "a `receive` expression".into(),
            Shape::Block => "a `begin ... end` block".into(),
            Shape::Fun => "a fun".into(),
            Shape::FunRef => "a fun reference".into(),
            Shape::ListComp => "a list comprehension".into(),
            Shape::BinComp => "a binary comprehension".into(),
            Shape::Try => "a `try` expression".into(),
            Shape::Catch => "a `catch` expression".into(),
            Shape::MapUpdate => "a map update".into(),
            Shape::Send => "a send (`!`)".into(),
            Shape::Match => "a match (`=`)".into(),
            Shape::Variable => "this variable".into(),
            Shape::Operator(op) => format!("the operator `{op}`"),
            Shape::Binary => "a nested binary".into(),
            Shape::DivisionByZero => "a division by zero".into(),
            Shape::Expression => "this expression".into(),
        }
    }
}
