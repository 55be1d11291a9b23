//! The parse driver: takes the forms the lexer split at dot tokens and
//! turns each into an [`ast::Form`] or syntax errors, so that one bad form
//! never hides the errors of the others.
//!
//! Per form: lexical errors win; attributes the compiler does not use are
//! skipped whole by name; preprocessor and record attributes and, inside
//! forms, macros, record syntax, `maybe`, `cond` and `let` are reported as
//! unsupported before parsing; everything else goes through the lalrpop
//! grammar, whose result is then checked (attribute shapes, clause names).

use super::actions::{ParseError, RawForm};
use super::ast::{self, Expr, ExprKind, Form, FunName};
use super::error::{SyntaxError, UnexpectedHint, Unsupported};
use super::grammar::FormParser;
use super::lexer::{FormTokens, Spanned};
use super::token::Token;
use crate::source::Span;
use num_traits::ToPrimitive;

/// Attributes the parser understands; every other ordinary attribute is
/// skipped.
const PARSED_ATTRIBUTES: &[&str] = &["module", "export", "import", "compile"];

/// Attributes of the preprocessor (Level 2).
const PREPROCESSOR: &[&str] = &[
    "define",
    "undef",
    "ifdef",
    "ifndef",
    "else",
    "endif",
    "if",
    "elif",
    "include",
    "include_lib",
];

pub struct Driver<'s> {
    source: &'s str,
    parser: FormParser,
    pub forms: Vec<Form>,
    pub errors: Vec<SyntaxError>,
}

impl<'s> Driver<'s> {
    pub fn new(source: &'s str) -> Driver<'s> {
        Driver {
            source,
            parser: FormParser::new(),
            forms: Vec::new(),
            errors: Vec::new(),
        }
    }

    /// Handles one form.
    pub fn form(&mut self, form: FormTokens) {
        if !form.errors.is_empty() {
            self.errors.extend(form.errors);
            return;
        }
        if form.tokens.is_empty() {
            if let Some(dot) = form.dot {
                self.errors.push(SyntaxError::EmptyForm { span: dot });
            }
            return;
        }
        if self.attribute_by_name(&form) {
            return;
        }
        let mut form = form;
        soft_keywords_as_atoms(&mut form.tokens);
        let unsupported = find_unsupported(&form.tokens);
        if !unsupported.is_empty() {
            self.errors.extend(unsupported);
            return;
        }
        let span = form.span();
        let missing_dot = match form.dot {
            None => form.tokens.last().map(|t| Span::new(t.2, t.2)),
            Some(_) => None,
        };
        match self.parser.parse(form.tokens.iter().cloned()) {
            Ok(raw) => {
                self.raw_form(raw, span);
                if let Some(at) = missing_dot {
                    self.errors.push(SyntaxError::MissingDot { span: at });
                }
            }
            Err(error) => {
                let error = self.parse_error(error, &form);
                let at_eof = matches!(error, SyntaxError::UnexpectedEnd { at_eof: true, .. });
                self.errors.push(error);
                if let (Some(at), false) = (missing_dot, at_eof) {
                    self.errors.push(SyntaxError::MissingDot { span: at });
                }
            }
        }
    }

    /// Skips unused attributes and rejects preprocessor and record ones,
    /// without parsing them. Returns true if the form was handled.
    fn attribute_by_name(&mut self, form: &FormTokens) -> bool {
        let [(start, Token::Minus, _), (ns, name_token, ne), ..] = form.tokens.as_slice() else {
            return false;
        };
        let name = match name_token {
            Token::Atom(name) => name.as_str(),
            Token::If => "if",
            Token::Else => "else",
            _ => return false,
        };
        let name_span = Span::new(*ns, *ne);
        if PREPROCESSOR.contains(&name) {
            self.errors.push(SyntaxError::Unsupported {
                span: name_span,
                what: Unsupported::Preprocessor(name.to_string()),
            });
        } else if name == "record" {
            self.errors.push(SyntaxError::Unsupported {
                span: name_span,
                what: Unsupported::Record,
            });
        } else if !PARSED_ATTRIBUTES.contains(&name) {
            let end = form.span().end as usize;
            self.forms.push(Form::Skipped {
                name: name.to_string(),
                span: Span::new(*start, end),
            });
        } else {
            return false;
        }
        true
    }

    fn raw_form(&mut self, raw: RawForm, span: Span) {
        match raw {
            RawForm::Attribute {
                name,
                args,
                span: attr_span,
                ..
            } => match attribute(&name, args, attr_span, span) {
                Ok(form) => self.forms.push(form),
                Err(e) => self.errors.push(e),
            },
            RawForm::Function(clauses) => {
                let mut clauses = clauses.into_iter();
                let Some(first) = clauses.next() else { return };
                let name = first.name.clone().unwrap_or_default();
                let arity = first.patterns.len();
                let expected = format!("{name}/{arity}");
                let first_span = first.name_span;
                let mut kept = vec![first];
                for clause in clauses {
                    let clause_name = clause.name.clone().unwrap_or_default();
                    if clause_name == name && clause.patterns.len() == arity {
                        kept.push(clause);
                    } else {
                        self.errors.push(SyntaxError::ClauseMismatch {
                            span: clause.name_span,
                            expected: expected.clone(),
                            found: format!("{clause_name}/{}", clause.patterns.len()),
                            first: first_span,
                        });
                    }
                }
                self.forms.push(Form::Function(ast::Function {
                    name,
                    arity,
                    clauses: kept,
                    span,
                }));
            }
        }
    }

    fn parse_error(&self, error: ParseError, form: &FormTokens) -> SyntaxError {
        match error {
            ParseError::User { error } => error,
            ParseError::UnrecognizedToken {
                token: (l, token, r),
                ..
            }
            | ParseError::ExtraToken {
                token: (l, token, r),
            } => self.unexpected(l, &token, r, form),
            ParseError::UnrecognizedEof { .. } => {
                let (span, at_eof) = match form.dot {
                    Some(dot) => (dot, false),
                    None => (Span::new(self.source.len(), self.source.len()), true),
                };
                SyntaxError::UnexpectedEnd {
                    span,
                    at_eof,
                    expected: self.expected_at(&form.tokens, form.tokens.len()),
                    unclosed: unclosed(&form.tokens, usize::MAX),
                }
            }
            // The lexer is external: lalrpop never sees invalid input.
            ParseError::InvalidToken { location } => SyntaxError::UnexpectedChar {
                span: Span::new(location, location + 1),
                ch: self.source[location..].chars().next().unwrap_or('\u{FFFD}'),
            },
        }
    }

    fn unexpected(&self, l: usize, token: &Token, r: usize, form: &FormTokens) -> SyntaxError {
        let text = self.source.get(l..r).unwrap_or("");
        let index = form
            .tokens
            .iter()
            .position(|t| t.0 == l)
            .unwrap_or(form.tokens.len());
        let expected = self.expected_at(&form.tokens, index);
        let hint = if *token == Token::Dot {
            Some(UnexpectedHint::PlainDot)
        } else if is_comparison(token) && !expected.iter().any(|e| e == "==") {
            Some(UnexpectedHint::ChainedComparison)
        } else {
            None
        };
        SyntaxError::Unexpected {
            span: Span::new(l, r),
            found: token.describe(text),
            expected,
            unclosed: unclosed(&form.tokens, l),
            hint,
        }
    }

    /// The terminals the grammar accepts after `tokens[..index]`, found by
    /// parsing that prefix followed by each candidate (lalrpop's own list
    /// misses tokens that are only valid after a default reduction). `.`
    /// stands for the end of the form.
    fn expected_at(&self, tokens: &[Spanned], index: usize) -> Vec<String> {
        let prefix = &tokens[..index.min(tokens.len())];
        let at = prefix.last().map_or(0, |t| t.2);
        let mut expected = Vec::new();
        for (name, candidate) in candidates() {
            let input = prefix
                .iter()
                .cloned()
                .chain(std::iter::once((at, candidate, at)));
            let accepted = match self.parser.parse(input) {
                Err(ParseError::UnrecognizedToken { token, .. }) => {
                    token.0 < at || (token.0 == at && token.2 > at)
                }
                Err(ParseError::ExtraToken { token }) => token.0 != at || token.2 != at,
                _ => true,
            };
            if accepted {
                expected.push(name.to_string());
            }
        }
        if self.parser.parse(prefix.iter().cloned()).is_ok() {
            expected.push(".".to_string());
        }
        expected
    }
}

fn is_comparison(token: &Token) -> bool {
    matches!(
        token,
        Token::EqEq
            | Token::SlashEq
            | Token::EqLt
            | Token::Lt
            | Token::GtEq
            | Token::Gt
            | Token::EqColonEq
            | Token::EqSlashEq
    )
}

/// Every terminal of the grammar with a sample token, in the order
/// diagnostics list them: closers and separators first, then keywords,
/// then what starts an expression, then operators.
fn candidates() -> Vec<(&'static str, Token)> {
    use Token::*;
    vec![
        (")", RParen),
        ("]", RBracket),
        ("}", RBrace),
        (">>", GtGt),
        (",", Comma),
        (";", Semi),
        ("|", Pipe),
        ("||", PipePipe),
        ("->", Arrow),
        ("=>", FatArrow),
        (":=", ColonEq),
        ("<-", LeftArrow),
        ("<=", LeftDoubleArrow),
        ("end", End),
        ("of", Of),
        ("when", When),
        ("after", After),
        ("atom", Atom("a".into())),
        ("variable", Var("X".into())),
        ("integer", Integer(0.into())),
        ("float", Float(0.0)),
        ("char", Char(0)),
        ("string", String(Vec::new())),
        ("(", LParen),
        ("[", LBracket),
        ("{", LBrace),
        ("<<", LtLt),
        ("#", Hash),
        ("fun", Fun),
        ("case", Case),
        ("if", If),
        ("receive", Receive),
        ("try", Try),
        ("begin", Begin),
        ("catch", Catch),
        ("not", Not),
        ("bnot", Bnot),
        (":", Colon),
        ("/", Slash),
        ("=", Eq),
        ("!", Bang),
        ("orelse", OrElse),
        ("andalso", AndAlso),
        ("==", EqEq),
        ("/=", SlashEq),
        ("=<", EqLt),
        ("<", Lt),
        (">=", GtEq),
        (">", Gt),
        ("=:=", EqColonEq),
        ("=/=", EqSlashEq),
        ("++", PlusPlus),
        ("--", MinusMinus),
        ("+", Plus),
        ("-", Minus),
        ("bor", Bor),
        ("bxor", Bxor),
        ("bsl", Bsl),
        ("bsr", Bsr),
        ("or", Or),
        ("xor", Xor),
        ("*", Star),
        ("div", Div),
        ("rem", Rem),
        ("band", Band),
        ("and", And),
    ]
}

/// The innermost bracket or block opened before offset `before` and not
/// closed by then: `(`, `[`, `{`, `<<`, and the keywords closed by `end`.
fn unclosed(tokens: &[Spanned], before: usize) -> Option<(Span, String)> {
    let mut stack: Vec<(Span, &'static str)> = Vec::new();
    for (i, (l, token, r)) in tokens.iter().enumerate() {
        if *l >= before {
            break;
        }
        let span = Span::new(*l, *r);
        let opener = match token {
            Token::LParen => Some("("),
            Token::LBracket => Some("["),
            Token::LBrace => Some("{"),
            Token::LtLt => Some("<<"),
            Token::Begin => Some("begin"),
            Token::Case => Some("case"),
            Token::If => Some("if"),
            Token::Receive => Some("receive"),
            Token::Try => Some("try"),
            // `fun f/1` and `fun m:f/1` have no `end`.
            Token::Fun => match tokens.get(i + 1).map(|t| &t.1) {
                Some(Token::LParen) => Some("fun"),
                Some(Token::Var(_)) => match tokens.get(i + 2).map(|t| &t.1) {
                    Some(Token::LParen) => Some("fun"),
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        };
        if let Some(o) = opener {
            stack.push((span, o));
            continue;
        }
        let closes = match token {
            Token::RParen => Some("("),
            Token::RBracket => Some("["),
            Token::RBrace => Some("{"),
            Token::GtGt => Some("<<"),
            Token::End => Some("end"),
            _ => None,
        };
        if let Some(c) = closes {
            // Pop to the matching opener, if there is one.
            let matches = |o: &str| match c {
                "end" => !matches!(o, "(" | "[" | "{" | "<<"),
                _ => o == c,
            };
            if let Some(pos) = stack.iter().rposition(|(_, o)| matches(o)) {
                stack.truncate(pos);
            }
        }
    }
    stack.pop().map(|(span, what)| (span, what.to_string()))
}

/// In Erlang/OTP 25 `maybe` and `else` are ordinary atoms unless the
/// `maybe_expr` feature is enabled. `else` always becomes an atom here;
/// `maybe` does unless an expression follows it, which makes it the start
/// of a `maybe ... end` block (reported as unsupported).
fn soft_keywords_as_atoms(tokens: &mut [Spanned]) {
    for i in 0..tokens.len() {
        let starts_block = match &tokens[i].1 {
            Token::Else => false,
            Token::Maybe => tokens.get(i + 1).is_some_and(|next| {
                use Token::*;
                matches!(
                    next.1,
                    Atom(_)
                        | Var(_)
                        | Integer(_)
                        | Float(_)
                        | Char(_)
                        | String(_)
                        | LBracket
                        | LBrace
                        | LtLt
                        | Fun
                        | Case
                        | If
                        | Receive
                        | Try
                        | Begin
                        | Catch
                        | Not
                        | Bnot
                        | Maybe
                        | Cond
                        | Let
                        | Question
                )
            }),
            _ => continue,
        };
        if !starts_block {
            let name = if tokens[i].1 == Token::Else {
                "else"
            } else {
                "maybe"
            };
            tokens[i].1 = Token::Atom(name.to_string());
        }
    }
}

/// Macros, record syntax, `maybe`, `cond` and `let` in a form.
fn find_unsupported(tokens: &[Spanned]) -> Vec<SyntaxError> {
    let mut errors = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let (l, token, r) = &tokens[i];
        let next = tokens.get(i + 1);
        let what = match token {
            Token::Question => {
                // `?NAME` or `??NAME`
                let mut j = i + 1;
                while matches!(tokens.get(j), Some((_, Token::Question, _))) {
                    j += 1;
                }
                let (name, end) = match tokens.get(j) {
                    Some((_, Token::Atom(n) | Token::Var(n), e)) => (n.clone(), *e),
                    _ => (String::new(), *r),
                };
                errors.push(SyntaxError::Unsupported {
                    span: Span::new(*l, end),
                    what: Unsupported::Macro(name),
                });
                i = j + 1;
                continue;
            }
            Token::Hash => match next {
                Some((_, Token::Atom(_), e)) => {
                    errors.push(SyntaxError::Unsupported {
                        span: Span::new(*l, *e),
                        what: Unsupported::Record,
                    });
                    i += 2;
                    continue;
                }
                _ => None,
            },
            Token::Maybe | Token::QuestionEq => Some(Unsupported::Maybe),
            Token::Cond => Some(Unsupported::Reserved("cond")),
            Token::Let => Some(Unsupported::Reserved("let")),
            _ => None,
        };
        if let Some(what) = what {
            errors.push(SyntaxError::Unsupported {
                span: Span::new(*l, *r),
                what,
            });
        }
        i += 1;
    }
    errors
}

/// Interprets `-module`, `-export`, `-import` and `-compile`.
fn attribute(
    name: &str,
    args: Vec<Expr>,
    attr_span: Span,
    span: Span,
) -> Result<Form, SyntaxError> {
    let bad = |expected: &'static str| SyntaxError::BadAttribute {
        span: attr_span,
        attribute: name.to_string(),
        expected,
    };
    match (name, args.as_slice()) {
        ("module", [arg]) => match &arg.kind {
            ExprKind::Atom(module) => Ok(Form::Module {
                name: module.clone(),
                span,
            }),
            _ => Err(bad("a module name (an atom), as in `-module(my_module).`")),
        },
        ("module", _) => Err(bad("one module name, as in `-module(my_module).`")),
        ("export", [list]) => match fun_names(list) {
            Some(functions) => Ok(Form::Export { functions, span }),
            None => Err(bad(
                "a list of `name/arity`, as in `-export([main/0, f/2]).`",
            )),
        },
        ("export", _) => Err(bad(
            "a list of `name/arity`, as in `-export([main/0, f/2]).`",
        )),
        ("import", [module, list]) => match (&module.kind, fun_names(list)) {
            (ExprKind::Atom(module), Some(functions)) => Ok(Form::Import {
                module: module.clone(),
                functions,
                span,
            }),
            _ => Err(bad(
                "a module and a list of `name/arity`, as in `-import(lists, [map/2]).`",
            )),
        },
        ("import", _) => Err(bad(
            "a module and a list of `name/arity`, as in `-import(lists, [map/2]).`",
        )),
        ("compile", [options]) => Ok(Form::Compile {
            export_all: has_export_all(options),
            span,
        }),
        _ => Err(bad("one argument, as in `-compile(export_all).`")),
    }
}

fn has_export_all(options: &Expr) -> bool {
    match &options.kind {
        ExprKind::Atom(a) => a == "export_all",
        ExprKind::List { elements, .. } => elements
            .iter()
            .any(|e| matches!(&e.kind, ExprKind::Atom(a) if a == "export_all")),
        _ => false,
    }
}

/// `[f/1, g/2]` as a list of names, or `None` if it is not of that shape.
fn fun_names(list: &Expr) -> Option<Vec<FunName>> {
    let ExprKind::List {
        elements,
        tail: None,
    } = &list.kind
    else {
        return None;
    };
    elements
        .iter()
        .map(|e| match &e.kind {
            ExprKind::BinOp(ast::BinaryOp::Div, name, arity) => match (&name.kind, &arity.kind) {
                (ExprKind::Atom(name), ExprKind::Integer(arity)) => Some(FunName {
                    name: name.clone(),
                    arity: arity.to_usize()?,
                    span: e.span,
                }),
                _ => None,
            },
            _ => None,
        })
        .collect()
}
