//! `lists:sort/1`, `usort/1` and `keysort/2`.
//!
//! `usort/1` keeps the first of equal elements and `keysort/2` is stable,
//! as OTP documents. `sort/1` sorts exactly as OTP 25: a transliteration
//! of `lists.erl`'s `sort/1`, `split_1`/`split_2` (building ascending and descending runs),
//! `mergel`/`rmergel` and the `merge3_*`, `merge2_*`, `rmerge3_*` and
//! `rmerge2_*` functions. OTP's sort is not stable for elements that compare
//! equal but differ (`1` and `1.0`): `sort([b,a,1.0,1,c])` is
//! `[1,1.0,a,b,c]`; following its steps gives the same order.
//!
//! Each Erlang list is a `Vec<Term>` holding the list backwards (its head is
//! the last element), so `[H | T]` is `pop` and `[X | M]` is `push`. The
//! tail-recursive Erlang functions become loops over a state enum, so long
//! lists never deepen the Rust stack.
//!
//! Lists of more than `SORT_CHUNK` elements are sorted in bounded steps
//! when the caller can be preempted (see [`long_sort`]); the same steps are
//! written in Erlang in `stdlib/lists.erl` (`'$otp_sort'/1`) for when
//! sort/1's result depends on them.

use super::erlang::{list_parts, MAX_TUPLE_ARITY};
use super::lists::{charge, function_clause, key_pos};
use super::{badarg, BifContext, BifFn, BifResult, Exception, TRAP_CHUNK};
use crate::heap::build;
use crate::term::order::{cmp, exact_eq};
use crate::term::{atom, Term};
use std::cmp::Ordering;

// ---- the BIFs ----------------------------------------------------------------

/// Elements a native sorts in one go; a longer list is sorted in chunks
/// of this size and merged, one step per call (see [`long_sort`]).
pub const SORT_CHUNK: usize = 4096;

/// Elements one call of `lists:'$merge_chunk'/3` merges.
const MERGE_CHUNK: usize = TRAP_CHUNK / 4;

/// `Mode` of the chunked sort (a small integer): `CHECK` for sort/1 (give
/// up when two equal elements differ, see [`long_sort`]), `UNIQUE` for
/// usort/1 (drop all but the first of equal elements), or the key
/// position shifted by `KEY_SHIFT` for keysort/2.
const CHECK: i64 = 1;
const UNIQUE: i64 = 2;
const KEY_SHIFT: u32 = 2;

/// The function a sort in `mode` was called as.
pub fn mode_name(mode: i64) -> (&'static str, &'static str, u32) {
    if mode >> KEY_SHIFT != 0 {
        ("lists", "keysort", 2)
    } else if mode & UNIQUE != 0 {
        ("lists", "usort", 1)
    } else {
        ("lists", "sort", 1)
    }
}

/// The elements of `l` if it is a proper list of at most `limit`
/// elements; `Err(true)` if it is longer, `Err(false)` if it is not a
/// proper list (within the limit).
fn take(mut l: Term, limit: usize) -> Result<Vec<Term>, bool> {
    let mut v = Vec::new();
    while let Some((h, t)) = l.as_cons() {
        if v.len() == limit {
            return Err(true);
        }
        v.push(h);
        l = t;
    }
    if l.is_nil() {
        Ok(v)
    } else {
        Err(false)
    }
}

/// What a sort BIF does with its list: the elements if it sorts them
/// here, or the trap to `lists:'$sort'/2` for a long list.
fn short_or_trap(ctx: &mut BifContext, l: Term, mode: i64) -> Result<Vec<Term>, Exception> {
    let limit = if ctx.can_trap() {
        SORT_CHUNK
    } else {
        usize::MAX
    };
    match take(l, limit) {
        Ok(es) => Ok(es),
        Err(true) => Err(long_sort(ctx, l, mode)),
        Err(false) => Err(function_clause()),
    }
}

/// A long list is sorted by `lists:'$sort'/2` (Erlang) with two natives,
/// each a bounded step: `'$sort_runs_chunk'/3` sorts it in chunks of
/// `SORT_CHUNK` into descending runs (checking it is a proper list), then
/// `'$merge_chunk'/3` merges all the runs at once, `MERGE_CHUNK` elements
/// per call, taking the largest head each time and building the result
/// from its end. Equal elements keep their order in the list (the runs
/// hold them last first, and of equal heads the run from later in the
/// list goes first), so keysort/2 is stable and usort/1 keeps the first.
/// OTP's sort/1 is not stable, but its result is the only sorted
/// permutation when no two equal elements differ (`1` and `1.0`): the
/// natives check that and answer `unstable` otherwise, and `'$sort'/2`
/// sorts the list again with OTP's own algorithm, in Erlang.
fn long_sort(ctx: &mut BifContext, l: Term, mode: i64) -> Exception {
    charge(ctx, SORT_CHUNK);
    ctx.trap("lists", "$sort", &[l, Term::small(mode)])
}

pub fn sort_bif(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let es = short_or_trap(ctx, args[0], CHECK)?;
    if es.len() < 2 {
        return Ok(args[0]);
    }
    charge(ctx, es.len() * 2);
    let sorted = sort(&es);
    Ok(build::list(ctx.heap(), &sorted))
}

pub fn usort(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let mut es = short_or_trap(ctx, args[0], UNIQUE)?;
    charge(ctx, es.len() * 2);
    // Stable, then keep the first of each run of equal elements.
    es.sort_by(|a, b| cmp(*a, *b));
    es.dedup_by(|later, first| cmp(*later, *first) == Ordering::Equal);
    Ok(build::list(ctx.heap(), &es))
}

pub fn keysort(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let n = key_pos(args[0])?;
    let l = args[1];
    if ctx.can_trap() && matches!(take(l, SORT_CHUNK), Err(true)) {
        // No element has a key that far (and it does not fit a mode).
        if n > MAX_TUPLE_ARITY {
            return Err(badarg());
        }
        return Err(long_sort(ctx, l, (n as i64) << KEY_SHIFT));
    }
    let (es, tail) = list_parts(l);
    if es.len() < 2 {
        if es.is_empty() && tail.is_nil() || es.len() == 1 && tail.is_nil() {
            return Ok(l);
        }
        let t = ctx.tuple(&[Term::atom(atom::CASE_CLAUSE), l]);
        return Err(Exception::error(t));
    }
    let keyed = keyed(&es, n)?;
    if !tail.is_nil() {
        return Err(function_clause());
    }
    charge(ctx, keyed.len() * 2);
    Ok(build::list(ctx.heap(), &sort_keyed(keyed)))
}

/// Each element with its `n`th element, or badarg if one has none.
fn keyed(es: &[Term], n: usize) -> Result<Vec<(Term, Term)>, Exception> {
    es.iter()
        .map(|&e| {
            e.tuple_elements()
                .get(n.wrapping_sub(1))
                .copied()
                .filter(|_| e.is_tuple())
                .map(|k| (k, e))
                .ok_or_else(badarg)
        })
        .collect()
}

/// The elements in the (stable) order of their keys.
fn sort_keyed(mut keyed: Vec<(Term, Term)>) -> Vec<Term> {
    keyed.sort_by(|a, b| cmp(a.0, b.0));
    keyed.into_iter().map(|(_, e)| e).collect()
}

fn mode_arg(t: Term) -> Result<i64, Exception> {
    match t.as_small() {
        Some(m) if m >= 0 && (m >> KEY_SHIFT) <= MAX_TUPLE_ARITY as i64 => Ok(m),
        _ => Err(badarg()),
    }
}

/// The term an element is sorted by in `mode`.
fn sort_key(t: Term, mode: i64) -> Term {
    let key = (mode >> KEY_SHIFT) as usize;
    if key == 0 {
        return t;
    }
    match t.is_tuple().then(|| t.tuple_elements().get(key - 1)) {
        Some(Some(k)) => *k,
        _ => t,
    }
}

fn unstable() -> Term {
    Term::atom(atom::intern_internal("unstable"))
}

/// `lists:'$sort_runs_chunk'(Rest, Runs, Mode)`: sorts the next
/// `SORT_CHUNK` elements of Rest (stably) into a descending run in front
/// of Runs, then the next ...; returns the runs, the last first, or
/// `unstable` (sort/1) when a chunk has two equal elements that differ.
fn sort_runs_chunk(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let (mut rest, mut runs) = (args[0], args[1]);
    let mode = mode_arg(args[2])?;
    let key = (mode >> KEY_SHIFT) as usize;
    loop {
        let (es, more) = match take(rest, SORT_CHUNK) {
            Ok(es) => (es, Term::NIL),
            Err(true) => {
                let mut es = Vec::with_capacity(SORT_CHUNK);
                let mut l = rest;
                while es.len() < SORT_CHUNK {
                    let Some((h, t)) = l.as_cons() else { break };
                    es.push(h);
                    l = t;
                }
                (es, l)
            }
            Err(false) => {
                // keysort checks the elements before the tail.
                if key > 0 {
                    let (es, _) = list_parts(rest);
                    keyed(&es, key)?;
                }
                return Err(function_clause());
            }
        };
        charge(ctx, es.len() * 2);
        let mut run = if key > 0 {
            sort_keyed(keyed(&es, key)?)
        } else {
            let mut es = es;
            es.sort_by(|a, b| cmp(*a, *b));
            if mode & UNIQUE != 0 {
                es.dedup_by(|later, first| cmp(*later, *first) == Ordering::Equal);
            }
            es
        };
        if mode & CHECK != 0
            && run
                .windows(2)
                .any(|w| cmp(w[0], w[1]) == Ordering::Equal && !exact_eq(w[0], w[1]))
        {
            return Ok(unstable());
        }
        run.reverse();
        let run = build::list(ctx.heap(), &run);
        runs = build::cons(ctx.heap(), run, runs);
        rest = more;
        if rest.is_nil() {
            return Ok(runs);
        }
        if ctx.can_trap() {
            let mode = Term::small(mode);
            return Err(ctx.trap("lists", "$sort_runs", &[rest, runs, mode]));
        }
    }
}

/// The head of run `run` in the merge: the largest comes out first; of
/// equal ones, that of the run from later in the list (a lower index).
struct Head {
    key: Term,
    run: usize,
}

impl PartialEq for Head {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Head {}

impl PartialOrd for Head {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Head {
    fn cmp(&self, other: &Self) -> Ordering {
        cmp(self.key, other.key).then(other.run.cmp(&self.run))
    }
}

/// `lists:'$merge_chunk'(Runs, Acc, Mode)`: merges the descending runs
/// (the one from latest in the list first) onto Acc, largest first, so
/// that Acc ends up ascending; `MERGE_CHUNK` elements per call. Returns
/// the sorted list, or `unstable` (sort/1) when two neighbours in it are
/// equal but differ. With `UNIQUE` an element equal to the one before it
/// replaces it (the runs give equal elements last first, so the first in
/// the list stays).
fn merge_chunk(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let (runs, mut acc) = (args[0], args[1]);
    let mode = mode_arg(args[2])?;
    let Some(mut lists) = super::erlang::list_to_vec(runs) else {
        return Err(badarg());
    };
    let mut heads = std::collections::BinaryHeap::with_capacity(lists.len());
    for (run, l) in lists.iter().enumerate() {
        match l.as_cons() {
            Some((h, _)) => heads.push(Head {
                key: sort_key(h, mode),
                run,
            }),
            None if l.is_nil() => {}
            None => return Err(badarg()),
        }
    }
    charge(ctx, lists.len());
    let mut k = 0;
    while let Some(mut top) = heads.peek_mut() {
        if k == MERGE_CHUNK && ctx.can_trap() {
            drop(top);
            charge(ctx, 2 * k);
            let runs: Vec<Term> = lists.into_iter().filter(|l| l.is_cons()).collect();
            let runs = build::list(ctx.heap(), &runs);
            let mode = Term::small(mode);
            return Err(ctx.trap("lists", "$merge", &[runs, acc, mode]));
        }
        k += 1;
        let (run, key) = (top.run, top.key);
        let Some((x, t)) = lists[run].as_cons() else {
            return Err(badarg());
        };
        lists[run] = t;
        // The run's next head replaces this one in place: on a list that
        // was already (nearly) in order, it usually stays on top.
        match t.as_cons() {
            Some((h, _)) => top.key = sort_key(h, mode),
            None if t.is_nil() => {
                std::collections::binary_heap::PeekMut::pop(top);
            }
            None => return Err(badarg()),
        }
        if mode & (CHECK | UNIQUE) != 0 {
            if let Some((prev, before)) = acc.as_cons() {
                if cmp(key, sort_key(prev, mode)) == Ordering::Equal {
                    if mode & UNIQUE != 0 {
                        acc = before;
                    } else if !exact_eq(x, prev) {
                        return Ok(unstable());
                    }
                }
            }
        }
        acc = build::cons(ctx.heap(), x, acc);
    }
    charge(ctx, 2 * k);
    Ok(acc)
}

pub const TABLE: &[(&str, &str, usize, BifFn)] = &[
    ("lists", "$sort_runs_chunk", 3, sort_runs_chunk),
    ("lists", "$merge_chunk", 3, merge_chunk),
];

// ---- OTP's sort ------------------------------------------------------------

/// An Erlang list, head last.
type L = Vec<Term>;

/// A comparison of two terms.
type Test = fn(Term, Term) -> bool;

fn le(a: Term, b: Term) -> bool {
    cmp(a, b) != Ordering::Greater
}

fn ge(a: Term, b: Term) -> bool {
    cmp(a, b) != Ordering::Less
}

fn gt(a: Term, b: Term) -> bool {
    cmp(a, b) == Ordering::Greater
}

fn lt(a: Term, b: Term) -> bool {
    cmp(a, b) == Ordering::Less
}

fn equal(a: Term, b: Term) -> bool {
    cmp(a, b) == Ordering::Equal
}

/// `[first, second | rest]`.
fn cons2(first: Term, second: Term, mut rest: L) -> L {
    rest.push(second);
    rest.push(first);
    rest
}

/// `lists:reverse(T, Acc)`.
fn reverse_onto(t: L, mut acc: L) -> L {
    acc.extend(t.into_iter().rev());
    acc
}

/// The sorted elements (in order). `xs` is a proper list's elements.
pub fn sort(xs: &[Term]) -> Vec<Term> {
    let mut r = sort_l(xs);
    r.reverse();
    r
}

fn sort_l(xs: &[Term]) -> L {
    let as_list = |v: &[Term]| -> L { v.iter().rev().copied().collect() };
    if xs.len() < 2 {
        return as_list(xs);
    }
    let (x, y, rest) = (xs[0], xs[1], &xs[2..]);
    if le(x, y) {
        if rest.is_empty() {
            return as_list(xs);
        }
        if rest.len() == 1 {
            let z = rest[0];
            return if le(y, z) {
                as_list(xs)
            } else if le(x, z) {
                as_list(&[x, z, y])
            } else {
                as_list(&[z, x, y])
            };
        }
        if equal(x, y) {
            return sort_1(y, rest, vec![x]);
        }
        split(x, y, rest, true)
    } else {
        if rest.is_empty() {
            return as_list(&[y, x]);
        }
        if rest.len() == 1 {
            let z = rest[0];
            return if le(x, z) {
                as_list(&[y, x, z])
            } else if le(y, z) {
                as_list(&[y, z, x])
            } else {
                as_list(&[z, y, x])
            };
        }
        split(x, y, rest, false)
    }
}

/// `sort_1/3`: skips a run of elements equal to the first.
fn sort_1(mut x: Term, input: &[Term], mut r: L) -> L {
    for (i, &y) in input.iter().enumerate() {
        if equal(x, y) {
            r.push(x);
            x = y;
            continue;
        }
        let rest = &input[i + 1..];
        return if lt(x, y) {
            split_from(x, y, rest, r, true)
        } else {
            split_from(x, y, rest, r, false)
        };
    }
    reverse_onto(r, vec![x])
}

fn split(x: Term, y: Term, input: &[Term], ascending: bool) -> L {
    split_from(x, y, input, Vec::new(), ascending)
}

/// `split_1` + `split_1_1` (ascending) or `split_2` + `split_2_1`
/// (descending), starting with accumulator `r` and no finished runs.
fn split_from(mut x: Term, mut y: Term, input: &[Term], mut r: L, ascending: bool) -> L {
    // In the ascending direction the tests are Z >= Y, Z >= X, S =< Z;
    // descending: Z =< Y, Z =< X, S > Z.
    let (c1, c3): (Test, Test) = if ascending { (ge, le) } else { (le, gt) };
    let mut rs: Vec<L> = Vec::new();
    let mut s: Option<Term> = None;
    for &z in input {
        if c1(z, y) {
            r.push(x);
            x = y;
            y = z;
        } else if c1(z, x) {
            r.push(x);
            x = z;
        } else if let Some(sv) = s {
            rs.push(cons2(y, x, std::mem::take(&mut r)));
            if c3(sv, z) {
                x = sv;
                y = z;
            } else {
                x = z;
                y = sv;
            }
            s = None;
        } else if r.is_empty() {
            r.push(z);
        } else {
            s = Some(z);
        }
    }
    rs.push(cons2(y, x, r));
    if let Some(sv) = s {
        rs.push(vec![sv]);
    }
    // split_1 ends in rmergel, split_2 in mergel.
    mergel(rs, Vec::new(), ascending)
}

/// `mergel/2` (`reverse == false`) and `rmergel/2` (`reverse == true`),
/// which call each other. `ll` is a list of lists, head last.
fn mergel(mut ll: Vec<L>, mut acc: Vec<L>, mut reverse: bool) -> L {
    loop {
        let n = ll.len();
        if !reverse {
            if n > 0 && ll[n - 1].is_empty() {
                ll.pop();
            } else if n >= 3 && !ll[n - 2].is_empty() && !ll[n - 3].is_empty() {
                let t1 = ll.pop().unwrap_or_default();
                let (h2, t2) = split_head(ll.pop());
                let (h3, t3) = split_head(ll.pop());
                acc.push(merge3_1(t1, Vec::new(), h2, t2, h3, t3));
            } else if n == 2 && !ll[0].is_empty() {
                let t1 = ll.pop().unwrap_or_default();
                let (h2, t2) = split_head(ll.pop());
                acc.push(merge2_1(t1, h2, t2, Vec::new()));
                ll = std::mem::take(&mut acc);
                reverse = true;
            } else if n == 1 {
                let l = ll.pop().unwrap_or_default();
                if acc.is_empty() {
                    return l;
                }
                acc.push(reverse_onto(l, Vec::new()));
                ll = std::mem::take(&mut acc);
                reverse = true;
            } else if n == 0 {
                if acc.is_empty() {
                    return Vec::new();
                }
                ll = std::mem::take(&mut acc);
                reverse = true;
            } else if ll[n - 2].is_empty() {
                ll.remove(n - 2);
            } else {
                ll.remove(n - 3);
            }
        } else if n >= 3 && !ll[n - 1].is_empty() && !ll[n - 2].is_empty() {
            let (h3, t3) = split_head(ll.pop());
            let (h2, t2) = split_head(ll.pop());
            let t1 = ll.pop().unwrap_or_default();
            acc.push(rmerge3_1(t1, Vec::new(), h2, t2, h3, t3));
        } else if n == 2 && !ll[1].is_empty() {
            let (h2, t2) = split_head(ll.pop());
            let t1 = ll.pop().unwrap_or_default();
            acc.push(rmerge2_1(t1, h2, t2, Vec::new()));
            ll = std::mem::take(&mut acc);
            reverse = false;
        } else if n == 1 {
            let l = ll.pop().unwrap_or_default();
            acc.push(reverse_onto(l, Vec::new()));
            ll = std::mem::take(&mut acc);
            reverse = false;
        } else if n == 0 {
            ll = std::mem::take(&mut acc);
            reverse = false;
        } else {
            // OTP raises function_clause here; runs are never empty, so
            // this is unreachable. Drop the empty list and go on.
            ll.retain(|l| !l.is_empty());
            if ll.len() == n {
                return ll.into_iter().flatten().collect();
            }
        }
    }
}

/// `[H | T]` of a non-empty list.
fn split_head(l: Option<L>) -> (Term, L) {
    let mut l = l.unwrap_or_default();
    let h = l.pop().unwrap_or(Term::NIL);
    (h, l)
}

#[derive(Clone, Copy)]
enum M3 {
    S1,
    S2,
    S12,
    S12_3,
    S21,
    S21_3,
}

/// `merge3_1(T1, M, H2, T2, H3, T3)` and the functions it calls.
fn merge3_1(mut t1: L, mut m: L, mut h2: Term, mut t2: L, mut h3: Term, mut t3: L) -> L {
    let mut h1 = Term::NIL;
    let mut st = M3::S1;
    loop {
        st = match st {
            M3::S1 => match t1.pop() {
                Some(x) => {
                    h1 = x;
                    if le(h1, h2) {
                        M3::S12
                    } else {
                        M3::S21
                    }
                }
                None if le(h2, h3) => {
                    m.push(h2);
                    return merge2_1(t2, h3, t3, m);
                }
                None => return merge2_2(t2, h3, t3, m, h2),
            },
            M3::S2 => match t2.pop() {
                Some(x) => {
                    h2 = x;
                    if le(h1, h2) {
                        M3::S12
                    } else {
                        M3::S21
                    }
                }
                None if le(h1, h3) => {
                    m.push(h1);
                    return merge2_1(t1, h3, t3, m);
                }
                None => return merge2_2(t1, h3, t3, m, h1),
            },
            M3::S12 if le(h1, h3) => {
                m.push(h1);
                M3::S1
            }
            M3::S12 => {
                m.push(h3);
                M3::S12_3
            }
            M3::S12_3 => match t3.pop() {
                Some(x) => {
                    h3 = x;
                    if le(h1, h3) {
                        m.push(h1);
                        M3::S1
                    } else {
                        m.push(h3);
                        M3::S12_3
                    }
                }
                None => {
                    m.push(h1);
                    return merge2_1(t1, h2, t2, m);
                }
            },
            M3::S21 if le(h2, h3) => {
                m.push(h2);
                M3::S2
            }
            M3::S21 => {
                m.push(h3);
                M3::S21_3
            }
            M3::S21_3 => match t3.pop() {
                Some(x) => {
                    h3 = x;
                    if le(h2, h3) {
                        m.push(h2);
                        M3::S2
                    } else {
                        m.push(h3);
                        M3::S21_3
                    }
                }
                None => return merge2_2(t1, h2, t2, m, h1),
            },
        }
    }
}

/// `rmerge3_1(T1, M, H2, T2, H3, T3)` and the functions it calls.
fn rmerge3_1(mut t1: L, mut m: L, mut h2: Term, mut t2: L, mut h3: Term, mut t3: L) -> L {
    let mut h1 = Term::NIL;
    let mut st = M3::S1;
    loop {
        st = match st {
            M3::S1 => match t1.pop() {
                Some(x) => {
                    h1 = x;
                    if le(h1, h2) {
                        M3::S12
                    } else {
                        M3::S21
                    }
                }
                None if le(h2, h3) => return rmerge2_2(t2, h3, t3, m, h2),
                None => {
                    m.push(h2);
                    return rmerge2_1(t2, h3, t3, m);
                }
            },
            M3::S2 => match t2.pop() {
                Some(x) => {
                    h2 = x;
                    if le(h1, h2) {
                        M3::S12
                    } else {
                        M3::S21
                    }
                }
                None if le(h1, h3) => return rmerge2_2(t1, h3, t3, m, h1),
                None => {
                    m.push(h1);
                    return rmerge2_1(t1, h3, t3, m);
                }
            },
            M3::S12 if le(h2, h3) => {
                m.push(h3);
                M3::S12_3
            }
            M3::S12 => {
                m.push(h2);
                M3::S2
            }
            M3::S12_3 => match t3.pop() {
                Some(x) => {
                    h3 = x;
                    if le(h2, h3) {
                        m.push(h3);
                        M3::S12_3
                    } else {
                        m.push(h2);
                        M3::S2
                    }
                }
                None => return rmerge2_2(t1, h2, t2, m, h1),
            },
            M3::S21 if le(h1, h3) => {
                m.push(h3);
                M3::S21_3
            }
            M3::S21 => {
                m.push(h1);
                M3::S1
            }
            M3::S21_3 => match t3.pop() {
                Some(x) => {
                    h3 = x;
                    if le(h1, h3) {
                        m.push(h3);
                        M3::S21_3
                    } else {
                        m.push(h1);
                        M3::S1
                    }
                }
                None => {
                    m.push(h1);
                    return rmerge2_1(t1, h2, t2, m);
                }
            },
        }
    }
}

/// `merge2_1(T1, H2, T2, M)` / `merge2_2`: in state B, `h1` waits and `h2`
/// is merge2_2's `HdM`.
fn merge2(mut t1: L, mut h2: Term, mut t2: L, mut m: L, mut pending: Option<Term>) -> L {
    loop {
        match pending {
            None => match t1.pop() {
                Some(h1) if le(h1, h2) => m.push(h1),
                Some(h1) => pending = Some(h1),
                None => {
                    m.push(h2);
                    return reverse_onto(t2, m);
                }
            },
            Some(h1) => match t2.pop() {
                Some(x) if le(h1, x) => {
                    m.push(h2);
                    m.push(h1);
                    h2 = x;
                    pending = None;
                }
                Some(x) => {
                    m.push(h2);
                    h2 = x;
                }
                None => {
                    m.push(h2);
                    m.push(h1);
                    return reverse_onto(t1, m);
                }
            },
        }
    }
}

fn merge2_1(t1: L, h2: Term, t2: L, m: L) -> L {
    merge2(t1, h2, t2, m, None)
}

fn merge2_2(t1: L, hdm: Term, t2: L, m: L, h1: Term) -> L {
    merge2(t1, hdm, t2, m, Some(h1))
}

/// `rmerge2_1(T1, H2, T2, M)` / `rmerge2_2`, shaped like [`merge2`].
fn rmerge2(mut t1: L, mut h2: Term, mut t2: L, mut m: L, mut pending: Option<Term>) -> L {
    loop {
        match pending {
            None => match t1.pop() {
                Some(h1) if le(h1, h2) => pending = Some(h1),
                Some(h1) => m.push(h1),
                None => {
                    m.push(h2);
                    return reverse_onto(t2, m);
                }
            },
            Some(h1) => match t2.pop() {
                Some(x) if le(h1, x) => {
                    m.push(h2);
                    h2 = x;
                }
                Some(x) => {
                    m.push(h2);
                    m.push(h1);
                    h2 = x;
                    pending = None;
                }
                None => {
                    m.push(h2);
                    m.push(h1);
                    return reverse_onto(t1, m);
                }
            },
        }
    }
}

fn rmerge2_1(t1: L, h2: Term, t2: L, m: L) -> L {
    rmerge2(t1, h2, t2, m, None)
}

fn rmerge2_2(t1: L, hdm: Term, t2: L, m: L, h1: Term) -> L {
    rmerge2(t1, hdm, t2, m, Some(h1))
}
