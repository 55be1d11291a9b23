//! The `erlang` BIFs that walk whole lists: `length/1`, `++` and `--`.
//!
//! Called from a function body (the compiler emits `call_ext` for them, see
//! `compiler::codegen::frame::is_trapping_bif`) they handle at most
//! `TRAP_CHUNK` elements per call and then *trap*: they continue through a
//! call of an Erlang function in `stdlib/lists.erl` (`'$length'/3`,
//! `'$append'/4`, `'$subtract'/2`), where the process may be preempted.
//! In guards (`bif` instructions, which cannot trap) they run to the end.
//!
//! Errors look as in OTP wherever the work stops: `badarg`, with the BIF and
//! its original arguments as the top stack frame (`{erlang, length, [L],
//! []}`); the continuations' own frames are hidden from stack traces
//! (`interp::exception`).

use super::erlang::Exact;
use super::lists::charge;
use super::{badarg, BifContext, BifFn, BifResult, Exception, TRAP_CHUNK};
use crate::heap::build;
use crate::term::Term;
use std::collections::BTreeMap;

/// `badarg` raised as if by `erlang:Function(Args...)`.
fn badarg_in(ctx: &mut BifContext, function: &str, args: &[Term]) -> Exception {
    ctx.error_in(badarg(), "erlang", function, args)
}

// ---- length/1 ----------------------------------------------------------------------

fn length(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    count(ctx, args[0], 0, args[0])
}

/// `lists:'$length_chunk'(Rest, Counted, List)`: `length(List)` continued
/// after `Counted` elements.
fn length_chunk(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    match args[1].as_small() {
        Some(n) if n >= 0 => count(ctx, args[0], n, args[2]),
        _ => Err(badarg()),
    }
}

/// Counts the rest `l` of `orig` on from `n`.
fn count(ctx: &mut BifContext, mut l: Term, mut n: i64, orig: Term) -> BifResult {
    let mut k = 0;
    while let Some((_, t)) = l.as_cons() {
        if k == TRAP_CHUNK && ctx.can_trap() {
            charge(ctx, k);
            return Err(ctx.trap("lists", "$length", &[l, Term::small(n), orig]));
        }
        n += 1;
        k += 1;
        l = t;
    }
    charge(ctx, k);
    if l.is_nil() {
        Ok(Term::small(n))
    } else {
        Err(badarg_in(ctx, "length", &[orig]))
    }
}

// ---- ++ ------------------------------------------------------------------------------

/// `A ++ B`: a copy of the proper list A in front of B. A longer than
/// `TRAP_CHUNK` goes in two passes, one chunk per call: a walk that checks
/// A and notes where each chunk starts (`lists:'$append'/4`), then the
/// copy, from the last chunk to the first, each in front of the copy of
/// the ones after it (`lists:'$append_build'/2`).
pub fn append(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let (a, b) = (args[0], args[1]);
    let mut es = Vec::new();
    let mut l = a;
    while let Some((h, t)) = l.as_cons() {
        if es.len() == TRAP_CHUNK && ctx.can_trap() {
            charge(ctx, es.len());
            let starts = build::list(ctx.heap(), &[a]);
            return Err(ctx.trap("lists", "$append", &[l, starts, a, b]));
        }
        es.push(h);
        l = t;
    }
    charge(ctx, es.len());
    if !l.is_nil() {
        return Err(badarg_in(ctx, "++", &[a, b]));
    }
    Ok(build::list_with_tail(ctx.heap(), &es, b))
}

/// `lists:'$append_chunk'(Rest, Starts, A, B)`: the walk of `A ++ B`
/// continued at Rest; Starts holds the starts of the chunks walked, the
/// last one first.
fn append_chunk(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let (rest, starts, a, b) = (args[0], args[1], args[2], args[3]);
    if !ctx.can_trap() {
        return append(ctx, &[a, b]);
    }
    match skip(rest, TRAP_CHUNK) {
        Skip::More(next) => {
            charge(ctx, TRAP_CHUNK);
            let starts = build::cons(ctx.heap(), rest, starts);
            Err(ctx.trap("lists", "$append", &[next, starts, a, b]))
        }
        Skip::End(n) => {
            charge(ctx, n);
            let starts = if rest.is_nil() {
                starts
            } else {
                build::cons(ctx.heap(), rest, starts)
            };
            Err(ctx.trap("lists", "$append_build", &[starts, b]))
        }
        Skip::Improper => Err(badarg_in(ctx, "++", &[a, b])),
    }
}

/// `lists:'$append_build_chunk'(Starts, Acc)`: copies the chunk that
/// starts at the head of Starts (up to `TRAP_CHUNK` elements, or to the
/// end of the list) in front of Acc, then the next, ...
fn append_build(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    build_chunks(ctx, args, "$append_build", |ctx, start| {
        let mut es = Vec::new();
        let mut l = start;
        while let Some((h, t)) = l.as_cons() {
            if es.len() == TRAP_CHUNK {
                break;
            }
            es.push(h);
            l = t;
        }
        charge(ctx, es.len());
        Ok(es)
    })
}

/// The loop of the `lists:'$..._build_chunk'(Chunks, Acc)` natives: puts
/// the elements `chunk` makes of the head of Chunks in front of Acc, then
/// those of the next, trapping to `lists:Continuation(Rest, Acc)` between
/// chunks when it may.
fn build_chunks(
    ctx: &mut BifContext,
    args: &[Term],
    continuation: &str,
    mut chunk: impl FnMut(&mut BifContext, Term) -> Result<Vec<Term>, Exception>,
) -> BifResult {
    let (mut chunks, mut acc) = (args[0], args[1]);
    loop {
        let Some((head, more)) = chunks.as_cons() else {
            return if chunks.is_nil() {
                Ok(acc)
            } else {
                Err(badarg())
            };
        };
        let es = chunk(ctx, head)?;
        acc = build::list_with_tail(ctx.heap(), &es, acc);
        chunks = more;
        if chunks.is_cons() && ctx.can_trap() {
            return Err(ctx.trap("lists", continuation, &[chunks, acc]));
        }
    }
}

/// How a walk of at most `limit` elements ended.
enum Skip {
    /// The list ended (properly) after this many elements.
    End(usize),
    /// Not a proper list.
    Improper,
    /// `limit` elements walked and more to come: the rest.
    More(Term),
}

fn skip(mut l: Term, limit: usize) -> Skip {
    let mut n = 0;
    while let Some((_, t)) = l.as_cons() {
        if n == limit {
            return Skip::More(l);
        }
        n += 1;
        l = t;
    }
    if l.is_nil() {
        Skip::End(n)
    } else {
        Skip::Improper
    }
}

// ---- -- ------------------------------------------------------------------------------

/// Elements `--` looks at in one go (a lookup in a sorted map each: more
/// work per element than a scan).
const SUBTRACT_CHUNK: usize = TRAP_CHUNK / 8;

/// The longest B that `--` on a long A counts here; a longer one goes to
/// `lists:'$subtract'/2`.
const SUBTRACT_MEDIUM: usize = SUBTRACT_CHUNK / 2;

/// `A -- B`: A without the first occurrence (`=:=`) of each element of B.
/// Short lists are done here in one go. A long A with a B of at most
/// `SUBTRACT_MEDIUM` elements goes in two passes, one chunk per call: a
/// walk that checks A, removes B's elements and notes where each chunk
/// starts and what is left of B there (`lists:'$subtract'/6`), then the
/// result, from the last chunk to the first (`lists:'$subtract_build'/2`).
/// A longer B: `lists:'$subtract'/2` (Erlang, with a map of counts).
pub fn subtract(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let (a, b) = (args[0], args[1]);
    if !ctx.can_trap() {
        return subtract_all(ctx, a, b);
    }
    let short = match prefix(a, SUBTRACT_CHUNK) {
        Walk::Proper(xs) => match prefix(b, SUBTRACT_CHUNK - xs.len()) {
            Walk::Proper(ys) => Some((xs, ys)),
            Walk::Improper => return Err(badarg_in(ctx, "--", &[a, b])),
            Walk::Long => None,
        },
        Walk::Improper => return Err(badarg_in(ctx, "--", &[a, b])),
        Walk::Long => None,
    };
    let Some((xs, ys)) = short else {
        charge(ctx, SUBTRACT_CHUNK);
        return match prefix(b, SUBTRACT_MEDIUM) {
            Walk::Proper(_) => {
                let nil = Term::NIL;
                Err(ctx.trap("lists", "$subtract", &[a, nil, b, a, a, b]))
            }
            Walk::Improper => Err(badarg_in(ctx, "--", &[a, b])),
            Walk::Long => Err(ctx.trap("lists", "$subtract", &[a, b])),
        };
    };
    charge(ctx, (xs.len() + ys.len()) * 4);
    if ys.is_empty() {
        return Ok(a);
    }
    let mut counts = Counts::of(&ys);
    let kept: Vec<Term> = xs.into_iter().filter(|x| !counts.take(*x)).collect();
    Ok(build::list(ctx.heap(), &kept))
}

/// `A -- B` in one go.
fn subtract_all(ctx: &mut BifContext, a: Term, b: Term) -> BifResult {
    match (prefix(a, usize::MAX), prefix(b, usize::MAX)) {
        (Walk::Proper(xs), Walk::Proper(ys)) => {
            charge(ctx, (xs.len() + ys.len()) * 4);
            if ys.is_empty() {
                return Ok(a);
            }
            let mut counts = Counts::of(&ys);
            let kept: Vec<Term> = xs.into_iter().filter(|x| !counts.take(*x)).collect();
            Ok(build::list(ctx.heap(), &kept))
        }
        _ => Err(badarg_in(ctx, "--", &[a, b])),
    }
}

/// The elements still to remove, by exact value.
struct Counts(BTreeMap<Exact, usize>);

impl Counts {
    fn of(ys: &[Term]) -> Counts {
        let mut m = BTreeMap::new();
        for y in ys {
            *m.entry(Exact(*y)).or_insert(0) += 1;
        }
        Counts(m)
    }

    /// Removes one `x`; whether there was one.
    fn take(&mut self, x: Term) -> bool {
        let key = Exact(x);
        match self.0.get_mut(&key) {
            Some(n) if *n > 1 => *n -= 1,
            Some(_) => {
                self.0.remove(&key);
            }
            None => return false,
        }
        true
    }

    fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    fn len(&self) -> usize {
        self.0.len()
    }

    /// The elements left, as a list (in no particular order).
    fn to_list(&self, ctx: &mut BifContext) -> Term {
        let mut l = Term::NIL;
        for (y, n) in &self.0 {
            for _ in 0..*n {
                l = build::cons(ctx.heap(), y.0, l);
            }
        }
        l
    }
}

/// `lists:'$subtract_chunk'(Rest, Chunks, Ys, Tail, A, B)`: the walk of
/// `A -- B` continued at Rest. `Ys` is what is left of B to remove; Chunks
/// holds `{Start, Ys}` for each chunk walked while Ys was not empty, the
/// last one first; Tail is the part of A after the last element removed
/// once Ys is empty (A itself before): the result shares it. Then the walk
/// only checks that A is proper.
fn subtract_chunk(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let (rest, mut chunks, ys_list, mut tail, a, b) =
        (args[0], args[1], args[2], args[3], args[4], args[5]);
    let Some(ys) = super::erlang::list_to_vec(ys_list) else {
        return Err(badarg());
    };
    if !ctx.can_trap() {
        return subtract_all(ctx, a, b);
    }
    let mut counts = Counts::of(&ys);
    if !counts.is_empty() && rest.is_cons() {
        let chunk = ctx.tuple(&[rest, ys_list]);
        chunks = build::cons(ctx.heap(), chunk, chunks);
    }
    let mut l = rest;
    let mut k = 0;
    while let Some((h, t)) = l.as_cons() {
        if k == SUBTRACT_CHUNK {
            charge(ctx, 4 * (k + ys.len()));
            let ys_list = counts.to_list(ctx);
            return Err(ctx.trap("lists", "$subtract", &[l, chunks, ys_list, tail, a, b]));
        }
        if !counts.is_empty() && counts.take(h) && counts.is_empty() {
            tail = t;
        }
        k += 1;
        l = t;
    }
    charge(ctx, 4 * (k + ys.len()));
    if !l.is_nil() {
        return Err(badarg_in(ctx, "--", &[a, b]));
    }
    let acc = if counts.is_empty() { tail } else { Term::NIL };
    Err(ctx.trap("lists", "$subtract_build", &[chunks, acc]))
}

/// `lists:'$subtract_build_chunk'(Chunks, Acc)`: builds the result of the
/// chunk `{Start, Ys}` at the head of Chunks (its elements not removed,
/// up to `SUBTRACT_CHUNK` elements, to the end of A or to where Ys runs
/// out) in front of Acc, then the next, ...
fn subtract_build(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    build_chunks(ctx, args, "$subtract_build", |ctx, chunk| {
        let (start, ys) = match chunk.is_tuple().then(|| chunk.tuple_elements()) {
            Some(&[start, ys]) => (start, ys),
            _ => return Err(badarg()),
        };
        let Some(ys) = super::erlang::list_to_vec(ys) else {
            return Err(badarg());
        };
        let mut counts = Counts::of(&ys);
        let mut kept = Vec::new();
        let mut l = start;
        let mut k = 0;
        while let Some((h, t)) = l.as_cons() {
            if k == SUBTRACT_CHUNK || counts.is_empty() {
                break;
            }
            k += 1;
            l = t;
            if !counts.take(h) {
                kept.push(h);
            }
        }
        charge(ctx, 4 * (k + counts.len()));
        Ok(kept)
    })
}

/// How far a list walk got.
enum Walk {
    /// A proper list of at most the limit's elements: them.
    Proper(Vec<Term>),
    /// Not a proper list (found within the limit).
    Improper,
    /// More elements than the limit.
    Long,
}

fn prefix(mut l: Term, limit: usize) -> Walk {
    let mut v = Vec::new();
    while let Some((h, t)) = l.as_cons() {
        if v.len() == limit {
            return Walk::Long;
        }
        v.push(h);
        l = t;
    }
    if l.is_nil() {
        Walk::Proper(v)
    } else {
        Walk::Improper
    }
}

/// `lists:'$badarg'(Module, Function, Args)`: raises `badarg` as if by
/// `Module:Function(Args...)` (for the Erlang continuations, whose own
/// frames are hidden).
fn badarg_as(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let (m, f, list) = (args[0], args[1], args[2]);
    let (Some(_), Some(_)) = (m.as_atom(), f.as_atom()) else {
        return Err(badarg());
    };
    if super::erlang::list_to_vec(list).is_none() {
        return Err(badarg());
    }
    let mut e = badarg();
    e.args = ctx.tuple(&[m, f, list]);
    Err(e)
}

pub const TABLE: &[(&str, &str, usize, BifFn)] = &[
    ("erlang", "length", 1, length),
    ("erlang", "++", 2, append),
    ("erlang", "--", 2, subtract),
    ("lists", "$length_chunk", 3, length_chunk),
    ("lists", "$append_chunk", 4, append_chunk),
    ("lists", "$append_build_chunk", 2, append_build),
    ("lists", "$subtract_chunk", 6, subtract_chunk),
    ("lists", "$subtract_build_chunk", 2, subtract_build),
    ("lists", "$badarg", 3, badarg_as),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bif::{lookup, ExcClass};
    use crate::process::Process;
    use crate::term::order::exact_eq;

    /// The native an Erlang continuation in `stdlib/lists.erl` calls.
    fn continuation_native(function: &str) -> &str {
        match function {
            "$length" => "$length_chunk",
            "$append" => "$append_chunk",
            "$append_build" => "$append_build_chunk",
            "$subtract" => "$subtract_chunk",
            "$subtract_build" => "$subtract_build_chunk",
            "$reverse" => "reverse",
            other => panic!("no native behind lists:{other}"),
        }
    }

    /// Calls `erlang:function(args)` as a body does, following its traps
    /// as the continuations would; also returns how many traps there were.
    fn call_trapping(p: &mut Process, function: &str, args: &[Term]) -> (BifResult, usize) {
        let mut f = lookup("erlang", function, args.len()).unwrap();
        let mut args = args.to_vec();
        let mut traps = 0;
        loop {
            match f(&mut BifContext::callable(p, 4000), &args) {
                Err(e) if e.class == ExcClass::Trap => {
                    traps += 1;
                    let w = e.reason.tuple_elements();
                    let name = w[1].as_atom().unwrap().name();
                    args = super::super::erlang::list_to_vec(w[2]).unwrap();
                    f = lookup("lists", continuation_native(name), args.len())
                        .unwrap_or_else(|| panic!("lists:{name}/{}", args.len()));
                }
                r => return (r, traps),
            }
        }
    }

    /// The same call in one go (as a guard's `bif` instruction makes it).
    fn call_whole(p: &mut Process, function: &str, args: &[Term]) -> BifResult {
        let f = lookup("erlang", function, args.len()).unwrap();
        f(&mut BifContext::new(p), args)
    }

    fn same(a: &BifResult, b: &BifResult) -> bool {
        match (a, b) {
            (Ok(x), Ok(y)) => exact_eq(*x, *y),
            (Err(x), Err(y)) => {
                x.class == y.class
                    && exact_eq(x.reason, y.reason)
                    && x.args.is_non_value() == y.args.is_non_value()
                    && (x.args.is_non_value() || exact_eq(x.args, y.args))
            }
            _ => false,
        }
    }

    /// Pseudo-random elements, with integers and floats that compare
    /// equal but not exactly (`1` and `1.0`).
    fn elements(p: &mut Process, n: usize, seed: u64, range: u64) -> Vec<Term> {
        let mut x = seed;
        (0..n)
            .map(|_| {
                x = x
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                let v = (x >> 33) % range;
                if (x >> 20).is_multiple_of(3) {
                    build::float(&mut p.heap, v as f64)
                } else {
                    Term::small(v as i64)
                }
            })
            .collect()
    }

    const SIZES: &[usize] = &[
        0, 1, 5, 4095, 4096, 4097, 8191, 8192, 8193, 16384, 16385, 65535, 65536, 65537, 131072,
        131073, 200_001,
    ];

    #[test]
    fn chunked_length_and_append_agree_with_one_go() {
        let mut p = Process::new(0, false);
        for &n in SIZES {
            let es = elements(&mut p, n, n as u64, 1000);
            let l = build::list(&mut p.heap, &es);
            let bad = build::list_with_tail(&mut p.heap, &es, Term::atom(crate::term::atom::OK));
            let tail = build::list(&mut p.heap, &es[..n.min(3)]);
            for args in [vec![l], vec![bad]] {
                let (r, traps) = call_trapping(&mut p, "length", &args);
                assert!(same(&r, &call_whole(&mut p, "length", &args)), "length {n}");
                assert_eq!(traps, n.saturating_sub(1) / TRAP_CHUNK, "length {n}");
            }
            for args in [vec![l, tail], vec![bad, tail], vec![l, Term::NIL]] {
                let (r, _) = call_trapping(&mut p, "++", &args);
                assert!(same(&r, &call_whole(&mut p, "++", &args)), "++ {n}");
            }
        }
    }

    #[test]
    fn chunked_subtract_agrees_with_one_go() {
        let mut p = Process::new(0, false);
        for &n in SIZES {
            let es = elements(&mut p, n, n as u64 + 7, 300);
            let a = build::list(&mut p.heap, &es);
            let bad = build::list_with_tail(&mut p.heap, &es, Term::atom(crate::term::atom::OK));
            for (m, range) in [
                (0, 10),
                (1, 10),
                (3, 300),
                (40, 300),
                (SUBTRACT_MEDIUM, 300),
            ] {
                let ys = elements(&mut p, m, m as u64 + 1, range);
                let b = build::list(&mut p.heap, &ys);
                let bad_b =
                    build::list_with_tail(&mut p.heap, &ys, Term::atom(crate::term::atom::OK));
                for args in [vec![a, b], vec![bad, b], vec![a, bad_b]] {
                    let (r, _) = call_trapping(&mut p, "--", &args);
                    assert!(same(&r, &call_whole(&mut p, "--", &args)), "-- {n} {m}");
                }
            }
            // B removing everything but the last few of A (the result
            // shares A's tail once B is used up).
            let most = build::list(&mut p.heap, &es[..n.saturating_sub(2).min(SUBTRACT_MEDIUM)]);
            let args = [a, most];
            let (r, _) = call_trapping(&mut p, "--", &args);
            assert!(same(&r, &call_whole(&mut p, "--", &args)), "-- {n} prefix");
        }
    }
}
