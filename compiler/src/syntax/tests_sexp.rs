//! Test helper: prints an [`Expr`] as a compact S-expression, so tests can
//! state an AST's shape in one line: `1 + 2 * 3` is `(+ 1 (* 2 3))`, atoms
//! are quoted (`'ok'`), characters are `$` and their code.

use super::ast::*;

fn list_of(es: &[Expr]) -> String {
    es.iter().map(sexp).collect::<Vec<_>>().join(" ")
}

fn guard(g: &Guard) -> String {
    if g.is_empty() {
        return String::new();
    }
    let alts: Vec<String> = g.iter().map(|c| format!("({})", list_of(c))).collect();
    format!(" when {}", alts.join(" "))
}

fn clause(c: &Clause) -> String {
    format!(
        "(({}){} -> {})",
        list_of(&c.patterns),
        guard(&c.guard),
        list_of(&c.body)
    )
}

fn case_clause(c: &CaseClause) -> String {
    format!(
        "({}{} -> {})",
        sexp(&c.pattern),
        guard(&c.guard),
        list_of(&c.body)
    )
}

fn quals(qs: &[Qualifier]) -> String {
    qs.iter()
        .map(|q| match q {
            Qualifier::Generator { pattern, list } => {
                format!("(<- {} {})", sexp(pattern), sexp(list))
            }
            Qualifier::BinGenerator { pattern, binary } => {
                format!("(<= {} {})", sexp(pattern), sexp(binary))
            }
            Qualifier::Filter(e) => sexp(e),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn fields(fs: &[MapField]) -> String {
    fs.iter()
        .map(|f| {
            let op = match f.op {
                MapOp::Assoc => "=>",
                MapOp::Exact => ":=",
            };
            format!("({op} {} {})", sexp(&f.key), sexp(&f.value))
        })
        .collect::<Vec<_>>()
        .join(" ")
}

pub(crate) fn sexp(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Integer(i) => i.to_string(),
        ExprKind::Float(f) => format!("{f:?}"),
        ExprKind::Char(c) => format!("${c}"),
        ExprKind::String(cs) => format!(
            "{:?}",
            cs.iter()
                .filter_map(|&c| char::from_u32(c))
                .collect::<String>()
        ),
        ExprKind::Atom(a) => format!("'{a}'"),
        ExprKind::Var(v) => v.clone(),
        ExprKind::Tuple(es) => format!("{{{}}}", list_of(es)),
        ExprKind::List { elements, tail } => match tail {
            None => format!("[{}]", list_of(elements)),
            Some(t) => format!("[{} | {}]", list_of(elements), sexp(t)),
        },
        ExprKind::Binary(els) => {
            let parts: Vec<String> = els
                .iter()
                .map(|el| {
                    let mut out = sexp(&el.value);
                    if let Some(size) = &el.size {
                        out.push_str(&format!(":{}", sexp(size)));
                    }
                    if !el.specs.is_empty() {
                        let specs: Vec<String> = el
                            .specs
                            .iter()
                            .map(|s| match s.value {
                                None => s.name.clone(),
                                Some(v) => format!("{}:{v}", s.name),
                            })
                            .collect();
                        out.push_str(&format!("/{}", specs.join("-")));
                    }
                    out
                })
                .collect();
            format!("<<{}>>", parts.join(" "))
        }
        ExprKind::Map(fs) => format!("(map {})", fields(fs)),
        ExprKind::MapUpdate { map, fields: fs } => format!("(update {} {})", sexp(map), fields(fs)),
        ExprKind::Match { pattern, value } => format!("(= {} {})", sexp(pattern), sexp(value)),
        ExprKind::BinOp(op, a, b) => format!("({} {} {})", op.symbol(), sexp(a), sexp(b)),
        ExprKind::Unary(op, a) => format!("({} {})", op.symbol(), sexp(a)),
        ExprKind::Call { target, args } => {
            let t = match target {
                CallTarget::Local { name, .. } => name.clone(),
                CallTarget::Remote { module, function } => {
                    format!("{}:{}", sexp(module), sexp(function))
                }
                CallTarget::Fun(f) => format!("(apply {})", sexp(f)),
            };
            format!("(call {t} {})", list_of(args))
        }
        ExprKind::Case { subject, clauses } => {
            let cs: Vec<String> = clauses.iter().map(case_clause).collect();
            format!("(case {} {})", sexp(subject), cs.join(" "))
        }
        ExprKind::If(clauses) => {
            let cs: Vec<String> = clauses
                .iter()
                .map(|c| format!("({} -> {})", guard(&c.guard).trim_start(), list_of(&c.body)))
                .collect();
            format!("(if {})", cs.join(" "))
        }
        ExprKind::Receive { clauses, after } => {
            let cs: Vec<String> = clauses.iter().map(case_clause).collect();
            let a = after
                .as_ref()
                .map(|a| format!(" (after {} -> {})", sexp(&a.timeout), list_of(&a.body)))
                .unwrap_or_default();
            format!("(receive {}{a})", cs.join(" "))
        }
        ExprKind::Block(es) => format!("(begin {})", list_of(es)),
        ExprKind::Fun { name, clauses } => {
            let cs: Vec<String> = clauses.iter().map(clause).collect();
            match name {
                Some(n) => format!("(fun {n} {})", cs.join(" ")),
                None => format!("(fun {})", cs.join(" ")),
            }
        }
        ExprKind::LocalFunRef { name, arity } => format!("(fun {name}/{arity})"),
        ExprKind::RemoteFunRef {
            module,
            name,
            arity,
        } => format!("(fun {module}:{name}/{arity})"),
        ExprKind::ListComp {
            element,
            qualifiers,
        } => format!("(lc {} {})", sexp(element), quals(qualifiers)),
        ExprKind::BinComp {
            element,
            qualifiers,
        } => format!("(bc {} {})", sexp(element), quals(qualifiers)),
        ExprKind::Try(t) => {
            let of: Vec<String> = t.of_clauses.iter().map(case_clause).collect();
            let catches: Vec<String> = t
                .catch_clauses
                .iter()
                .map(|c| {
                    let class = c.class.as_ref().map(sexp).unwrap_or_else(|| "-".into());
                    let stack = c.stack.as_ref().map(sexp).unwrap_or_else(|| "-".into());
                    format!(
                        "({class} {} {stack}{} -> {})",
                        sexp(&c.reason),
                        guard(&c.guard),
                        list_of(&c.body)
                    )
                })
                .collect();
            format!(
                "(try ({}) of ({}) catch ({}) after ({}))",
                list_of(&t.body),
                of.join(" "),
                catches.join(" "),
                list_of(&t.after)
            )
        }
        ExprKind::Catch(e) => format!("(catch {})", sexp(e)),
    }
}
