//! Every problem the checker reports, and all of its wording.
//!
//! The checking code builds [`CheckError`] values (plain data: names and
//! spans); [`CheckError::into_diagnostic`] is the only place that turns
//! them into text. Voice: a short noun-phrase title, a label saying what is
//! wrong at the span, sentences in notes, and a `hint:` saying how to fix it.
//! (The noun phrases naming misplaced expressions live in `shape.rs`.)

use super::scope::Construct;
use super::shape::Shape;
use crate::diagnostic::Diagnostic;
use crate::source::Span;

/// A function name with its arity, printed as `name/arity`.
pub(crate) type FunId = (String, usize);

pub(crate) fn fa(f: &FunId) -> String {
    format!("{}/{}", f.0, f.1)
}

/// Near misses for an undefined function.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Near {
    /// Other arities under which the same name is callable.
    pub(crate) arities: Vec<usize>,
    /// A callable function with a close name and the same arity.
    pub(crate) suggestion: Option<FunId>,
}

/// Where a variable shadowed an outer one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ShadowIn {
    Fun,
    NamedFun,
    Generator,
}

/// One problem found by the checker.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum CheckError {
    MissingModule {
        at: Span,
    },
    ModuleRedefined {
        span: Span,
        first: Span,
    },
    AttributeAfterFunctions {
        name: String,
        span: Span,
    },
    ExportUndefined {
        fun: FunId,
        span: Span,
        near: Near,
    },
    ExportedTwice {
        fun: FunId,
        span: Span,
        first: Span,
    },
    FunctionDefinedTwice {
        fun: FunId,
        span: Span,
        first: Span,
    },
    ClauseNameMismatch {
        expected: FunId,
        found: String,
        span: Span,
    },
    ClauseArityMismatch {
        expected: FunId,
        found: usize,
        span: Span,
    },
    DefiningImported {
        fun: FunId,
        module: String,
        span: Span,
        import: Span,
    },
    UnusedFunction {
        fun: FunId,
        span: Span,
    },
    UndefinedFunction {
        fun: FunId,
        span: Span,
        near: Near,
        fun_ref: bool,
        imported_from: Option<String>,
    },
    AmbiguousBifCall {
        fun: FunId,
        span: Span,
        old: bool,
    },
    UnboundVariable {
        name: String,
        span: Span,
        suggestion: Option<String>,
    },
    SizeNotYetBound {
        name: String,
        span: Span,
    },
    UnsafeVariable {
        name: String,
        span: Span,
        bound_at: Span,
        construct: Construct,
        construct_span: Span,
    },
    UnusedVariable {
        name: String,
        span: Span,
    },
    ShadowedVariable {
        name: String,
        span: Span,
        outer: Span,
        context: ShadowIn,
    },
    StacktraceBound {
        name: String,
        span: Span,
        bound_at: Span,
    },
    StacktraceInGuard {
        name: String,
        span: Span,
    },
    StacktraceNotVariable {
        span: Span,
    },
    FunClauseArityMismatch {
        expected: usize,
        found: usize,
        span: Span,
    },
    IllegalPattern {
        span: Span,
        shape: Shape,
    },
    MapPatternAssoc {
        span: Span,
    },
    IllegalPrefixPattern {
        span: Span,
    },
    BinGeneratorNotBinary {
        span: Span,
    },
    IllegalGuard {
        span: Span,
        shape: Shape,
    },
    IllegalMapKey {
        span: Span,
        shape: Shape,
    },
    IllegalBinSize {
        span: Span,
        shape: Shape,
    },
    UnknownBinType {
        name: String,
        span: Span,
        suggestion: Option<&'static str>,
    },
    ConflictingBinTypes {
        span: Span,
        first: String,
        second: String,
        first_span: Span,
    },
    UtfSizeOrUnit {
        span: Span,
    },
    UnitWithoutSize {
        span: Span,
    },
    BadUnit {
        span: Span,
    },
    BadFloatSize {
        span: Span,
    },
    UnsizedBinaryNotAtEnd {
        span: Span,
    },
    /// A construct the AST can represent but Joist does not run yet.
    Unsupported {
        span: Span,
        what: &'static str,
    },
}

fn construct_name(c: Construct) -> &'static str {
    match c {
        Construct::Case => "case",
        Construct::If => "if",
        Construct::Receive => "receive",
        Construct::Try => "try",
        Construct::Catch => "catch",
        Construct::AndAlso => "andalso",
        Construct::OrElse => "orelse",
    }
}

/// The span of a construct's leading keyword, or the whole construct for
/// the infix `andalso`/`orelse`.
fn keyword_span(c: Construct, span: Span) -> Span {
    match c {
        Construct::AndAlso | Construct::OrElse => span,
        _ => {
            let len = construct_name(c).len() as u32;
            Span {
                start: span.start,
                end: (span.start + len).min(span.end.max(span.start)),
            }
        }
    }
}

fn near_notes(mut d: Diagnostic, name: &str, near: &Near) -> Diagnostic {
    if !near.arities.is_empty() {
        let list: Vec<String> = near
            .arities
            .iter()
            .map(|a| format!("`{name}/{a}`"))
            .collect();
        let (list, verb) = match list.len() {
            1 => (list[0].clone(), "is"),
            n => (
                format!("{} and {}", list[..n - 1].join(", "), list[n - 1]),
                "are",
            ),
        };
        d = d.with_note(format!(
            "{list} {verb} defined, but with a different number of arguments"
        ));
    }
    if let Some(s) = &near.suggestion {
        d = d.with_hint(format!("did you mean `{}`?", fa(s)));
    }
    d
}

const PATTERN_NOTE: &str = "a pattern can only contain variables, literals, tuples, lists, \
     maps with `:=`, binaries, `=`, `\"prefix\" ++ Tail` and arithmetic on number literals";
const GUARD_NOTE: &str = "a guard can only contain bound variables, literals, operators and \
     calls to guard BIFs such as `is_integer/1`, `element/2` or `length/1`, \
     so that testing it has no side effects";

impl CheckError {
    pub(crate) fn into_diagnostic(self) -> Diagnostic {
        use CheckError::*;
        match self {
            MissingModule { at } => Diagnostic::error("missing `-module` attribute")
                .with_label(at, "no `-module` attribute before this")
                .with_note("every file must start with a `-module(Name).` attribute, before any function")
                .with_hint("add `-module(name).` at the top of the file, where `name` is the file name without `.erl`"),
            ModuleRedefined { span, first } => Diagnostic::error("module defined twice")
                .with_label(span, "a second `-module` attribute")
                .with_secondary(first, "the module is first named here")
                .with_hint("remove one of the `-module` attributes"),
            AttributeAfterFunctions { name, span } => {
                Diagnostic::error("attribute after function definitions")
                    .with_label(span, format!("`-{name}` must come before the first function"))
                    .with_hint(format!("move the `-{name}` attribute above the function definitions"))
            }
            ExportUndefined { fun, span, near } => {
                let d = Diagnostic::error("undefined function")
                    .with_label(span, format!("`{}` is exported but not defined", fa(&fun)));
                near_notes(d, &fun.0, &near)
            }
            ExportedTwice { fun, span, first } => Diagnostic::warning("function exported twice")
                .with_label(span, format!("`{}` is already exported", fa(&fun)))
                .with_secondary(first, "first exported here")
                .with_hint("remove the duplicate entry"),
            FunctionDefinedTwice { fun, span, first } => Diagnostic::error("function defined twice")
                .with_label(span, format!("`{}` is defined again here", fa(&fun)))
                .with_secondary(first, "first defined here")
                .with_note("all clauses of a function must be written together, separated by `;`")
                .with_hint("merge the clauses into one definition, or rename one of the functions"),
            ClauseNameMismatch { expected, found, span } => Diagnostic::error("function head mismatch")
                .with_label(span, format!("expected a clause of `{}`, found `{found}`", fa(&expected)))
                .with_note("clauses separated by `;` belong to the same function")
                .with_hint(format!("end `{}` with `.` before defining `{found}`", fa(&expected))),
            ClauseArityMismatch { expected, found, span } => Diagnostic::error("function head mismatch")
                .with_label(span, format!("this clause has {found} argument{}, but `{}` has {}", plural(found), fa(&expected), expected.1))
                .with_note("all clauses of a function must have the same number of arguments; \
                     functions with different arities are different functions")
                .with_hint(format!("end `{}` with `.` before defining `{}/{found}`", fa(&expected), expected.0)),
            DefiningImported { fun, module, span, import } => Diagnostic::error("function conflicts with an import")
                .with_label(span, format!("`{}` is defined here", fa(&fun)))
                .with_secondary(import, format!("but `{}` is imported from `{module}` here", fa(&fun)))
                .with_hint(format!("rename the local function, or remove `{}` from the import and call `{module}:{}` explicitly", fa(&fun), fun.0)),
            UnusedFunction { fun, span } => Diagnostic::warning("unused function")
                .with_label(span, format!("`{}` is never called", fa(&fun)))
                .with_note("it is not exported and no exported function calls it")
                .with_hint(format!("export it with `-export([{}]).` or remove it", fa(&fun))),
            UndefinedFunction { fun, span, near, fun_ref, imported_from } => {
                let mut d = Diagnostic::error("undefined function")
                    .with_label(span, format!("`{}` is not defined", fa(&fun)));
                if let Some(module) = imported_from {
                    d = d.with_note(format!(
                        "`fun {}` only refers to functions defined in this module; `{}` is imported from `{module}`",
                        fa(&fun), fa(&fun)
                    )).with_hint(format!("write `fun {module}:{}` instead", fa(&fun)));
                    return d;
                }
                if fun_ref && near.arities.is_empty() && near.suggestion.is_none() {
                    d = d.with_note("`fun name/arity` refers to a function of this module or an auto-imported BIF");
                }
                near_notes(d, &fun.0, &near)
            }
            AmbiguousBifCall { fun, span, old } => {
                let d = if old {
                    Diagnostic::error("ambiguous call")
                } else {
                    Diagnostic::warning("ambiguous call")
                };
                let d = d.with_label(span, format!("`{}` is both a local function and an auto-imported BIF", fa(&fun)));
                let d = if old {
                    d.with_note("Erlang does not allow calling a local function that overrides this BIF without a module prefix")
                } else {
                    d.with_note(format!("this calls the local function, not `erlang:{}`", fa(&fun)))
                };
                d.with_hint(format!("call `erlang:{}` explicitly, or rename the local function", fa(&fun)))
            }
            UnboundVariable { name, span, suggestion } => {
                if name == "_" {
                    return Diagnostic::error("unbound variable")
                        .with_label(span, "`_` is not bound")
                        .with_note("`_` matches anything in a pattern but never holds a value, so it cannot be used in an expression");
                }
                let d = Diagnostic::error("unbound variable").with_label(span, format!("`{name}` is not bound"));
                match suggestion {
                    Some(s) => d.with_hint(format!("did you mean `{s}`?")),
                    None => d.with_hint(format!("bind `{name}` before using it, for example with `{name} = ...`")),
                }
            }
            SizeNotYetBound { name, span } => Diagnostic::error("unbound variable")
                .with_label(span, format!("`{name}` is not bound yet"))
                .with_note(format!(
                    "`{name}` is bound by this same pattern, but a segment size can only use variables \
                     bound before the pattern or earlier in the same binary"
                ))
                .with_hint(format!("match `{name}` first, then match the binary in a nested `case` or a second `=`")),
            UnsafeVariable { name, span, bound_at, construct, construct_span } => {
                let c = construct_name(construct);
                let d = Diagnostic::error("unsafe variable")
                    .with_label(span, format!("`{name}` may not be bound here"))
                    .with_secondary(bound_at, format!("`{name}` is bound here"))
                    .with_secondary(keyword_span(construct, construct_span), format!("inside this `{c}`"));
                match construct {
                    Construct::Case | Construct::If | Construct::Receive => d
                        .with_note(format!("`{name}` is bound in only some of the branches of the `{c}`, so after it `{name}` may be unbound"))
                        .with_hint(format!("bind `{name}` in every branch, or use the value of the whole expression: `{name} = {c} ... end`")),
                    Construct::Try => d
                        .with_note(format!("variables bound inside `try` cannot be used after it, because an exception may have skipped the binding of `{name}`"))
                        .with_hint(format!("use the value of the `try` expression instead: `{name} = try ... of ... end`")),
                    Construct::Catch => d
                        .with_note(format!("variables bound inside `catch` cannot be used after it, because an exception may have skipped the binding of `{name}`"))
                        .with_hint("use the value of the `catch` expression instead: `Result = catch ...`"),
                    Construct::AndAlso | Construct::OrElse => d
                        .with_note(format!("the right side of `{c}` is not always evaluated, so `{name}` may be unbound after it"))
                        .with_hint(format!("bind `{name}` before the `{c}` expression")),
                }
            }
            UnusedVariable { name, span } => Diagnostic::warning("unused variable")
                .with_label(span, format!("`{name}` is never used"))
                .with_hint(format!("if this is intentional, prefix it with an underscore: `_{name}`")),
            ShadowedVariable { name, span, outer, context } => {
                let (place, note) = match context {
                    ShadowIn::Fun => ("fun head", "variables in the head of a fun are always new: it does not match the outer value"),
                    ShadowIn::NamedFun => ("fun name", "the name of a named fun is a new variable inside the fun"),
                    ShadowIn::Generator => ("generator pattern", "variables in a generator pattern are always new: it does not match the outer value"),
                };
                Diagnostic::warning("shadowed variable")
                    .with_label(span, format!("this `{name}` in the {place} shadows the outer `{name}`"))
                    .with_secondary(outer, format!("`{name}` is first bound here"))
                    .with_note(note)
                    .with_hint(format!("rename it; to compare with the outer value, use a new name and a guard: `when New =:= {name}`"))
            }
            StacktraceBound { name, span, bound_at } => Diagnostic::error("stacktrace variable already bound")
                .with_label(span, format!("`{name}` is already bound"))
                .with_secondary(bound_at, format!("`{name}` is bound here"))
                .with_note("the stacktrace variable of a `catch` clause must be a new variable")
                .with_hint("use a new variable name for the stacktrace"),
            StacktraceInGuard { name, span } => Diagnostic::error("stacktrace variable in a guard")
                .with_label(span, format!("`{name}` cannot be used in the guard"))
                .with_note("the stacktrace of a `catch` clause is only available in the clause body")
                .with_hint("test the stacktrace in the body, for example with a `case`"),
            StacktraceNotVariable { span } => Diagnostic::error("illegal pattern")
                .with_label(span, "the stacktrace of a `catch` clause must be a variable")
                .with_hint("write `Class:Reason:Stacktrace` with a new variable name"),
            FunClauseArityMismatch { expected, found, span } => Diagnostic::error("fun head mismatch")
                .with_label(span, format!("this clause has {found} argument{}, but the first clause has {expected}", plural(found)))
                .with_note("all clauses of a fun must have the same number of arguments")
                .with_hint("split it into funs with one arity each"),
            IllegalPattern { span, shape } => {
                let d = Diagnostic::error("illegal pattern")
                    .with_label(span, format!("{} is not allowed in a pattern", shape.describe()))
                    .with_note(PATTERN_NOTE);
                match shape {
                    Shape::Call(_) | Shape::Case | Shape::If | Shape::Receive | Shape::Block | Shape::Try | Shape::Catch => {
                        d.with_hint("match a variable and compare it in a guard: `X when X =:= ...`")
                    }
                    Shape::Match => d,
                    Shape::Operator(_) | Shape::DivisionByZero => d.with_hint("only arithmetic on number literals is allowed in a pattern"),
                    _ => d.with_hint("match a variable and test it in a guard or in the clause body"),
                }
            }
            MapPatternAssoc { span } => Diagnostic::error("illegal map pattern")
                .with_label(span, "only `:=` is allowed in map patterns")
                .with_note("`=>` builds or updates a map; a pattern matches keys that must already exist")
                .with_hint("write `Key := Value` in the pattern"),
            IllegalPrefixPattern { span } => Diagnostic::error("illegal pattern")
                .with_label(span, "the left side of `++` in a pattern must be a string literal")
                .with_note("a pattern `\"prefix\" ++ Tail` matches a list that starts with a known string")
                .with_hint("match the list with `[H | T]` instead"),
            BinGeneratorNotBinary { span } => Diagnostic::error("illegal pattern")
                .with_label(span, "the pattern of a binary generator must be a binary")
                .with_hint("write it as `<<X:8>> <= Binary`, or use `<-` to take elements of a list"),
            IllegalGuard { span, shape } => {
                let d = Diagnostic::error("illegal guard expression");
                match shape {
                    Shape::Call(Some(f)) => d
                        .with_label(span, format!("`{}` cannot be called in a guard", fa(&f)))
                        .with_note(GUARD_NOTE)
                        .with_hint(format!("call `{}` before the test and bind its result to a variable, or test the result with `case`", fa(&f))),
                    Shape::Match => d
                        .with_label(span, format!("{} is not allowed in a guard", shape.describe()))
                        .with_note(GUARD_NOTE)
                        .with_hint("use `=:=` to compare values in a guard"),
                    Shape::Send => d
                        .with_label(span, format!("{} is not allowed in a guard", shape.describe()))
                        .with_note(GUARD_NOTE)
                        .with_hint("send the message in the clause body"),
                    _ => d
                        .with_label(span, format!("{} is not allowed in a guard", shape.describe()))
                        .with_note(GUARD_NOTE)
                        .with_hint("compute the value before the test and bind it to a variable"),
                }
            }
            IllegalMapKey { span, shape } => Diagnostic::error("illegal pattern")
                .with_label(span, format!("{} is not allowed as a map key in a pattern", shape.describe()))
                .with_note("a key in a map pattern must be a literal, a bound variable, or a guard expression")
                .with_hint("compute the key before the match and bind it to a variable"),
            IllegalBinSize { span, shape } => Diagnostic::error("illegal pattern")
                .with_label(span, format!("{} is not allowed as a segment size", shape.describe()))
                .with_note("the size of a segment in a binary pattern must be an integer, a bound variable, or a guard expression of them")
                .with_hint("compute the size before the match and bind it to a variable"),
            UnknownBinType { name, span, suggestion } => {
                let d = Diagnostic::error("unknown binary type specifier")
                    .with_label(span, format!("`{name}` is not a binary type specifier"))
                    .with_note("the specifiers are the types `integer`, `float`, `binary`, `bytes`, `bitstring`, \
                         `bits`, `utf8`, `utf16`, `utf32`, the signedness `signed`/`unsigned`, the endianness \
                         `big`/`little`/`native` and `unit:N`");
                match suggestion {
                    Some(s) => d.with_hint(format!("did you mean `{s}`?")),
                    None => d,
                }
            }
            ConflictingBinTypes { span, first, second, first_span } => Diagnostic::error("conflicting binary type specifiers")
                .with_label(span, format!("`{second}` conflicts with `{first}`"))
                .with_secondary(first_span, format!("`{first}` is given here"))
                .with_hint("give at most one type, one signedness and one endianness per segment"),
            UtfSizeOrUnit { span } => Diagnostic::error("size on a utf segment")
                .with_label(span, "a `utf8`/`utf16`/`utf32` segment cannot have a size or unit")
                .with_note("the size of a utf segment is given by the character it encodes")
                .with_hint("remove the size and unit"),
            UnitWithoutSize { span } => Diagnostic::error("unit without size")
                .with_label(span, "`unit` is given but the segment has no size")
                .with_note("the size of a segment is its size times its unit")
                .with_hint("add a size, as in `X:4/unit:8`, or remove the unit"),
            BadUnit { span } => Diagnostic::error("invalid unit")
                .with_label(span, "the unit must be an integer from 1 to 256")
                .with_hint("write it as `unit:N`, for example `unit:8`"),
            BadFloatSize { span } => Diagnostic::warning("bad float size")
                .with_label(span, "a float segment must be 16, 32 or 64 bits")
                .with_note("building this binary always fails with `badarg`, and matching it never succeeds")
                .with_hint("use a size of 64 (the default), 32 or 16"),
            UnsizedBinaryNotAtEnd { span } => Diagnostic::error("binary segment without size")
                .with_label(span, "a `binary` segment without a size is only allowed at the end of a binary pattern")
                .with_note("it matches all the remaining bytes, so nothing could be left for the segments after it")
                .with_hint("give it a size, as in `Data:Len/binary`, or move it to the end"),
            Unsupported { span, what } => Diagnostic::error(format!("{what} are not supported yet"))
                .with_label(span, format!("{what} are not supported by Joist yet")),
        }
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}
