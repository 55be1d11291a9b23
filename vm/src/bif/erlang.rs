//! `erlang` BIFs on terms: comparisons, boolean operators, type tests,
//! tuples (`element`, `setelement`, `make_tuple`, `append_element`...), lists (`hd`, `tl`;
//! `length`, `++` and `--` are in `erlang_lists`), numbers (`abs`,
//! `max`, `round`, `float`...) and the map guard BIFs. Conversions are in
//! `erlang_convert`, process-related BIFs in `erlang_proc`.
//!
//! Error reasons are OTP's: `badarg` for wrong argument types, `{badmap, M}`
//! and `{badkey, K}` for the map BIFs.

use super::arith::{self, to_f64};
use super::{badarg, BifContext, BifFn, BifResult, Exception};
use crate::heap::{build, Heap};
use crate::term::order::{cmp, cmp_exact, eq, exact_eq};
use crate::term::{atom, BoxKind, Term};
use num_bigint::BigInt;
use num_traits::FromPrimitive;
use std::cmp::Ordering;

/// The largest tuple BEAM builds (`list_to_tuple`, `erlang:make_tuple`).
pub const MAX_TUPLE_ARITY: usize = (1 << 24) - 1;

// ---- helpers shared by the bif modules -------------------------------------

/// The elements of a proper list, or `None`.
pub fn list_to_vec(t: Term) -> Option<Vec<Term>> {
    let mut v = Vec::new();
    let mut l = t;
    while let Some((h, tl)) = l.as_cons() {
        v.push(h);
        l = tl;
    }
    l.is_nil().then_some(v)
}

/// The elements of a list and its final tail (`[]` for a proper list).
pub fn list_parts(t: Term) -> (Vec<Term>, Term) {
    let mut v = Vec::new();
    let mut l = t;
    while let Some((h, tl)) = l.as_cons() {
        v.push(h);
        l = tl;
    }
    (v, l)
}

/// A small integer argument.
pub fn small_arg(t: Term) -> Result<i64, Exception> {
    t.as_small().ok_or_else(badarg)
}

/// `{Tag, Value}` as an error reason.
pub fn error2(heap: &mut Heap, tag: atom::Atom, value: Term) -> Exception {
    Exception::error(build::tuple(heap, &[Term::atom(tag), value]))
}

pub fn badmap(heap: &mut Heap, m: Term) -> Exception {
    error2(heap, atom::BADMAP, m)
}

pub fn badkey(heap: &mut Heap, k: Term) -> Exception {
    error2(heap, atom::BADKEY, k)
}

/// A term ordered by `cmp_exact` (map-key order), for sets and multisets.
#[derive(Clone, Copy)]
pub struct Exact(pub Term);

impl PartialEq for Exact {
    fn eq(&self, other: &Self) -> bool {
        exact_eq(self.0, other.0)
    }
}

impl Eq for Exact {}

impl PartialOrd for Exact {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Exact {
    fn cmp(&self, other: &Self) -> Ordering {
        cmp_exact(self.0, other.0)
    }
}

// ---- comparisons and booleans ----------------------------------------------

macro_rules! cmp_bifs {
    ($($name:ident($a:ident, $b:ident) => $e:expr),* $(,)?) => {
        $(fn $name(_ctx: &mut BifContext, args: &[Term]) -> BifResult {
            let ($a, $b) = (args[0], args[1]);
            Ok(Term::bool($e))
        })*
    };
}

cmp_bifs! {
    op_eq(a, b) => eq(a, b),
    op_ne(a, b) => !eq(a, b),
    op_exact_eq(a, b) => exact_eq(a, b),
    op_exact_ne(a, b) => !exact_eq(a, b),
    op_lt(a, b) => cmp(a, b) == Ordering::Less,
    op_gt(a, b) => cmp(a, b) == Ordering::Greater,
    op_le(a, b) => cmp(a, b) != Ordering::Greater,
    op_ge(a, b) => cmp(a, b) != Ordering::Less,
}

fn boolean(t: Term) -> Result<bool, Exception> {
    if t == Term::atom(atom::TRUE) {
        Ok(true)
    } else if t == Term::atom(atom::FALSE) {
        Ok(false)
    } else {
        Err(badarg())
    }
}

fn op_and(_ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let (a, b) = (boolean(args[0])?, boolean(args[1])?);
    Ok(Term::bool(a && b))
}

fn op_or(_ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let (a, b) = (boolean(args[0])?, boolean(args[1])?);
    Ok(Term::bool(a || b))
}

fn op_xor(_ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let (a, b) = (boolean(args[0])?, boolean(args[1])?);
    Ok(Term::bool(a != b))
}

fn op_not(_ctx: &mut BifContext, args: &[Term]) -> BifResult {
    Ok(Term::bool(!boolean(args[0])?))
}

// ---- type tests ------------------------------------------------------------

macro_rules! type_tests {
    ($($name:ident($t:ident) => $e:expr),* $(,)?) => {
        $(fn $name(_ctx: &mut BifContext, args: &[Term]) -> BifResult {
            let $t = args[0];
            Ok(Term::bool($e))
        })*
    };
}

type_tests! {
    is_atom(t) => t.is_atom(),
    is_binary(t) => t.is_binary(),
    is_bitstring(t) => t.is_bitstring(),
    is_boolean(t) => t.is_boolean(),
    is_float(t) => t.is_float(),
    is_function1(t) => t.is_function(),
    is_integer(t) => t.is_integer(),
    is_list(t) => t.is_list(),
    is_map(t) => t.is_map(),
    is_number(t) => t.is_number(),
    is_pid(t) => t.is_pid(),
    is_port(t) => { let _ = t; false },
    is_reference(t) => t.is_ref(),
    is_tuple(t) => t.is_tuple(),
}

fn is_function2(_ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let arity = args[1];
    if !arity.is_integer() || arity.to_bigint().is_some_and(|a| a < BigInt::from(0)) {
        return Err(badarg());
    }
    let f = args[0];
    let ok = f.is_function() && arity.as_small() == Some(f.fun_arity() as i64);
    Ok(Term::bool(ok))
}

// ---- tuples ----------------------------------------------------------------

/// A 1-based index into a tuple of `arity` elements, as a 0-based index.
fn tuple_index(n: Term, arity: usize) -> Result<usize, Exception> {
    match n.as_small() {
        Some(i) if i >= 1 && (i as u64) <= arity as u64 => Ok(i as usize - 1),
        _ => Err(badarg()),
    }
}

fn element(_ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let t = args[1];
    if !t.is_tuple() {
        return Err(badarg());
    }
    let es = t.tuple_elements();
    Ok(es[tuple_index(args[0], es.len())?])
}

fn setelement(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let t = args[1];
    if !t.is_tuple() {
        return Err(badarg());
    }
    let mut es = t.tuple_elements().to_vec();
    let i = tuple_index(args[0], es.len())?;
    es[i] = args[2];
    ctx.charge(es.len() / 16);
    Ok(ctx.tuple(&es))
}

fn tuple_size(_ctx: &mut BifContext, args: &[Term]) -> BifResult {
    if !args[0].is_tuple() {
        return Err(badarg());
    }
    Ok(Term::small(args[0].tuple_arity() as i64))
}

fn size(_ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let t = args[0];
    if t.is_tuple() {
        return Ok(Term::small(t.tuple_arity() as i64));
    }
    match t.as_bits() {
        Some(b) => Ok(Term::small((b.bit_len / 8) as i64)),
        None => Err(badarg()),
    }
}

fn byte_size(_ctx: &mut BifContext, args: &[Term]) -> BifResult {
    match args[0].as_bits() {
        Some(b) => Ok(Term::small(b.bit_len.div_ceil(8) as i64)),
        None => Err(badarg()),
    }
}

fn bit_size(_ctx: &mut BifContext, args: &[Term]) -> BifResult {
    match args[0].as_bits() {
        Some(b) => Ok(Term::small(b.bit_len as i64)),
        None => Err(badarg()),
    }
}

fn make_tuple2(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let n = match args[0].as_small() {
        Some(n) if (0..=MAX_TUPLE_ARITY as i64).contains(&n) => n as usize,
        _ => return Err(badarg()),
    };
    ctx.charge(n / 16);
    Ok(ctx.tuple(&vec![args[1]; n]))
}

/// `erlang:make_tuple(N, Default, [{Pos, Term}])`: later entries win.
fn make_tuple3(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let n = match args[0].as_small() {
        Some(n) if (0..=MAX_TUPLE_ARITY as i64).contains(&n) => n as usize,
        _ => return Err(badarg()),
    };
    let init = list_to_vec(args[2]).ok_or_else(badarg)?;
    let mut es = vec![args[1]; n];
    for pair in init {
        match pair.tuple_elements() {
            [pos, v] if pair.is_tuple() => es[tuple_index(*pos, n)?] = *v,
            _ => return Err(badarg()),
        }
    }
    ctx.charge(n / 16);
    Ok(ctx.tuple(&es))
}

fn append_element(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let t = args[0];
    if !t.is_tuple() || t.tuple_arity() >= MAX_TUPLE_ARITY {
        return Err(badarg());
    }
    let mut es = t.tuple_elements().to_vec();
    es.push(args[1]);
    ctx.charge(es.len() / 16);
    Ok(ctx.tuple(&es))
}

fn insert_element(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let t = args[1];
    if !t.is_tuple() || t.tuple_arity() >= MAX_TUPLE_ARITY {
        return Err(badarg());
    }
    let mut es = t.tuple_elements().to_vec();
    let i = tuple_index(args[0], es.len() + 1)?;
    es.insert(i, args[2]);
    ctx.charge(es.len() / 16);
    Ok(ctx.tuple(&es))
}

fn delete_element(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let t = args[1];
    if !t.is_tuple() {
        return Err(badarg());
    }
    let mut es = t.tuple_elements().to_vec();
    let i = tuple_index(args[0], es.len())?;
    es.remove(i);
    ctx.charge(es.len() / 16);
    Ok(ctx.tuple(&es))
}

fn tuple_to_list(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    if !args[0].is_tuple() {
        return Err(badarg());
    }
    let es = args[0].tuple_elements();
    ctx.charge(es.len() / 16);
    Ok(build::list(ctx.heap(), es))
}

fn list_to_tuple(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let es = list_to_vec(args[0]).ok_or_else(badarg)?;
    if es.len() > MAX_TUPLE_ARITY {
        return Err(badarg());
    }
    ctx.charge(es.len() / 16);
    Ok(ctx.tuple(&es))
}

// ---- lists -------------------------------------------------------------------

fn hd(_ctx: &mut BifContext, args: &[Term]) -> BifResult {
    args[0].as_cons().map(|(h, _)| h).ok_or_else(badarg)
}

fn tl(_ctx: &mut BifContext, args: &[Term]) -> BifResult {
    args[0].as_cons().map(|(_, t)| t).ok_or_else(badarg)
}

// ---- numbers -----------------------------------------------------------------

fn abs(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    arith::abs(ctx.heap(), args[0])
}

fn max(_ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let (a, b) = (args[0], args[1]);
    Ok(if cmp(a, b) == Ordering::Less { b } else { a })
}

fn min(_ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let (a, b) = (args[0], args[1]);
    Ok(if cmp(b, a) == Ordering::Less { b } else { a })
}

/// An integral float as an integer term.
pub fn float_to_int(heap: &mut Heap, f: f64) -> BifResult {
    if f.abs() < (1u64 << 60) as f64 {
        return Ok(build::int(heap, f as i64));
    }
    match BigInt::from_f64(f) {
        Some(b) => Ok(build::bigint(heap, &b)),
        None => Err(badarg()),
    }
}

/// `round`, `trunc`, `floor`, `ceil`: integers pass through, floats are
/// rounded by `f`, anything else is badarg.
fn to_integer(ctx: &mut BifContext, t: Term, f: fn(f64) -> f64) -> BifResult {
    if t.is_integer() {
        return Ok(t);
    }
    match t.as_float() {
        Some(x) => float_to_int(ctx.heap(), f(x)),
        None => Err(badarg()),
    }
}

fn round(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    to_integer(ctx, args[0], f64::round)
}

fn trunc(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    to_integer(ctx, args[0], f64::trunc)
}

fn floor(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    to_integer(ctx, args[0], f64::floor)
}

fn ceil(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    to_integer(ctx, args[0], f64::ceil)
}

fn float(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let t = args[0];
    if t.is_float() {
        return Ok(t);
    }
    if !t.is_integer() {
        return Err(badarg());
    }
    match to_f64(t) {
        Some(f) => Ok(build::float(ctx.heap(), f)),
        None => Err(badarg()),
    }
}

// ---- maps ----------------------------------------------------------------------

fn map_get(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let (k, m) = (args[0], args[1]);
    if !m.is_map() {
        return Err(badmap(ctx.heap(), m));
    }
    m.map_get(k).ok_or_else(|| badkey(ctx.heap(), k))
}

fn map_size(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let m = args[0];
    if !m.is_map() {
        return Err(badmap(ctx.heap(), m));
    }
    Ok(Term::small(m.map_size() as i64))
}

fn is_map_key(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let (k, m) = (args[0], args[1]);
    if !m.is_map() {
        return Err(badmap(ctx.heap(), m));
    }
    Ok(Term::bool(m.map_get(k).is_some()))
}

pub const TABLE: &[(&str, &str, usize, BifFn)] = &[
    ("erlang", "==", 2, op_eq),
    ("erlang", "/=", 2, op_ne),
    ("erlang", "=:=", 2, op_exact_eq),
    ("erlang", "=/=", 2, op_exact_ne),
    ("erlang", "<", 2, op_lt),
    ("erlang", ">", 2, op_gt),
    ("erlang", "=<", 2, op_le),
    ("erlang", ">=", 2, op_ge),
    ("erlang", "and", 2, op_and),
    ("erlang", "or", 2, op_or),
    ("erlang", "xor", 2, op_xor),
    ("erlang", "not", 1, op_not),
    ("erlang", "is_atom", 1, is_atom),
    ("erlang", "is_binary", 1, is_binary),
    ("erlang", "is_bitstring", 1, is_bitstring),
    ("erlang", "is_boolean", 1, is_boolean),
    ("erlang", "is_float", 1, is_float),
    ("erlang", "is_function", 1, is_function1),
    ("erlang", "is_function", 2, is_function2),
    ("erlang", "is_integer", 1, is_integer),
    ("erlang", "is_list", 1, is_list),
    ("erlang", "is_map", 1, is_map),
    ("erlang", "is_number", 1, is_number),
    ("erlang", "is_pid", 1, is_pid),
    ("erlang", "is_port", 1, is_port),
    ("erlang", "is_reference", 1, is_reference),
    ("erlang", "is_tuple", 1, is_tuple),
    ("erlang", "element", 2, element),
    ("erlang", "setelement", 3, setelement),
    ("erlang", "tuple_size", 1, tuple_size),
    ("erlang", "size", 1, size),
    ("erlang", "byte_size", 1, byte_size),
    ("erlang", "bit_size", 1, bit_size),
    ("erlang", "make_tuple", 2, make_tuple2),
    ("erlang", "make_tuple", 3, make_tuple3),
    ("erlang", "append_element", 2, append_element),
    ("erlang", "insert_element", 3, insert_element),
    ("erlang", "delete_element", 2, delete_element),
    ("erlang", "tuple_to_list", 1, tuple_to_list),
    ("erlang", "list_to_tuple", 1, list_to_tuple),
    ("erlang", "hd", 1, hd),
    ("erlang", "tl", 1, tl),
    ("erlang", "abs", 1, abs),
    ("erlang", "max", 2, max),
    ("erlang", "min", 2, min),
    ("erlang", "round", 1, round),
    ("erlang", "trunc", 1, trunc),
    ("erlang", "floor", 1, floor),
    ("erlang", "ceil", 1, ceil),
    ("erlang", "float", 1, float),
    ("erlang", "map_get", 2, map_get),
    ("erlang", "map_size", 1, map_size),
    ("erlang", "is_map_key", 2, is_map_key),
];

/// Whether `t` is a closure (not an external fun).
pub fn is_closure(t: Term) -> bool {
    t.box_kind() == Some(BoxKind::Fun)
}

#[cfg(test)]
#[path = "erlang_tests.rs"]
pub(crate) mod tests;
