//! The lexer adapter: runs the logos [`Token`] lexer over a whole file,
//! decides which dots end a form, turns lexical errors into
//! [`SyntaxError`]s, and groups the tokens into forms for the parser
//! (lalrpop's `(start, token, end)` triples).

use super::error::SyntaxError;
use super::token::{LexError, Token};
use crate::source::Span;
use logos::Logos;

/// A token with its byte range, as lalrpop consumes it.
pub type Spanned = (usize, Token, usize);

/// The tokens of one form (without its final dot) and what was wrong
/// lexically inside it.
#[derive(Debug, Default)]
pub struct FormTokens {
    pub tokens: Vec<Spanned>,
    /// The span of the dot token that ends the form; `None` when the file
    /// ends without one.
    pub dot: Option<Span>,
    pub errors: Vec<SyntaxError>,
}

impl FormTokens {
    /// From the first token (or error) to the dot, inclusive.
    pub fn span(&self) -> Span {
        let first = self.tokens.first().map(|t| t.0);
        let last = self
            .dot
            .map(|d| d.end as usize)
            .or(self.tokens.last().map(|t| t.2));
        match (first, last) {
            (Some(a), Some(b)) => Span::new(a, b),
            _ => self.dot.unwrap_or_default(),
        }
    }
}

/// Whether a `.` at `end` (the offset just past it) ends a form: it must be
/// followed by whitespace, `%` or the end of the file.
fn is_end_dot(source: &str, end: usize) -> bool {
    match source[end..].chars().next() {
        None => true,
        Some(c) => c == '%' || (c as u32) <= 0x20 || (0x80..=0xA0).contains(&(c as u32)),
    }
}

/// Lexes `source` and splits it into forms at dot tokens. Every lexical
/// error is recorded in the form it occurs in; a trailing form without a
/// dot is kept (with `dot: None`) if it has any tokens or errors.
pub fn lex_forms(source: &str) -> Vec<FormTokens> {
    let mut forms = Vec::new();
    let mut current = FormTokens::default();
    let mut lexer = Token::lexer(source);
    while let Some(result) = lexer.next() {
        let span = lexer.span();
        match result {
            Ok(Token::Dot) if is_end_dot(source, span.end) => {
                current.dot = Some(Span::new(span.start, span.end));
                forms.push(std::mem::take(&mut current));
            }
            Ok(token) => current.tokens.push((span.start, token, span.end)),
            Err(error) => current
                .errors
                .push(lex_error(source, error, span.start, span.end)),
        }
    }
    if !current.tokens.is_empty() || !current.errors.is_empty() {
        forms.push(current);
    }
    forms
}

/// All tokens of a file in order, dots included (for tests and tools).
pub fn tokens(source: &str) -> Vec<Result<Spanned, SyntaxError>> {
    let mut out = Vec::new();
    let mut lexer = Token::lexer(source);
    while let Some(result) = lexer.next() {
        let span = lexer.span();
        out.push(match result {
            Ok(Token::Dot) if is_end_dot(source, span.end) => {
                Ok((span.start, Token::EndDot, span.end))
            }
            Ok(token) => Ok((span.start, token, span.end)),
            Err(error) => Err(lex_error(source, error, span.start, span.end)),
        });
    }
    out
}

fn lex_error(source: &str, error: LexError, start: usize, end: usize) -> SyntaxError {
    let whole = Span::new(start, end);
    match error {
        LexError::UnexpectedChar => {
            let ch = source[start..].chars().next().unwrap_or('\u{FFFD}');
            SyntaxError::UnexpectedChar {
                span: Span::new(start, start + ch.len_utf8()),
                ch,
            }
        }
        LexError::UnterminatedString => SyntaxError::Unterminated {
            span: Span::new(start, start + 1),
            what: "string",
            quote: '"',
        },
        LexError::UnterminatedAtom => SyntaxError::Unterminated {
            span: Span::new(start, start + 1),
            what: "quoted atom",
            quote: '\'',
        },
        LexError::MissingChar => SyntaxError::MissingChar { span: whole },
        LexError::BadEscape {
            start: s,
            end: e,
            problem,
        } => SyntaxError::BadEscape {
            span: Span::new(s, e.min(source.len())),
            problem,
        },
        LexError::BadBase { base } => SyntaxError::BadBase { span: whole, base },
        LexError::BadDigit {
            start: s,
            end: e,
            digit,
            base,
        } => SyntaxError::BadDigit {
            span: Span::new(s, e),
            digit,
            base,
        },
        LexError::MissingExponent => SyntaxError::MissingExponent { span: whole },
        LexError::FloatOutOfRange => SyntaxError::FloatOutOfRange { span: whole },
    }
}
