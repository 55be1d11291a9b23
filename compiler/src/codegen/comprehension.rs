//! List and binary comprehensions, rewritten into named funs before code
//! generation (the same shape Erlang's compiler produces):
//!
//! ```text
//! [E || P <- L, Q...]  ==>  (fun F([P | T]) -> <rest>(F(T));
//!                                F([_ | T]) -> F(T);
//!                                F([]) -> Tail end)(L)
//! ```
//! where `<rest>` handles the remaining qualifiers and finally conses `E`
//! onto the tail. Filters that are guard expressions are tested as guards
//! (an error means false); other filters are evaluated. `<<E || Q>>` builds
//! the list of bitstrings and joins them with `erlang:list_to_bitstring/1`.
//! Generated names contain `%`, so they can never clash with user names.

use super::function::FunCtx;
use crate::source::Span;
use crate::syntax::ast::*;

fn var(name: &str, span: Span) -> Expr {
    Expr::new(ExprKind::Var(name.to_owned()), span)
}

fn call_var(name: &str, arg: Expr, span: Span) -> Expr {
    Expr::new(
        ExprKind::Call {
            target: CallTarget::Fun(Box::new(var(name, span))),
            args: vec![arg],
        },
        span,
    )
}

fn clause(pattern: Expr, body: Expr, span: Span) -> Clause {
    Clause {
        name: None,
        name_span: span,
        patterns: vec![pattern],
        guard: vec![],
        body: vec![body],
        span,
    }
}

fn cons(head: Expr, tail: Expr, span: Span) -> Expr {
    Expr::new(
        ExprKind::List {
            elements: vec![head],
            tail: Some(Box::new(tail)),
        },
        span,
    )
}

fn nil(span: Span) -> Expr {
    Expr::new(
        ExprKind::List {
            elements: vec![],
            tail: None,
        },
        span,
    )
}

impl FunCtx<'_> {
    pub fn list_comprehension(
        &mut self,
        element: &Expr,
        qualifiers: &[Qualifier],
        span: Span,
    ) -> Expr {
        self.lc(element, qualifiers, nil(span), span)
    }

    pub fn binary_comprehension(
        &mut self,
        element: &Expr,
        qualifiers: &[Qualifier],
        span: Span,
    ) -> Expr {
        let list = self.lc(element, qualifiers, nil(span), span);
        Expr::new(
            ExprKind::Call {
                target: CallTarget::Remote {
                    module: Box::new(Expr::new(ExprKind::Atom("erlang".into()), span)),
                    function: Box::new(Expr::new(ExprKind::Atom("list_to_bitstring".into()), span)),
                },
                args: vec![list],
            },
            span,
        )
    }

    fn lc(&mut self, element: &Expr, qualifiers: &[Qualifier], tail: Expr, span: Span) -> Expr {
        let Some((q, rest)) = qualifiers.split_first() else {
            return cons(element.clone(), tail, span);
        };
        match q {
            Qualifier::Generator { pattern, list } => {
                let n = self.m.fresh();
                let fname = format!("Lc%{n}");
                let t = format!("T%{n}");
                let recurse = call_var(&fname, var(&t, span), span);
                let body = self.lc(element, rest, recurse.clone(), span);
                let underscore = var("_", span);
                let clauses = vec![
                    clause(cons(pattern.clone(), var(&t, span), span), body, span),
                    clause(cons(underscore, var(&t, span), span), recurse, span),
                    clause(nil(span), tail, span),
                ];
                self.apply_named_fun(&fname, clauses, list.clone(), span)
            }
            Qualifier::BinGenerator { pattern, binary } => {
                let n = self.m.fresh();
                let fname = format!("Lc%{n}");
                let t = format!("T%{n}");
                let recurse = call_var(&fname, var(&t, span), span);
                let body = self.lc(element, rest, recurse, span);
                let mut segs = match &pattern.kind {
                    ExprKind::Binary(segs) => segs.clone(),
                    _ => vec![],
                };
                segs.push(BinElement {
                    value: var(&t, span),
                    size: None,
                    specs: vec![BinSpec {
                        name: "bitstring".into(),
                        value: None,
                        span,
                    }],
                    span,
                });
                let clauses = vec![
                    clause(Expr::new(ExprKind::Binary(segs), pattern.span), body, span),
                    clause(var("_", span), tail, span),
                ];
                self.apply_named_fun(&fname, clauses, binary.clone(), span)
            }
            Qualifier::Filter(cond) => {
                let then = self.lc(element, rest, tail.clone(), span);
                if is_guard_expr(cond) {
                    Expr::new(
                        ExprKind::If(vec![
                            IfClause {
                                guard: vec![vec![cond.clone()]],
                                body: vec![then],
                                span,
                            },
                            IfClause {
                                guard: vec![vec![Expr::new(ExprKind::Atom("true".into()), span)]],
                                body: vec![tail],
                                span,
                            },
                        ]),
                        span,
                    )
                } else {
                    Expr::new(
                        ExprKind::Case {
                            subject: Box::new(cond.clone()),
                            clauses: vec![
                                CaseClause {
                                    pattern: Expr::new(ExprKind::Atom("true".into()), span),
                                    guard: vec![],
                                    body: vec![then],
                                    span,
                                },
                                CaseClause {
                                    pattern: Expr::new(ExprKind::Atom("false".into()), span),
                                    guard: vec![],
                                    body: vec![tail],
                                    span,
                                },
                            ],
                        },
                        span,
                    )
                }
            }
        }
    }

    fn apply_named_fun(&mut self, name: &str, clauses: Vec<Clause>, arg: Expr, span: Span) -> Expr {
        let fun = Expr::new(
            ExprKind::Fun {
                name: Some(name.to_owned()),
                clauses,
            },
            span,
        );
        Expr::new(
            ExprKind::Call {
                target: CallTarget::Fun(Box::new(fun)),
                args: vec![arg],
            },
            span,
        )
    }
}

/// Whether an expression is a valid guard (so a filter is a guard test).
fn is_guard_expr(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Integer(_)
        | ExprKind::Float(_)
        | ExprKind::Char(_)
        | ExprKind::String(_)
        | ExprKind::Atom(_)
        | ExprKind::Var(_) => true,
        ExprKind::Tuple(es) => es.iter().all(is_guard_expr),
        ExprKind::List { elements, tail } => {
            elements.iter().all(is_guard_expr) && tail.as_ref().is_none_or(|t| is_guard_expr(t))
        }
        ExprKind::BinOp(op, a, b) => {
            *op != BinaryOp::Send
                && *op != BinaryOp::Append
                && *op != BinaryOp::Subtract
                && is_guard_expr(a)
                && is_guard_expr(b)
        }
        ExprKind::Unary(_, a) => is_guard_expr(a),
        ExprKind::Call { target, args } => {
            let name = match target {
                CallTarget::Local { name, .. } => name.as_str(),
                CallTarget::Remote { module, function } => match (&module.kind, &function.kind) {
                    (ExprKind::Atom(m), ExprKind::Atom(f)) if m == "erlang" => f.as_str(),
                    _ => return false,
                },
                CallTarget::Fun(_) => return false,
            };
            crate::autoimport::is_guard_bif(name, args.len()) && args.iter().all(is_guard_expr)
        }
        _ => false,
    }
}
