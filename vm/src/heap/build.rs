//! Constructing terms on a heap. Every function here allocates with
//! [`Heap::alloc`] (young block or fragment, never a collection) and fully
//! initialises the object before returning its term, so the term module's
//! rule 1 holds for every term made here.
#![allow(unsafe_code)]

use super::Heap;
use crate::term::boxed::LambdaId;
use crate::term::{Atom, BoxKind, Header, Term};
use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

/// Writes `words` at `p`.
///
/// # Safety
/// `p` must point at `words.len()` words freshly returned by `Heap::alloc`.
#[inline(always)]
unsafe fn write_words(p: *mut Term, words: &[Term]) {
    // SAFETY: the caller guarantees the destination has room; source and
    // destination cannot overlap because the destination was just allocated.
    unsafe { std::ptr::copy_nonoverlapping(words.as_ptr(), p, words.len()) }
}

pub fn tuple(heap: &mut Heap, elements: &[Term]) -> Term {
    let p = heap.alloc(1 + elements.len());
    // SAFETY: `p` has 1 + n fresh words.
    unsafe {
        *p = Header::new(BoxKind::Tuple, elements.len()).as_term();
        write_words(p.add(1), elements);
    }
    Term::boxed_ptr(p)
}

/// A tuple of `n` elements, element `i` being `element(i)`: no
/// intermediate buffer (the interpreter's `put_tuple` reads registers
/// straight into the new tuple).
#[inline(always)]
pub fn tuple_with(heap: &mut Heap, n: usize, mut element: impl FnMut(usize) -> Term) -> Term {
    let p = heap.alloc(1 + n);
    // SAFETY: `p` has 1 + n fresh words; each is written exactly once
    // before the term is returned, and `element` cannot reach the heap.
    unsafe {
        *p = Header::new(BoxKind::Tuple, n).as_term();
        for i in 0..n {
            *p.add(1 + i) = element(i);
        }
    }
    Term::boxed_ptr(p)
}

#[inline(always)]
pub fn cons(heap: &mut Heap, head: Term, tail: Term) -> Term {
    let p = heap.alloc(2);
    // SAFETY: `p` has two fresh words.
    unsafe {
        *p = head;
        *p.add(1) = tail;
    }
    Term::cons_ptr(p)
}

/// A list of `elements` ending in `tail` (`[]` for a proper list).
pub fn list_with_tail(heap: &mut Heap, elements: &[Term], tail: Term) -> Term {
    if elements.is_empty() {
        return tail;
    }
    let p = heap.alloc(2 * elements.len());
    for (i, e) in elements.iter().enumerate() {
        let next = if i + 1 == elements.len() {
            tail
        } else {
            // SAFETY: cell i + 1 is inside the 2n words just allocated.
            Term::cons_ptr(unsafe { p.add(2 * (i + 1)) })
        };
        // SAFETY: cell i occupies words 2i and 2i+1 of the fresh allocation.
        unsafe {
            *p.add(2 * i) = *e;
            *p.add(2 * i + 1) = next;
        }
    }
    Term::cons_ptr(p)
}

pub fn list(heap: &mut Heap, elements: &[Term]) -> Term {
    list_with_tail(heap, elements, Term::NIL)
}

/// A string as a list of code points.
pub fn string(heap: &mut Heap, s: &str) -> Term {
    let cps: Vec<Term> = s.chars().map(|c| Term::small(c as i64)).collect();
    list(heap, &cps)
}

pub fn float(heap: &mut Heap, f: f64) -> Term {
    let p = heap.alloc(2);
    // SAFETY: `p` has two fresh words.
    unsafe {
        *p = Header::new(BoxKind::Float, 1).as_term();
        *p.add(1) = Term(f.to_bits());
    }
    Term::boxed_ptr(p)
}

pub fn int(heap: &mut Heap, v: i64) -> Term {
    if Term::fits_small(v) {
        Term::small(v)
    } else {
        bigint(heap, &BigInt::from(v))
    }
}

pub fn int_i128(heap: &mut Heap, v: i128) -> Term {
    if let Some(s) = i64::try_from(v).ok().filter(|s| Term::fits_small(*s)) {
        Term::small(s)
    } else {
        bigint(heap, &BigInt::from(v))
    }
}

/// An integer of any size: a small if it fits, otherwise a bignum.
pub fn bigint(heap: &mut Heap, v: &BigInt) -> Term {
    if let Some(s) = v.to_i64().filter(|s| Term::fits_small(*s)) {
        return Term::small(s);
    }
    let (sign, limbs) = v.to_u64_digits();
    let kind = if sign == Sign::Minus {
        BoxKind::BigNeg
    } else {
        BoxKind::BigPos
    };
    let p = heap.alloc(1 + limbs.len());
    // SAFETY: `p` has 1 + limbs fresh words.
    unsafe {
        *p = Header::new(kind, limbs.len()).as_term();
        for (i, l) in limbs.iter().enumerate() {
            *p.add(1 + i) = Term(*l);
        }
    }
    Term::boxed_ptr(p)
}

/// A heap binary holding `bit_len` bits taken from `bytes` (big-endian bit
/// order; bits past `bit_len` in the last byte are cleared).
pub fn bitstring(heap: &mut Heap, bytes: &[u8], bit_len: usize) -> Term {
    let nbytes = bit_len.div_ceil(8);
    debug_assert!(bytes.len() >= nbytes);
    let data_words = nbytes.div_ceil(8);
    let p = heap.alloc(2 + data_words);
    // SAFETY: `p` has 2 + data_words fresh words; the bytes are written
    // inside the data words, which are zeroed first.
    unsafe {
        *p = Header::new(BoxKind::Binary, 1 + data_words).as_term();
        *p.add(1) = Term::small(bit_len as i64);
        for i in 0..data_words {
            *p.add(2 + i) = Term(0);
        }
        let dst = p.add(2) as *mut u8;
        std::ptr::copy_nonoverlapping(bytes.as_ptr(), dst, nbytes);
        if !bit_len.is_multiple_of(8) {
            let keep = 0xffu8 << (8 - bit_len % 8);
            *dst.add(nbytes - 1) &= keep;
        }
    }
    Term::boxed_ptr(p)
}

pub fn binary(heap: &mut Heap, bytes: &[u8]) -> Term {
    bitstring(heap, bytes, bytes.len() * 8)
}

/// A window of `bit_len` bits at `bit_offset` into the binary `of`.
pub fn sub_binary(heap: &mut Heap, of: Term, bit_offset: usize, bit_len: usize) -> Term {
    let (base, base_offset) = match of.box_kind() {
        Some(BoxKind::SubBinary) => (of.box_word(2), of.box_word(0).small_value() as usize),
        _ => (of, 0),
    };
    let p = heap.alloc(4);
    // SAFETY: `p` has four fresh words.
    unsafe {
        *p = Header::new(BoxKind::SubBinary, 3).as_term();
        *p.add(1) = Term::small((base_offset + bit_offset) as i64);
        *p.add(2) = Term::small(bit_len as i64);
        *p.add(3) = base;
    }
    Term::boxed_ptr(p)
}

/// A map from keys already sorted by `cmp_exact` and unique: flat up to
/// 32 keys, a hash map beyond (see `heap::map`).
pub fn map_sorted(heap: &mut Heap, keys: &[Term], values: &[Term]) -> Term {
    super::map::from_sorted(heap, keys, values)
}

/// A map from pairs in any order; for equal keys the last pair wins.
pub fn map_from_pairs(heap: &mut Heap, pairs: Vec<(Term, Term)>) -> Term {
    super::map::from_pairs(heap, pairs)
}

pub fn fun(heap: &mut Heap, lambda: LambdaId, free: &[Term]) -> Term {
    let p = heap.alloc(2 + free.len());
    // SAFETY: `p` has 2 + free fresh words.
    unsafe {
        *p = Header::new(BoxKind::Fun, 1 + free.len()).as_term();
        *p.add(1) = Term::small(lambda.pack());
        write_words(p.add(2), free);
    }
    Term::boxed_ptr(p)
}

pub fn export(heap: &mut Heap, module: Atom, function: Atom, arity: usize) -> Term {
    tuple_like(
        heap,
        BoxKind::Export,
        &[
            Term::atom(module),
            Term::atom(function),
            Term::small(arity as i64),
        ],
    )
}

pub fn reference(heap: &mut Heap, number: u64) -> Term {
    tuple_like(
        heap,
        BoxKind::Ref,
        &[Term::small((number & ((1 << 59) - 1)) as i64)],
    )
}

fn tuple_like(heap: &mut Heap, kind: BoxKind, words: &[Term]) -> Term {
    let p = heap.alloc(1 + words.len());
    // SAFETY: `p` has 1 + n fresh words.
    unsafe {
        *p = Header::new(kind, words.len()).as_term();
        write_words(p.add(1), words);
    }
    Term::boxed_ptr(p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn build_and_read() {
        let mut h = Heap::new();
        let t = tuple(&mut h, &[Term::small(1), Term::NIL]);
        assert!(t.is_tuple());
        assert_eq!(t.tuple_elements(), &[Term::small(1), Term::NIL]);
        let l = list(&mut h, &[Term::small(1), Term::small(2)]);
        assert_eq!(l.head(), Term::small(1));
        assert_eq!(l.tail().head(), Term::small(2));
        assert!(l.tail().tail().is_nil());
        let f = float(&mut h, 1.5);
        assert_eq!(f.as_float(), Some(1.5));
        let big = BigInt::from(1u8) << 100;
        let b = bigint(&mut h, &big);
        assert!(b.is_bignum());
        assert_eq!(b.to_bigint(), Some(big.clone()));
        assert_eq!(bigint(&mut h, &-big.clone()).to_bigint(), Some(-big));
        assert_eq!(int(&mut h, 5), Term::small(5));
        let bin = binary(&mut h, b"hello");
        assert_eq!(bin.as_binary_bytes(), Some(&b"hello"[..]));
        let sub = sub_binary(&mut h, bin, 8, 24);
        assert_eq!(sub.as_binary_bytes(), Some(&b"ell"[..]));
        let m = map_from_pairs(
            &mut h,
            vec![
                (Term::small(2), Term::NIL),
                (Term::small(1), Term::small(9)),
            ],
        );
        assert_eq!(m.map_size(), 2);
        assert_eq!(m.map_get(Term::small(1)), Some(Term::small(9)));
    }
}
