//! Output BIFs: `io:format/1,2,3` (and `fwrite`), `io:put_chars/1,2`,
//! `io:nl/0,1`, `io:write/1,2` and `erlang:display/1` (`io_lib` is in
//! `io_lib.rs`). Everything goes through `crate::output`, one
//! whole string per call, so a line is never interleaved with another
//! process's output.
//!
//! Deviations from OTP:
//! - `erlang:display/1` prints a map of more than 32 keys flat, in OTP's
//!   print order (OTP shows the internal hash-trie nodes).
//! - A device other than `standard_io`, `user`, `standard_error` or a pid
//!   is `badarg` (there are no io servers).

use super::format::format;
use super::{badarg, BifContext, BifFn, BifResult, Exception};
use crate::output;
use crate::term::display::{map_iteration_order, write_term};
use crate::term::{atom, Term};

fn ok() -> BifResult {
    Ok(Term::atom(atom::OK))
}

/// Where an io function writes.
#[derive(Clone, Copy)]
enum Device {
    Stdout,
    Stderr,
}

fn device(t: Term) -> Result<Device, Exception> {
    if t.is_pid() {
        return Ok(Device::Stdout);
    }
    match t.as_atom().map(|a| a.name()) {
        Some("standard_io" | "user") => Ok(Device::Stdout),
        Some("standard_error") => Ok(Device::Stderr),
        _ => Err(badarg()),
    }
}

fn emit(ctx: &mut BifContext, dev: Device, s: &str) {
    ctx.charge(s.len() / 16);
    match dev {
        Device::Stdout => output::write_chars(s),
        Device::Stderr => output::write_err_chars(s),
    }
}

pub fn formatted(fmt: Term, args: Term) -> Result<String, Exception> {
    format(fmt, args).map_err(|_| badarg())
}

fn format1(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let s = formatted(args[0], Term::NIL)?;
    emit(ctx, Device::Stdout, &s);
    ok()
}

fn format2(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let s = formatted(args[0], args[1])?;
    emit(ctx, Device::Stdout, &s);
    ok()
}

fn format3(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let dev = device(args[0])?;
    let s = formatted(args[1], args[2])?;
    emit(ctx, dev, &s);
    ok()
}

/// The characters of unicode chardata (io:put_chars): code points in
/// (nested) lists, binaries as UTF-8; anything else is badarg.
pub fn chardata(t: Term) -> Result<String, Exception> {
    let mut out = String::new();
    let mut stack = vec![t];
    while let Some(mut l) = stack.pop() {
        loop {
            if let Some((h, tl)) = l.as_cons() {
                if let Some(c) = h.as_small() {
                    let c = u32::try_from(c).ok().and_then(char::from_u32);
                    out.push(c.ok_or_else(badarg)?);
                } else if h.is_list() || h.is_binary() {
                    stack.push(tl);
                    l = h;
                    continue;
                } else {
                    return Err(badarg());
                }
                l = tl;
                continue;
            }
            if l.is_nil() {
                break;
            }
            let bytes = l.as_bits().filter(|b| b.bit_len % 8 == 0);
            let s = bytes.and_then(|b| String::from_utf8(b.to_bytes()).ok());
            out.push_str(&s.ok_or_else(badarg)?);
            break;
        }
    }
    Ok(out)
}

fn put_chars1(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let s = chardata(args[0])?;
    emit(ctx, Device::Stdout, &s);
    ok()
}

fn put_chars2(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let dev = device(args[0])?;
    let s = chardata(args[1])?;
    emit(ctx, dev, &s);
    ok()
}

fn nl0(ctx: &mut BifContext, _args: &[Term]) -> BifResult {
    emit(ctx, Device::Stdout, "\n");
    ok()
}

fn nl1(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let dev = device(args[0])?;
    emit(ctx, dev, "\n");
    ok()
}

fn write1(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let s = write_term(args[0]);
    emit(ctx, Device::Stdout, &s);
    ok()
}

fn write2(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let dev = device(args[0])?;
    let s = write_term(args[1]);
    emit(ctx, dev, &s);
    ok()
}

// ---- erlang:display/1 ---------------------------------------------------------

/// A term as `erlang:display/1` prints it (BEAM's own C printer, not
/// io_lib): floats as `%.6e`, strings of latin1 text as `"..."`, binaries
/// of ASCII text as `<<"...">>`, atoms quoted by simpler rules. Bytes, not
/// characters: an atom's name is written in UTF-8, a string's characters
/// as single bytes.
pub fn display_bytes(t: Term) -> Vec<u8> {
    let mut out = Vec::new();
    display_into(&mut out, t);
    out
}

fn display_into(out: &mut Vec<u8>, t: Term) {
    if let Some(a) = t.as_atom() {
        display_atom(out, a.name());
    } else if t.is_nil() {
        out.extend_from_slice(b"[]");
    } else if t.is_cons() {
        display_list(out, t);
    } else if let Some(f) = t.as_float() {
        out.extend_from_slice(c_exp(f).as_bytes());
    } else if t.is_integer() {
        let s = t.to_bigint().map(|b| b.to_string()).unwrap_or_default();
        out.extend_from_slice(s.as_bytes());
    } else if t.is_tuple() {
        out.push(b'{');
        for (i, e) in t.tuple_elements().iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            display_into(out, *e);
        }
        out.push(b'}');
    } else if t.is_map() {
        out.extend_from_slice(b"#{");
        let entries = t.map_sorted_entries();
        let (keys, values) = (&entries.keys, &entries.values);
        for (n, i) in map_iteration_order(keys).into_iter().enumerate() {
            if n > 0 {
                out.push(b',');
            }
            display_into(out, keys[i]);
            out.extend_from_slice(b"=>");
            display_into(out, values[i]);
        }
        out.push(b'}');
    } else if t.is_bitstring() {
        display_bits(out, t);
    } else {
        // Pids, references and funs print as io_lib writes them.
        out.extend_from_slice(write_term(t).as_bytes());
    }
}

/// C's `%.6e`: `1.500000e+00`.
fn c_exp(f: f64) -> String {
    let s = format!("{:.6e}", f);
    match s.split_once('e') {
        Some((mant, exp)) => {
            let e: i32 = exp.parse().unwrap_or(0);
            let sign = if e < 0 { '-' } else { '+' };
            format!("{}e{}{:02}", mant, sign, e.abs())
        }
        None => s,
    }
}

fn is_display_lower(c: char) -> bool {
    c.is_ascii_lowercase() || (('\u{df}'..='\u{ff}').contains(&c) && c != '\u{f7}')
}

fn is_display_alnum(c: char) -> bool {
    is_display_lower(c)
        || c.is_ascii_uppercase()
        || c.is_ascii_digit()
        || (('\u{c0}'..='\u{de}').contains(&c) && c != '\u{d7}')
}

fn display_atom(out: &mut Vec<u8>, name: &str) {
    let mut cs = name.chars();
    let quote = match cs.next() {
        None => true,
        Some(c) => !is_display_lower(c) || !cs.all(|c| is_display_alnum(c) || c == '_'),
    };
    if quote {
        out.push(b'\'');
    }
    for c in name.chars() {
        match c {
            '\'' => out.extend_from_slice(b"\\'"),
            '\\' => out.extend_from_slice(b"\\\\"),
            '\n' => out.extend_from_slice(b"\\n"),
            '\u{c}' => out.extend_from_slice(b"\\f"),
            '\t' => out.extend_from_slice(b"\\t"),
            '\r' => out.extend_from_slice(b"\\r"),
            '\u{8}' => out.extend_from_slice(b"\\b"),
            '\u{b}' => out.extend_from_slice(b"\\v"),
            c if (c as u32) < 32 || (128..160).contains(&(c as u32)) => {
                out.extend_from_slice(format!("\\{:03o}", c as u32).as_bytes());
            }
            c => {
                let mut buf = [0u8; 4];
                out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            }
        }
    }
    if quote {
        out.push(b'\'');
    }
}

/// The bytes of a non-empty proper list BEAM's printer shows as a string.
fn display_string(t: Term) -> Option<Vec<u8>> {
    let mut bytes = Vec::new();
    let mut l = t;
    while let Some((h, tl)) = l.as_cons() {
        match h.as_small() {
            Some(c @ (9 | 10 | 13 | 32..=126 | 160..=255)) => bytes.push(c as u8),
            _ => return None,
        }
        l = tl;
    }
    (l.is_nil() && !bytes.is_empty()).then_some(bytes)
}

fn display_list(out: &mut Vec<u8>, t: Term) {
    if let Some(bytes) = display_string(t) {
        out.push(b'"');
        for b in bytes {
            match b {
                b'\n' => out.extend_from_slice(b"\\n"),
                b'"' => out.extend_from_slice(b"\\\""),
                b => out.push(b),
            }
        }
        out.push(b'"');
        return;
    }
    out.push(b'[');
    let mut l = t;
    let mut first = true;
    while let Some((h, tl)) = l.as_cons() {
        if !first {
            out.push(b',');
        }
        first = false;
        display_into(out, h);
        l = tl;
    }
    if !l.is_nil() {
        out.push(b'|');
        display_into(out, l);
    }
    out.push(b']');
}

fn display_bits(out: &mut Vec<u8>, t: Term) {
    let Some(bits) = t.as_bits() else {
        return;
    };
    let bytes = bits.to_bytes();
    let whole = bits.bit_len / 8;
    let rest = bits.bit_len % 8;
    out.extend_from_slice(b"<<");
    if rest == 0 && whole > 0 && bytes.iter().all(|b| (32..=126).contains(b)) {
        out.push(b'"');
        for &b in &bytes {
            if b == b'"' {
                out.push(b'\\');
            }
            out.push(b);
        }
        out.push(b'"');
    } else {
        let mut parts: Vec<String> = bytes[..whole].iter().map(|b| b.to_string()).collect();
        if rest > 0 {
            let v = bytes[whole] >> (8 - rest);
            parts.push(format!("{}:{}", v, rest));
        }
        out.extend_from_slice(parts.join(",").as_bytes());
    }
    out.extend_from_slice(b">>");
}

fn display(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let mut bytes = display_bytes(args[0]);
    bytes.extend_from_slice(b"\r\n");
    ctx.charge(bytes.len() / 16);
    output::write_bytes(&bytes);
    Ok(Term::bool(true))
}

pub const TABLE: &[(&str, &str, usize, BifFn)] = &[
    ("io", "format", 1, format1),
    ("io", "format", 2, format2),
    ("io", "format", 3, format3),
    ("io", "fwrite", 1, format1),
    ("io", "fwrite", 2, format2),
    ("io", "fwrite", 3, format3),
    ("io", "put_chars", 1, put_chars1),
    ("io", "put_chars", 2, put_chars2),
    ("io", "nl", 0, nl0),
    ("io", "nl", 1, nl1),
    ("io", "write", 1, write1),
    ("io", "write", 2, write2),
    ("erlang", "display", 1, display),
];

#[cfg(test)]
#[path = "io_tests.rs"]
mod tests;
