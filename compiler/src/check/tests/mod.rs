//! Tests of the checker. ASTs are built by hand with [`B`], which gives
//! every node a distinct one-byte span, so a test can assert that a label
//! sits exactly on a given node.

mod branches;
mod functions;
mod patterns;
mod source;
mod variables;

use super::check;
use crate::diagnostic::{Diagnostic, Severity};
use crate::source::Span;
use crate::syntax::ast::*;
use std::cell::Cell;

/// AST builder handing out distinct spans.
#[derive(Default)]
pub(super) struct B {
    pos: Cell<usize>,
}

impl B {
    pub(super) fn sp(&self) -> Span {
        let p = self.pos.get();
        self.pos.set(p + 2);
        Span::new(p, p + 1)
    }

    fn e(&self, kind: ExprKind) -> Expr {
        Expr::new(kind, self.sp())
    }

    pub(super) fn var(&self, name: &str) -> Expr {
        self.e(ExprKind::Var(name.into()))
    }

    pub(super) fn atom(&self, name: &str) -> Expr {
        self.e(ExprKind::Atom(name.into()))
    }

    pub(super) fn int(&self, i: i64) -> Expr {
        self.e(ExprKind::Integer(i.into()))
    }

    pub(super) fn string(&self, s: &str) -> Expr {
        self.e(ExprKind::String(s.chars().map(|c| c as u32).collect()))
    }

    pub(super) fn tuple(&self, es: Vec<Expr>) -> Expr {
        self.e(ExprKind::Tuple(es))
    }

    pub(super) fn list(&self, es: Vec<Expr>) -> Expr {
        self.e(ExprKind::List {
            elements: es,
            tail: None,
        })
    }

    pub(super) fn mat(&self, p: Expr, v: Expr) -> Expr {
        self.e(ExprKind::Match {
            pattern: Box::new(p),
            value: Box::new(v),
        })
    }

    pub(super) fn op(&self, op: BinaryOp, a: Expr, b: Expr) -> Expr {
        self.e(ExprKind::BinOp(op, Box::new(a), Box::new(b)))
    }

    pub(super) fn neg(&self, a: Expr) -> Expr {
        self.e(ExprKind::Unary(UnaryOp::Neg, Box::new(a)))
    }

    pub(super) fn call(&self, name: &str, args: Vec<Expr>) -> Expr {
        let span = self.sp();
        self.e(ExprKind::Call {
            target: CallTarget::Local {
                name: name.into(),
                span,
            },
            args,
        })
    }

    pub(super) fn remote(&self, m: &str, f: &str, args: Vec<Expr>) -> Expr {
        self.e(ExprKind::Call {
            target: CallTarget::Remote {
                module: Box::new(self.atom(m)),
                function: Box::new(self.atom(f)),
            },
            args,
        })
    }

    pub(super) fn apply(&self, f: Expr, args: Vec<Expr>) -> Expr {
        self.e(ExprKind::Call {
            target: CallTarget::Fun(Box::new(f)),
            args,
        })
    }

    /// A case/receive/try-of clause; `guard` is one conjunction (empty for
    /// no guard).
    pub(super) fn cc(&self, pattern: Expr, guard: Vec<Expr>, body: Vec<Expr>) -> CaseClause {
        CaseClause {
            pattern,
            guard: if guard.is_empty() {
                vec![]
            } else {
                vec![guard]
            },
            body,
            span: self.sp(),
        }
    }

    pub(super) fn case(&self, subject: Expr, clauses: Vec<CaseClause>) -> Expr {
        self.e(ExprKind::Case {
            subject: Box::new(subject),
            clauses,
        })
    }

    pub(super) fn if_(&self, clauses: Vec<(Vec<Expr>, Vec<Expr>)>) -> Expr {
        let clauses = clauses
            .into_iter()
            .map(|(g, body)| IfClause {
                guard: vec![g],
                body,
                span: self.sp(),
            })
            .collect();
        self.e(ExprKind::If(clauses))
    }

    pub(super) fn receive(
        &self,
        clauses: Vec<CaseClause>,
        after: Option<(Expr, Vec<Expr>)>,
    ) -> Expr {
        let after = after.map(|(t, body)| After {
            timeout: Box::new(t),
            body,
            span: self.sp(),
        });
        self.e(ExprKind::Receive { clauses, after })
    }

    /// A function or fun clause; `guard` is one conjunction.
    pub(super) fn clause(&self, patterns: Vec<Expr>, guard: Vec<Expr>, body: Vec<Expr>) -> Clause {
        Clause {
            name: None,
            name_span: self.sp(),
            patterns,
            guard: if guard.is_empty() {
                vec![]
            } else {
                vec![guard]
            },
            body,
            span: self.sp(),
        }
    }

    pub(super) fn fun(&self, clauses: Vec<Clause>) -> Expr {
        self.e(ExprKind::Fun {
            name: None,
            clauses,
        })
    }

    pub(super) fn named_fun(&self, name: &str, clauses: Vec<Clause>) -> Expr {
        self.e(ExprKind::Fun {
            name: Some(name.into()),
            clauses,
        })
    }

    pub(super) fn fun_ref(&self, name: &str, arity: usize) -> Expr {
        self.e(ExprKind::LocalFunRef {
            name: name.into(),
            arity,
        })
    }

    pub(super) fn lc(&self, element: Expr, qualifiers: Vec<Qualifier>) -> Expr {
        self.e(ExprKind::ListComp {
            element: Box::new(element),
            qualifiers,
        })
    }

    pub(super) fn try_(
        &self,
        body: Vec<Expr>,
        of: Vec<CaseClause>,
        catches: Vec<CatchClause>,
        after: Vec<Expr>,
    ) -> Expr {
        self.e(ExprKind::Try(Box::new(Try {
            body,
            of_clauses: of,
            catch_clauses: catches,
            after,
        })))
    }

    pub(super) fn catch_clause(
        &self,
        class: Option<Expr>,
        reason: Expr,
        stack: Option<Expr>,
        guard: Vec<Expr>,
        body: Vec<Expr>,
    ) -> CatchClause {
        CatchClause {
            class,
            reason,
            stack,
            guard: if guard.is_empty() {
                vec![]
            } else {
                vec![guard]
            },
            body,
            span: self.sp(),
        }
    }

    pub(super) fn catch_(&self, e: Expr) -> Expr {
        self.e(ExprKind::Catch(Box::new(e)))
    }

    pub(super) fn map(&self, fields: Vec<(Expr, MapOp, Expr)>) -> Expr {
        let fields = fields
            .into_iter()
            .map(|(key, op, value)| MapField {
                key,
                op,
                value,
                span: self.sp(),
            })
            .collect();
        self.e(ExprKind::Map(fields))
    }

    pub(super) fn seg(&self, value: Expr, size: Option<Expr>, specs: &[&str]) -> BinElement {
        let specs = specs
            .iter()
            .map(|s| {
                let (name, value) = match s.split_once(':') {
                    Some((n, v)) => (n.to_string(), v.parse().ok()),
                    None => (s.to_string(), None),
                };
                BinSpec {
                    name,
                    value,
                    span: self.sp(),
                }
            })
            .collect();
        BinElement {
            value,
            size,
            specs,
            span: self.sp(),
        }
    }

    pub(super) fn bin(&self, segs: Vec<BinElement>) -> Expr {
        self.e(ExprKind::Binary(segs))
    }

    /// A function form; clause names are filled in.
    pub(super) fn func(&self, name: &str, clauses: Vec<Clause>) -> Form {
        let arity = clauses.first().map_or(0, |c| c.patterns.len());
        let clauses = clauses
            .into_iter()
            .map(|c| Clause {
                name: Some(name.into()),
                ..c
            })
            .collect();
        Form::Function(Function {
            name: name.into(),
            arity,
            clauses,
            span: self.sp(),
        })
    }

    pub(super) fn module(&self, name: &str) -> Form {
        Form::Module {
            name: name.into(),
            span: self.sp(),
        }
    }

    pub(super) fn fun_names(&self, fs: &[(&str, usize)]) -> Vec<FunName> {
        fs.iter()
            .map(|(n, a)| FunName {
                name: n.to_string(),
                arity: *a,
                span: self.sp(),
            })
            .collect()
    }

    pub(super) fn export(&self, fs: &[(&str, usize)]) -> Form {
        Form::Export {
            functions: self.fun_names(fs),
            span: self.sp(),
        }
    }

    pub(super) fn import(&self, m: &str, fs: &[(&str, usize)]) -> Form {
        Form::Import {
            module: m.into(),
            functions: self.fun_names(fs),
            span: self.sp(),
        }
    }

    /// `-module(m). -export([f/N]). f(Params) -> Body.` for one clause.
    pub(super) fn f(&self, params: Vec<Expr>, body: Vec<Expr>) -> Vec<Diagnostic> {
        self.f_clauses(vec![self.clause(params, vec![], body)])
    }

    /// `-module(m). -export([f/N]).` and `f` with the given clauses.
    pub(super) fn f_clauses(&self, clauses: Vec<Clause>) -> Vec<Diagnostic> {
        let arity = clauses.first().map_or(0, |c| c.patterns.len());
        let forms = vec![
            self.module("m"),
            self.export(&[("f", arity)]),
            self.func("f", clauses),
        ];
        check(&Module { forms })
    }
}

/// `(severity, title)` of each diagnostic.
pub(super) fn titles(ds: &[Diagnostic]) -> Vec<(Severity, &str)> {
    ds.iter().map(|d| (d.severity, d.title.as_str())).collect()
}

pub(super) fn errors(ds: &[Diagnostic]) -> Vec<&str> {
    ds.iter()
        .filter(|d| d.is_error())
        .map(|d| d.title.as_str())
        .collect()
}

pub(super) fn warnings(ds: &[Diagnostic]) -> Vec<&str> {
    ds.iter()
        .filter(|d| !d.is_error())
        .map(|d| d.title.as_str())
        .collect()
}

/// The primary label's span and message of the only diagnostic titled
/// `title`.
pub(super) fn label<'d>(ds: &'d [Diagnostic], title: &str) -> (Span, &'d str) {
    let found: Vec<_> = ds.iter().filter(|d| d.title == title).collect();
    assert_eq!(found.len(), 1, "expected one `{title}` in {ds:#?}");
    let l = found[0]
        .labels
        .iter()
        .find(|l| l.primary)
        .expect("primary label");
    (l.span, l.message.as_str())
}

#[test]
fn clean_module_has_no_diagnostics() {
    let b = B::default();
    // f(X) -> Y = X + 1, {Y, length([X])}.
    let ds = b.f(
        vec![b.var("X")],
        vec![
            b.mat(b.var("Y"), b.op(BinaryOp::Add, b.var("X"), b.int(1))),
            b.tuple(vec![
                b.var("Y"),
                b.call("length", vec![b.list(vec![b.var("X")])]),
            ]),
        ],
    );
    assert!(ds.is_empty(), "{ds:#?}");
}

#[test]
fn diagnostics_are_sorted_by_position() {
    let b = B::default();
    // f() -> A, B.  (both unbound)
    let ds = b.f(vec![], vec![b.var("A"), b.var("B")]);
    assert_eq!(errors(&ds), vec!["unbound variable", "unbound variable"]);
    assert!(ds[0].position() < ds[1].position());
}
