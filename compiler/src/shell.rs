//! The interactive shell's side of the compiler.
//!
//! A shell input (one form, ended by a dot token) is either a sequence of
//! expressions or, as in Erlang/OTP 26's shell, a function definition
//! (`add(A, B) -> A + B.`). [`parse`] tells them apart; [`compile_exprs`]
//! turns expressions into an *evaluation module* whose exported function
//! [`EVAL_FUNCTION`]`/1` takes the current bindings as one tuple and
//! returns `{Value, NewBindings}` (a tuple of the values of
//! [`EvalModule::bindings`], in that order). The functions defined in the
//! shell so far are compiled into every evaluation module, so expressions
//! call them as local functions.
//!
//! Two rewrites make compiled shell code behave like `erl_eval`:
//! - a call `f(...)` to a function that is neither defined in the shell nor
//!   an auto-imported BIF becomes `shell:f(...)`, so it fails at run time
//!   with `undef` in module `shell` (the shell reports "undefined shell
//!   command f/1", as erl does) instead of being a compile error;
//! - operators in expressions (not in patterns, guards or filters) become
//!   calls `erlang:'+'(A, B)`, so an error names the operator and its
//!   arguments ("in operator '/'/2, called as 1 / 0").
//!
//! Expressions are parsed as the body of a function whose head is a fixed
//! prefix: their spans are in the coordinates of that prefixed text, and
//! every diagnostic is shifted back before it is returned.

use crate::autoimport::is_auto_imported;
use crate::bytecode::Module;
use crate::diagnostic::Diagnostic;
use crate::source::Span;
use crate::syntax::ast::{
    BinaryOp, CallTarget, Clause, Expr, ExprKind, Form, FunName, Function, Qualifier, UnaryOp,
};
use crate::syntax::{self, lexer, token::Token};
use std::collections::BTreeSet;

/// The function an evaluation module exports (arity 1).
pub const EVAL_FUNCTION: &str = "$eval";

/// The module a call to an unknown local function is sent to.
pub const UNDEFINED_COMMAND_MODULE: &str = "shell";

/// Expressions are parsed as the body of this function head.
const PREFIX: &str = "'$eval'() -> ";

/// Hidden variable names (not valid Erlang variables, so they cannot clash).
const VALUE_VAR: &str = "$value";

/// One parsed shell input.
#[derive(Clone, Debug)]
pub enum Input {
    Exprs(Exprs),
    /// A function definition; its spans are in the input's coordinates.
    Function(Function),
}

/// Shell expressions, ready for [`compile_exprs`].
#[derive(Clone, Debug)]
pub struct Exprs {
    body: Vec<Expr>,
    /// The text they were parsed from: the prefix and the input.
    text: String,
}

impl Exprs {
    /// The expressions (spans in the prefixed text's coordinates).
    pub fn body(&self) -> &[Expr] {
        &self.body
    }

    /// The input text, without the prefix (from the first expression).
    pub fn source(&self) -> &str {
        &self.text[PREFIX.len()..]
    }

    /// The span of expression `e` in the input's coordinates.
    pub fn input_span(&self, e: &Expr) -> Span {
        shift_span(e.span, PREFIX.len())
    }
}

/// A compiled evaluation module.
#[derive(Debug)]
pub struct EvalModule {
    pub module: Module,
    /// The names of the bindings the evaluation returns, in order.
    pub bindings: Vec<String>,
}

/// What an evaluation module is compiled against.
pub struct Context<'a> {
    /// The name of the module to generate.
    pub module: &'a str,
    /// The variables bound so far, in the order of the tuple the
    /// evaluation function takes.
    pub bindings: &'a [String],
    /// The functions defined in the shell so far.
    pub functions: &'a [Function],
}

/// Parses one shell input: one form, normally ended by a dot token.
pub fn parse(source: &str) -> Result<Input, Vec<Diagnostic>> {
    if is_function_definition(source) {
        let (module, diagnostics) = syntax::parse(source);
        if diagnostics.iter().any(Diagnostic::is_error) {
            return Err(diagnostics);
        }
        let mut functions = module.forms.into_iter().filter_map(|f| match f {
            Form::Function(f) => Some(f),
            _ => None,
        });
        return match (functions.next(), functions.next()) {
            (Some(f), None) => Ok(Input::Function(f)),
            _ => Err(vec![Diagnostic::error("one function definition at a time")
                .with_label(
                    Span::new(0, source.len()),
                    "more than one form here",
                )]),
        };
    }
    let text = format!("{PREFIX}{source}");
    let (module, diagnostics) = syntax::parse(&text);
    if diagnostics.iter().any(Diagnostic::is_error) {
        return Err(shift_all(diagnostics, PREFIX.len()));
    }
    let mut functions = module.forms.into_iter().filter_map(|f| match f {
        Form::Function(f) => Some(f),
        _ => None,
    });
    match (functions.next(), functions.next()) {
        (Some(f), None) if f.clauses.len() == 1 => {
            let body = f.clauses.into_iter().next().map(|c| c.body);
            Ok(Input::Exprs(Exprs {
                body: body.unwrap_or_default(),
                text,
            }))
        }
        _ => Err(vec![Diagnostic::error("one input at a time").with_label(
            Span::new(0, source.len()),
            "more than one form here",
        )]),
    }
}

/// Whether `source` starts like a function definition: `name(...) ->` or
/// `name(...) when`.
fn is_function_definition(source: &str) -> bool {
    let tokens: Vec<Token> = lexer::tokens(source)
        .into_iter()
        .map_while(Result::ok)
        .map(|t| t.1)
        .collect();
    let [Token::Atom(_), Token::LParen, rest @ ..] = tokens.as_slice() else {
        return false;
    };
    let mut depth = 1usize;
    for (i, t) in rest.iter().enumerate() {
        match t {
            Token::LParen => depth += 1,
            Token::RParen => {
                depth -= 1;
                if depth == 0 {
                    return matches!(rest.get(i + 1), Some(Token::Arrow | Token::When));
                }
            }
            _ => {}
        }
    }
    false
}

fn shift_span(s: Span, by: usize) -> Span {
    let by = by as u32;
    Span {
        start: s.start.saturating_sub(by),
        end: s.end.saturating_sub(by),
    }
}

fn shift_all(mut diagnostics: Vec<Diagnostic>, by: usize) -> Vec<Diagnostic> {
    for d in &mut diagnostics {
        for l in &mut d.labels {
            l.span = shift_span(l.span, by);
        }
    }
    diagnostics
}

fn var(name: &str, span: Span) -> Expr {
    Expr::new(ExprKind::Var(name.to_string()), span)
}

fn atom(name: &str, span: Span) -> Expr {
    Expr::new(ExprKind::Atom(name.to_string()), span)
}

/// The module header and the shell functions, rewritten.
fn base_forms(ctx: &Context, extra_exports: &[FunName]) -> Vec<Form> {
    let span = Span::default();
    let rw = Rewrite::new(ctx.functions.iter(), false);
    let mut forms = vec![
        Form::Module {
            name: ctx.module.to_string(),
            span,
        },
        Form::Export {
            functions: extra_exports.to_vec(),
            span,
        },
        Form::Compile {
            export_all: true,
            span,
        },
    ];
    for f in ctx.functions {
        let mut f = f.clone();
        for c in &mut f.clauses {
            rewrite_body(&mut c.body, &rw);
        }
        forms.push(Form::Function(f));
    }
    forms
}

fn compile_module(
    module: &crate::syntax::ast::Module,
    text: &str,
) -> Result<Module, Vec<Diagnostic>> {
    let mut diagnostics: Vec<Diagnostic> = crate::check::check(module)
        .into_iter()
        .filter(Diagnostic::is_error)
        .collect();
    if !diagnostics.is_empty() {
        return Err(diagnostics);
    }
    crate::codegen::generate(module, text, "shell").map_err(|e| {
        diagnostics.push(e.to_diagnostic());
        diagnostics
    })
}

/// Compiles expressions into an evaluation module. Errors (never
/// warnings) are returned with spans in the input's coordinates.
pub fn compile_exprs(exprs: &Exprs, ctx: &Context) -> Result<EvalModule, Vec<Diagnostic>> {
    let span = Span::default();
    let rw = Rewrite::new(ctx.functions.iter(), true);
    let mut body = exprs.body.clone();
    rewrite_body(&mut body, &rw);
    let head = Expr::new(
        ExprKind::Tuple(ctx.bindings.iter().map(|b| var(b, span)).collect()),
        span,
    );
    let eval_name = FunName {
        name: EVAL_FUNCTION.to_string(),
        arity: 1,
        span,
    };
    let make = |body: Vec<Expr>| Function {
        name: EVAL_FUNCTION.to_string(),
        arity: 1,
        clauses: vec![Clause {
            name: Some(EVAL_FUNCTION.to_string()),
            name_span: span,
            patterns: vec![head.clone()],
            guard: Vec::new(),
            body,
            span,
        }],
        span,
    };
    // First pass: which variables are bound after the input.
    let probe = make(body.clone());
    let mut forms = base_forms(ctx, std::slice::from_ref(&eval_name));
    forms.push(Form::Function(probe.clone()));
    let module = crate::syntax::ast::Module { forms };
    let bindings: Vec<String> = crate::check::bound_at_end(&module, &probe)
        .into_iter()
        .filter(|n| n != "_" && !n.starts_with('$'))
        .collect();
    // The real function: `..., '$value' = Last, {'$value', {B1, ...}}`.
    if let Some(last) = body.pop() {
        let last_span = last.span;
        body.push(Expr::new(
            ExprKind::Match {
                pattern: Box::new(var(VALUE_VAR, last_span)),
                value: Box::new(last),
            },
            last_span,
        ));
        body.push(Expr::new(
            ExprKind::Tuple(vec![
                var(VALUE_VAR, last_span),
                Expr::new(
                    ExprKind::Tuple(bindings.iter().map(|b| var(b, last_span)).collect()),
                    last_span,
                ),
            ]),
            last_span,
        ));
    }
    let mut forms = base_forms(ctx, std::slice::from_ref(&eval_name));
    forms.push(Form::Function(make(body)));
    let module = crate::syntax::ast::Module { forms };
    let module = compile_module(&module, &exprs.text).map_err(|d| shift_all(d, PREFIX.len()))?;
    Ok(EvalModule { module, bindings })
}

/// Checks that a function definition compiles together with the shell's
/// other functions (the ones it replaces left out). Errors are in the
/// definition's coordinates.
pub fn check_function(f: &Function, source: &str, ctx: &Context) -> Result<(), Vec<Diagnostic>> {
    let others: Vec<Function> = ctx
        .functions
        .iter()
        .filter(|g| (g.name.as_str(), g.arity) != (f.name.as_str(), f.arity))
        .cloned()
        .collect();
    let inner = Context {
        module: ctx.module,
        bindings: ctx.bindings,
        functions: &others,
    };
    let rw = Rewrite::new(others.iter().chain(std::iter::once(f)), false);
    let mut forms = base_forms(&inner, &[]);
    let mut f = f.clone();
    for c in &mut f.clauses {
        rewrite_body(&mut c.body, &rw);
    }
    forms.push(Form::Function(f));
    let module = crate::syntax::ast::Module { forms };
    compile_module(&module, source).map(|_| ())
}

/// What the rewrites need to know.
struct Rewrite {
    /// `name/arity` of the shell functions.
    defined: BTreeSet<(String, usize)>,
    /// Whether `v(N)` (N a literal) stands for [`value_variable`]`(N)`.
    values: bool,
}

impl Rewrite {
    fn new<'a>(functions: impl Iterator<Item = &'a Function>, values: bool) -> Rewrite {
        Rewrite {
            defined: functions.map(|f| (f.name.clone(), f.arity)).collect(),
            values,
        }
    }

    fn is_value_call(&self, name: &str, arity: usize) -> bool {
        self.values && name == "v" && arity == 1 && !self.defined.contains(&("v".to_string(), 1))
    }
}

/// The hidden variable that stands for `v(N)` in an input: the shell binds
/// it to the value of input N (N as written: `-1` is relative).
pub fn value_variable(n: i64) -> String {
    format!("$v{n}")
}

/// The literal integer of `v(N)`'s argument, if it is one.
fn literal_int(e: &Expr) -> Option<i64> {
    match &e.kind {
        ExprKind::Integer(i) => i64::try_from(i).ok(),
        ExprKind::Unary(UnaryOp::Neg, inner) => match &inner.kind {
            ExprKind::Integer(i) => i64::try_from(i).ok().and_then(i64::checked_neg),
            _ => None,
        },
        _ => None,
    }
}

/// The `N` of every `v(N)` in the input (erl replaces them by the values
/// before evaluating), or the input text of the first argument that is not
/// a literal integer. `functions` are the shell's (a shell function `v/1`
/// takes precedence).
pub fn value_references(exprs: &Exprs, functions: &[Function]) -> Result<BTreeSet<i64>, String> {
    let rw = Rewrite::new(functions.iter(), true);
    let mut found = BTreeSet::new();
    let mut bad: Option<Span> = None;
    let mut visit = |e: &Expr| {
        if let ExprKind::Call {
            target: CallTarget::Local { name, .. },
            args,
        } = &e.kind
        {
            if let [arg] = args.as_slice() {
                if rw.is_value_call(name, 1) {
                    match literal_int(arg) {
                        Some(n) => {
                            found.insert(n);
                        }
                        None => {
                            bad.get_or_insert(arg.span);
                        }
                    }
                }
            }
        }
    };
    for e in &exprs.body {
        crate::check::visit_all(e, &mut visit);
    }
    match bad {
        Some(span) => Err(exprs.text.get(span.range()).unwrap_or("").to_string()),
        None => Ok(found),
    }
}

/// The rewrites of the module docs, over a body in expression position.
fn rewrite_body(body: &mut [Expr], defined: &Rewrite) {
    for e in body {
        rewrite(e, defined);
    }
}

fn is_operator_call(op: BinaryOp) -> bool {
    !matches!(op, BinaryOp::AndAlso | BinaryOp::OrElse)
}

fn erlang_call(op: &str, args: Vec<Expr>, span: Span) -> ExprKind {
    ExprKind::Call {
        target: CallTarget::Remote {
            module: Box::new(atom("erlang", span)),
            function: Box::new(atom(op, span)),
        },
        args,
    }
}

/// Rewrites an expression (not a pattern or guard).
fn rewrite(e: &mut Expr, defined: &Rewrite) {
    let span = e.span;
    match &mut e.kind {
        ExprKind::Integer(_)
        | ExprKind::Float(_)
        | ExprKind::Char(_)
        | ExprKind::String(_)
        | ExprKind::Atom(_)
        | ExprKind::Var(_)
        | ExprKind::LocalFunRef { .. }
        | ExprKind::RemoteFunRef { .. } => {}
        ExprKind::Tuple(es) | ExprKind::Block(es) => rewrite_body(es, defined),
        ExprKind::List { elements, tail } => {
            rewrite_body(elements, defined);
            if let Some(t) = tail {
                rewrite(t, defined);
            }
        }
        ExprKind::Binary(elements) => {
            for el in elements {
                rewrite(&mut el.value, defined);
            }
        }
        ExprKind::Map(fields) => {
            for f in fields {
                rewrite(&mut f.key, defined);
                rewrite(&mut f.value, defined);
            }
        }
        ExprKind::MapUpdate { map, fields } => {
            rewrite(map, defined);
            for f in fields {
                rewrite(&mut f.key, defined);
                rewrite(&mut f.value, defined);
            }
        }
        ExprKind::Match { value, .. } => rewrite(value, defined),
        ExprKind::BinOp(op, a, b) => {
            rewrite(a, defined);
            rewrite(b, defined);
            if is_operator_call(*op) {
                let a = std::mem::replace(a.as_mut(), atom("ok", span));
                let b = std::mem::replace(b.as_mut(), atom("ok", span));
                e.kind = erlang_call(op.symbol(), vec![a, b], span);
            }
        }
        ExprKind::Unary(op, a) => {
            rewrite(a, defined);
            // A negative number literal stays a literal.
            let literal = matches!(a.kind, ExprKind::Integer(_) | ExprKind::Float(_));
            if !literal {
                let a = std::mem::replace(a.as_mut(), atom("ok", span));
                e.kind = erlang_call(op.symbol(), vec![a], span);
            }
        }
        ExprKind::Call {
            target: CallTarget::Local { name, .. },
            args,
        } if defined.is_value_call(name, args.len()) && literal_int(&args[0]).is_some() => {
            let n = literal_int(&args[0]).unwrap_or(0);
            e.kind = ExprKind::Var(value_variable(n));
        }
        ExprKind::Call { target, args } => {
            rewrite_body(args, defined);
            match target {
                CallTarget::Local {
                    name,
                    span: name_span,
                } => {
                    let known = defined.defined.contains(&(name.clone(), args.len()))
                        || is_auto_imported(name, args.len());
                    if !known {
                        *target = CallTarget::Remote {
                            module: Box::new(atom(UNDEFINED_COMMAND_MODULE, *name_span)),
                            function: Box::new(atom(name, *name_span)),
                        };
                    }
                }
                CallTarget::Remote { module, function } => {
                    rewrite(module, defined);
                    rewrite(function, defined);
                }
                CallTarget::Fun(f) => rewrite(f, defined),
            }
        }
        ExprKind::Case { subject, clauses } => {
            rewrite(subject, defined);
            for c in clauses {
                rewrite_body(&mut c.body, defined);
            }
        }
        ExprKind::If(clauses) => {
            for c in clauses {
                rewrite_body(&mut c.body, defined);
            }
        }
        ExprKind::Receive { clauses, after } => {
            for c in clauses {
                rewrite_body(&mut c.body, defined);
            }
            if let Some(a) = after {
                rewrite(&mut a.timeout, defined);
                rewrite_body(&mut a.body, defined);
            }
        }
        ExprKind::Fun { clauses, .. } => {
            for c in clauses {
                rewrite_body(&mut c.body, defined);
            }
        }
        ExprKind::ListComp {
            element,
            qualifiers,
        }
        | ExprKind::BinComp {
            element,
            qualifiers,
        } => {
            rewrite(element, defined);
            for q in qualifiers {
                match q {
                    Qualifier::Generator { list, .. } => rewrite(list, defined),
                    Qualifier::BinGenerator { binary, .. } => rewrite(binary, defined),
                    // A filter may be a guard test: left as it is.
                    Qualifier::Filter(_) => {}
                }
            }
        }
        ExprKind::Try(t) => {
            rewrite_body(&mut t.body, defined);
            for c in &mut t.of_clauses {
                rewrite_body(&mut c.body, defined);
            }
            for c in &mut t.catch_clauses {
                rewrite_body(&mut c.body, defined);
            }
            rewrite_body(&mut t.after, defined);
        }
        ExprKind::Catch(inner) => rewrite(inner, defined),
    }
}

#[cfg(test)]
mod tests;
