//! Native `lists` functions. Each mirrors OTP 25's `lists` module exactly,
//! including its errors: OTP's BIFs (`reverse/2`, `member/2`, `keyfind/3`
//! ...) raise `badarg`; functions written in Erlang raise what their clauses
//! raise, normally `function_clause` (as the whole call's reason, since
//! the failing recursive call is not visible here), sometimes `badarg`,
//! `badarith` or `{case_clause, L}` (`keysort/2` of a non-list). A `seq`
//! or `duplicate` of more than 2^28 elements is `system_limit` (OTP would
//! run out of memory).
//!
//! The functions that walk or build whole lists without being OTP BIFs
//! (`seq`, `zip`, `delete`, ...) are in `lists_walk`; `concat/1` and
//! `suffix/2` are Erlang (`stdlib/lists.erl`), as in OTP.
//!
//! `sort/1` is a transliteration of OTP's merge sort (see `lists_sort`),
//! so that elements comparing equal (`1` and `1.0`) come out in OTP's
//! order. `usort/1` keeps the first of equal elements and `keysort/2` is
//! stable, both as documented by OTP.

use super::erlang::list_to_vec;
use super::lists_sort;
use super::{badarg, BifContext, BifFn, BifResult, Exception, TRAP_CHUNK};
use crate::heap::build;
use crate::term::order::{eq, exact_eq};
use crate::term::{atom, Term};
use num_traits::Signed;

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

/// Whether `t` is a tuple whose `n`th element (1-based; none for 0)
/// equals `key`.
pub fn key_matches(t: Term, n: usize, key: Term) -> bool {
    t.is_tuple()
        && n.checked_sub(1)
            .and_then(|i| t.tuple_elements().get(i))
            .is_some_and(|e| eq(*e, key))
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

// ---- shared with lists_walk -----------------------------------------------------

/// The key position of `keydelete/3` & co: a positive integer, else
/// function_clause. A big position matches no tuple.
pub fn key_pos(t: Term) -> Result<usize, Exception> {
    match t.as_small() {
        Some(n) if n > 0 => Ok(n as usize),
        _ if t.to_bigint().is_some_and(|b| b.is_positive()) => Ok(usize::MAX),
        _ => Err(function_clause()),
    }
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
    ("lists", "sort", 1, lists_sort::sort_bif),
    ("lists", "usort", 1, lists_sort::usort),
    ("lists", "keysort", 2, lists_sort::keysort),
];

#[cfg(test)]
#[path = "lists_tests.rs"]
mod tests;
