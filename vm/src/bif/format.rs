//! The `io:format` / `io_lib:format` engine: a port of OTP 25's
//! `io_lib_format` (control sequences `~p ~P ~w ~W ~s ~n ~b ~B ~c ~e ~f ~g
//! ~x ~X ~# ~+ ~i ~~` with field width, precision, pad character, `-`, `*`
//! and the `t`/`l` modifiers). Any error (bad argument type, too few or too
//! many arguments, unknown directive) is `FormatError::BadArg`, which
//! io:format raises as `badarg`; nothing is printed in that case.
//!
//! The result is a string of characters (code points). How to write it to
//! standard output, as measured on `erl -noshell` (OTP 25, any locale:
//! `io:getopts(standard_io)` reports `{encoding, latin1}`):
//! - a character 0..=255 is written as the single byte of that value
//!   (`io:format("~s", [[233]])` writes byte 0xE9, not UTF-8);
//! - a character above 255 (only possible through `~ts`, `~tc`, `~tp`,
//!   `~tw` or the format string itself) is written as the ASCII text
//!   `\x{HEX}` with uppercase hex digits (`io:format("~ts", [[20320]])`
//!   writes `\x{4F60}`).
//!
//! `~s` without `t` rejects characters above 255 (badarg), as OTP does.

use crate::term::display::{self, PrintOptions};
use crate::term::float_fmt;
use crate::term::Term;
use num_bigint::BigInt;

/// Why a format failed; io:format turns it into a `badarg` error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormatError {
    BadArg,
}

use FormatError::BadArg;

type R<T> = Result<T, FormatError>;

/// Widths beyond this are refused rather than allocating without bound.
const MAX_FIELD: i64 = 1 << 24;

/// One element of the format string: a character (scanned for `~`
/// sequences) or a nested character list copied literally, as OTP does.
enum Piece {
    Char(u32),
    Literal(Vec<u32>),
}

/// Formats `args` (a proper list) by `fmt` (a character list, binary or atom).
pub fn format(fmt: Term, args: Term) -> R<String> {
    let pieces = format_pieces(fmt)?;
    let args = proper_list(args).ok_or(BadArg)?;
    let mut f = Formatter {
        args: &args,
        next: 0,
        out: String::new(),
    };
    let mut i = 0;
    while i < pieces.len() {
        match &pieces[i] {
            Piece::Char(0x7e) => i = f.control(&pieces, i + 1)?,
            Piece::Char(c) => {
                f.out.push(to_char(*c)?);
                i += 1;
            }
            Piece::Literal(cs) => {
                for c in cs {
                    f.out.push(to_char(*c)?);
                }
                i += 1;
            }
        }
    }
    if f.next != args.len() {
        return Err(BadArg);
    }
    Ok(f.out)
}

fn to_char(c: u32) -> R<char> {
    char::from_u32(c).ok_or(BadArg)
}

fn proper_list(t: Term) -> Option<Vec<Term>> {
    let mut v = Vec::new();
    let mut l = t;
    while let Some((h, tl)) = l.as_cons() {
        v.push(h);
        l = tl;
    }
    l.is_nil().then_some(v)
}

fn format_pieces(fmt: Term) -> R<Vec<Piece>> {
    if let Some(a) = fmt.as_atom() {
        return Ok(a.name().chars().map(|c| Piece::Char(c as u32)).collect());
    }
    if fmt.is_bitstring() {
        let bits = fmt.as_bits().filter(|b| b.bit_len % 8 == 0).ok_or(BadArg)?;
        return Ok(bits
            .to_bytes()
            .iter()
            .map(|&b| Piece::Char(b as u32))
            .collect());
    }
    let items = proper_list(fmt).ok_or(BadArg)?;
    items
        .into_iter()
        .map(|t| match t.as_small() {
            Some(c) if c >= 0 => Ok(Piece::Char(c as u32)),
            _ if t.is_list() => Ok(Piece::Literal(cdata_chars(t, true)?)),
            _ => Err(BadArg),
        })
        .collect()
}

/// The characters of chardata: `~s` (`unicode == false`, OTP's
/// `iolist_to_chars`: characters 0..=255, binaries as bytes) or `~ts`
/// (`cdata_to_chars`: any character, binaries decoded as UTF-8 when valid).
pub fn cdata_chars(t: Term, unicode: bool) -> R<Vec<u32>> {
    let mut out = Vec::new();
    cdata_into(&mut out, t, unicode)?;
    Ok(out)
}

fn cdata_into(out: &mut Vec<u32>, t: Term, unicode: bool) -> R<()> {
    let mut l = t;
    loop {
        if l.is_nil() {
            return Ok(());
        }
        if let Some((h, tl)) = l.as_cons() {
            match h.as_small() {
                Some(c) if c >= 0 && (unicode || c <= 255) => out.push(c as u32),
                Some(_) => return Err(BadArg),
                None => cdata_into(out, h, unicode)?,
            }
            l = tl;
            continue;
        }
        let bits = l.as_bits().filter(|b| b.bit_len % 8 == 0).ok_or(BadArg)?;
        let bytes = bits.to_bytes();
        match std::str::from_utf8(&bytes) {
            Ok(s) if unicode => out.extend(s.chars().map(|c| c as u32)),
            _ => out.extend(bytes.iter().map(|&b| b as u32)),
        }
        return Ok(());
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Adjust {
    Left,
    Right,
}

/// A parsed control sequence.
struct Spec {
    width: Option<i64>,
    adjust: Adjust,
    precision: Option<i64>,
    pad: u32,
    unicode: bool,
    strings: bool,
}

struct Formatter<'a> {
    args: &'a [Term],
    next: usize,
    out: String,
}

impl Formatter<'_> {
    fn arg(&mut self) -> R<Term> {
        let a = *self.args.get(self.next).ok_or(BadArg)?;
        self.next += 1;
        Ok(a)
    }

    /// `field_value/2`: `*` (an integer argument), digits, or nothing.
    fn field_value(&mut self, p: &[Piece], i: &mut usize) -> R<Option<i64>> {
        match p.get(*i) {
            Some(Piece::Char(0x2a)) => {
                let a = self
                    .args
                    .get(self.next)
                    .and_then(|a| a.as_small())
                    .ok_or(BadArg)?;
                self.next += 1;
                *i += 1;
                if a.abs() > MAX_FIELD {
                    return Err(BadArg);
                }
                Ok(Some(a))
            }
            Some(Piece::Char(c)) if (0x30..=0x39).contains(c) => {
                let mut v: i64 = 0;
                while let Some(Piece::Char(c @ 0x30..=0x39)) = p.get(*i) {
                    v = v * 10 + (*c - 0x30) as i64;
                    if v > MAX_FIELD {
                        return Err(BadArg);
                    }
                    *i += 1;
                }
                Ok(Some(v))
            }
            _ => Ok(None),
        }
    }

    /// Parses one control sequence starting after the `~` at `p[i - 1]`,
    /// runs it, and returns the index after it.
    fn control(&mut self, p: &[Piece], mut i: usize) -> R<usize> {
        // field_width/2
        let negate = matches!(p.get(i), Some(Piece::Char(0x2d)));
        if negate {
            i += 1;
        }
        let mut width = self.field_value(p, &mut i)?;
        if negate {
            // `-F` with no F is `-none`: badarith inside OTP, so badarg.
            width = Some(-width.ok_or(BadArg)?);
        }
        let (width, adjust) = match width {
            Some(w) if w < 0 => (Some(-w), Adjust::Left),
            w => (w, Adjust::Right),
        };
        // precision/2
        let precision = if matches!(p.get(i), Some(Piece::Char(0x2e))) {
            i += 1;
            // A negative precision (from `*`) makes OTP loop or crash: refuse it.
            match self.field_value(p, &mut i)? {
                Some(n) if n < 0 => return Err(BadArg),
                n => n,
            }
        } else {
            None
        };
        // pad_char/2
        let mut pad = 0x20;
        if let Some(Piece::Char(0x2e)) = p.get(i) {
            match p.get(i + 1) {
                Some(Piece::Char(0x2a)) => {
                    pad = self.arg()?.as_small().filter(|c| *c >= 0).ok_or(BadArg)? as u32;
                    i += 2;
                }
                Some(Piece::Char(c)) => {
                    pad = *c;
                    i += 2;
                }
                _ => {}
            }
        }
        let mut spec = Spec {
            width,
            adjust,
            precision,
            pad,
            unicode: false,
            strings: true,
        };
        loop {
            match p.get(i) {
                Some(Piece::Char(0x74)) => spec.unicode = true,
                Some(Piece::Char(0x6c)) => spec.strings = false,
                _ => break,
            }
            i += 1;
        }
        let Some(Piece::Char(cc)) = p.get(i) else {
            return Err(BadArg);
        };
        let cc = char::from_u32(*cc).ok_or(BadArg)?;
        self.directive(cc, &spec)?;
        Ok(i + 1)
    }

    fn directive(&mut self, cc: char, s: &Spec) -> R<()> {
        let text: String = match cc {
            'w' => {
                let a = self.arg()?;
                term(&display::write_term_with(a, -1, s.unicode), s, s.precision)?
            }
            'W' => {
                let a = self.arg()?;
                let depth = self.arg()?.as_small().ok_or(BadArg)?;
                term(
                    &display::write_term_with(a, depth, s.unicode),
                    s,
                    s.precision,
                )?
            }
            'p' => {
                let a = self.arg()?;
                self.print(a, -1, s)?
            }
            'P' => {
                let a = self.arg()?;
                let depth = self.arg()?.as_small().ok_or(BadArg)?;
                self.print(a, depth, s)?
            }
            's' => {
                let a = self.arg()?;
                let chars: Vec<u32> = match a.as_atom() {
                    Some(atom) => atom.name().chars().map(|c| c as u32).collect(),
                    None => cdata_chars(a, s.unicode)?,
                };
                if !s.unicode && chars.iter().any(|&c| c > 255) {
                    return Err(BadArg);
                }
                string(&chars, s)?
            }
            'e' | 'f' | 'g' => {
                let f = self.arg()?.as_float().ok_or(BadArg)?;
                float(cc, f, s)?
            }
            'b' | 'B' | '+' | '#' => {
                let n = self.arg()?.to_bigint().ok_or(BadArg)?;
                let base = base(s)?;
                let prefix = if matches!(cc, '+' | '#') {
                    format!("{}#", base)
                } else {
                    String::new()
                };
                integer(&n, base, &prefix, matches!(cc, 'b' | '+'), s)?
            }
            'x' | 'X' => {
                let n = self.arg()?.to_bigint().ok_or(BadArg)?;
                let pre = self.arg()?;
                let prefix: String = match pre.as_atom() {
                    Some(a) => a.name().to_string(),
                    None => deep_char_list(pre)?,
                };
                integer(&n, base(s)?, &prefix, cc == 'x', s)?
            }
            'c' => {
                let n = self.arg()?.to_bigint().ok_or(BadArg)?;
                let c = if s.unicode {
                    u32::try_from(&n).map_err(|_| BadArg)?
                } else {
                    (&n & BigInt::from(255)).try_into().map_err(|_| BadArg)?
                };
                char_field(c, s)?
            }
            '~' => char_field(0x7e, s)?,
            'n' => match (s.width, s.adjust) {
                (None, _) => "\n".to_string(),
                (Some(w), Adjust::Right) => "\n".repeat(w as usize),
                _ => return Err(BadArg),
            },
            'i' => {
                self.arg()?;
                String::new()
            }
            _ => return Err(BadArg),
        };
        self.out.push_str(&text);
        Ok(())
    }

    /// `io_lib_format:print/10`: width is the line length, precision the column.
    fn print(&self, a: Term, depth: i64, s: &Spec) -> R<String> {
        if s.adjust == Adjust::Left {
            return Err(BadArg);
        }
        let column = match s.precision {
            Some(p) => p,
            None => current_column(&self.out) + 1,
        };
        let opts = PrintOptions {
            column,
            line_length: s.width.unwrap_or(80),
            depth,
            unicode: s.unicode,
            strings: s.strings,
            ..PrintOptions::default()
        };
        Ok(display::print_term_with(a, &opts))
    }
}

/// OTP's `indentation/2` over the text so far: the column (0-based) where
/// the next character goes, with tabs advancing to multiples of 8.
pub fn current_column(out: &str) -> i64 {
    let line = out.rfind('\n').map_or(out, |i| &out[i + 1..]);
    line.chars()
        .fold(0, |i, c| if c == '\t' { (i + 8) / 8 * 8 } else { i + 1 })
}

fn repeat(c: u32, n: i64) -> R<String> {
    Ok(to_char(c)?.to_string().repeat(n.max(0) as usize))
}

fn adjust(data: &str, pad: &str, a: Adjust) -> String {
    match a {
        Adjust::Left => format!("{}{}", data, pad),
        Adjust::Right => format!("{}{}", pad, data),
    }
}

/// `term/5`: a field of width F; text longer than the field (or than the
/// precision) becomes a row of `*`.
fn term(t: &str, s: &Spec, precision: Option<i64>) -> R<String> {
    let (f, p0) = match (s.width, precision) {
        (None, None) => return Ok(t.to_string()),
        (None, Some(p)) => (p, Some(p)),
        (Some(f), p) => (f, p),
    };
    let l = t.chars().count() as i64;
    let p = l.min(p0.map_or(f, |p0| p0.min(f)));
    if l > p {
        Ok(adjust(&repeat(0x2a, p)?, &repeat(s.pad, f - p)?, s.adjust))
    } else if f >= p {
        Ok(adjust(t, &repeat(s.pad, f - l)?, s.adjust))
    } else {
        Err(BadArg)
    }
}

fn chars_to_string(cs: &[u32]) -> R<String> {
    cs.iter().map(|&c| to_char(c)).collect()
}

/// `string/6`: `~s` with width (pads or truncates) and precision (truncates).
fn string(cs: &[u32], s: &Spec) -> R<String> {
    let n = cs.len() as i64;
    let field = |f: i64, a: Adjust| -> R<String> {
        if n > f {
            chars_to_string(&cs[..f as usize])
        } else {
            Ok(adjust(&chars_to_string(cs)?, &repeat(s.pad, f - n)?, a))
        }
    };
    match (s.width, s.precision) {
        (None, None) => chars_to_string(cs),
        (Some(f), None) => field(f, s.adjust),
        (None, Some(p)) => field(p, Adjust::Left),
        (Some(f), Some(p)) if f > p => {
            let body = if n > p {
                chars_to_string(&cs[..p as usize])?
            } else {
                format!("{}{}", chars_to_string(cs)?, repeat(s.pad, p - n)?)
            };
            Ok(adjust(&body, &repeat(s.pad, f - p)?, s.adjust))
        }
        (Some(f), Some(p)) if f == p => field(f, s.adjust),
        _ => Err(BadArg),
    }
}

/// `char/5`: `~c` and `~~` (width and precision repeat the character).
fn char_field(c: u32, s: &Spec) -> R<String> {
    match (s.width, s.precision) {
        (None, None) => repeat(c, 1),
        (Some(f), None) => repeat(c, f),
        (None, Some(p)) => repeat(c, p),
        (Some(f), Some(p)) if f >= p => {
            Ok(adjust(&repeat(c, p)?, &repeat(s.pad, f - p)?, s.adjust))
        }
        _ => Err(BadArg),
    }
}

fn base(s: &Spec) -> R<u32> {
    match s.precision {
        None => Ok(10),
        Some(b) if (2..=36).contains(&b) => Ok(b as u32),
        _ => Err(BadArg),
    }
}

/// `unprefixed_integer/6` and `prefixed_integer/7`.
fn integer(n: &BigInt, base: u32, prefix: &str, lowercase: bool, s: &Spec) -> R<String> {
    let mut digits = n.magnitude().to_str_radix(base);
    if !lowercase {
        digits.make_ascii_uppercase();
    }
    let sign = if n.sign() == num_bigint::Sign::Minus {
        "-"
    } else {
        ""
    };
    term(&format!("{}{}{}", sign, prefix, digits), s, None)
}

/// `io_lib:deep_char_list/1` as a string (the prefix of `~x`).
fn deep_char_list(t: Term) -> R<String> {
    if !t.is_list() {
        return Err(BadArg);
    }
    let mut out = String::new();
    let mut stack = vec![t];
    while let Some(mut l) = stack.pop() {
        while let Some((h, tl)) = l.as_cons() {
            match h.as_small() {
                Some(c) => out.push(to_char(u32::try_from(c).map_err(|_| BadArg)?)?),
                None if h.is_list() => {
                    stack.push(tl);
                    l = h;
                    continue;
                }
                None => return Err(BadArg),
            }
            l = tl;
        }
        if !l.is_nil() {
            return Err(BadArg);
        }
    }
    Ok(out)
}

/// `~e`, `~f`, `~g` (`fwrite_e/5`, `fwrite_f/5`, `fwrite_g/5`).
fn float(cc: char, f: f64, s: &Spec) -> R<String> {
    let p = s.precision;
    let text = match cc {
        'e' => {
            let p = p.unwrap_or(6);
            if p < 2 {
                return Err(BadArg);
            }
            float_fmt::fwrite_e(f, p as usize)
        }
        'f' => {
            let p = p.unwrap_or(6);
            if p < 1 {
                return Err(BadArg);
            }
            float_fmt::fwrite_f(f, p as usize)
        }
        _ => {
            let p = p.unwrap_or(6);
            if p < 1 {
                return Err(BadArg);
            }
            float_fmt::fwrite_g(f, p as usize)
        }
    };
    match s.width {
        None => Ok(text),
        Some(w) => term(&text, s, Some(w)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::heap::Heap;
    use crate::term::display::testparse::{check_format_cases, parse};

    /// `Format<TAB>Arguments<TAB>Output`, all from `io_lib:format/2` in
    /// Erlang/OTP 25 (`badarg` where it raised).
    const CASES: &str = r##"
"~w~n"	[0.1]	"0.1\n"
"~p ~w ~s"	[1.0e10, 3.0, "abc"]	"1.0e10 3.0 abc"
"~-10s|"	["abc"]	"abc       |"
"~10s|"	["abc"]	"       abc|"
"~10.3f|"	[3.14159]	"     3.142|"
"~.2f|"	[2.675]	"2.67|"
"~5..0B|"	[42]	"00042|"
"~.16B|"	[255]	"FF|"
"~8.2e|"	[1234.5]	"  1.2e+3|"
"~10p|"	[{a,b}]	"{a,b}|"
"~s"	[[104,101,108,108,111]]	"hello"
"~s"	[[<<"ab">>, "cd", [$e, [$f]]]]	"abcdef"
"~s"	[hello]	"hello"
"~s"	[42]	badarg
"~s"	[[256]]	badarg
"~ts"	[[256, 20320]]	"\x{100}\x{4F60}"
"~c~c"	[97, 353]	"aa"
"~tc"	[20320]	"\x{4F60}"
"~x ~X ~# ~+"	[255, "0x", 255, '0X', 255, 255]	"0x255 0X255 10#255 10#255"
"~.2x"	[5, "p"]	"p101"
"~i~p"	[ignored, shown]	"shown"
"~~ ~5~ ~n"	[]	"~ ~~~~~ \n"
"~3n"	[]	"\n\n\n"
"~*s|"	[-6, "ab"]	"ab    |"
"~*.*f|"	[10, 2, 3.14159]	"      3.14|"
"~.*.*s|"	[5, $x, "ab"]	"abxxx|"
"~-*.*.*s|"	[8, 5, $x, "ab"]	"abxxxxxx|"
"~p"	[]	badarg
"~p"	[1, 2]	badarg
"~q"	[1]	badarg
"~f"	[1]	badarg
"~e"	[1.0]	"1.00000e+0"
"~.1e"	[1.0]	badarg
"~.0f"	[1.0]	badarg
"~.1g"	[1.0]	"1.0e+0"
"~g"	[123456.0]	"1.23456e+5"
"~g"	[0.00001]	"1.00000e-5"
"~.3g"	[99.99]	"100.0"
"~3w"	[12345]	"***"
"~.5w|"	[1]	"    1|"
"~-5w|"	[abc]	"abc  |"
"~5.3w|"	[abc]	"  abc|"
"~5.2w|"	[abc]	"   **|"
"~W"	[[1,2,3,4,5], 3]	"[1,2|...]"
"~P"	[[1,2,3,4,5], 3]	"[1,2|...]"
"~W"	[{a,b,c,d}, 2]	"{a,...}"
"~W"	[#{a => 1, b => 2, c => 3}, 2]	"#{a => 1,...}"
"~W"	[#{a => 1, b => 2, c => 3}, 1]	"#{}"
"~W"	[<<1,2,3,4>>, 3]	"<<1,2,...>>"
"~P"	[<<"abcdefghijklmnopqrstuvwxyz">>, 3]	"<<\"abcdefgh\"...>>"
"~P"	[<<"abcdefghijklmnopqrstuvwxyzabcdefghij">>, 7]	"<<\"abcdefghijklmnopqrstuvwx\"...>>"
"~P"	["abcdef", 3]	"\"abcdef\""
"~P"	[{a, "abcdef", [1,2,3]}, 3]	"{a,[...],...}"
"~b"	[-10]	"-10"
"~.36B ~.36b"	[123456789, 123456789]	"21I3V9 21i3v9"
"~.37B"	[1]	badarg
"~.1B"	[1]	badarg
"~B"	[123456789012345678901234567890]	"123456789012345678901234567890"
"~-p"	[a]	badarg
"~-s"	["a"]	badarg
"~s"	[<<1:4>>]	badarg
"~p"	[<<1:4>>]	"<<1:4>>"
"~lp"	["abc"]	"[97,98,99]"
"~lp"	[<<"abc">>]	"<<97,98,99>>"
"~tp"	[<<"é"/utf8>>]	"<<\"\x{E9}\"/utf8>>"
"~p"	[<<"é"/utf8>>]	"<<\"\x{C3}\x{A9}\">>"
"~tp"	[<<"你"/utf8>>]	"<<228,189,160>>"
"~p"	['\x{100}']	"'\\x{100}'"
"~tp"	['\x{100}']	"'\x{100}'"
"~tw"	['a\x{100}']	"'a\x{100}'"
"~w"	['a\nb']	"'a\\nb'"
"~p"	["\e\d"]	"[27,127]"
"~w"	[[127,128,159,160]]	"[127,128,159,160]"
"~p"	['\d\200ab']	"'\\d\\200ab'"
"~s|~5s|~-5s|~.2s|~5.2s|~5.5s|~2.5s"	["abc","abc","abc","abc","abc","abc","abc"]	badarg
"~10c|~-10.3c|~.3c"	[$a, $b, $c]	"aaaaaaaaaa|bbb       |ccc"
"~ts"	[<<255,254>>]	"\x{FF}\x{FE}"
"~s"	[<<"é"/utf8>>]	"\x{C3}\x{A9}"
"~ts"	[<<"é"/utf8>>]	"\x{E9}"
"~s"	[[a]]	badarg
"~s"	["abc" | <<"d">>]	badarg
"~w"	[[1|2]]	"[1|2]"
"~p"	[[1|2]]	"[1|2]"
"~w"	[{}]	"{}"
"~p"	[#{}]	"#{}"
"~w"	[#{1 => 2}]	"#{1 => 2}"
"~p"	[[]]	"[]"
"~p"	['[]']	"'[]'"
"~w"	['hello world', 'Caps', 'case', maybe, a@b, '_x', 'a.b', '', 'é', 'ÿ', 'Éa', 'aÉ', 'a÷', 'a×']	badarg
"~w"	[fun lists:map/2]	"fun lists:map/2"
"~p"	[fun 'A b':'C'/1]	"fun 'A b':'C'/1"
"~w ~w ~w"	[-0.0, 1.0e-5, 5.0e-324]	"-0.0 1.0e-5 5.0e-324"
"abc~10.5p"	[{a,b}]	"abc{a,\n     b}"
"~a"	[x]	badarg
"~"	[]	badarg
"~10.20p|"	[x]	"x|"
"~5p|"	[12345678]	"12345678|"
"~3p|"	[[1,2,3]]	"[1,\n 2,\n 3]|"
"~.3p|"	[[1,2,3]]	"[1,2,3]|"
"~*w|"	[-6, abc]	"abc   |"
"~*.*s|"	[-6, 2, "abc"]	"ab    |"
"##;

    #[test]
    fn matches_otp() {
        check_format_cases(CASES);
    }

    #[test]
    fn format_kinds_and_columns() {
        let mut h = Heap::new();
        let bin = parse(&mut h, "<<\"~p!\">>");
        let atom_fmt = parse(&mut h, "'~w.'");
        let args = parse(&mut h, "[x]");
        assert_eq!(format(bin, args), Ok("x!".to_string()));
        assert_eq!(format(atom_fmt, args), Ok("x.".to_string()));
        let improper = parse(&mut h, "[1|2]");
        assert_eq!(format(bin, improper), Err(BadArg));
        assert_eq!(current_column("ab\ncd\tx"), 9);
        assert_eq!(current_column("abc"), 3);
    }
}
