//! `erlang` conversion BIFs: integers, floats and atoms to and from text,
//! lists and binaries, iolists, and binary slicing (`binary_part`,
//! `split_binary`). Every malformed argument is `badarg`; an atom longer
//! than 255 characters is `system_limit`, as in OTP.

use super::arith::{big_result, system_limit};
use super::erlang::{list_to_vec, small_arg};
use super::{badarg, BifContext, BifFn, BifResult, Exception, TRAP_CHUNK};
use crate::heap::{build, Heap};
use crate::sched::dirty::DirtyValue;
use crate::term::{atom, float_fmt, Term};
use num_bigint::BigInt;

/// The longest atom name, in characters.
pub const MAX_ATOM_CHARS: usize = 255;

// ---- helpers -------------------------------------------------------------------

/// A proper list of character codes (any Unicode scalar value).
pub fn char_list(t: Term) -> Option<String> {
    let mut s = String::new();
    let mut l = t;
    while let Some((h, tl)) = l.as_cons() {
        let c = h.as_small().filter(|c| *c >= 0)?;
        s.push(char::from_u32(u32::try_from(c).ok()?)?);
        l = tl;
    }
    l.is_nil().then_some(s)
}

/// The bytes of a binary (a whole number of bytes), copied.
fn binary_bytes(t: Term) -> Option<Vec<u8>> {
    let bits = t.as_bits()?;
    (bits.bit_len % 8 == 0).then(|| bits.to_bytes())
}

/// The text of a binary as latin1 characters (for number parsing).
fn binary_text(t: Term) -> Result<String, Exception> {
    let bytes = binary_bytes(t).ok_or_else(badarg)?;
    Ok(bytes.iter().map(|&b| b as char).collect())
}

fn base_arg(t: Term) -> Result<u32, Exception> {
    match t.as_small() {
        Some(b @ 2..=36) => Ok(b as u32),
        _ => Err(badarg()),
    }
}

/// A string as a list of characters on the heap.
fn string_term(ctx: &mut BifContext, s: &str) -> Term {
    ctx.charge(s.len() / 16);
    build::string(ctx.heap(), s)
}

fn bytes_term(ctx: &mut BifContext, b: &[u8]) -> Term {
    ctx.charge(b.len() / 16);
    build::binary(ctx.heap(), b)
}

fn atom_term(name: &str) -> BifResult {
    if name.chars().count() > MAX_ATOM_CHARS {
        return Err(system_limit());
    }
    atom::intern(name)
        .map(Term::atom)
        .map_err(|_| system_limit())
}

fn existing_atom(name: &str) -> BifResult {
    atom::lookup(name).map(Term::atom).ok_or_else(badarg)
}

// ---- integers ------------------------------------------------------------------

fn integer_text(t: Term, base: u32) -> Result<String, Exception> {
    if let Some(v) = t.as_small() {
        if base == 10 {
            return Ok(v.to_string());
        }
    }
    let v = t.to_bigint().ok_or_else(badarg)?;
    Ok(v.to_str_radix(base).to_uppercase())
}

/// Limbs of a bignum past which its text is made by a dirty job: the
/// conversion is quadratic, about a millisecond at this size.
const DIRTY_TEXT_LIMBS: usize = 1024;

/// Digits past which parsing an integer is a dirty job (quadratic too).
const DIRTY_PARSE_DIGITS: usize = 20_000;

/// The text of integer `t` in `base`, by a dirty job for a huge bignum
/// (`function`/`args`: the native, to continue through).
fn integer_text_of(
    ctx: &mut BifContext,
    t: Term,
    base: u32,
    function: &str,
    args: &[Term],
) -> Result<String, Exception> {
    if !(t.is_bignum() && t.box_header().arity() >= DIRTY_TEXT_LIMBS) {
        return integer_text(t, base);
    }
    let v = ctx.dirty(
        &[t, Term::small(base as i64)],
        || {
            let v = t.to_bigint().unwrap_or_default();
            Box::new(move || DirtyValue::Text(v.to_str_radix(base).to_uppercase()))
        },
        function,
        args,
    )?;
    match v {
        DirtyValue::Text(s) => Ok(s),
        DirtyValue::Int(_) => Err(badarg()),
    }
}

fn integer_to_list1(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let s = integer_text_of(ctx, args[0], 10, "integer_to_list", args)?;
    Ok(string_term(ctx, &s))
}

fn integer_to_list2(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let base = base_arg(args[1])?;
    let s = integer_text_of(ctx, args[0], base, "integer_to_list", args)?;
    Ok(string_term(ctx, &s))
}

fn integer_to_binary1(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let s = integer_text_of(ctx, args[0], 10, "integer_to_binary", args)?;
    Ok(bytes_term(ctx, s.as_bytes()))
}

fn integer_to_binary2(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let base = base_arg(args[1])?;
    let s = integer_text_of(ctx, args[0], base, "integer_to_binary", args)?;
    Ok(bytes_term(ctx, s.as_bytes()))
}

/// `[+-]?digits` in `base`, nothing else.
fn parse_integer(heap: &mut Heap, s: &str, base: u32) -> BifResult {
    let digits = s.strip_prefix(['+', '-']).unwrap_or(s);
    if digits.is_empty() || !digits.chars().all(|c| c.is_digit(base)) {
        return Err(badarg());
    }
    if digits.len() <= 12 {
        if let Ok(v) = i64::from_str_radix(digits, base) {
            return Ok(build::int(heap, if s.starts_with('-') { -v } else { v }));
        }
    }
    let mut v = BigInt::parse_bytes(digits.as_bytes(), base).ok_or_else(badarg)?;
    if s.starts_with('-') {
        v = -v;
    }
    big_result(heap, &v)
}

/// `parse_integer`, by a dirty job for a huge number (`function`/`args`:
/// the native, to continue through).
fn parse_integer_of(
    ctx: &mut BifContext,
    s: String,
    base: u32,
    function: &str,
    args: &[Term],
) -> BifResult {
    ctx.charge(s.len() / 16);
    let digits = s.strip_prefix(['+', '-']).unwrap_or(&s);
    if digits.len() < DIRTY_PARSE_DIGITS || !digits.chars().all(|c| c.is_digit(base)) {
        return parse_integer(ctx.heap(), &s, base);
    }
    let v = ctx.dirty(
        &[args[0], Term::small(base as i64)],
        || {
            Box::new(move || {
                let digits = s.strip_prefix(['+', '-']).unwrap_or(&s);
                let v = BigInt::parse_bytes(digits.as_bytes(), base).unwrap_or_default();
                DirtyValue::Int(if s.starts_with('-') { -v } else { v })
            })
        },
        function,
        args,
    )?;
    match v {
        DirtyValue::Int(v) => big_result(ctx.heap(), &v),
        DirtyValue::Text(_) => Err(badarg()),
    }
}

fn list_to_integer1(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let s = char_list(args[0]).ok_or_else(badarg)?;
    parse_integer_of(ctx, s, 10, "list_to_integer", args)
}

fn list_to_integer2(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let s = char_list(args[0]).ok_or_else(badarg)?;
    let base = base_arg(args[1])?;
    parse_integer_of(ctx, s, base, "list_to_integer", args)
}

fn binary_to_integer1(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let s = binary_text(args[0])?;
    parse_integer_of(ctx, s, 10, "binary_to_integer", args)
}

fn binary_to_integer2(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let s = binary_text(args[0])?;
    let base = base_arg(args[1])?;
    parse_integer_of(ctx, s, base, "binary_to_integer", args)
}

// ---- floats --------------------------------------------------------------------

/// Erlang float syntax: `[+-]?D+.D+([eE][+-]?D+)?`; out of range is badarg.
pub fn parse_float(s: &str) -> Option<f64> {
    let body = s.strip_prefix(['+', '-']).unwrap_or(s);
    let (mantissa, exponent) = match body.find(['e', 'E']) {
        Some(i) => (&body[..i], Some(&body[i + 1..])),
        None => (body, None),
    };
    let (int, frac) = mantissa.split_once('.')?;
    let all_digits = |d: &str| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit());
    if !all_digits(int) || !all_digits(frac) {
        return None;
    }
    if let Some(e) = exponent {
        if !all_digits(e.strip_prefix(['+', '-']).unwrap_or(e)) {
            return None;
        }
    }
    let v: f64 = s.parse().ok()?;
    v.is_finite().then_some(v)
}

fn list_to_float(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let s = char_list(args[0]).ok_or_else(badarg)?;
    let f = parse_float(&s).ok_or_else(badarg)?;
    Ok(build::float(ctx.heap(), f))
}

fn binary_to_float(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let s = binary_text(args[0])?;
    let f = parse_float(&s).ok_or_else(badarg)?;
    Ok(build::float(ctx.heap(), f))
}

/// `float_to_list(F, Options)`'s text.
fn float_text(f: Term, opts: Term) -> Result<String, Exception> {
    let f = f.as_float().ok_or_else(badarg)?;
    enum Style {
        Default,
        Short,
        Decimals(usize),
        Scientific(usize),
    }
    let mut style = Style::Default;
    let mut compact = false;
    for o in list_to_vec(opts).ok_or_else(badarg)? {
        if let Some(a) = o.as_atom() {
            match a.name() {
                "short" => style = Style::Short,
                "compact" => compact = true,
                _ => return Err(badarg()),
            }
            continue;
        }
        match o.tuple_elements() {
            [k, n] if k.is_atom() => {
                let n = n.as_small().filter(|n| *n >= 0).ok_or_else(badarg)?;
                let n = usize::try_from(n).map_err(|_| badarg())?;
                match k.as_atom().map(|a| a.name()) {
                    Some("decimals") => style = Style::Decimals(n),
                    Some("scientific") => style = Style::Scientific(n),
                    _ => return Err(badarg()),
                }
            }
            _ => return Err(badarg()),
        }
    }
    match style {
        Style::Default => Ok(float_fmt::float_to_list(f)),
        Style::Short => Ok(float_fmt::short(f)),
        Style::Decimals(n) => float_fmt::decimals(f, n, compact).ok_or_else(badarg),
        Style::Scientific(n) => float_fmt::scientific(f, n).ok_or_else(badarg),
    }
}

fn float_to_list1(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let s = float_text(args[0], Term::NIL)?;
    Ok(string_term(ctx, &s))
}

fn float_to_list2(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let s = float_text(args[0], args[1])?;
    Ok(string_term(ctx, &s))
}

fn float_to_binary1(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let s = float_text(args[0], Term::NIL)?;
    Ok(bytes_term(ctx, s.as_bytes()))
}

fn float_to_binary2(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let s = float_text(args[0], args[1])?;
    Ok(bytes_term(ctx, s.as_bytes()))
}

// ---- atoms ---------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq, Eq)]
enum Encoding {
    Latin1,
    Utf8,
}

fn encoding_arg(t: Term) -> Result<Encoding, Exception> {
    match t.as_atom() {
        Some(atom::LATIN1) => Ok(Encoding::Latin1),
        Some(atom::UTF8 | atom::UNICODE) => Ok(Encoding::Utf8),
        _ => Err(badarg()),
    }
}

fn atom_to_list(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let a = args[0].as_atom().ok_or_else(badarg)?;
    Ok(string_term(ctx, a.name()))
}

fn atom_bytes(a: Term, enc: Encoding) -> Result<Vec<u8>, Exception> {
    let name = a.as_atom().ok_or_else(badarg)?.name();
    match enc {
        Encoding::Utf8 => Ok(name.as_bytes().to_vec()),
        Encoding::Latin1 => name
            .chars()
            .map(|c| u8::try_from(c as u32).map_err(|_| badarg()))
            .collect(),
    }
}

fn atom_to_binary1(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let b = atom_bytes(args[0], Encoding::Utf8)?;
    Ok(bytes_term(ctx, &b))
}

fn atom_to_binary2(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let enc = encoding_arg(args[1])?;
    let b = atom_bytes(args[0], enc)?;
    Ok(bytes_term(ctx, &b))
}

fn list_to_atom(_ctx: &mut BifContext, args: &[Term]) -> BifResult {
    atom_term(&char_list(args[0]).ok_or_else(badarg)?)
}

fn list_to_existing_atom(_ctx: &mut BifContext, args: &[Term]) -> BifResult {
    existing_atom(&char_list(args[0]).ok_or_else(badarg)?)
}

/// The name a binary denotes in `enc`.
fn binary_name(b: Term, enc: Encoding) -> Result<String, Exception> {
    let bytes = binary_bytes(b).ok_or_else(badarg)?;
    match enc {
        Encoding::Latin1 => Ok(bytes.iter().map(|&b| b as char).collect()),
        Encoding::Utf8 => String::from_utf8(bytes).map_err(|_| badarg()),
    }
}

fn binary_to_atom1(_ctx: &mut BifContext, args: &[Term]) -> BifResult {
    atom_term(&binary_name(args[0], Encoding::Utf8)?)
}

fn binary_to_atom2(_ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let enc = encoding_arg(args[1])?;
    atom_term(&binary_name(args[0], enc)?)
}

fn binary_to_existing_atom1(_ctx: &mut BifContext, args: &[Term]) -> BifResult {
    existing_atom(&binary_name(args[0], Encoding::Utf8)?)
}

fn binary_to_existing_atom2(_ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let enc = encoding_arg(args[1])?;
    existing_atom(&binary_name(args[0], enc)?)
}

// ---- binaries and iolists ------------------------------------------------------

fn binary_to_list1(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let bits = args[0].as_bits().ok_or_else(badarg)?;
    if !bits.bit_len.is_multiple_of(8) {
        return Err(badarg());
    }
    bytes_onto(ctx, args[0], 0, bits.bit_len / 8, Term::NIL)
}

fn binary_to_list3(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let bits = args[0].as_bits().ok_or_else(badarg)?;
    let (start, stop) = (small_arg(args[1])?, small_arg(args[2])?);
    let whole = (bits.bit_len / 8) as i64;
    if start < 1 || stop < start || stop > whole {
        return Err(badarg());
    }
    bytes_onto(ctx, args[0], start as usize - 1, stop as usize, Term::NIL)
}

/// Puts bytes `from..to` of the bitstring `bin` in front of `acc` as
/// integers, from the last: `TRAP_CHUNK` of them per call when the caller
/// may trap, continuing through `lists:'$binary_to_list'/4`.
fn bytes_onto(ctx: &mut BifContext, bin: Term, from: usize, to: usize, mut acc: Term) -> BifResult {
    let bits = bin.as_bits().ok_or_else(badarg)?;
    if from > to || to > bits.bit_len / 8 {
        return Err(badarg());
    }
    let n = to - from;
    let k = if ctx.can_trap() { n.min(TRAP_CHUNK) } else { n };
    let first = to - k;
    match bits.as_bytes() {
        Some(bytes) => {
            for &b in bytes[first..to].iter().rev() {
                acc = build::cons(ctx.heap(), Term::small(b as i64), acc);
            }
        }
        None => {
            for i in (first..to).rev() {
                let b = bits.read_bits(i * 8, 8);
                acc = build::cons(ctx.heap(), Term::small(b as i64), acc);
            }
        }
    }
    ctx.charge(k / 16);
    if first == from {
        return Ok(acc);
    }
    let args = [
        bin,
        Term::small(from as i64),
        Term::small(first as i64),
        acc,
    ];
    Err(ctx.trap("lists", "$binary_to_list", &args))
}

/// `lists:'$binary_to_list_chunk'(Bin, From, To, Acc)`.
fn binary_to_list_chunk(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let (Some(from), Some(to)) = (args[1].as_small(), args[2].as_small()) else {
        return Err(badarg());
    };
    if from < 0 || to < 0 {
        return Err(badarg());
    }
    bytes_onto(ctx, args[0], from as usize, to as usize, args[3])
}

/// Appends the bits of an iolist (or, with `bits`, a bitstring list) to
/// `out`, a bit buffer of `*len` bits.
fn collect_io(t: Term, bits: bool, out: &mut Vec<u8>, len: &mut usize) -> Result<(), Exception> {
    let mut stack = vec![t];
    while let Some(t) = stack.pop() {
        if t.is_nil() {
            continue;
        }
        if let Some((h, tl)) = t.as_cons() {
            stack.push(tl);
            match h.as_small() {
                Some(b @ 0..=255) => push_bits(out, len, &[b as u8], 8),
                Some(_) => return Err(badarg()),
                None if h.is_list() => stack.push(h),
                None => {
                    let s = h.as_bits().ok_or_else(badarg)?;
                    if !bits && s.bit_len % 8 != 0 {
                        return Err(badarg());
                    }
                    push_bits(out, len, &s.to_bytes(), s.bit_len);
                }
            }
            continue;
        }
        // A binary tail of an improper list.
        let s = t.as_bits().ok_or_else(badarg)?;
        if !bits && s.bit_len % 8 != 0 {
            return Err(badarg());
        }
        push_bits(out, len, &s.to_bytes(), s.bit_len);
    }
    Ok(())
}

/// Appends `n` bits of `src` to the bit buffer `out` of `*len` bits.
fn push_bits(out: &mut Vec<u8>, len: &mut usize, src: &[u8], n: usize) {
    if (*len).is_multiple_of(8) {
        out.truncate(*len / 8);
        out.extend_from_slice(&src[..n.div_ceil(8)]);
        *len += n;
        return;
    }
    for i in 0..n {
        let bit = (src[i / 8] >> (7 - i % 8)) & 1;
        if (*len).is_multiple_of(8) {
            out.push(0);
        }
        if bit == 1 {
            out[*len / 8] |= 0x80 >> (*len % 8);
        }
        *len += 1;
    }
}

fn iolist_bytes(ctx: &mut BifContext, t: Term, bits: bool) -> Result<(Vec<u8>, usize), Exception> {
    let mut out = Vec::new();
    let mut len = 0;
    collect_io(t, bits, &mut out, &mut len)?;
    ctx.charge(out.len() / 16);
    Ok((out, len))
}

fn list_to_binary(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    if !args[0].is_list() {
        return Err(badarg());
    }
    iolist_start(ctx, args[0], IoResult::Binary)
}

fn iolist_to_binary(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let t = args[0];
    if t.is_binary() {
        return Ok(t);
    }
    if !t.is_list() {
        return Err(badarg());
    }
    iolist_start(ctx, t, IoResult::IoBinary)
}

fn iolist_size(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let t = args[0];
    if !t.is_list() && !t.is_binary() {
        return Err(badarg());
    }
    iolist_start(ctx, t, IoResult::Size)
}

/// What a walk of an iolist makes of its bytes.
#[derive(Clone, Copy)]
enum IoResult {
    /// `list_to_binary/1`.
    Binary,
    /// `iolist_to_binary/1`.
    IoBinary,
    /// `iolist_size/1`.
    Size,
}

impl IoResult {
    fn code(self) -> i64 {
        self as i64
    }

    fn from_code(c: i64) -> Option<IoResult> {
        [IoResult::Binary, IoResult::IoBinary, IoResult::Size]
            .into_iter()
            .find(|r| r.code() == c)
    }

    fn name(self) -> &'static str {
        match self {
            IoResult::Binary => "list_to_binary",
            IoResult::IoBinary => "iolist_to_binary",
            IoResult::Size => "iolist_size",
        }
    }

    fn make(self, ctx: &mut BifContext, bytes: &[u8]) -> Term {
        match self {
            IoResult::Size => build::int(ctx.heap(), bytes.len() as i64),
            _ => build::binary(ctx.heap(), bytes),
        }
    }
}

/// The bytes of a long iolist collected so far, kept in the process
/// between the steps of its walk.
struct IoBytes(Vec<u8>);

/// Walks the iolist `t`: in one go when the caller cannot trap, else
/// `TRAP_CHUNK` elements per call, continuing through
/// `lists:'$iolist'/4` with the bytes so far kept in the process.
fn iolist_start(ctx: &mut BifContext, t: Term, what: IoResult) -> BifResult {
    if !ctx.can_trap() {
        let (b, _) = iolist_bytes(ctx, t, false)?;
        return Ok(what.make(ctx, &b));
    }
    let mut out = Vec::new();
    let stack = build::cons(ctx.heap(), t, Term::NIL);
    match io_steps(ctx, &mut out, stack)? {
        None => Ok(what.make(ctx, &out)),
        Some(stack) => {
            let id = ctx.new_native_state(IoBytes(out));
            let args = [id, stack, Term::small(what.code()), t];
            Err(ctx.trap("lists", "$iolist", &args))
        }
    }
}

/// `lists:'$iolist_chunk'(Id, Stack, What, IoList)`: the walk continued;
/// an error names the BIF called with IoList.
fn iolist_chunk(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let (id, stack, orig) = (args[0], args[1], args[3]);
    let what = args[2]
        .as_small()
        .and_then(IoResult::from_code)
        .ok_or_else(badarg)?;
    let mut state = ctx.take_native_state::<IoBytes>(id)?;
    match io_steps(ctx, &mut state.0, stack) {
        Ok(None) => Ok(what.make(ctx, &state.0)),
        Ok(Some(stack)) => {
            ctx.put_native_state(id, state);
            Err(ctx.trap("lists", "$iolist", &[id, stack, args[2], orig]))
        }
        Err(e) => Err(ctx.error_in(e, "erlang", what.name(), &[orig])),
    }
}

/// Up to `TRAP_CHUNK` steps of an iolist walk: `stack` holds the parts
/// still to walk (a list, the next first), their bytes go to `out`.
/// `None` when done, else what is left of the stack.
fn io_steps(
    ctx: &mut BifContext,
    out: &mut Vec<u8>,
    mut stack: Term,
) -> Result<Option<Term>, Exception> {
    let mut len = out.len() * 8;
    // Parts pushed in this call stay here rather than on the heap.
    let mut local: Vec<Term> = Vec::new();
    let mut k = 0;
    loop {
        let t = match local.pop() {
            Some(t) => t,
            None => match stack.as_cons() {
                Some((t, rest)) => {
                    stack = rest;
                    t
                }
                None => break,
            },
        };
        if k == TRAP_CHUNK {
            local.push(t);
            for t in local {
                stack = build::cons(ctx.heap(), t, stack);
            }
            ctx.charge(k / 16);
            return Ok(Some(stack));
        }
        k += 1;
        if t.is_nil() {
            continue;
        }
        if let Some((h, tl)) = t.as_cons() {
            local.push(tl);
            match h.as_small() {
                Some(b @ 0..=255) => out.push(b as u8),
                Some(_) => return Err(badarg()),
                None if h.is_list() => local.push(h),
                None => {
                    let s = h.as_bits().ok_or_else(badarg)?;
                    if s.bit_len % 8 != 0 {
                        return Err(badarg());
                    }
                    push_bits(out, &mut len, &s.to_bytes(), s.bit_len);
                }
            }
            len = out.len() * 8;
            continue;
        }
        // A binary tail of an improper list (or the whole of a binary).
        let s = t.as_bits().ok_or_else(badarg)?;
        if s.bit_len % 8 != 0 {
            return Err(badarg());
        }
        push_bits(out, &mut len, &s.to_bytes(), s.bit_len);
    }
    ctx.charge(k / 16);
    Ok(None)
}

fn list_to_bitstring(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    if !args[0].is_list() {
        return Err(badarg());
    }
    let (b, len) = iolist_bytes(ctx, args[0], true)?;
    Ok(build::bitstring(ctx.heap(), &b, len))
}

fn bitstring_to_list(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let t = args[0];
    let bits = t.as_bits().ok_or_else(badarg)?;
    let bytes = bits.to_bytes();
    let whole = bits.bit_len / 8;
    ctx.charge(whole / 16);
    let mut es: Vec<Term> = bytes[..whole]
        .iter()
        .map(|&b| Term::small(b as i64))
        .collect();
    if bits.bit_len % 8 != 0 {
        let rest = build::sub_binary(ctx.heap(), t, whole * 8, bits.bit_len % 8);
        es.push(rest);
    }
    Ok(build::list(ctx.heap(), &es))
}

fn part(ctx: &mut BifContext, b: Term, start: Term, len: Term) -> BifResult {
    let bits = b.as_bits().ok_or_else(badarg)?;
    let (start, len) = (small_arg(start)?, small_arg(len)?);
    let size = (bits.bit_len / 8) as i64;
    let (from, to) = if len < 0 {
        (start + len, start)
    } else {
        (start, start + len)
    };
    if from < 0 || to > size {
        return Err(badarg());
    }
    let n = (to - from) as usize;
    Ok(build::sub_binary(ctx.heap(), b, from as usize * 8, n * 8))
}

fn binary_part2(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    match args[1].tuple_elements() {
        [s, l] if args[1].is_tuple() => part(ctx, args[0], *s, *l),
        _ => Err(badarg()),
    }
}

fn binary_part3(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    part(ctx, args[0], args[1], args[2])
}

fn split_binary(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let b = args[0];
    let bits = b.as_bits().ok_or_else(badarg)?;
    let pos = small_arg(args[1])?;
    if pos < 0 || pos as usize * 8 > bits.bit_len {
        return Err(badarg());
    }
    let at = pos as usize * 8;
    let left = build::sub_binary(ctx.heap(), b, 0, at);
    let right = build::sub_binary(ctx.heap(), b, at, bits.bit_len - at);
    Ok(ctx.tuple(&[left, right]))
}

pub const TABLE: &[(&str, &str, usize, BifFn)] = &[
    ("erlang", "integer_to_list", 1, integer_to_list1),
    ("erlang", "integer_to_list", 2, integer_to_list2),
    ("erlang", "integer_to_binary", 1, integer_to_binary1),
    ("erlang", "integer_to_binary", 2, integer_to_binary2),
    ("erlang", "list_to_integer", 1, list_to_integer1),
    ("erlang", "list_to_integer", 2, list_to_integer2),
    ("erlang", "binary_to_integer", 1, binary_to_integer1),
    ("erlang", "binary_to_integer", 2, binary_to_integer2),
    ("erlang", "list_to_float", 1, list_to_float),
    ("erlang", "binary_to_float", 1, binary_to_float),
    ("erlang", "float_to_list", 1, float_to_list1),
    ("erlang", "float_to_list", 2, float_to_list2),
    ("erlang", "float_to_binary", 1, float_to_binary1),
    ("erlang", "float_to_binary", 2, float_to_binary2),
    ("erlang", "atom_to_list", 1, atom_to_list),
    ("erlang", "atom_to_binary", 1, atom_to_binary1),
    ("erlang", "atom_to_binary", 2, atom_to_binary2),
    ("erlang", "list_to_atom", 1, list_to_atom),
    ("erlang", "list_to_existing_atom", 1, list_to_existing_atom),
    ("erlang", "binary_to_atom", 1, binary_to_atom1),
    ("erlang", "binary_to_atom", 2, binary_to_atom2),
    (
        "erlang",
        "binary_to_existing_atom",
        1,
        binary_to_existing_atom1,
    ),
    (
        "erlang",
        "binary_to_existing_atom",
        2,
        binary_to_existing_atom2,
    ),
    ("erlang", "binary_to_list", 1, binary_to_list1),
    ("lists", "$binary_to_list_chunk", 4, binary_to_list_chunk),
    ("lists", "$iolist_chunk", 4, iolist_chunk),
    ("erlang", "binary_to_list", 3, binary_to_list3),
    ("erlang", "list_to_binary", 1, list_to_binary),
    ("erlang", "iolist_to_binary", 1, iolist_to_binary),
    ("erlang", "iolist_size", 1, iolist_size),
    ("erlang", "list_to_bitstring", 1, list_to_bitstring),
    ("erlang", "bitstring_to_list", 1, bitstring_to_list),
    ("erlang", "binary_part", 2, binary_part2),
    ("erlang", "binary_part", 3, binary_part3),
    ("erlang", "split_binary", 2, split_binary),
];

#[cfg(test)]
#[path = "erlang_convert_tests.rs"]
mod tests;
