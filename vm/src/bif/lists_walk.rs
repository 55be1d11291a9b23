//! Native `lists` functions that walk or build whole lists (`seq`,
//! `duplicate`, `flatten/1`, `zip`, `unzip`, `delete`, the `key*` updates,
//! `sum`, `max`, `nth`, ...), in bounded steps: each call handles at most
//! `TRAP_CHUNK` elements and then *traps*, continuing through a call of an
//! Erlang function in `stdlib/lists.erl` (`lists:'$seq'/4`, ...) that calls
//! the next step (`lists:'$seq_chunk'/4`, ...), where the process may be
//! preempted. Called where they cannot trap (`BifContext::new`), they run
//! to the end.
//!
//! Lists are built from their end where the input allows it (`seq`,
//! `duplicate`); otherwise the result is collected reversed and finally
//! reversed onto its tail by `lists:reverse/2`'s native, which traps too.
//! Errors are those of the functions in one go (see `lists.rs`): the steps'
//! own frames are hidden from stack traces.

use super::arith::arith;
use super::lists::{charge, function_clause, key_matches, key_pos, reverse_onto, MAX_BUILD};
use super::{badarg, BifContext, BifFn, BifResult, Exception, TRAP_CHUNK};
use crate::heap::build;
use crate::term::order::{cmp, exact_eq};
use crate::term::Term;
use compiler::bytecode::ArithOp;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};
use std::cmp::Ordering;

/// Elements this call may handle before it must trap (all of them when it
/// cannot trap).
fn limit(ctx: &BifContext) -> usize {
    if ctx.can_trap() {
        TRAP_CHUNK
    } else {
        usize::MAX
    }
}

fn small(n: usize) -> Term {
    Term::small(n as i64)
}

/// A count of elements to walk, capped to what a small integer holds (no
/// list is that long), so that a step can pass on what is left.
fn count_cap(n: Option<usize>) -> usize {
    n.unwrap_or(usize::MAX).min(1 << 58)
}

/// A non-negative small integer argument of a step.
fn count_arg(t: Term) -> Result<usize, Exception> {
    match t.as_small() {
        Some(n) if n >= 0 => Ok(n as usize),
        _ => Err(badarg()),
    }
}

// ---- seq, duplicate: built from the end --------------------------------------

/// `[first, first + inc, ...]` with `count` elements.
pub fn sequence(ctx: &mut BifContext, first: &BigInt, inc: &BigInt, count: &BigInt) -> BifResult {
    let n = count.to_usize().filter(|n| *n <= MAX_BUILD);
    let n = n.ok_or_else(super::arith::system_limit)?;
    if n == 0 {
        return Ok(Term::NIL);
    }
    let last = first + inc * BigInt::from(n - 1);
    seq_from_end(ctx, last, inc, n, Term::NIL)
}

/// Puts `n` elements in front of `acc`: `x` (the last), `x - inc`, ...
fn seq_from_end(
    ctx: &mut BifContext,
    x: BigInt,
    inc: &BigInt,
    n: usize,
    mut acc: Term,
) -> BifResult {
    let k = n.min(limit(ctx));
    charge(ctx, k);
    let next = if let (Some(xi), Some(ii)) = (x.to_i64(), inc.to_i64()) {
        let (mut v, d) = (xi as i128, ii as i128);
        for _ in 0..k {
            let t = build::int_i128(ctx.heap(), v);
            acc = build::cons(ctx.heap(), t, acc);
            v -= d;
        }
        BigInt::from(v)
    } else {
        let mut v = x;
        for _ in 0..k {
            let t = build::bigint(ctx.heap(), &v);
            acc = build::cons(ctx.heap(), t, acc);
            v -= inc;
        }
        v
    };
    if k == n {
        return Ok(acc);
    }
    let next = build::bigint(ctx.heap(), &next);
    let inc = build::bigint(ctx.heap(), inc);
    Err(ctx.trap("lists", "$seq", &[next, inc, small(n - k), acc]))
}

/// `lists:'$seq_chunk'(X, Inc, N, Acc)`: `seq` continued.
fn seq_chunk(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let (Some(x), Some(inc)) = (args[0].to_bigint(), args[1].to_bigint()) else {
        return Err(badarg());
    };
    let n = count_arg(args[2])?;
    if n == 0 {
        return Ok(args[3]);
    }
    seq_from_end(ctx, x, &inc, n, args[3])
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

fn duplicate(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let n = match args[0].as_small() {
        Some(n) if n >= 0 && n as usize <= MAX_BUILD => n as usize,
        _ if args[0].to_bigint().is_some_and(|b| b.is_positive()) => {
            return Err(super::arith::system_limit())
        }
        _ => return Err(function_clause()),
    };
    duplicate_onto(ctx, n, args[1], Term::NIL)
}

fn duplicate_onto(ctx: &mut BifContext, n: usize, x: Term, mut acc: Term) -> BifResult {
    let k = n.min(limit(ctx));
    charge(ctx, k);
    for _ in 0..k {
        acc = build::cons(ctx.heap(), x, acc);
    }
    if k == n {
        return Ok(acc);
    }
    Err(ctx.trap("lists", "$duplicate", &[small(n - k), x, acc]))
}

/// `lists:'$duplicate_chunk'(N, X, Acc)`.
fn duplicate_chunk(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let n = count_arg(args[0])?;
    duplicate_onto(ctx, n, args[1], args[2])
}

// ---- folds: an accumulator -----------------------------------------------------

fn sum(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    sum_from(ctx, args[0], Term::small(0))
}

/// `lists:'$sum_chunk'(Rest, Acc)`.
fn sum_from(ctx: &mut BifContext, mut l: Term, mut acc: Term) -> BifResult {
    let max = limit(ctx);
    let mut n = 0;
    while let Some((h, t)) = l.as_cons() {
        if n == max {
            charge(ctx, n);
            return Err(ctx.trap("lists", "$sum", &[l, acc]));
        }
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

fn sum_chunk(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    sum_from(ctx, args[0], args[1])
}

/// Which element a scan keeps: the first greatest (`max/1`), the first
/// least (`min/1`) or the last (`last/1`).
#[derive(Clone, Copy)]
enum Keep {
    Max,
    Min,
    Last,
}

impl Keep {
    fn continuation(self) -> &'static str {
        match self {
            Keep::Max => "$max",
            Keep::Min => "$min",
            Keep::Last => "$last",
        }
    }

    fn better(self, e: Term, best: Term) -> bool {
        match self {
            Keep::Max => cmp(e, best) == Ordering::Greater,
            Keep::Min => cmp(e, best) == Ordering::Less,
            Keep::Last => true,
        }
    }
}

fn keep_first(ctx: &mut BifContext, l: Term, keep: Keep) -> BifResult {
    match l.as_cons() {
        Some((h, t)) => keep_from(ctx, t, h, keep),
        None => Err(function_clause()),
    }
}

/// The scan of `max/1`, `min/1` or `last/1` continued at `l` with `best`
/// kept so far.
fn keep_from(ctx: &mut BifContext, mut l: Term, mut best: Term, keep: Keep) -> BifResult {
    let max = limit(ctx);
    let mut n = 0;
    while let Some((h, t)) = l.as_cons() {
        if n == max {
            charge(ctx, n);
            return Err(ctx.trap("lists", keep.continuation(), &[l, best]));
        }
        if keep.better(h, best) {
            best = h;
        }
        n += 1;
        l = t;
    }
    charge(ctx, n);
    if l.is_nil() {
        Ok(best)
    } else {
        Err(function_clause())
    }
}

fn max(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    keep_first(ctx, args[0], Keep::Max)
}

fn min(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    keep_first(ctx, args[0], Keep::Min)
}

fn last(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    keep_first(ctx, args[0], Keep::Last)
}

/// `lists:'$max_chunk'(Rest, Best)`.
fn max_chunk(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    keep_from(ctx, args[0], args[1], Keep::Max)
}

fn min_chunk(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    keep_from(ctx, args[0], args[1], Keep::Min)
}

fn last_chunk(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    keep_from(ctx, args[0], args[1], Keep::Last)
}

// ---- positions: the state is the arguments -------------------------------------

/// How `nth/2` and `nthtail/2` treat a non-small count: a float or a big
/// integer can never reach the matching clause (function_clause); any
/// other term compares greater than 1, so `N - 1` is computed (badarith)
/// unless the list is empty.
fn odd_count(n: Term, l: Term) -> Exception {
    if n.is_number() || !l.is_cons() {
        function_clause()
    } else {
        super::badarith()
    }
}

/// `nth/2`; continues as `lists:'$nth'(N, Rest)` (which calls it again).
fn nth(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let (n, l) = (args[0], args[1]);
    let Some(n) = n.as_small() else {
        return Err(odd_count(n, l));
    };
    if n < 1 {
        return Err(function_clause());
    }
    let l = skip(ctx, n as usize - 1, l, "$nth", 1)?;
    l.as_cons().map(|(h, _)| h).ok_or_else(function_clause)
}

/// `l` without its first `n` elements, in steps: a trap continues as
/// `lists:cont(N + offset, Rest)` (`offset` turns what is left to skip back
/// into the continuation's argument).
fn skip(
    ctx: &mut BifContext,
    mut n: usize,
    mut l: Term,
    cont: &str,
    offset: usize,
) -> Result<Term, Exception> {
    let max = limit(ctx);
    let mut k = 0;
    while n > 0 {
        if k == max {
            charge(ctx, k);
            return Err(ctx.trap("lists", cont, &[small(n + offset), l]));
        }
        l = l.as_cons().ok_or_else(function_clause)?.1;
        n -= 1;
        k += 1;
    }
    charge(ctx, k);
    Ok(l)
}

fn nthtail(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let (n, l) = (args[0], args[1]);
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
    skip(ctx, n as usize, l, "$nthtail", 0)
}

fn prefix(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let (mut a, mut b) = (args[0], args[1]);
    let max = limit(ctx);
    let mut k = 0;
    loop {
        if let (Some((x, xs)), Some((y, ys))) = (a.as_cons(), b.as_cons()) {
            if exact_eq(x, y) {
                if k == max {
                    charge(ctx, k);
                    return Err(ctx.trap("lists", "$prefix", &[a, b]));
                }
                a = xs;
                b = ys;
                k += 1;
                continue;
            }
        }
        charge(ctx, k);
        if !b.is_list() || !a.is_list() {
            return Err(function_clause());
        }
        return Ok(Term::bool(a.is_nil()));
    }
}

/// `sublist/3`: skips to the start, then `sublist/2`.
fn sublist3(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let (mut l, len) = (args[0], args[2]);
    let mut s = args[1].to_bigint().ok_or_else(function_clause)?;
    let one = BigInt::from(1);
    let two = BigInt::from(2);
    let max = limit(ctx);
    let mut k = 0;
    loop {
        if s == one {
            charge(ctx, k);
            return match len.to_bigint() {
                Some(n) if l.is_list() && !n.is_negative() => take(ctx, l, &n),
                _ => Err(function_clause()),
            };
        }
        if s < two {
            return Err(function_clause());
        }
        if l.is_nil() {
            charge(ctx, k);
            return Ok(Term::NIL);
        }
        if k == max {
            charge(ctx, k);
            let s = build::bigint(ctx.heap(), &s);
            return Err(ctx.trap("lists", "$sublist", &[l, s, len]));
        }
        l = l.as_cons().ok_or_else(function_clause)?.1;
        s -= 1;
        k += 1;
    }
}

// ---- results collected reversed ---------------------------------------------------

/// The reversed result `rev` put in front of `tail`: through
/// `reverse/2`'s native, which traps if it is long.
fn finish(ctx: &mut BifContext, rev: Term, tail: Term) -> BifResult {
    reverse_onto(ctx, rev, tail)
}

fn sublist2(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    match args[1].to_bigint() {
        Some(n) if args[0].is_list() => take(ctx, args[0], &n),
        _ => Err(function_clause()),
    }
}

/// `sublist_2/2`: up to `n` elements of the list `l`.
fn take(ctx: &mut BifContext, l: Term, n: &BigInt) -> BifResult {
    if n.is_negative() {
        return Err(function_clause());
    }
    take_onto(ctx, l, count_cap(n.to_usize()), Term::NIL)
}

fn take_onto(ctx: &mut BifContext, l: Term, n: usize, rev: Term) -> BifResult {
    let (rest, left, rev) = move_onto(ctx, l, n, rev, "$take")?;
    if left > 0 && !rest.is_nil() {
        return Err(function_clause());
    }
    finish(ctx, rev, Term::NIL)
}

/// The walk shared by `take` (sublist) and `split`: moves up to `n`
/// elements from the front of `l` onto `rev`, trapping to
/// `lists:cont(Rest, N, Rev)` after a chunk. Stops at `n` or at the first
/// tail that is not a cons: (that tail, elements still to take, `rev`).
fn move_onto(
    ctx: &mut BifContext,
    mut l: Term,
    mut n: usize,
    mut rev: Term,
    cont: &str,
) -> Result<(Term, usize, Term), Exception> {
    let max = limit(ctx);
    let mut k = 0;
    while n > 0 {
        let Some((h, t)) = l.as_cons() else { break };
        if k == max {
            charge(ctx, k);
            return Err(ctx.trap("lists", cont, &[l, small(n), rev]));
        }
        rev = build::cons(ctx.heap(), h, rev);
        l = t;
        n -= 1;
        k += 1;
    }
    charge(ctx, k);
    Ok((l, n, rev))
}

/// `lists:'$take_chunk'(Rest, N, Rev)`.
fn take_chunk(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let n = count_arg(args[1])?;
    take_onto(ctx, args[0], n, args[2])
}

fn split(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let (n, l) = (args[0], args[1]);
    let n = match n.to_bigint() {
        Some(b) if !b.is_negative() && l.is_list() => count_cap(b.to_usize()),
        _ => return Err(badarg()),
    };
    split_onto(ctx, l, n, Term::NIL)
}

/// The walk of `split/2` continued at `l`, `n` elements still to take,
/// those taken reversed in `rev`.
fn split_onto(ctx: &mut BifContext, l: Term, n: usize, rev: Term) -> BifResult {
    let (rest, left, rev) = move_onto(ctx, l, n, rev, "$split")?;
    if left > 0 {
        return Err(if rest.is_nil() {
            badarg()
        } else {
            function_clause()
        });
    }
    split_finish(ctx, rev, Term::NIL, rest)
}

/// `{reverse(Rev) ++ Acc, Rest}`, `TRAP_CHUNK` elements per call.
fn split_finish(ctx: &mut BifContext, rev: Term, acc: Term, rest: Term) -> BifResult {
    let (rev, acc) = reverse_some(ctx, rev, acc);
    if rev.is_cons() {
        return Err(ctx.trap("lists", "$split_rev", &[rev, acc, rest]));
    }
    Ok(ctx.tuple(&[acc, rest]))
}

/// `lists:'$split_rev_chunk'(Rev, Acc, Rest)`.
fn split_rev_chunk(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    split_finish(ctx, args[0], args[1], args[2])
}

/// Moves up to `limit` elements from the front of `rev` onto `acc` (what
/// is left of `rev`, `acc`).
fn reverse_some(ctx: &mut BifContext, mut rev: Term, mut acc: Term) -> (Term, Term) {
    let max = limit(ctx);
    let mut k = 0;
    while let Some((h, t)) = rev.as_cons() {
        if k == max {
            break;
        }
        acc = build::cons(ctx.heap(), h, acc);
        rev = t;
        k += 1;
    }
    charge(ctx, k);
    (rev, acc)
}

/// `lists:'$split_chunk'(Rest, N, Rev)`.
fn split_chunk(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let n = count_arg(args[1])?;
    split_onto(ctx, args[0], n, args[2])
}

fn droplast(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    droplast_onto(ctx, args[0], Term::NIL)
}

fn droplast_onto(ctx: &mut BifContext, mut l: Term, mut rev: Term) -> BifResult {
    let max = limit(ctx);
    let mut k = 0;
    while let Some((h, t)) = l.as_cons() {
        if k == max {
            charge(ctx, k);
            return Err(ctx.trap("lists", "$droplast", &[l, rev]));
        }
        rev = build::cons(ctx.heap(), h, rev);
        l = t;
        k += 1;
    }
    charge(ctx, k);
    match rev.as_cons() {
        Some((_, before_last)) if l.is_nil() => finish(ctx, before_last, Term::NIL),
        _ => Err(function_clause()),
    }
}

/// `lists:'$droplast_chunk'(Rest, Rev)`.
fn droplast_chunk(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    droplast_onto(ctx, args[0], args[1])
}

fn zip(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    zip_onto(ctx, args[0], args[1], Term::NIL)
}

fn zip_onto(ctx: &mut BifContext, mut a: Term, mut b: Term, mut rev: Term) -> BifResult {
    let max = limit(ctx);
    let mut k = 0;
    while let (Some((x, xs)), Some((y, ys))) = (a.as_cons(), b.as_cons()) {
        if k == max {
            charge(ctx, k);
            return Err(ctx.trap("lists", "$zip", &[a, b, rev]));
        }
        let pair = ctx.tuple(&[x, y]);
        rev = build::cons(ctx.heap(), pair, rev);
        a = xs;
        b = ys;
        k += 1;
    }
    charge(ctx, k);
    if !a.is_nil() || !b.is_nil() {
        return Err(function_clause());
    }
    finish(ctx, rev, Term::NIL)
}

/// `lists:'$zip_chunk'(As, Bs, Rev)`.
fn zip_chunk(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    zip_onto(ctx, args[0], args[1], args[2])
}

fn unzip(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    unzip_onto(ctx, args[0], Term::NIL, Term::NIL)
}

fn unzip_onto(ctx: &mut BifContext, mut l: Term, mut xs: Term, mut ys: Term) -> BifResult {
    let max = limit(ctx);
    let mut k = 0;
    while let Some((e, t)) = l.as_cons() {
        if k == max {
            charge(ctx, k);
            return Err(ctx.trap("lists", "$unzip", &[l, xs, ys]));
        }
        let &[x, y] = (if e.is_tuple() {
            e.tuple_elements()
        } else {
            &[]
        }) else {
            return Err(function_clause());
        };
        xs = build::cons(ctx.heap(), x, xs);
        ys = build::cons(ctx.heap(), y, ys);
        l = t;
        k += 1;
    }
    charge(ctx, k);
    if !l.is_nil() {
        return Err(function_clause());
    }
    unzip_finish(ctx, [xs, ys, Term::NIL, Term::NIL])
}

/// `{reverse(Xs) ++ AccX, reverse(Ys) ++ AccY}`, `TRAP_CHUNK` elements of
/// each per call.
fn unzip_finish(ctx: &mut BifContext, [xs, ys, acc_x, acc_y]: [Term; 4]) -> BifResult {
    let (xs, acc_x) = reverse_some(ctx, xs, acc_x);
    let (ys, acc_y) = reverse_some(ctx, ys, acc_y);
    if xs.is_cons() || ys.is_cons() {
        return Err(ctx.trap("lists", "$unzip_rev", &[xs, ys, acc_x, acc_y]));
    }
    Ok(ctx.tuple(&[acc_x, acc_y]))
}

/// `lists:'$unzip_rev_chunk'(Xs, Ys, AccX, AccY)`.
fn unzip_rev_chunk(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    unzip_finish(ctx, [args[0], args[1], args[2], args[3]])
}

/// `lists:'$unzip_chunk'(Rest, Xs, Ys)`.
fn unzip_chunk(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    unzip_onto(ctx, args[0], args[1], args[2])
}

fn flatten(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    if !args[0].is_list() {
        return Err(function_clause());
    }
    flatten_onto(ctx, args[0], Term::NIL, Term::NIL)
}

/// The walk of `flatten/1` continued at `l`, with the tails of the lists
/// it is inside in `stack` (innermost first) and the elements found so far
/// reversed in `rev`.
fn flatten_onto(ctx: &mut BifContext, mut l: Term, mut stack: Term, mut rev: Term) -> BifResult {
    let max = limit(ctx);
    let mut k = 0;
    loop {
        if k == max {
            charge(ctx, k);
            return Err(ctx.trap("lists", "$flatten", &[l, stack, rev]));
        }
        k += 1;
        if let Some((h, t)) = l.as_cons() {
            if h.is_list() {
                stack = build::cons(ctx.heap(), t, stack);
                l = h;
            } else {
                rev = build::cons(ctx.heap(), h, rev);
                l = t;
            }
            continue;
        }
        if !l.is_nil() {
            return Err(function_clause());
        }
        match stack.as_cons() {
            Some((t, more)) => {
                l = t;
                stack = more;
            }
            None => break,
        }
    }
    charge(ctx, k);
    finish(ctx, rev, Term::NIL)
}

/// `lists:'$flatten_chunk'(Rest, Stack, Rev)`.
fn flatten_chunk(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    flatten_onto(ctx, args[0], args[1], args[2])
}

// ---- deleting, replacing ---------------------------------------------------------

/// What `delete/2` & co look for and put in its place.
#[derive(Clone, Copy)]
enum Edit {
    /// `delete(X, L)`: the first element `=:=` X goes.
    Delete(Term),
    /// `keydelete(Key, N, L)`.
    KeyDelete(Term, usize),
    /// `keyreplace(Key, N, L, New)`: New instead; the list as it was if none.
    KeyReplace(Term, usize, Term),
    /// `keystore(Key, N, L, New)`: New instead; New at the end if none.
    KeyStore(Term, usize, Term),
}

impl Edit {
    fn hit(self, h: Term) -> bool {
        match self {
            Edit::Delete(x) => exact_eq(h, x),
            Edit::KeyDelete(k, n) | Edit::KeyReplace(k, n, _) | Edit::KeyStore(k, n, _) => {
                key_matches(h, n, k)
            }
        }
    }

    /// What follows the elements before the hit, `t` following it.
    fn replace(self, ctx: &mut BifContext, t: Term) -> Term {
        match self {
            Edit::Delete(_) | Edit::KeyDelete(..) => t,
            Edit::KeyReplace(.., new) | Edit::KeyStore(.., new) => build::cons(ctx.heap(), new, t),
        }
    }

    /// The end of the result when nothing hits.
    fn end(self, ctx: &mut BifContext) -> Term {
        match self {
            Edit::KeyStore(.., new) => build::cons(ctx.heap(), new, Term::NIL),
            _ => Term::NIL,
        }
    }

    /// The continuation's name and the arguments that say what to edit.
    fn continuation(self) -> (&'static str, [Term; 3]) {
        match self {
            Edit::Delete(x) => ("$delete", [Term::small(0), x, Term::NIL]),
            Edit::KeyDelete(k, n) => ("$keydelete", [Term::small(n as i64), k, Term::NIL]),
            Edit::KeyReplace(k, n, new) => ("$keyreplace", [Term::small(n as i64), k, new]),
            Edit::KeyStore(k, n, new) => ("$keystore", [Term::small(n as i64), k, new]),
        }
    }
}

/// Rebuilds the rest `l` of the list (the elements before it reversed in
/// `rev`) with the edit made at the first element it hits.
fn edit_onto(ctx: &mut BifContext, edit: Edit, mut l: Term, mut rev: Term) -> BifResult {
    let max = limit(ctx);
    let mut k = 0;
    while let Some((h, t)) = l.as_cons() {
        if edit.hit(h) {
            charge(ctx, k);
            let tail = edit.replace(ctx, t);
            return finish(ctx, rev, tail);
        }
        if k == max {
            charge(ctx, k);
            let (name, [n, key, new]) = edit.continuation();
            return Err(ctx.trap("lists", name, &[n, key, new, l, rev]));
        }
        rev = build::cons(ctx.heap(), h, rev);
        l = t;
        k += 1;
    }
    charge(ctx, k);
    if !l.is_nil() {
        return Err(function_clause());
    }
    let end = edit.end(ctx);
    finish(ctx, rev, end)
}

fn delete(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    edit_onto(ctx, Edit::Delete(args[0]), args[1], Term::NIL)
}

fn keydelete(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let (key, n) = (args[0], key_pos(args[1])?);
    edit_onto(ctx, Edit::KeyDelete(key, n), args[2], Term::NIL)
}

fn keyreplace(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let (key, n, new) = (args[0], key_pos(args[1])?, args[3]);
    if !new.is_tuple() {
        return Err(function_clause());
    }
    edit_onto(ctx, Edit::KeyReplace(key, n, new), args[2], Term::NIL)
}

fn keystore(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let (key, n, new) = (args[0], key_pos(args[1])?, args[3]);
    if !new.is_tuple() {
        return Err(function_clause());
    }
    edit_onto(ctx, Edit::KeyStore(key, n, new), args[2], Term::NIL)
}

/// `lists:'$delete_chunk'(N, Key, New, Rest, Rev)` and its siblings: the
/// edit continued (N and New unused where they do not apply).
fn edit_chunk(
    ctx: &mut BifContext,
    args: &[Term],
    make: fn(Term, usize, Term) -> Edit,
) -> BifResult {
    let n = match args[0].as_small() {
        Some(n) if n >= 0 => n as usize,
        // A position too big for any tuple (see `key_pos`).
        _ if args[0].to_bigint().is_some() => usize::MAX,
        _ => return Err(badarg()),
    };
    edit_onto(ctx, make(args[1], n, args[2]), args[3], args[4])
}

fn delete_chunk(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    edit_chunk(ctx, args, |x, _, _| Edit::Delete(x))
}

fn keydelete_chunk(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    edit_chunk(ctx, args, |k, n, _| Edit::KeyDelete(k, n))
}

fn keyreplace_chunk(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    edit_chunk(ctx, args, Edit::KeyReplace)
}

fn keystore_chunk(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    edit_chunk(ctx, args, Edit::KeyStore)
}

pub const TABLE: &[(&str, &str, usize, BifFn)] = &[
    ("lists", "seq", 2, seq2),
    ("lists", "seq", 3, seq3),
    ("lists", "duplicate", 2, duplicate),
    ("lists", "sum", 1, sum),
    ("lists", "max", 1, max),
    ("lists", "min", 1, min),
    ("lists", "last", 1, last),
    ("lists", "nth", 2, nth),
    ("lists", "nthtail", 2, nthtail),
    ("lists", "prefix", 2, prefix),
    ("lists", "sublist", 2, sublist2),
    ("lists", "sublist", 3, sublist3),
    ("lists", "split", 2, split),
    ("lists", "droplast", 1, droplast),
    ("lists", "zip", 2, zip),
    ("lists", "unzip", 1, unzip),
    ("lists", "flatten", 1, flatten),
    ("lists", "delete", 2, delete),
    ("lists", "keydelete", 3, keydelete),
    ("lists", "keyreplace", 4, keyreplace),
    ("lists", "keystore", 4, keystore),
    ("lists", "$seq_chunk", 4, seq_chunk),
    ("lists", "$duplicate_chunk", 3, duplicate_chunk),
    ("lists", "$sum_chunk", 2, sum_chunk),
    ("lists", "$max_chunk", 2, max_chunk),
    ("lists", "$min_chunk", 2, min_chunk),
    ("lists", "$last_chunk", 2, last_chunk),
    ("lists", "$take_chunk", 3, take_chunk),
    ("lists", "$split_chunk", 3, split_chunk),
    ("lists", "$droplast_chunk", 2, droplast_chunk),
    ("lists", "$zip_chunk", 3, zip_chunk),
    ("lists", "$unzip_chunk", 3, unzip_chunk),
    ("lists", "$unzip_rev_chunk", 4, unzip_rev_chunk),
    ("lists", "$split_rev_chunk", 3, split_rev_chunk),
    ("lists", "$flatten_chunk", 3, flatten_chunk),
    ("lists", "$delete_chunk", 5, delete_chunk),
    ("lists", "$keydelete_chunk", 5, keydelete_chunk),
    ("lists", "$keyreplace_chunk", 5, keyreplace_chunk),
    ("lists", "$keystore_chunk", 5, keystore_chunk),
];
