//! Native `io_lib` functions: `format/2` (`fwrite/2`), `write/1,2`,
//! `print/1,4`, `write_atom/1`, `write_string/1,2`, `write_char/1`,
//! `nl/0` and the predicates `printable_list/1`, `printable_latin1_list/1`,
//! `printable_unicode_list/1`, `char_list/1`, `deep_char_list/1`.
//!
//! `io_lib:format/2` returns a list shaped like OTP's at the top level:
//! one element per literal character and per character of a "small"
//! directive (`~n`, `~c`, `~b`, `~f`, `~s` of an atom...), one sublist per
//! "large" one (`~p`, `~P`, `~w`, `~W`, `~s` of a non-atom), so
//! `io_lib:format("~p", [1.0e-10])` is `["1.0e-10"]` as in OTP.
//!
//! Deviations: the sublists are flat strings, where OTP nests them further
//! (`io_lib:format("~w", [{a}])` is `[[123,[[97]],125]]` in OTP, `["{a}"]`
//! here); `write/1,2` and `print/1,4` return flat strings likewise. The
//! characters are always the same.

use super::erlang::list_to_vec;
use super::io::formatted;
use super::lists::function_clause;
use super::{badarg, BifContext, BifFn, BifResult};
use crate::heap::build;
use crate::term::display::{
    is_printable_char, print_term_with, push_escaped_char, write_atom, write_string_escaped,
    write_term_with, PrintOptions,
};
use crate::term::Term;

fn string_result(ctx: &mut BifContext, s: &str) -> BifResult {
    ctx.charge(s.len() / 16);
    Ok(build::string(ctx.heap(), s))
}

// ---- format -------------------------------------------------------------------

/// A control sequence of a format string: where it ends (exclusive), how
/// many arguments have been used once it is done, and whether OTP keeps
/// its output as a sublist.
struct Control {
    end: usize,
    args_used: usize,
    large: bool,
}

enum Part {
    Literal(u32),
    Control(Control),
}

/// The format's characters, if it is a flat string, a binary or an atom.
fn format_chars(fmt: Term) -> Option<Vec<u32>> {
    if let Some(a) = fmt.as_atom() {
        return Some(a.name().chars().map(|c| c as u32).collect());
    }
    if let Some(b) = fmt.as_binary_bytes() {
        return Some(b.iter().map(|&b| b as u32).collect());
    }
    list_to_vec(fmt)?
        .into_iter()
        .map(|c| c.as_small().and_then(|c| u32::try_from(c).ok()))
        .collect()
}

/// Splits a format into literal characters and control sequences, as
/// `io_lib_format:collect/2` does (`None` if it cannot be split).
fn scan(cs: &[u32], args: &[Term]) -> Option<Vec<Part>> {
    let at = |j: usize| cs.get(j).copied();
    let is = |j: usize, c: char| at(j) == Some(c as u32);
    let mut parts = Vec::new();
    let (mut i, mut used) = (0, 0);
    while i < cs.len() {
        if !is(i, '~') {
            parts.push(Part::Literal(cs[i]));
            i += 1;
            continue;
        }
        let mut j = i + 1;
        // Field width, precision: `*` or digits.
        let field = |j: &mut usize, used: &mut usize| {
            if is(*j, '*') {
                *used += 1;
                *j += 1;
            } else {
                while at(*j).is_some_and(|c| (0x30..=0x39).contains(&c)) {
                    *j += 1;
                }
            }
        };
        if is(j, '-') {
            j += 1;
        }
        field(&mut j, &mut used);
        if is(j, '.') {
            j += 1;
            field(&mut j, &mut used);
        }
        if is(j, '.') && at(j + 1).is_some() {
            if is(j + 1, '*') {
                used += 1;
            }
            j += 2;
        }
        while is(j, 't') || is(j, 'l') {
            j += 1;
        }
        let c = char::from_u32(at(j)?)?;
        j += 1;
        let n = match c {
            'w' | 'p' | 's' | 'e' | 'f' | 'g' | 'b' | 'B' | '+' | '#' | 'c' | 'i' => 1,
            'W' | 'P' | 'x' | 'X' => 2,
            '~' | 'n' => 0,
            _ => return None,
        };
        let large = matches!(c, 'p' | 'P' | 'w' | 'W') || (c == 's' && !args.get(used)?.is_atom());
        used += n;
        parts.push(Part::Control(Control {
            end: j,
            args_used: used,
            large,
        }));
        i = j;
    }
    Some(parts)
}

/// `io_lib:format/2`'s top-level list for a format whose full output is
/// `full`; `None` when the format cannot be split (nested format lists).
fn shaped(ctx: &mut BifContext, fmt: Term, args: Term, full: &str) -> Option<Term> {
    let cs = format_chars(fmt)?;
    let argv = list_to_vec(args)?;
    let parts = scan(&cs, &argv)?;
    let controls = parts
        .iter()
        .filter(|p| matches!(p, Part::Control(_)))
        .count();
    if controls > 64 {
        return None;
    }
    let mut items = Vec::new();
    let mut done = 0; // characters of output accounted for
    for part in parts {
        match part {
            Part::Literal(c) => {
                items.push(Term::small(c as i64));
                done += 1;
            }
            Part::Control(ctl) => {
                let heap = ctx.heap();
                let prefix: Vec<Term> = cs[..ctl.end]
                    .iter()
                    .map(|&c| Term::small(c as i64))
                    .collect();
                let f = build::list(heap, &prefix);
                let a = build::list(heap, &argv[..ctl.args_used]);
                let out: Vec<char> = formatted(f, a).ok()?.chars().collect();
                let new = out.get(done..)?;
                let codes: Vec<Term> = new.iter().map(|&c| Term::small(c as i64)).collect();
                if ctl.large {
                    items.push(build::list(ctx.heap(), &codes));
                } else {
                    items.extend(codes);
                }
                done = out.len();
            }
        }
    }
    (done == full.chars().count()).then(|| build::list(ctx.heap(), &items))
}

fn format(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let full = formatted(args[0], args[1])?;
    ctx.charge(full.len() / 16);
    match shaped(ctx, args[0], args[1], &full) {
        Some(t) => Ok(t),
        None => string_result(ctx, &full),
    }
}

// ---- writing terms ---------------------------------------------------------------

fn write1(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let s = write_term_with(args[0], -1, false);
    string_result(ctx, &s)
}

fn write2(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let depth = args[1].as_small().unwrap_or(-1);
    let s = write_term_with(args[0], depth, false);
    string_result(ctx, &s)
}

fn print1(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let s = print_term_with(args[0], &PrintOptions::default());
    string_result(ctx, &s)
}

/// `io_lib:print(Term, Column, LineLength, Depth)`.
fn print4(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let (Some(column), Some(line_length), Some(depth)) =
        (args[1].as_small(), args[2].as_small(), args[3].as_small())
    else {
        return Err(badarg());
    };
    let opts = PrintOptions {
        column,
        line_length,
        depth,
        ..PrintOptions::default()
    };
    let s = print_term_with(args[0], &opts);
    string_result(ctx, &s)
}

fn write_atom1(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let a = args[0].as_atom().ok_or_else(badarg)?;
    string_result(ctx, &write_atom(a, true))
}

/// The characters of a string argument (any code points), else
/// function_clause as OTP's clauses raise.
fn string_arg(t: Term) -> Result<Vec<u32>, super::Exception> {
    list_to_vec(t)
        .and_then(|v| {
            v.into_iter()
                .map(|c| c.as_small().and_then(|c| u32::try_from(c).ok()))
                .collect()
        })
        .ok_or_else(function_clause)
}

fn write_string1(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let cs = string_arg(args[0])?;
    let mut s = String::new();
    write_string_escaped(&mut s, cs, '"', false);
    string_result(ctx, &s)
}

fn write_string2(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let cs = string_arg(args[0])?;
    let q = args[1]
        .as_small()
        .and_then(|q| u32::try_from(q).ok())
        .and_then(char::from_u32)
        .ok_or_else(function_clause)?;
    let mut s = String::new();
    write_string_escaped(&mut s, cs, q, false);
    string_result(ctx, &s)
}

fn write_char(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let c = args[0]
        .as_small()
        .and_then(|c| u32::try_from(c).ok())
        .filter(|c| char::from_u32(*c).is_some())
        .ok_or_else(function_clause)?;
    let s = if c == 0x20 {
        "$\\s".to_string()
    } else {
        let mut s = String::from("$");
        // No quote character applies: use one that is not a character.
        push_escaped_char(&mut s, c, '\u{ffff}', false);
        s
    };
    string_result(ctx, &s)
}

fn nl(ctx: &mut BifContext, _args: &[Term]) -> BifResult {
    string_result(ctx, "\n")
}

// ---- predicates --------------------------------------------------------------------

/// Whether `t` is a proper list whose elements all satisfy `ok`.
fn all_chars(t: Term, ok: impl Fn(i64) -> bool) -> bool {
    list_to_vec(t).is_some_and(|v| v.iter().all(|c| c.as_small().is_some_and(&ok)))
}

fn is_unicode_char(c: i64) -> bool {
    (0..0xD800).contains(&c) || (0xE000..0xFFFE).contains(&c) || (0x10000..=0x10FFFF).contains(&c)
}

fn is_unicode_printable(c: i64) -> bool {
    matches!(c, 32..=126 | 8..=13 | 27)
        || (0xA0..0xD800).contains(&c)
        || (0xE000..0xFFFE).contains(&c)
        || (0x10000..=0x10FFFF).contains(&c)
}

fn printable_latin1_list(_ctx: &mut BifContext, args: &[Term]) -> BifResult {
    Ok(Term::bool(all_chars(args[0], is_printable_char)))
}

fn printable_unicode_list(_ctx: &mut BifContext, args: &[Term]) -> BifResult {
    Ok(Term::bool(all_chars(args[0], is_unicode_printable)))
}

fn char_list(_ctx: &mut BifContext, args: &[Term]) -> BifResult {
    Ok(Term::bool(all_chars(args[0], is_unicode_char)))
}

fn deep_char_list(_ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let mut stack = vec![args[0]];
    while let Some(t) = stack.pop() {
        let Some(items) = list_to_vec(t) else {
            return Ok(Term::bool(false));
        };
        for x in items {
            match x.as_small() {
                Some(c) if is_unicode_char(c) => {}
                Some(_) => return Ok(Term::bool(false)),
                None if x.is_list() => stack.push(x),
                None => return Ok(Term::bool(false)),
            }
        }
    }
    Ok(Term::bool(true))
}

pub const TABLE: &[(&str, &str, usize, BifFn)] = &[
    ("io_lib", "format", 2, format),
    ("io_lib", "fwrite", 2, format),
    ("io_lib", "write", 1, write1),
    ("io_lib", "write", 2, write2),
    ("io_lib", "print", 1, print1),
    ("io_lib", "print", 4, print4),
    ("io_lib", "write_atom", 1, write_atom1),
    ("io_lib", "write_string", 1, write_string1),
    ("io_lib", "write_string", 2, write_string2),
    ("io_lib", "write_char", 1, write_char),
    ("io_lib", "nl", 0, nl),
    // The default printable range is latin1, as in `erl`.
    ("io_lib", "printable_list", 1, printable_latin1_list),
    ("io_lib", "printable_latin1_list", 1, printable_latin1_list),
    (
        "io_lib",
        "printable_unicode_list",
        1,
        printable_unicode_list,
    ),
    ("io_lib", "char_list", 1, char_list),
    ("io_lib", "deep_char_list", 1, deep_char_list),
];
