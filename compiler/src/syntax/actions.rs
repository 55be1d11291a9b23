//! Helpers the grammar's actions call to build AST nodes, so that
//! `grammar.lalrpop` stays a readable list of productions.

use super::ast::*;
use super::error::SyntaxError;
use super::token::Token;
use crate::source::Span;
use num_bigint::BigInt;
use num_traits::ToPrimitive;

pub type ParseError = lalrpop_util::ParseError<usize, Token, SyntaxError>;

/// A form as the grammar sees it, before attributes are interpreted and
/// clauses grouped (see `forms.rs`).
#[derive(Clone, Debug, PartialEq)]
pub enum RawForm {
    /// `-name(Args)` for the attributes the compiler uses.
    Attribute {
        name: String,
        name_span: Span,
        args: Vec<Expr>,
        span: Span,
    },
    /// Function clauses separated by `;`.
    Function(Vec<Clause>),
}

/// A name in `fun M:F/A`: an atom or a variable.
#[derive(Clone, Debug, PartialEq)]
pub enum RefPart {
    Atom(String),
    Var(String),
    Int(BigInt),
}

pub fn sp(l: usize, r: usize) -> Span {
    Span::new(l, r)
}

pub fn binop(op: BinaryOp, a: Expr, b: Expr) -> Expr {
    let span = a.span.to(b.span);
    Expr::new(ExprKind::BinOp(op, Box::new(a), Box::new(b)), span)
}

pub fn matching(pattern: Expr, value: Expr) -> Expr {
    let span = pattern.span.to(value.span);
    Expr::new(
        ExprKind::Match {
            pattern: Box::new(pattern),
            value: Box::new(value),
        },
        span,
    )
}

pub fn unary(op: UnaryOp, e: Expr, l: usize) -> Expr {
    let span = sp(l, e.span.end as usize);
    Expr::new(ExprKind::Unary(op, Box::new(e)), span)
}

/// `f(...)` (atom), `F(...)` / `(Expr)(...)` (fun value).
pub fn call(f: Expr, args: Vec<Expr>, span: Span) -> Expr {
    let target = match f.kind {
        ExprKind::Atom(name) => CallTarget::Local { name, span: f.span },
        _ => CallTarget::Fun(Box::new(f)),
    };
    Expr::new(ExprKind::Call { target, args }, span)
}

pub fn remote_call(module: Expr, function: Expr, args: Vec<Expr>, span: Span) -> Expr {
    Expr::new(
        ExprKind::Call {
            target: CallTarget::Remote {
                module: Box::new(module),
                function: Box::new(function),
            },
            args,
        },
        span,
    )
}

/// Adjacent string literals are one string.
pub fn strings(parts: Vec<Vec<u32>>) -> ExprKind {
    ExprKind::String(parts.into_iter().flatten().collect())
}

pub fn list(elements: Vec<Expr>, tail: Option<Expr>, span: Span) -> Expr {
    Expr::new(
        ExprKind::List {
            elements,
            tail: tail.map(Box::new),
        },
        span,
    )
}

pub fn to_usize(value: &BigInt, span: Span, what: &'static str) -> Result<usize, ParseError> {
    value.to_usize().ok_or(ParseError::User {
        error: SyntaxError::IntegerTooLarge { span, what },
    })
}

pub fn to_u32(value: &BigInt, span: Span, what: &'static str) -> Result<u32, ParseError> {
    value.to_u32().ok_or(ParseError::User {
        error: SyntaxError::IntegerTooLarge { span, what },
    })
}

/// `fun M:F/A`. With literal atoms and arity it is a `RemoteFunRef`; when
/// any part is a variable it becomes `erlang:make_fun(M, F, A)`, which
/// builds the same fun at run time.
pub fn remote_fun_ref(
    module: (RefPart, Span),
    name: (RefPart, Span),
    arity: (RefPart, Span),
    span: Span,
) -> Result<Expr, ParseError> {
    match (module, name, arity) {
        (
            (RefPart::Atom(module), _),
            (RefPart::Atom(name), _),
            (RefPart::Int(arity), arity_span),
        ) => {
            let arity = to_usize(&arity, arity_span, "an arity")?;
            Ok(Expr::new(
                ExprKind::RemoteFunRef {
                    module,
                    name,
                    arity,
                },
                span,
            ))
        }
        (module, name, arity) => {
            let part = |(part, span): (RefPart, Span)| {
                let kind = match part {
                    RefPart::Atom(a) => ExprKind::Atom(a),
                    RefPart::Var(v) => ExprKind::Var(v),
                    RefPart::Int(i) => ExprKind::Integer(i),
                };
                Expr::new(kind, span)
            };
            let at = Span::new(span.start as usize, span.start as usize + 3);
            let atom = |a: &str| Expr::new(ExprKind::Atom(a.to_string()), at);
            Ok(remote_call(
                atom("erlang"),
                atom("make_fun"),
                vec![part(module), part(name), part(arity)],
                span,
            ))
        }
    }
}

/// `fun (...) -> ... end` or `fun Name(...) -> ... end`: every clause must
/// agree with the first about the name.
pub fn fun_expr(clauses: Vec<(Option<String>, Clause)>, span: Span) -> Result<Expr, ParseError> {
    let name = clauses.first().and_then(|(n, _)| n.clone());
    for (n, clause) in &clauses {
        if *n != name {
            return Err(ParseError::User {
                error: SyntaxError::FunClauseMismatch {
                    span: clause.name_span,
                    expected: name,
                    found: n.clone(),
                },
            });
        }
    }
    Ok(Expr::new(
        ExprKind::Fun {
            name,
            clauses: clauses.into_iter().map(|(_, c)| c).collect(),
        },
        span,
    ))
}

/// A fun clause; `name_span` is the name for a named fun, otherwise the
/// opening parenthesis.
pub fn fun_clause(
    patterns: Vec<Expr>,
    guard: Guard,
    body: Vec<Expr>,
    name_span: Span,
    span: Span,
) -> Clause {
    Clause {
        name: None,
        name_span,
        patterns,
        guard,
        body,
        span,
    }
}
