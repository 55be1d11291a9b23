//! `erlang` BIFs about the running process and the system: exceptions
//! (`error`, `throw`, `exit/1`, `raise`, `halt`), identity (`self`,
//! `node`), references and external funs, the process dictionary, hashing,
//! time, and sending to self.
//!
//! Deviations from OTP:
//! - The process dictionary is kept sorted by key (exact term order), so
//!   lookups are binary searches, and `get/0`, `get_keys/0,1` and `erase/0`
//!   list it in descending key order. OTP lists it in hash-table order,
//!   which depends on atom-table indices and cannot be reproduced; the two
//!   agree for small sets of integer keys (OTP: `[3,2,1]` after putting 3,
//!   1 and 2).
//! - `error/2,3` raise the reason, but the argument list does not replace
//!   the caller's arity in the top stack frame.
//! - `monotonic_time` counts from VM start minus 2^59 ns, as BEAM's does
//!   from an arbitrary negative origin.

use super::erlang::list_to_vec;
use super::{badarg, BifContext, BifFn, BifResult, ExcClass, Exception};
use crate::heap::build;
use crate::term::order::{cmp_exact, exact_eq};
use crate::term::{atom, hash, Term};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::ToPrimitive;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

// ---- exceptions ------------------------------------------------------------------

fn error1(_ctx: &mut BifContext, args: &[Term]) -> BifResult {
    Err(Exception::error(args[0]))
}

fn error2(_ctx: &mut BifContext, args: &[Term]) -> BifResult {
    Err(Exception::error(args[0]))
}

fn error3(_ctx: &mut BifContext, args: &[Term]) -> BifResult {
    Err(Exception::error(args[0]))
}

fn throw(_ctx: &mut BifContext, args: &[Term]) -> BifResult {
    Err(Exception::new(ExcClass::Throw, args[0]))
}

fn exit1(_ctx: &mut BifContext, args: &[Term]) -> BifResult {
    Err(Exception::new(ExcClass::Exit, args[0]))
}

/// `erlang:raise(Class, Reason, Stacktrace)`.
fn raise(_ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let class = match args[0].as_atom() {
        Some(atom::ERROR) => ExcClass::Error,
        Some(atom::EXIT) => ExcClass::Exit,
        Some(atom::THROW) => ExcClass::Throw,
        // OTP returns (not raises) badarg for a bad class or stacktrace.
        _ => return Ok(Term::atom(atom::BADARG)),
    };
    if list_to_vec(args[2]).is_none() {
        return Ok(Term::atom(atom::BADARG));
    }
    let mut e = Exception::new(class, args[1]);
    e.stack = args[2];
    Err(e)
}

/// The exit status `halt(Status)` gives: the low 8 bits, as the OS keeps.
fn halt_status(t: Term) -> Option<i32> {
    let v = t.to_bigint()?;
    if v < BigInt::from(0) {
        return None;
    }
    (&v & BigInt::from(0xff)).to_i32()
}

fn halt_with(status: Term) -> BifResult {
    if let Some(code) = halt_status(status) {
        return Err(Exception::new(ExcClass::Halt(code), status));
    }
    if status.as_atom().map(|a| a.name()) == Some("abort") {
        return Err(Exception::new(ExcClass::Halt(134), status));
    }
    // halt(Slogan): OTP writes the slogan and a crash dump notice to
    // stderr and exits with status 1.
    let slogan = super::erlang_convert::char_list(status).ok_or_else(badarg)?;
    crate::output::flush();
    eprint!("{slogan}\r\n\r\nCrash dump is being written to: erl_crash.dump...done\r\n");
    Err(Exception::new(ExcClass::Halt(1), status))
}

fn halt0(_ctx: &mut BifContext, _args: &[Term]) -> BifResult {
    halt_with(Term::small(0))
}

fn halt1(_ctx: &mut BifContext, args: &[Term]) -> BifResult {
    halt_with(args[0])
}

fn halt2(_ctx: &mut BifContext, args: &[Term]) -> BifResult {
    if list_to_vec(args[1]).is_none() {
        return Err(badarg());
    }
    halt_with(args[0])
}

// ---- identity, references, funs ---------------------------------------------------

fn self_bif(ctx: &mut BifContext, _args: &[Term]) -> BifResult {
    Ok(ctx.self_pid())
}

fn node0(_ctx: &mut BifContext, _args: &[Term]) -> BifResult {
    Ok(Term::atom(atom::NONODE))
}

fn node1(_ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let t = args[0];
    if t.is_pid() || t.is_ref() || t.is_function() {
        Ok(Term::atom(atom::NONODE))
    } else {
        Err(badarg())
    }
}

/// The next unique reference number (shared by all processes).
pub fn next_ref_number() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

fn make_ref(ctx: &mut BifContext, _args: &[Term]) -> BifResult {
    let n = next_ref_number();
    Ok(build::reference(ctx.heap(), n))
}

fn make_fun(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let (Some(m), Some(f)) = (args[0].as_atom(), args[1].as_atom()) else {
        return Err(badarg());
    };
    match args[2].as_small() {
        Some(a @ 0..=255) => Ok(build::export(ctx.heap(), m, f, a as usize)),
        _ => Err(badarg()),
    }
}

// ---- process dictionary -----------------------------------------------------------

/// The dictionary is sorted by `cmp_exact` on the keys.
fn dict_search(ctx: &mut BifContext, key: Term) -> Result<usize, usize> {
    ctx.dict().binary_search_by(|(k, _)| cmp_exact(*k, key))
}

fn dict_find(ctx: &mut BifContext, key: Term) -> Option<usize> {
    dict_search(ctx, key).ok()
}

fn put(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let (k, v) = (args[0], args[1]);
    match dict_search(ctx, k) {
        Ok(i) => Ok(std::mem::replace(&mut ctx.dict()[i].1, v)),
        Err(i) => {
            ctx.dict().insert(i, (k, v));
            Ok(Term::atom(atom::UNDEFINED))
        }
    }
}

fn get1(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    Ok(match dict_find(ctx, args[0]) {
        Some(i) => ctx.dict()[i].1,
        None => Term::atom(atom::UNDEFINED),
    })
}

fn dict_pairs(ctx: &mut BifContext) -> Term {
    let pairs: Vec<(Term, Term)> = ctx.dict().iter().rev().copied().collect();
    ctx.charge(pairs.len() / 16);
    let tuples: Vec<Term> = pairs.iter().map(|(k, v)| ctx.tuple(&[*k, *v])).collect();
    build::list(ctx.heap(), &tuples)
}

fn get0(ctx: &mut BifContext, _args: &[Term]) -> BifResult {
    Ok(dict_pairs(ctx))
}

fn get_keys0(ctx: &mut BifContext, _args: &[Term]) -> BifResult {
    let keys: Vec<Term> = ctx.dict().iter().rev().map(|(k, _)| *k).collect();
    ctx.charge(keys.len() / 16);
    Ok(build::list(ctx.heap(), &keys))
}

fn get_keys1(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let v = args[0];
    let keys: Vec<Term> = ctx
        .dict()
        .iter()
        .rev()
        .filter(|(_, x)| exact_eq(*x, v))
        .map(|(k, _)| *k)
        .collect();
    ctx.charge(keys.len() / 16);
    Ok(build::list(ctx.heap(), &keys))
}

fn erase0(ctx: &mut BifContext, _args: &[Term]) -> BifResult {
    let all = dict_pairs(ctx);
    ctx.dict().clear();
    Ok(all)
}

fn erase1(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    Ok(match dict_find(ctx, args[0]) {
        Some(i) => ctx.dict().remove(i).1,
        None => Term::atom(atom::UNDEFINED),
    })
}

// ---- hashing ------------------------------------------------------------------------

fn phash2_1(_ctx: &mut BifContext, args: &[Term]) -> BifResult {
    Ok(Term::small(hash::phash2(args[0]) as i64))
}

fn phash2_2(_ctx: &mut BifContext, args: &[Term]) -> BifResult {
    match args[1].as_small() {
        Some(r) if (1..=1 << 32).contains(&r) => {
            Ok(Term::small(hash::phash2_range(args[0], r as u64) as i64))
        }
        _ => Err(badarg()),
    }
}

// ---- time -----------------------------------------------------------------------------

const NATIVE_PER_SECOND: i128 = 1_000_000_000;

/// Parts per second of a time unit argument.
fn time_unit(t: Term) -> Result<i128, Exception> {
    if let Some(n) = t.as_small() {
        return if n > 0 { Ok(n as i128) } else { Err(badarg()) };
    }
    let name = t.as_atom().ok_or_else(badarg)?.name();
    Ok(match name {
        "second" | "seconds" => 1,
        "millisecond" | "milli_seconds" => 1_000,
        "microsecond" | "micro_seconds" => 1_000_000,
        "nanosecond" | "nano_seconds" | "native" | "perf_counter" => NATIVE_PER_SECOND,
        _ => return Err(badarg()),
    })
}

/// `time` (in `from` parts per second) in `to` parts per second, rounded
/// toward negative infinity as `erlang:convert_time_unit/3` does.
fn convert(time: i128, from: i128, to: i128) -> i128 {
    Integer::div_floor(&(time * to), &from)
}

/// Monotonic time in nanoseconds.
pub fn monotonic_ns() -> i128 {
    static START: OnceLock<Instant> = OnceLock::new();
    let start = *START.get_or_init(Instant::now);
    start.elapsed().as_nanos() as i128 - (1i128 << 59)
}

/// System (wall clock) time in nanoseconds since the Unix epoch.
pub fn system_ns() -> i128 {
    match SystemTime::now().duration_since(UNIX_EPOCH) {
        Ok(d) => d.as_nanos() as i128,
        Err(e) => -(e.duration().as_nanos() as i128),
    }
}

fn time_term(ctx: &mut BifContext, v: i128) -> BifResult {
    Ok(build::int_i128(ctx.heap(), v))
}

fn monotonic_time0(ctx: &mut BifContext, _args: &[Term]) -> BifResult {
    time_term(ctx, monotonic_ns())
}

fn monotonic_time1(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let unit = time_unit(args[0])?;
    time_term(ctx, convert(monotonic_ns(), NATIVE_PER_SECOND, unit))
}

fn system_time0(ctx: &mut BifContext, _args: &[Term]) -> BifResult {
    time_term(ctx, system_ns())
}

fn system_time1(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let unit = time_unit(args[0])?;
    time_term(ctx, convert(system_ns(), NATIVE_PER_SECOND, unit))
}

fn timestamp(ctx: &mut BifContext, _args: &[Term]) -> BifResult {
    let us = system_ns() / 1000;
    let (mega, rest) = (us / 1_000_000_000_000, us % 1_000_000_000_000);
    let (secs, micros) = (rest / 1_000_000, rest % 1_000_000);
    Ok(ctx.tuple(&[
        Term::small(mega as i64),
        Term::small(secs as i64),
        Term::small(micros as i64),
    ]))
}

fn convert_time_unit(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let time = args[0].to_bigint().ok_or_else(badarg)?;
    let (from, to) = (time_unit(args[1])?, time_unit(args[2])?);
    let r = (time * BigInt::from(to)).div_floor(&BigInt::from(from));
    Ok(build::bigint(ctx.heap(), &r))
}

pub const TABLE: &[(&str, &str, usize, BifFn)] = &[
    ("erlang", "error", 1, error1),
    ("erlang", "error", 2, error2),
    ("erlang", "error", 3, error3),
    ("erlang", "throw", 1, throw),
    ("erlang", "exit", 1, exit1),
    ("erlang", "raise", 3, raise),
    ("erlang", "halt", 0, halt0),
    ("erlang", "halt", 1, halt1),
    ("erlang", "halt", 2, halt2),
    ("erlang", "self", 0, self_bif),
    ("erlang", "node", 0, node0),
    ("erlang", "node", 1, node1),
    ("erlang", "make_ref", 0, make_ref),
    ("erlang", "make_fun", 3, make_fun),
    ("erlang", "put", 2, put),
    ("erlang", "get", 0, get0),
    ("erlang", "get", 1, get1),
    ("erlang", "get_keys", 0, get_keys0),
    ("erlang", "get_keys", 1, get_keys1),
    ("erlang", "erase", 0, erase0),
    ("erlang", "erase", 1, erase1),
    ("erlang", "phash2", 1, phash2_1),
    ("erlang", "phash2", 2, phash2_2),
    ("erlang", "monotonic_time", 0, monotonic_time0),
    ("erlang", "monotonic_time", 1, monotonic_time1),
    ("erlang", "system_time", 0, system_time0),
    ("erlang", "system_time", 1, system_time1),
    ("erlang", "timestamp", 0, timestamp),
    ("erlang", "convert_time_unit", 3, convert_time_unit),
    ("os", "system_time", 0, system_time0),
    ("os", "system_time", 1, system_time1),
];

#[cfg(test)]
mod tests {
    use super::super::erlang::tests::{call, check};
    use crate::process::Process;

    #[test]
    fn against_erl() {
        check(
            r#"
erlang:convert_time_unit(-1, native, second) => -1
erlang:convert_time_unit(1, second, native) => 1000000000
erlang:convert_time_unit(1500, millisecond, second) => 1
erlang:convert_time_unit(-1500, millisecond, second) => -2
erlang:convert_time_unit(1, second, 3) => 3
erlang:convert_time_unit(a, second, 3) => error:badarg
erlang:phash2({a, "b", 1.5}) => 60584751
erlang:phash2(a, 100) => 97
erlang:phash2(a, 0) => error:badarg
erlang:phash2(a, 4294967296) => 97
erlang:phash2(a, 4294967297) => error:badarg
erlang:node(a) => error:badarg
erlang:node() => nonode@nohost
erlang:make_fun(lists, map, 2) => fun lists:map/2
erlang:make_fun(lists, map, -1) => error:badarg
erlang:make_fun("l", map, 1) => error:badarg
erlang:make_fun(l, map, 256) => error:badarg
erlang:raise(foo, a, []) => badarg
erlang:raise(throw, a, []) => throw:a
erlang:raise(throw, a, x) => badarg
erlang:error(foo, bar) => error:foo
erlang:error(foo) => error:foo
erlang:exit(x) => exit:x
erlang:throw(x) => throw:x
erlang:send(a, hi) => error:badarg
erlang:send(1, hi) => error:badarg
erlang:'!'(<0.5.0>, hi) => hi
erlang:monotonic_time(foo) => error:badarg
erlang:monotonic_time(0) => error:badarg
erlang:system_time(-1) => error:badarg
erlang:halt(-1) => error:badarg
erlang:halt(1.0) => error:badarg
erlang:halt(foo) => error:badarg
erlang:halt(3) => halt:3
erlang:halt(256) => halt:256
erlang:halt(1099511627777) => halt:1099511627777
erlang:halt(abort) => halt:abort
erlang:halt(0, []) => halt:0
erlang:halt(0, x) => error:badarg
"#,
        );
        let mut p = Process::new(0, false);
        let r = super::halt_with(crate::term::Term::small(257)).unwrap_err();
        assert_eq!(r.class, super::ExcClass::Halt(1));
        assert!(call(&mut p, "erlang", "halt", "") == "halt:0");
    }

    #[test]
    fn dictionary() {
        // Expected values from erl, except the order of get/0 (see the
        // module docs).
        let mut p = Process::new(0, false);
        let mut c = |f: &str, a: &str| call(&mut p, "erlang", f, a);
        assert_eq!(c("put", "1, a"), "undefined");
        assert_eq!(c("get", "1.0"), "undefined");
        assert_eq!(c("get", "1"), "a");
        assert_eq!(c("put", "k, v"), "undefined");
        assert_eq!(c("put", "k2, v"), "undefined");
        assert_eq!(c("put", "k3, 1.0"), "undefined");
        assert_eq!(c("get_keys", "v"), "[k2,k]");
        assert_eq!(c("get_keys", "1"), "[]");
        assert_eq!(c("get_keys", "1.0"), "[k3]");
        assert_eq!(c("erase", "k"), "v");
        assert_eq!(c("erase", "k"), "undefined");
        assert_eq!(c("put", "1, b"), "a");
        assert_eq!(c("get", ""), "[{k3,1.0},{k2,v},{1,b}]");
        assert_eq!(c("get_keys", ""), "[k3,k2,1]");
        assert_eq!(c("erase", ""), "[{k3,1.0},{k2,v},{1,b}]");
        assert_eq!(c("get", ""), "[]");
        for i in [3, 1, 2] {
            c("put", &format!("{i}, x"));
        }
        assert_eq!(c("get_keys", ""), "[3,2,1]");
    }

    #[test]
    fn refs_send_and_time() {
        let mut p = Process::new(7, false);
        let a = call(&mut p, "erlang", "make_ref", "");
        let b = call(&mut p, "erlang", "make_ref", "");
        assert_ne!(a, b);
        assert!(a.starts_with("#Ref<"));
        assert_eq!(call(&mut p, "erlang", "self", ""), "<0.7.0>");
        assert_eq!(call(&mut p, "erlang", "send", "<0.7.0>, {hi}"), "{hi}");
        assert_eq!(call(&mut p, "erlang", "!", "<0.8.0>, x"), "x");
        assert_eq!(p.mailbox.len(), 1);
        let t0: i64 = call(&mut p, "erlang", "monotonic_time", "")
            .parse()
            .unwrap();
        let t1: i64 = call(&mut p, "erlang", "monotonic_time", "nanosecond")
            .parse()
            .unwrap();
        assert!(t0 < 0 && t1 >= t0);
        let s: i64 = call(&mut p, "erlang", "system_time", "second")
            .parse()
            .unwrap();
        let s2: i64 = call(&mut p, "os", "system_time", "seconds")
            .parse()
            .unwrap();
        assert!(s > 1_600_000_000 && s2 >= s);
        let ts = call(&mut p, "erlang", "timestamp", "");
        assert!(ts.starts_with('{') && ts.split(',').count() == 3);
    }
}
