//! Syntax errors: every way lexing or parsing can fail, as data, and their
//! conversion into [`Diagnostic`]s. All wording for the syntax stage lives
//! here, including how lalrpop's expected-token lists are shortened into
//! plain words.

use super::token::EscapeProblem;
use crate::diagnostic::Diagnostic;
use crate::source::Span;

/// A construct of Erlang that Joist does not implement (yet).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unsupported {
    /// `-record(...)`, `#rec{...}`, `Expr#rec.field`, ...
    Record,
    /// `?NAME`, `??Arg`
    Macro(String),
    /// `-define`, `-ifdef`, `-include`, ... (the attribute name).
    Preprocessor(String),
    /// `maybe ... end` (and its `?=` operator).
    Maybe,
    /// The reserved words `cond` and `let`.
    Reserved(&'static str),
}

/// Common mistakes behind an unexpected token, worth a hint.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnexpectedHint {
    /// A `.` that does not end a form because no whitespace follows it.
    PlainDot,
    /// `A == B == C`: comparisons do not chain.
    ChainedComparison,
}

#[derive(Clone, Debug, PartialEq)]
pub enum SyntaxError {
    // ---- lexical ----
    UnexpectedChar {
        span: Span,
        ch: char,
    },
    /// A string or quoted atom that never ends; `span` is the opening quote.
    Unterminated {
        span: Span,
        what: &'static str,
        quote: char,
    },
    /// `$` at the end of the file.
    MissingChar {
        span: Span,
    },
    BadEscape {
        span: Span,
        problem: EscapeProblem,
    },
    BadBase {
        span: Span,
        base: String,
    },
    BadDigit {
        span: Span,
        digit: char,
        base: u32,
    },
    MissingExponent {
        span: Span,
    },
    FloatOutOfRange {
        span: Span,
    },

    // ---- grammar ----
    /// A token the grammar cannot accept here. `found` names the token;
    /// `expected` are grammar terminal names; `unclosed` is the innermost
    /// bracket or block still open at this point, if any.
    Unexpected {
        span: Span,
        found: String,
        expected: Vec<String>,
        unclosed: Option<(Span, String)>,
        /// Extra advice for common mistakes.
        hint: Option<UnexpectedHint>,
    },
    /// The form ended (at its dot, or the file ended) in the middle of a
    /// construct.
    UnexpectedEnd {
        span: Span,
        at_eof: bool,
        expected: Vec<String>,
        unclosed: Option<(Span, String)>,
    },
    /// The file ends without a dot after its last form; `span` is the end
    /// of the last token.
    MissingDot {
        span: Span,
    },
    /// A dot with nothing before it.
    EmptyForm {
        span: Span,
    },
    /// A construct outside the supported subset.
    Unsupported {
        span: Span,
        what: Unsupported,
    },
    /// A function clause whose name or arity differs from the first
    /// clause of the same function.
    ClauseMismatch {
        span: Span,
        expected: String,
        found: String,
        first: Span,
    },
    /// A clause of a `fun` whose name (or lack of one) differs from the
    /// first clause's.
    FunClauseMismatch {
        span: Span,
        expected: Option<String>,
        found: Option<String>,
    },
    /// A `-module`, `-export`, `-import` or `-compile` attribute whose
    /// arguments are not of the expected shape.
    BadAttribute {
        span: Span,
        attribute: String,
        expected: &'static str,
    },
    /// An integer that does not fit where it is used (arity, `unit:N`).
    IntegerTooLarge {
        span: Span,
        what: &'static str,
    },
}

impl SyntaxError {
    /// The main span, for ordering.
    pub fn span(&self) -> Span {
        use SyntaxError::*;
        match self {
            UnexpectedChar { span, .. }
            | Unterminated { span, .. }
            | MissingChar { span }
            | BadEscape { span, .. }
            | BadBase { span, .. }
            | BadDigit { span, .. }
            | MissingExponent { span }
            | FloatOutOfRange { span }
            | Unexpected { span, .. }
            | UnexpectedEnd { span, .. }
            | MissingDot { span }
            | EmptyForm { span }
            | Unsupported { span, .. }
            | ClauseMismatch { span, .. }
            | FunClauseMismatch { span, .. }
            | BadAttribute { span, .. }
            | IntegerTooLarge { span, .. } => *span,
        }
    }

    pub fn to_diagnostic(&self) -> Diagnostic {
        use SyntaxError::*;
        match self {
            UnexpectedChar { span, ch } => {
                let shown = if ch.is_control() {
                    format!("U+{:04X}", *ch as u32)
                } else {
                    format!("`{ch}`")
                };
                Diagnostic::error("unexpected character")
                    .with_label(*span, format!("{shown} cannot start a token"))
            }
            Unterminated { span, what, quote } => Diagnostic::error(format!("unterminated {what}"))
                .with_label(*span, format!("this {what} is never closed"))
                .with_hint(format!("add a closing `{quote}`")),
            MissingChar { span } => Diagnostic::error("missing character after `$`")
                .with_label(*span, "the file ends here")
                .with_note("`$` is followed by the character it stands for, as in `$a`."),
            BadEscape { span, problem } => {
                let (label, hint) = match problem {
                    EscapeProblem::Unfinished => (
                        "the escape sequence is cut off",
                        "write a character after the backslash, or `\\\\` for a backslash",
                    ),
                    EscapeProblem::BadHex => (
                        "`\\x` needs two hex digits or `{...}`",
                        "write `\\xFF` or `\\x{1F600}`",
                    ),
                    EscapeProblem::TooLarge => (
                        "this code point is above U+10FFFF",
                        "Unicode code points go up to `\\x{10FFFF}`",
                    ),
                };
                Diagnostic::error("invalid escape sequence")
                    .with_label(*span, label)
                    .with_hint(hint)
            }
            BadBase { span, base } => Diagnostic::error("invalid integer base")
                .with_label(*span, format!("base {base} is not between 2 and 36"))
                .with_note("An integer `Base#Digits` needs a base from 2 to 36, as in `16#ff`."),
            BadDigit { span, digit, base } => Diagnostic::error("invalid digit in integer")
                .with_label(*span, format!("`{digit}` is not a digit in base {base}")),
            MissingExponent { span } => Diagnostic::error("invalid float")
                .with_label(*span, "the exponent has no digits")
                .with_hint("write an exponent like `1.5e3` or `2.0e-4`"),
            FloatOutOfRange { span } => Diagnostic::error("float out of range")
                .with_label(*span, "this float is too large to represent"),
            Unexpected {
                span,
                found,
                expected,
                unclosed,
                hint,
            } => {
                let mut d = Diagnostic::error("syntax error")
                    .with_label(*span, format!("unexpected {found}"));
                let words = match hint {
                    Some(UnexpectedHint::PlainDot) => None,
                    _ => describe_expected(expected),
                };
                if let Some(words) = words {
                    d = d.with_note(format!("Expected {words}."));
                }
                if let Some((open, what)) = unclosed {
                    d = d.with_secondary(*open, unclosed_message(what));
                }
                match hint {
                    Some(UnexpectedHint::PlainDot) => {
                        d = d.with_hint(
                            "a `.` ends a form only when whitespace, `%` or the end of the file follows it",
                        )
                    }
                    Some(UnexpectedHint::ChainedComparison) => {
                        d = d.with_note("Comparison operators do not chain.").with_hint(
                            "combine comparisons with `andalso`, as in `A < B andalso B < C`",
                        )
                    }
                    None => {}
                }
                d
            }
            UnexpectedEnd {
                span,
                at_eof,
                expected,
                unclosed,
            } => {
                let label = if *at_eof {
                    "unexpected end of file"
                } else {
                    "unexpected end of form"
                };
                let mut d = Diagnostic::error("syntax error").with_label(*span, label);
                if let Some(words) = describe_expected(expected) {
                    d = d.with_note(format!("Expected {words}."));
                }
                if let Some((open, what)) = unclosed {
                    d = d.with_secondary(*open, unclosed_message(what));
                }
                d
            }
            MissingDot { span } => Diagnostic::error("missing `.` at end of form")
                .with_label(*span, "expected `.` after this")
                .with_note("Every attribute and function ends with a dot."),
            EmptyForm { span } => Diagnostic::error("syntax error")
                .with_label(*span, "unexpected `.`")
                .with_note("Expected a function or an attribute before the dot."),
            Unsupported { span, what } => unsupported(*span, what),
            ClauseMismatch {
                span,
                expected,
                found,
                first,
            } => Diagnostic::error("clause for a different function")
                .with_label(*span, format!("this clause is for `{found}`"))
                .with_secondary(*first, format!("but this function is `{expected}`"))
                .with_note(
                    "Clauses separated by `;` must have the same name and number of arguments.",
                )
                .with_hint(format!(
                    "end `{expected}` with `.` before starting `{found}`"
                )),
            FunClauseMismatch {
                span,
                expected,
                found,
            } => {
                let label = match (expected, found) {
                    (Some(e), Some(f)) => format!("this clause is named `{f}`, not `{e}`"),
                    (Some(e), None) => format!("this clause needs the name `{e}`"),
                    (None, Some(f)) => format!("this clause is named `{f}` but the first is not"),
                    (None, None) => "this clause differs from the first".to_string(),
                };
                Diagnostic::error("inconsistent fun clause")
                    .with_label(*span, label)
                    .with_note("In a named fun every clause starts with the same variable name; in an anonymous fun none does.")
            }
            BadAttribute {
                span,
                attribute,
                expected,
            } => Diagnostic::error(format!("invalid `-{attribute}` attribute"))
                .with_label(*span, format!("expected {expected}")),
            IntegerTooLarge { span, what } => Diagnostic::error("integer too large")
                .with_label(*span, format!("this is too large for {what}")),
        }
    }
}

fn unclosed_message(what: &str) -> String {
    match what {
        "(" | "[" | "{" | "<<" => format!("this `{what}` is not closed"),
        _ => format!("this `{what}` has no matching `end`"),
    }
}

fn unsupported(span: Span, what: &Unsupported) -> Diagnostic {
    const LEVEL2: &str = "Joist implements Level 1 of Erlang; this is planned for Level 2.";
    match what {
        Unsupported::Record => Diagnostic::error("records are not supported yet")
            .with_label(span, "record syntax")
            .with_note(LEVEL2)
            .with_hint("use a tuple or a map instead"),
        Unsupported::Macro(name) => Diagnostic::error("macros are not supported yet")
            .with_label(span, format!("use of macro `?{name}`"))
            .with_note(LEVEL2)
            .with_hint(if name == "MODULE" {
                "write the module name as an atom instead of `?MODULE`".to_string()
            } else {
                format!("write out what `?{name}` stands for")
            }),
        Unsupported::Preprocessor(name) => {
            Diagnostic::error(format!("the preprocessor (`-{name}`) is not supported yet"))
                .with_label(span, "preprocessor directive")
                .with_note(LEVEL2)
                .with_hint(match name.as_str() {
                    "include" | "include_lib" => "copy the definitions you need into this file",
                    "define" | "undef" => "write constants out, or use a function",
                    _ => "remove the conditional and keep the code you want",
                })
        }
        Unsupported::Maybe => Diagnostic::error("`maybe` expressions are not supported yet")
            .with_label(span, "`maybe` expression")
            .with_note(
                "Erlang/OTP 25 also rejects them unless the `maybe_expr` feature is enabled.",
            )
            .with_hint("use nested `case` expressions instead"),
        Unsupported::Reserved(word) => {
            Diagnostic::error(format!("`{word}` expressions are not supported"))
                .with_label(span, format!("`{word}` is a reserved word"))
                .with_note(format!(
            "`{word}` is reserved in Erlang but has no meaning; it cannot be used as an atom."
        ))
                .with_hint(format!("quote it to use it as an atom: `'{word}'`"))
        }
    }
}

/// Terminals that can start an expression; when all the common ones are
/// expected, they are summarised as "an expression".
const EXPR_START: &[&str] = &[
    "atom", "variable", "integer", "float", "char", "string", "(", "[", "{", "<<", "#", "fun",
    "case", "if", "receive", "try", "begin", "catch", "-", "+", "not", "bnot",
];

/// Binary operators, summarised as "an operator" when many are expected.
const OPERATORS: &[&str] = &[
    "+", "-", "*", "/", "div", "rem", "band", "and", "bor", "bxor", "bsl", "bsr", "or", "xor",
    "++", "--", "==", "/=", "=<", "<", ">=", ">", "=:=", "=/=", "andalso", "orelse", "=", "!",
];

fn readable(terminal: &str) -> String {
    match terminal {
        "atom" => "an atom".into(),
        "variable" => "a variable".into(),
        "integer" => "an integer".into(),
        "float" => "a float".into(),
        "char" => "a character".into(),
        "string" => "a string".into(),
        t => format!("`{t}`"),
    }
}

/// Shortens a list of expected terminals into words: "an expression",
/// "`)` or `,`", "one of `,`, `;`, `.` or an operator". `.` stands for the
/// end of the form. `None` if the list is empty.
pub fn describe_expected(expected: &[String]) -> Option<String> {
    let mut names: Vec<&str> = expected.iter().map(|s| s.trim_matches('"')).collect();
    names.dedup();
    let mut sorted = names.clone();
    sorted.sort_unstable();
    if sorted == ["-", "atom"] {
        return Some("a function definition or an attribute".into());
    }
    let expression = ["atom", "variable", "integer"]
        .iter()
        .all(|t| names.contains(t));
    let operator = names.iter().filter(|n| OPERATORS.contains(n)).count() >= 4;
    if expression {
        names.retain(|n| !EXPR_START.contains(n));
    }
    if operator {
        // `(`, `:` and `#` continue an expression as a call, a remote call
        // or a map update; they read as "an operator" too.
        names.retain(|n| !OPERATORS.contains(n) && !matches!(*n, "#" | ":" | "("));
    }
    let end_of_form = names.contains(&".");
    names.retain(|n| *n != ".");
    let mut items: Vec<String> = names.iter().map(|n| readable(n)).collect();
    if end_of_form {
        items.push("`.`".into());
    }
    if expression {
        items.push("an expression".into());
    }
    if operator {
        items.push("an operator".into());
    }
    const MAX: usize = 6;
    if items.len() > MAX {
        items.truncate(MAX);
        return Some(format!("one of {}, ...", items.join(", ")));
    }
    match items.len() {
        0 => None,
        1 => Some(items.remove(0)),
        2 => Some(format!("{} or {}", items[0], items[1])),
        _ => {
            let last = items.pop().unwrap_or_default();
            Some(format!("one of {} or {last}", items.join(", ")))
        }
    }
}
