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

use super::lists::charge;
use super::{badarg, BifContext, BifFn, BifResult, Exception, TRAP_CHUNK};
use crate::heap::build;
use crate::heap::copy::{copy_out, Message};
use crate::term::hash::map_key_hash;
use crate::term::order::exact_eq;
use crate::term::Term;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hash, Hasher};

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

/// Elements `--` looks at in one go (a hash and a lookup each: more work
/// per element than a scan).
const SUBTRACT_CHUNK: usize = TRAP_CHUNK / 4;

/// `A -- B`: A without the first occurrence (`=:=`) of each element of B.
/// Short lists (`SUBTRACT_CHUNK` elements in all) are done here in one go.
/// Longer ones go in three passes, one chunk per call, with the counts of
/// B's elements kept in the process between calls (`SubtractState`):
/// counting B (`lists:'$subtract_count'/4`), a walk of A that removes B's
/// elements and notes where each chunk starts (`lists:'$subtract'/6`),
/// then the result, from the last chunk to the first
/// (`lists:'$subtract_build'/3`).
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
        let id = ctx.new_native_state(SubtractState::default());
        return Err(ctx.trap("lists", "$subtract_count", &[id, b, a, b]));
    };
    Ok(subtract_short(ctx, a, &xs, &ys))
}

/// `A -- B` for the elements `xs` of A and `ys` of B, in one go.
fn subtract_short(ctx: &mut BifContext, a: Term, xs: &[Term], ys: &[Term]) -> Term {
    charge(ctx, (xs.len() + ys.len()) * 4);
    if ys.is_empty() {
        return a;
    }
    let mut counts = Counts::default();
    for y in ys {
        counts.add(*y, 1);
    }
    let kept: Vec<Term> = xs.iter().copied().filter(|x| !counts.take(*x)).collect();
    build::list(ctx.heap(), &kept)
}

/// `A -- B` in one go (a guard's `bif` instruction, which cannot trap).
fn subtract_all(ctx: &mut BifContext, a: Term, b: Term) -> BifResult {
    match (prefix(a, usize::MAX), prefix(b, usize::MAX)) {
        (Walk::Proper(xs), Walk::Proper(ys)) => Ok(subtract_short(ctx, a, &xs, &ys)),
        _ => Err(badarg_in(ctx, "--", &[a, b])),
    }
}

/// A term as a hash key under `=:=` (`1` and `1.0` differ).
#[derive(Clone, Copy)]
struct Key(Term);

impl PartialEq for Key {
    fn eq(&self, other: &Self) -> bool {
        exact_eq(self.0, other.0)
    }
}

impl Eq for Key {}

impl Hash for Key {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_u32(map_key_hash(self.0));
    }
}

/// Spreads the 32-bit term hash over the 64 bits the table uses.
#[derive(Default)]
struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 ^ *b as u64).wrapping_mul(0x100_0000_01b3);
        }
    }
    fn write_u32(&mut self, h: u32) {
        self.0 = (h as u64 | (h as u64) << 32).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

/// The elements still to remove, by exact value, with their counts.
#[derive(Default)]
struct Counts(HashMap<Key, usize, BuildHasherDefault<KeyHasher>>);

impl Counts {
    fn add(&mut self, y: Term, n: usize) {
        *self.0.entry(Key(y)).or_insert(0) += n;
    }

    /// Adds one `y` if it is already counted; whether it was.
    fn add_known(&mut self, y: Term) -> bool {
        match self.0.get_mut(&Key(y)) {
            Some(n) => {
                *n += 1;
                true
            }
            None => false,
        }
    }

    /// Removes one `x`; whether there was one.
    fn take(&mut self, x: Term) -> bool {
        let key = Key(x);
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
}

/// What a long `A -- B` keeps in the process (`Pending::native_state`)
/// between its chunks. No term in it points into the heap, which may be
/// collected between chunks: the counts' keys are immediates or live in
/// `copies`, blocks outside the heap that the state owns.
#[derive(Default)]
struct SubtractState {
    counts: Counts,
    copies: Vec<Message>,
    /// For each chunk of A walked while there was something to remove:
    /// how many of its elements the result copies (the rest of A after
    /// the last one removed is shared), and the offsets of those removed.
    chunks: Vec<(usize, Vec<u32>)>,
}

fn take_state(ctx: &mut BifContext, id: Term) -> Result<Box<SubtractState>, Exception> {
    ctx.take_native_state::<SubtractState>(id)
}

fn put_state(ctx: &mut BifContext, id: Term, s: Box<SubtractState>) {
    ctx.put_native_state(id, s);
}

/// `lists:'$subtract_count_chunk'(Id, Rest, A, B)`: counts the next
/// chunk of B (at Rest). Boxed elements not counted yet are copied out of
/// the heap, one block per chunk.
fn subtract_count(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let (id, rest, a, b) = (args[0], args[1], args[2], args[3]);
    let mut st = take_state(ctx, id)?;
    let mut new: Counts = Counts::default();
    let mut l = rest;
    let mut k = 0;
    while let Some((h, t)) = l.as_cons() {
        if k == SUBTRACT_CHUNK {
            break;
        }
        if h.is_boxed() || h.is_cons() {
            if !st.counts.add_known(h) {
                new.add(h, 1);
            }
        } else {
            st.counts.add(h, 1);
        }
        k += 1;
        l = t;
    }
    charge(ctx, 4 * k);
    if !new.is_empty() {
        let (keys, ns): (Vec<Term>, Vec<usize>) = new.0.into_iter().map(|(k, n)| (k.0, n)).unzip();
        let tuple = ctx.tuple(&keys);
        let copy = copy_out(tuple);
        for (y, n) in copy.peek().tuple_elements().iter().zip(ns) {
            st.counts.add(*y, n);
        }
        st.copies.push(copy);
    }
    if l.is_cons() {
        put_state(ctx, id, st);
        return Err(ctx.trap("lists", "$subtract_count", &[id, l, a, b]));
    }
    if !l.is_nil() {
        return Err(badarg_in(ctx, "--", &[a, b]));
    }
    put_state(ctx, id, st);
    let nil = Term::NIL;
    Err(ctx.trap("lists", "$subtract", &[id, a, nil, a, a, b]))
}

/// `lists:'$subtract_chunk'(Id, Rest, Starts, Tail, A, B)`: the walk of
/// `A -- B` continued at Rest. Starts holds the start of each chunk walked
/// while there was something to remove, the last one first; Tail is the
/// part of A after the last element removed once nothing is left to
/// remove (the result shares it). Then the walk only checks that A is
/// proper.
fn subtract_chunk(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let (id, rest, mut starts, mut tail, a, b) =
        (args[0], args[1], args[2], args[3], args[4], args[5]);
    let mut st = take_state(ctx, id)?;
    let mut l = rest;
    let mut k = 0;
    if !st.counts.is_empty() && rest.is_cons() {
        starts = build::cons(ctx.heap(), rest, starts);
        let mut removed = Vec::new();
        let mut len = 0;
        while let Some((h, t)) = l.as_cons() {
            if k == SUBTRACT_CHUNK {
                break;
            }
            k += 1;
            l = t;
            if st.counts.take(h) {
                removed.push(k as u32 - 1);
                if st.counts.is_empty() {
                    tail = t;
                    len = k;
                    break;
                }
            }
        }
        st.chunks.push((if len > 0 { len } else { k }, removed));
    }
    while let Some((_, t)) = l.as_cons() {
        if k == SUBTRACT_CHUNK {
            break;
        }
        k += 1;
        l = t;
    }
    charge(ctx, 4 * k);
    if l.is_cons() {
        put_state(ctx, id, st);
        return Err(ctx.trap("lists", "$subtract", &[id, l, starts, tail, a, b]));
    }
    if !l.is_nil() {
        return Err(badarg_in(ctx, "--", &[a, b]));
    }
    let acc = if st.counts.is_empty() {
        tail
    } else {
        Term::NIL
    };
    // The counts are no longer needed (nor the copies their keys live in).
    st.counts = Counts::default();
    st.copies.clear();
    put_state(ctx, id, st);
    Err(ctx.trap("lists", "$subtract_build", &[id, starts, acc]))
}

/// `lists:'$subtract_build_chunk'(Id, Starts, Acc)`: the result of the
/// chunk at the head of Starts (its elements not removed) in front of
/// Acc, then the next, ...
fn subtract_build(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let (id, mut starts, mut acc) = (args[0], args[1], args[2]);
    let mut st = take_state(ctx, id)?;
    loop {
        let Some((start, more)) = starts.as_cons() else {
            return if starts.is_nil() && st.chunks.is_empty() {
                Ok(acc)
            } else {
                Err(badarg())
            };
        };
        let (len, removed) = st.chunks.pop().ok_or_else(badarg)?;
        let mut kept = Vec::with_capacity(len - removed.len().min(len));
        let mut gone = removed.iter().peekable();
        let mut l = start;
        for i in 0..len {
            let Some((h, t)) = l.as_cons() else {
                return Err(badarg());
            };
            if gone.peek() == Some(&&(i as u32)) {
                gone.next();
            } else {
                kept.push(h);
            }
            l = t;
        }
        charge(ctx, 4 * len);
        acc = build::list_with_tail(ctx.heap(), &kept, acc);
        starts = more;
        if starts.is_cons() {
            put_state(ctx, id, st);
            return Err(ctx.trap("lists", "$subtract_build", &[id, starts, acc]));
        }
    }
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

pub const TABLE: &[(&str, &str, usize, BifFn)] = &[
    ("erlang", "length", 1, length),
    ("erlang", "++", 2, append),
    ("erlang", "--", 2, subtract),
    ("lists", "$length_chunk", 3, length_chunk),
    ("lists", "$append_chunk", 4, append_chunk),
    ("lists", "$append_build_chunk", 2, append_build),
    ("lists", "$subtract_count_chunk", 4, subtract_count),
    ("lists", "$subtract_chunk", 6, subtract_chunk),
    ("lists", "$subtract_build_chunk", 3, subtract_build),
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
            "$subtract_count" => "$subtract_count_chunk",
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
                } else if (x >> 24).is_multiple_of(7) {
                    build::list(&mut p.heap, &[Term::small(v as i64)])
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
                (SUBTRACT_CHUNK / 2, 300),
                (SUBTRACT_CHUNK + 1, 300),
                (70_000, 100_000),
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
            let most = build::list(&mut p.heap, &es[..n.saturating_sub(2)]);
            let args = [a, most];
            let (r, _) = call_trapping(&mut p, "--", &args);
            assert!(same(&r, &call_whole(&mut p, "--", &args)), "-- {n} prefix");
        }
    }
}
