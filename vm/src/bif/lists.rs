//! Native `lists` functions. Each mirrors OTP 25's `lists` module exactly,
//! including its errors: OTP's BIFs (`reverse/2`, `member/2`, `keyfind/3`
//! ...) raise `badarg`; functions written in Erlang raise what their clauses
//! raise, normally `function_clause` (as the whole call's reason, since
//! the failing recursive call is not visible here), sometimes `badarg`,
//! `badarith` or `{case_clause, L}` (`keysort/2` of a non-list). A `seq`
//! or `duplicate` of more than 2^28 elements is `system_limit` (OTP would
//! run out of memory).
//!
//! `sort/1` is a transliteration of OTP's merge sort (see `lists_sort`),
//! so that elements comparing equal (`1` and `1.0`) come out in OTP's
//! order. `usort/1` keeps the first of equal elements and `keysort/2` is
//! stable, both as documented by OTP.

use super::arith::arith;
use super::erlang::list_to_vec;
use super::lists_sort;
use super::{badarg, badarith, BifContext, BifFn, BifResult, Exception, TRAP_CHUNK};
use crate::heap::build;
use crate::term::order::{cmp, eq, exact_eq};
use crate::term::{atom, float_fmt, Term};
use compiler::bytecode::ArithOp;
use num_bigint::BigInt;
use num_traits::Signed;
use std::cmp::Ordering;

pub fn function_clause() -> Exception {
    Exception::error(Term::atom(atom::FUNCTION_CLAUSE))
}

/// A proper list's elements, or function_clause.
pub fn proper(t: Term) -> Result<Vec<Term>, Exception> {
    list_to_vec(t).ok_or_else(function_clause)
}

/// The longest list `seq` and `duplicate` build: beyond it OTP would run
/// out of memory; here it is `system_limit`.
pub const MAX_BUILD: usize = 1 << 28;

pub fn charge(ctx: &mut BifContext, n: usize) {
    ctx.charge(n / 16);
}

// ---- BIFs in OTP (badarg on bad input) -----------------------------------------

fn reverse1(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    // OTP's clauses take [], [_], [A, B] and [A, B | L], then call
    // reverse/2 (a BIF) on L.
    let l = args[0];
    match l.as_cons() {
        None if l.is_nil() => Ok(l),
        None => Err(function_clause()),
        Some((_, t)) if t.is_nil() => Ok(l),
        Some((_, t)) if !t.is_cons() => Err(function_clause()),
        Some(_) => reverse_onto(ctx, l, Term::NIL),
    }
}

fn reverse2(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    reverse_onto(ctx, args[0], args[1])
}

/// `reverse(L, Acc)`, trapping to `lists:'$reverse'/2` every
/// `TRAP_CHUNK` elements when called (so a huge list does not hold the
/// scheduler).
pub fn reverse_onto(ctx: &mut BifContext, mut l: Term, mut acc: Term) -> BifResult {
    let mut n = 0;
    while let Some((h, t)) = l.as_cons() {
        if n == TRAP_CHUNK && ctx.can_trap() {
            charge(ctx, n);
            return Err(ctx.trap("lists", "$reverse", &[l, acc]));
        }
        acc = build::cons(ctx.heap(), h, acc);
        l = t;
        n += 1;
    }
    charge(ctx, n);
    if l.is_nil() {
        Ok(acc)
    } else {
        Err(badarg())
    }
}

fn member(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let x = args[0];
    let mut l = args[1];
    let mut n = 0;
    while let Some((h, t)) = l.as_cons() {
        if exact_eq(h, x) {
            charge(ctx, n);
            return Ok(Term::bool(true));
        }
        n += 1;
        l = t;
        if n == TRAP_CHUNK && ctx.can_trap() && l.is_cons() {
            charge(ctx, n);
            return Err(ctx.trap("lists", "$member", &[x, l]));
        }
    }
    charge(ctx, n);
    if l.is_nil() {
        Ok(Term::bool(false))
    } else {
        Err(badarg())
    }
}

/// How a key scan ended.
enum Scan {
    Found(Term),
    NotFound,
    /// `TRAP_CHUNK` elements looked at; the rest of the list to scan.
    Rest(Term),
}

/// The first tuple whose `n`th element equals `key` (`keyfind/3`'s scan).
fn keyfind_scan(ctx: &mut BifContext, args: &[Term]) -> Result<Scan, Exception> {
    let key = args[0];
    let n = match args[1].as_small() {
        Some(n) if n >= 1 => n as usize,
        _ => return Err(badarg()),
    };
    let mut l = args[2];
    let mut count = 0;
    while let Some((h, t)) = l.as_cons() {
        count += 1;
        if key_matches(h, n, key) {
            charge(ctx, count);
            return Ok(Scan::Found(h));
        }
        l = t;
        if count == TRAP_CHUNK && ctx.can_trap() && l.is_cons() {
            charge(ctx, count);
            return Ok(Scan::Rest(l));
        }
    }
    charge(ctx, count);
    if l.is_nil() {
        Ok(Scan::NotFound)
    } else {
        Err(badarg())
    }
}

fn key_matches(t: Term, n: usize, key: Term) -> bool {
    t.is_tuple() && t.tuple_elements().get(n - 1).is_some_and(|e| eq(*e, key))
}

/// Runs a key scan, trapping to `lists:Continue/3` with the rest.
fn key_scan(
    ctx: &mut BifContext,
    args: &[Term],
    continue_as: &str,
    found: impl FnOnce(&mut BifContext, Term) -> Term,
) -> BifResult {
    match keyfind_scan(ctx, args)? {
        Scan::Found(t) => Ok(found(ctx, t)),
        Scan::NotFound => Ok(Term::bool(false)),
        Scan::Rest(l) => Err(ctx.trap("lists", continue_as, &[args[0], args[1], l])),
    }
}

fn keyfind(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    key_scan(ctx, args, "$keyfind", |_, t| t)
}

fn keymember(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    key_scan(ctx, args, "$keymember", |_, _| Term::bool(true))
}

fn keysearch(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    key_scan(ctx, args, "$keysearch", |ctx, t| {
        let value = Term::atom(atom::intern_internal("value"));
        ctx.tuple(&[value, t])
    })
}

// ---- positions -----------------------------------------------------------------

/// How `nth/2` and `nthtail/2` treat a non-small count: a float or a big
/// integer can never reach the matching clause (function_clause); any
/// other term compares greater than 1, so `N - 1` is computed (badarith)
/// unless the list is empty.
fn odd_count(n: Term, l: Term) -> Exception {
    if n.is_number() || !l.is_cons() {
        function_clause()
    } else {
        badarith()
    }
}

fn nth(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let (n, mut l) = (args[0], args[1]);
    let Some(n) = n.as_small() else {
        return Err(odd_count(n, l));
    };
    if n < 1 {
        return Err(function_clause());
    }
    for _ in 1..n {
        l = l.as_cons().ok_or_else(function_clause)?.1;
    }
    charge(ctx, n as usize);
    l.as_cons().map(|(h, _)| h).ok_or_else(function_clause)
}

fn nthtail(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let (n, mut l) = (args[0], args[1]);
    let Some(n) = n.as_small() else {
        return Err(odd_count(n, l));
    };
    if n == 0 {
        return if l.is_list() {
            Ok(l)
        } else {
            Err(function_clause())
        };
    }
    if n < 0 {
        return Err(function_clause());
    }
    for _ in 0..n {
        l = l.as_cons().ok_or_else(function_clause)?.1;
    }
    charge(ctx, n as usize);
    Ok(l)
}

fn last(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let es = proper(args[0])?;
    charge(ctx, es.len());
    es.last().copied().ok_or_else(function_clause)
}

fn droplast(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let es = proper(args[0])?;
    if es.is_empty() {
        return Err(function_clause());
    }
    charge(ctx, es.len());
    Ok(build::list(ctx.heap(), &es[..es.len() - 1]))
}

// ---- sequences and folds -----------------------------------------------------

/// `[first, first + inc, ...]` with `count` elements.
fn sequence(ctx: &mut BifContext, first: &BigInt, inc: &BigInt, count: &BigInt) -> BifResult {
    use num_traits::ToPrimitive;
    let n = count.to_usize().filter(|n| *n <= MAX_BUILD);
    let n = n.ok_or_else(super::arith::system_limit)?;
    charge(ctx, n);
    let mut v = Vec::with_capacity(n.min(1 << 20));
    if let (Some(f), Some(i)) = (first.to_i64(), inc.to_i64()) {
        let mut x = f as i128;
        for _ in 0..n {
            v.push(build::int_i128(ctx.heap(), x));
            x += i as i128;
        }
    } else {
        let mut x = first.clone();
        for _ in 0..n {
            v.push(build::bigint(ctx.heap(), &x));
            x += inc;
        }
    }
    Ok(build::list(ctx.heap(), &v))
}

fn seq2(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let (Some(f), Some(l)) = (args[0].to_bigint(), args[1].to_bigint()) else {
        return Err(function_clause());
    };
    if &f - 1 > l {
        return Err(function_clause());
    }
    let count = &l - &f + 1;
    sequence(ctx, &f, &BigInt::from(1), &count)
}

fn seq3(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let (Some(f), Some(l), Some(inc)) = (
        args[0].to_bigint(),
        args[1].to_bigint(),
        args[2].to_bigint(),
    ) else {
        return Err(badarg());
    };
    let zero = BigInt::from(0);
    let ok = (inc > zero && &f - &inc <= l) || (inc < zero && &f - &inc >= l);
    if ok {
        let count = (&l - &f + &inc) / &inc;
        return sequence(ctx, &f, &inc, &count);
    }
    if inc == zero && f == l {
        return Ok(build::list(ctx.heap(), &[args[0]]));
    }
    Err(badarg())
}

fn sum(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let mut acc = Term::small(0);
    let mut l = args[0];
    let mut n = 0;
    while let Some((h, t)) = l.as_cons() {
        // Small integers add without the general arithmetic (bignums and
        // floats), which costs far more than a reduction's worth per element.
        acc = match (acc.as_small(), h.as_small()) {
            (Some(a), Some(b)) if Term::fits_small(a + b) => Term::small(a + b),
            _ => arith(ctx.heap(), ArithOp::Add, acc, h)?,
        };
        n += 1;
        l = t;
    }
    charge(ctx, n);
    if l.is_nil() {
        Ok(acc)
    } else {
        Err(function_clause())
    }
}

/// `max/1` (`want == Greater`) and `min/1` (`want == Less`): the first of
/// the extreme elements.
fn extreme(ctx: &mut BifContext, l: Term, want: Ordering) -> BifResult {
    let es = proper(l)?;
    charge(ctx, es.len());
    let mut best = *es.first().ok_or_else(function_clause)?;
    for e in &es[1..] {
        if cmp(*e, best) == want {
            best = *e;
        }
    }
    Ok(best)
}

fn max(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    extreme(ctx, args[0], Ordering::Greater)
}

fn min(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    extreme(ctx, args[0], Ordering::Less)
}

fn flatten(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    if !args[0].is_list() {
        return Err(function_clause());
    }
    let mut out = Vec::new();
    let mut stack = vec![args[0]];
    while let Some(mut l) = stack.pop() {
        while let Some((h, t)) = l.as_cons() {
            if h.is_list() {
                stack.push(t);
                l = h;
                continue;
            }
            out.push(h);
            l = t;
        }
        if !l.is_nil() {
            return Err(function_clause());
        }
    }
    charge(ctx, out.len());
    Ok(build::list(ctx.heap(), &out))
}

fn duplicate(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let n = match args[0].as_small() {
        Some(n) if n >= 0 && n as usize <= MAX_BUILD => n as usize,
        _ if args[0].to_bigint().is_some_and(|b| b.is_positive()) => {
            return Err(super::arith::system_limit())
        }
        _ => return Err(function_clause()),
    };
    charge(ctx, n);
    let v = vec![args[1]; n];
    Ok(build::list(ctx.heap(), &v))
}

// ---- deleting, replacing -------------------------------------------------------

/// Rebuilds `l` with the first element at which `hit` holds replaced by
/// `with` (or removed when `with` is `None`); the rest of the list after it
/// is shared. `Ok(None)` if no element hits (a proper list).
fn replace_first(
    ctx: &mut BifContext,
    l: Term,
    hit: impl Fn(Term) -> bool,
    with: Option<Term>,
) -> Result<Option<Term>, Exception> {
    let mut prefix = Vec::new();
    let mut rest = l;
    while let Some((h, t)) = rest.as_cons() {
        if hit(h) {
            charge(ctx, prefix.len());
            let tail = match with {
                Some(w) => build::cons(ctx.heap(), w, t),
                None => t,
            };
            return Ok(Some(build::list_with_tail(ctx.heap(), &prefix, tail)));
        }
        prefix.push(h);
        rest = t;
    }
    charge(ctx, prefix.len());
    if rest.is_nil() {
        Ok(None)
    } else {
        Err(function_clause())
    }
}

fn delete(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let x = args[0];
    Ok(replace_first(ctx, args[1], |h| exact_eq(h, x), None)?.unwrap_or(args[1]))
}

/// The key position of `keydelete/3` & co: a positive integer, else
/// function_clause. A big position matches no tuple.
pub fn key_pos(t: Term) -> Result<usize, Exception> {
    match t.as_small() {
        Some(n) if n > 0 => Ok(n as usize),
        _ if t.to_bigint().is_some_and(|b| b.is_positive()) => Ok(usize::MAX),
        _ => Err(function_clause()),
    }
}

fn keydelete(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let (key, n) = (args[0], key_pos(args[1])?);
    let hit = |h| key_matches(h, n, key);
    Ok(replace_first(ctx, args[2], hit, None)?.unwrap_or(args[2]))
}

fn keyreplace(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let (key, n, new) = (args[0], key_pos(args[1])?, args[3]);
    if !new.is_tuple() {
        return Err(function_clause());
    }
    let hit = |h| key_matches(h, n, key);
    Ok(replace_first(ctx, args[2], hit, Some(new))?.unwrap_or(args[2]))
}

fn keystore(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let (key, n, new) = (args[0], key_pos(args[1])?, args[3]);
    if !new.is_tuple() {
        return Err(function_clause());
    }
    let hit = |h| key_matches(h, n, key);
    match replace_first(ctx, args[2], hit, Some(new))? {
        Some(l) => Ok(l),
        None => {
            let es = proper(args[2])?;
            let tail = build::cons(ctx.heap(), new, Term::NIL);
            Ok(build::list_with_tail(ctx.heap(), &es, tail))
        }
    }
}

// ---- pairs and pieces -------------------------------------------------------------

fn zip(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let (mut a, mut b) = (args[0], args[1]);
    let mut out = Vec::new();
    while let (Some((x, xs)), Some((y, ys))) = (a.as_cons(), b.as_cons()) {
        out.push(ctx.tuple(&[x, y]));
        a = xs;
        b = ys;
    }
    if !a.is_nil() || !b.is_nil() {
        return Err(function_clause());
    }
    charge(ctx, out.len());
    Ok(build::list(ctx.heap(), &out))
}

fn unzip(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let es = proper(args[0])?;
    let (mut xs, mut ys) = (Vec::with_capacity(es.len()), Vec::with_capacity(es.len()));
    for e in &es {
        match e.tuple_elements() {
            [x, y] if e.is_tuple() => {
                xs.push(*x);
                ys.push(*y);
            }
            _ => return Err(function_clause()),
        }
    }
    charge(ctx, es.len());
    let (xs, ys) = (build::list(ctx.heap(), &xs), build::list(ctx.heap(), &ys));
    Ok(ctx.tuple(&[xs, ys]))
}

fn split(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let (n, l) = (args[0], args[1]);
    let n = match n.to_bigint() {
        Some(b) if !b.is_negative() && l.is_list() => {
            use num_traits::ToPrimitive;
            b.to_usize().unwrap_or(usize::MAX)
        }
        _ => return Err(badarg()),
    };
    let mut front = Vec::new();
    let mut rest = l;
    while front.len() < n {
        match rest.as_cons() {
            Some((h, t)) => {
                front.push(h);
                rest = t;
            }
            None if rest.is_nil() => return Err(badarg()),
            None => return Err(function_clause()),
        }
    }
    charge(ctx, n);
    let front = build::list(ctx.heap(), &front);
    Ok(ctx.tuple(&[front, rest]))
}

/// `sublist_2/2`: up to `n` elements of the list `l`.
fn take(ctx: &mut BifContext, mut l: Term, n: &BigInt) -> BifResult {
    use num_traits::ToPrimitive;
    if n.is_negative() {
        return Err(function_clause());
    }
    let n = n.to_usize().unwrap_or(usize::MAX);
    let mut out = Vec::new();
    while out.len() < n {
        match l.as_cons() {
            Some((h, t)) => {
                out.push(h);
                l = t;
            }
            None if l.is_nil() => break,
            None => return Err(function_clause()),
        }
    }
    charge(ctx, out.len());
    Ok(build::list(ctx.heap(), &out))
}

fn sublist2(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    match args[1].to_bigint() {
        Some(n) if args[0].is_list() => take(ctx, args[0], &n),
        _ => Err(function_clause()),
    }
}

fn sublist3(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let (mut l, len) = (args[0], args[2]);
    let mut s = args[1].to_bigint().ok_or_else(function_clause)?;
    let one = BigInt::from(1);
    loop {
        if s == one {
            return match len.to_bigint() {
                Some(n) if l.is_list() && !n.is_negative() => take(ctx, l, &n),
                _ => Err(function_clause()),
            };
        }
        if s < BigInt::from(2) {
            return Err(function_clause());
        }
        if l.is_nil() {
            return Ok(Term::NIL);
        }
        l = l.as_cons().ok_or_else(function_clause)?.1;
        s -= 1;
    }
}

fn concat(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let items = proper(args[0])?;
    let mut chars: Vec<Term> = Vec::new();
    let mut lists = Vec::new();
    for t in &items {
        if !(t.is_number() || t.is_atom() || t.is_list()) {
            return Err(function_clause());
        }
    }
    for t in items {
        let text = if let Some(a) = t.as_atom() {
            a.name().to_string()
        } else if let Some(f) = t.as_float() {
            float_fmt::float_to_list(f)
        } else if t.is_integer() {
            t.to_bigint().map(|b| b.to_string()).unwrap_or_default()
        } else {
            lists.push(t);
            chars.push(Term::NON_VALUE);
            continue;
        };
        chars.extend(text.chars().map(|c| Term::small(c as i64)));
    }
    // Splice the list elements in (`++` fails on an improper one).
    let mut out = Vec::with_capacity(chars.len());
    let mut next_list = lists.into_iter();
    for c in chars {
        if !c.is_non_value() {
            out.push(c);
            continue;
        }
        let l = next_list.next().unwrap_or(Term::NIL);
        out.extend(list_to_vec(l).ok_or_else(badarg)?);
    }
    charge(ctx, out.len());
    Ok(build::list(ctx.heap(), &out))
}

fn prefix(_ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let (mut a, mut b) = (args[0], args[1]);
    loop {
        if let (Some((x, xs)), Some((y, ys))) = (a.as_cons(), b.as_cons()) {
            if exact_eq(x, y) {
                a = xs;
                b = ys;
                continue;
            }
        }
        if !b.is_list() || !a.is_list() {
            return Err(function_clause());
        }
        return Ok(Term::bool(a.is_nil()));
    }
}

fn suffix(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let (suf, l) = (args[0], args[1]);
    let all = list_to_vec(l).ok_or_else(badarg)?;
    let n = list_to_vec(suf).ok_or_else(badarg)?.len();
    charge(ctx, all.len());
    if n > all.len() {
        return Ok(Term::bool(false));
    }
    let mut t = l;
    for _ in 0..all.len() - n {
        t = t.tail();
    }
    Ok(Term::bool(exact_eq(t, suf)))
}

pub const TABLE: &[(&str, &str, usize, BifFn)] = &[
    ("lists", "reverse", 1, reverse1),
    ("lists", "reverse", 2, reverse2),
    ("lists", "member", 2, member),
    ("lists", "keyfind", 3, keyfind),
    ("lists", "keymember", 3, keymember),
    ("lists", "keysearch", 3, keysearch),
    ("lists", "append", 2, super::erlang_lists::append),
    ("lists", "subtract", 2, super::erlang_lists::subtract),
    ("lists", "nth", 2, nth),
    ("lists", "nthtail", 2, nthtail),
    ("lists", "last", 1, last),
    ("lists", "droplast", 1, droplast),
    ("lists", "seq", 2, seq2),
    ("lists", "seq", 3, seq3),
    ("lists", "sum", 1, sum),
    ("lists", "max", 1, max),
    ("lists", "min", 1, min),
    ("lists", "flatten", 1, flatten),
    ("lists", "duplicate", 2, duplicate),
    ("lists", "delete", 2, delete),
    ("lists", "keydelete", 3, keydelete),
    ("lists", "keyreplace", 4, keyreplace),
    ("lists", "keystore", 4, keystore),
    ("lists", "sort", 1, lists_sort::sort_bif),
    ("lists", "usort", 1, lists_sort::usort),
    ("lists", "keysort", 2, lists_sort::keysort),
    ("lists", "zip", 2, zip),
    ("lists", "unzip", 1, unzip),
    ("lists", "split", 2, split),
    ("lists", "sublist", 2, sublist2),
    ("lists", "sublist", 3, sublist3),
    ("lists", "concat", 1, concat),
    ("lists", "prefix", 2, prefix),
    ("lists", "suffix", 2, suffix),
];

#[cfg(test)]
#[path = "lists_tests.rs"]
mod tests;
