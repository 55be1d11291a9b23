//! The token set of Level 1 Erlang, declared once as a logos enum.
//!
//! Simple tokens (keywords, punctuation, names) are plain logos patterns.
//! Numbers, characters, strings and quoted atoms are scanned by hand in
//! callbacks, because Erlang's rules for them (digit separators, `Base#`
//! prefixes, `1.` being an integer followed by a dot, escapes) are easier to
//! get exactly right in code than in one regular expression. A callback that
//! finds a problem returns a [`LexError`]; the lexer adapter
//! ([`super::lexer`]) turns those into diagnostics.
//!
//! `Dot` is every `.`; the adapter turns a `.` followed by whitespace, `%` or
//! the end of the file into [`Token::EndDot`], the token that ends a form.

use logos::{Lexer, Logos};
use num_bigint::BigInt;

/// What went wrong while scanning one token. Offsets are absolute byte
/// offsets into the source; `start..end` is where to point.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum LexError {
    /// A character that starts no token (logos' own error).
    #[default]
    UnexpectedChar,
    /// A string without its closing `"`.
    UnterminatedString,
    /// A quoted atom without its closing `'`.
    UnterminatedAtom,
    /// `$` at the very end of the file.
    MissingChar,
    /// A malformed escape sequence inside a string, atom or character.
    BadEscape {
        start: usize,
        end: usize,
        problem: EscapeProblem,
    },
    /// `Base#Digits` with a base outside 2..=36.
    BadBase { base: String },
    /// A digit that is not valid in the integer's base (`2#102`).
    BadDigit {
        start: usize,
        end: usize,
        digit: char,
        base: u32,
    },
    /// `1.5e` without exponent digits.
    MissingExponent,
    /// A float literal too large to represent.
    FloatOutOfRange,
}

/// Why an escape sequence was rejected.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EscapeProblem {
    /// `\` at the end of the file.
    Unfinished,
    /// `\x` not followed by two hex digits or `{hex}`.
    BadHex,
    /// `\x{...}` above U+10FFFF.
    TooLarge,
}

#[derive(Logos, Clone, Debug, PartialEq)]
#[logos(error = LexError)]
#[logos(skip r"[\x00-\x20\u{80}-\u{A0}]+")]
#[logos(skip r"%[^\n]*")]
pub enum Token {
    // ---- literals ----
    /// Scans a number in a callback and produces `Integer` or `Float`;
    /// never itself returned.
    #[regex("[0-9]", lex_number)]
    NumberStart,
    Integer(BigInt),
    Float(f64),
    #[token("$", lex_char)]
    Char(u32),
    #[token("\"", lex_string)]
    String(Vec<u32>),
    #[regex(r"[a-zß-öø-ÿ][A-Za-z0-9_@À-ÖØ-öø-ÿ]*", |lex| lex.slice().to_string())]
    #[token("'", lex_quoted_atom)]
    Atom(String),
    #[regex(r"[A-Z_À-ÖØ-Þ][A-Za-z0-9_@À-ÖØ-öø-ÿ]*", |lex| lex.slice().to_string())]
    Var(String),

    // ---- reserved words ----
    #[token("after")]
    After,
    #[token("and")]
    And,
    #[token("andalso")]
    AndAlso,
    #[token("band")]
    Band,
    #[token("begin")]
    Begin,
    #[token("bnot")]
    Bnot,
    #[token("bor")]
    Bor,
    #[token("bsl")]
    Bsl,
    #[token("bsr")]
    Bsr,
    #[token("bxor")]
    Bxor,
    #[token("case")]
    Case,
    #[token("catch")]
    Catch,
    #[token("cond")]
    Cond,
    #[token("div")]
    Div,
    #[token("else")]
    Else,
    #[token("end")]
    End,
    #[token("fun")]
    Fun,
    #[token("if")]
    If,
    #[token("let")]
    Let,
    #[token("maybe")]
    Maybe,
    #[token("not")]
    Not,
    #[token("of")]
    Of,
    #[token("or")]
    Or,
    #[token("orelse")]
    OrElse,
    #[token("receive")]
    Receive,
    #[token("rem")]
    Rem,
    #[token("try")]
    Try,
    #[token("when")]
    When,
    #[token("xor")]
    Xor,

    // ---- punctuation ----
    #[token("(")]
    LParen,
    #[token(")")]
    RParen,
    #[token("[")]
    LBracket,
    #[token("]")]
    RBracket,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token(",")]
    Comma,
    #[token(";")]
    Semi,
    #[token(":")]
    Colon,
    #[token("::")]
    ColonColon,
    #[token("|")]
    Pipe,
    #[token("||")]
    PipePipe,
    #[token("->")]
    Arrow,
    #[token("=>")]
    FatArrow,
    #[token(":=")]
    ColonEq,
    #[token("<-")]
    LeftArrow,
    #[token("<=")]
    LeftDoubleArrow,
    #[token("<<")]
    LtLt,
    #[token(">>")]
    GtGt,
    #[token("#")]
    Hash,
    /// A `.` that does not end a form (record field access, or an error).
    #[token(".")]
    Dot,
    /// A `.` followed by whitespace, `%` or end of file: ends a form.
    /// Produced by the lexer adapter, not by logos.
    EndDot,
    #[token("..")]
    DotDot,
    #[token("...")]
    Ellipsis,
    #[token("!")]
    Bang,
    #[token("=")]
    Eq,
    #[token("==")]
    EqEq,
    #[token("/=")]
    SlashEq,
    #[token("=:=")]
    EqColonEq,
    #[token("=/=")]
    EqSlashEq,
    #[token("<")]
    Lt,
    #[token(">")]
    Gt,
    #[token("=<")]
    EqLt,
    #[token(">=")]
    GtEq,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("/")]
    Slash,
    #[token("++")]
    PlusPlus,
    #[token("--")]
    MinusMinus,
    #[token("?")]
    Question,
    #[token("?=")]
    QuestionEq,
}

impl Token {
    /// How a diagnostic names this token; `text` is its source text.
    pub fn describe(&self, text: &str) -> String {
        match self {
            Token::Atom(_) => format!("atom `{}`", shorten(text)),
            Token::Var(_) => format!("variable `{}`", shorten(text)),
            Token::Integer(_) | Token::NumberStart => format!("integer `{}`", shorten(text)),
            Token::Float(_) => format!("float `{}`", shorten(text)),
            Token::Char(_) => format!("character `{}`", shorten(text)),
            Token::String(_) => format!("string `{}`", shorten(text)),
            Token::EndDot => "end of form".to_string(),
            _ => format!("`{text}`"),
        }
    }
}

/// Cuts long token text (strings) for display.
fn shorten(text: &str) -> String {
    const MAX: usize = 24;
    if text.chars().count() <= MAX {
        text.to_string()
    } else {
        let head: String = text.chars().take(MAX).collect();
        format!("{head}...")
    }
}

/// True if `b` is a digit in `base` (2..=36).
fn is_digit_in(b: u8, base: u32) -> bool {
    (b as char).is_digit(base)
}

/// Scans digits of `base` from `i`, allowing `_` between two digits.
/// Returns the end offset.
fn scan_digits(bytes: &[u8], mut i: usize, base: u32) -> usize {
    let start = i;
    while i < bytes.len() {
        let b = bytes[i];
        // `_` separates two digits; it may not start or end the number.
        let separator =
            b == b'_' && i > start && i + 1 < bytes.len() && is_digit_in(bytes[i + 1], base);
        if !(is_digit_in(b, base) || separator) {
            break;
        }
        i += 1;
    }
    i
}

fn without_underscores(s: &str) -> String {
    s.chars().filter(|&c| c != '_').collect()
}

/// Numbers: `123`, `1_000`, `16#ff`, `2#1010`, `1.5`, `2.5e-3`.
/// The regex matched the first digit; everything else is scanned here.
fn lex_number(lex: &mut Lexer<Token>) -> Result<Token, LexError> {
    let src = lex.source();
    let bytes = src.as_bytes();
    let start = lex.span().start;
    let mut i = scan_digits(bytes, start, 10);
    let here = lex.span().end;

    // `Base#Digits`
    if bytes.get(i) == Some(&b'#')
        && bytes
            .get(i + 1)
            .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_')
    {
        let base_text = without_underscores(&src[start..i]);
        let digits_start = i + 1;
        let base = base_text
            .parse::<u32>()
            .ok()
            .filter(|b| (2..=36).contains(b));
        let Some(base) = base else {
            let end = alnum_run(bytes, digits_start);
            lex.bump(end - here);
            return Err(LexError::BadBase { base: base_text });
        };
        let end = scan_digits(bytes, digits_start, base);
        if let Some(&b) = bytes.get(end) {
            if b.is_ascii_alphanumeric() || (b == b'_' && end == digits_start) {
                let stop = alnum_run(bytes, end);
                lex.bump(stop - here);
                return Err(LexError::BadDigit {
                    start: end,
                    end: end + 1,
                    digit: b as char,
                    base,
                });
            }
        }
        lex.bump(end - here);
        let digits = without_underscores(&src[digits_start..end]);
        let value = BigInt::parse_bytes(digits.as_bytes(), base).unwrap_or_default();
        return Ok(Token::Integer(value));
    }

    // A float needs a digit right after the `.`: `1.` is an integer and a dot.
    if bytes.get(i) == Some(&b'.') && bytes.get(i + 1).is_some_and(u8::is_ascii_digit) {
        i = scan_digits(bytes, i + 1, 10);
        if matches!(bytes.get(i), Some(b'e' | b'E')) {
            let mut j = i + 1;
            if matches!(bytes.get(j), Some(b'+' | b'-')) {
                j += 1;
            }
            if !bytes.get(j).is_some_and(u8::is_ascii_digit) {
                lex.bump(j - here);
                return Err(LexError::MissingExponent);
            }
            i = scan_digits(bytes, j, 10);
        }
        lex.bump(i - here);
        let text = without_underscores(&src[start..i]);
        return match text.parse::<f64>() {
            Ok(f) if f.is_finite() => Ok(Token::Float(f)),
            _ => Err(LexError::FloatOutOfRange),
        };
    }

    lex.bump(i - here);
    let digits = without_underscores(&src[start..i]);
    Ok(Token::Integer(
        BigInt::parse_bytes(digits.as_bytes(), 10).unwrap_or_default(),
    ))
}

fn alnum_run(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_') {
        i += 1;
    }
    i
}

/// Reads one escape sequence; `rest` starts just after the backslash and
/// `offset` is its absolute position. Returns the code point and the number
/// of bytes consumed after the backslash.
pub(crate) fn read_escape(rest: &str, offset: usize) -> Result<(u32, usize), LexError> {
    let bad = |len: usize, problem| LexError::BadEscape {
        start: offset - 1,
        end: offset + len,
        problem,
    };
    let mut chars = rest.chars();
    let Some(c) = chars.next() else {
        return Err(bad(0, EscapeProblem::Unfinished));
    };
    let simple = |v: u32| Ok((v, 1));
    match c {
        'b' => simple(8),
        'd' => simple(127),
        'e' => simple(27),
        'f' => simple(12),
        'n' => simple(10),
        'r' => simple(13),
        's' => simple(32),
        't' => simple(9),
        'v' => simple(11),
        '0'..='7' => {
            let bytes = rest.as_bytes();
            let mut len = 1;
            while len < 3 && len < bytes.len() && (b'0'..=b'7').contains(&bytes[len]) {
                len += 1;
            }
            let value = u32::from_str_radix(&rest[..len], 8).unwrap_or(0);
            Ok((value, len))
        }
        'x' => {
            let bytes = rest.as_bytes();
            if bytes.get(1) == Some(&b'{') {
                let digits_end = 2 + bytes[2..]
                    .iter()
                    .take_while(|b| b.is_ascii_hexdigit())
                    .count();
                if digits_end == 2 || bytes.get(digits_end) != Some(&b'}') {
                    return Err(bad(digits_end.min(rest.len()), EscapeProblem::BadHex));
                }
                let value = u32::from_str_radix(&rest[2..digits_end], 16).unwrap_or(u32::MAX);
                if value > 0x10FFFF {
                    return Err(bad(digits_end + 1, EscapeProblem::TooLarge));
                }
                Ok((value, digits_end + 1))
            } else if bytes.len() >= 3
                && bytes[1].is_ascii_hexdigit()
                && bytes[2].is_ascii_hexdigit()
            {
                Ok((u32::from_str_radix(&rest[1..3], 16).unwrap_or(0), 3))
            } else {
                let len = 1 + bytes[1..]
                    .iter()
                    .take(2)
                    .take_while(|b| b.is_ascii_hexdigit())
                    .count();
                Err(bad(len, EscapeProblem::BadHex))
            }
        }
        '^' => match chars.next() {
            Some(ctrl) => Ok((ctrl as u32 & 31, 1 + ctrl.len_utf8())),
            None => Err(bad(1, EscapeProblem::Unfinished)),
        },
        other => Ok((other as u32, other.len_utf8())),
    }
}

/// `$a`, `$\n`, `$ `: the regex matched `$`.
fn lex_char(lex: &mut Lexer<Token>) -> Result<u32, LexError> {
    let rest = lex.remainder();
    let offset = lex.span().end;
    match rest.chars().next() {
        None => Err(LexError::MissingChar),
        Some('\\') => match read_escape(&rest[1..], offset + 1) {
            Ok((value, len)) => {
                lex.bump(1 + len);
                Ok(value)
            }
            Err(e) => {
                lex.bump(
                    rest.len()
                        .min(1 + rest[1..].chars().next().map_or(0, char::len_utf8)),
                );
                Err(e)
            }
        },
        Some(c) => {
            lex.bump(c.len_utf8());
            Ok(c as u32)
        }
    }
}

/// Scans quoted text up to `quote`, processing escapes. Consumes the closing
/// quote. On a bad escape, keeps scanning to the closing quote so that the
/// rest of the file lexes normally, then reports the first problem.
fn scan_quoted(lex: &mut Lexer<Token>, quote: char) -> Result<Vec<u32>, Option<LexError>> {
    let rest = lex.remainder();
    let base = lex.span().end;
    let mut out = Vec::new();
    let mut first_error = None;
    let mut i = 0;
    while let Some(c) = rest[i..].chars().next() {
        if c == quote {
            lex.bump(i + 1);
            return match first_error {
                None => Ok(out),
                Some(e) => Err(Some(e)),
            };
        }
        if c == '\\' {
            match read_escape(&rest[i + 1..], base + i + 1) {
                Ok((value, len)) => {
                    out.push(value);
                    i += 1 + len;
                }
                Err(e) => {
                    first_error.get_or_insert(e);
                    i += 1;
                    // Skip the character after the backslash (it may be the
                    // quote, which must not end the text here).
                    if let Some(next) = rest[i..].chars().next() {
                        i += next.len_utf8();
                    }
                }
            }
        } else {
            out.push(c as u32);
            i += c.len_utf8();
        }
    }
    lex.bump(rest.len());
    Err(None)
}

fn lex_string(lex: &mut Lexer<Token>) -> Result<Vec<u32>, LexError> {
    scan_quoted(lex, '"').map_err(|e| e.unwrap_or(LexError::UnterminatedString))
}

fn lex_quoted_atom(lex: &mut Lexer<Token>) -> Result<String, LexError> {
    let codes = scan_quoted(lex, '\'').map_err(|e| e.unwrap_or(LexError::UnterminatedAtom))?;
    Ok(codes
        .into_iter()
        .map(|c| char::from_u32(c).unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect())
}
