//! Erlang's total term order and the two equalities.
//!
//! number < atom < reference < fun < port < pid < tuple < map < nil < list < bitstring
//!
//! `cmp` is the order of `<`, `==`, `lists:sort`: an integer and a float
//! that are numerically equal compare equal. `cmp_exact` is the order of
//! `=:=` and of map keys: there every integer sorts before every float.

use super::{atom, BoxKind, Term};
use num_bigint::BigInt;
use num_traits::FromPrimitive;
use std::cmp::Ordering;

/// Type rank in the term order.
fn rank(t: Term) -> u8 {
    if t.is_small() {
        return 0;
    }
    if t.is_atom() {
        return 1;
    }
    if t.is_pid() {
        return 5;
    }
    if t.is_nil() {
        return 8;
    }
    if t.is_cons() {
        return 9;
    }
    match t.box_kind() {
        Some(BoxKind::Float | BoxKind::BigPos | BoxKind::BigNeg) => 0,
        Some(BoxKind::Ref) => 2,
        Some(BoxKind::Fun | BoxKind::Export) => 3,
        Some(BoxKind::Tuple) => 6,
        Some(BoxKind::Map | BoxKind::HashMap) => 7,
        Some(BoxKind::Binary | BoxKind::SubBinary) => 10,
        // Trie nodes are never terms on their own.
        Some(BoxKind::HashNode | BoxKind::HashCollision) | None => 11,
    }
}

#[inline]
pub fn cmp(a: Term, b: Term) -> Ordering {
    // Sorting small integers is common enough for a shortcut.
    if let (Some(x), Some(y)) = (a.as_small(), b.as_small()) {
        return x.cmp(&y);
    }
    compare(a, b, false)
}

pub fn cmp_exact(a: Term, b: Term) -> Ordering {
    compare(a, b, true)
}

/// `==`
pub fn eq(a: Term, b: Term) -> bool {
    a == b || compare(a, b, false).is_eq()
}

/// `=:=`
pub fn exact_eq(a: Term, b: Term) -> bool {
    if a == b {
        return true;
    }
    // An immediate is exactly equal only to the same word (bignums are
    // never small-sized, floats never equal integers exactly).
    let boxed_or_cons = |t: Term| t.is_boxed() || t.is_cons();
    if !boxed_or_cons(a) || !boxed_or_cons(b) {
        return false;
    }
    compare(a, b, true).is_eq()
}

fn compare(mut a: Term, mut b: Term, exact: bool) -> Ordering {
    // Loop over list tails so long lists do not recurse.
    loop {
        if a == b {
            return Ordering::Equal;
        }
        let (ra, rb) = (rank(a), rank(b));
        if ra != rb {
            return ra.cmp(&rb);
        }
        match ra {
            0 => return compare_numbers(a, b, exact),
            1 => {
                let (x, y) = (
                    a.as_atom().unwrap_or(atom::NIL_ATOM),
                    b.as_atom().unwrap_or(atom::NIL_ATOM),
                );
                return x.name().cmp(y.name());
            }
            2 => return a.ref_number().cmp(&b.ref_number()),
            3 => return compare_funs(a, b, exact),
            5 => return a.pid_number().cmp(&b.pid_number()),
            6 => {
                let (x, y) = (a.tuple_elements(), b.tuple_elements());
                return x
                    .len()
                    .cmp(&y.len())
                    .then_with(|| compare_slices(x, y, exact));
            }
            7 => return compare_maps(a, b, exact),
            9 => {
                let o = compare(a.head(), b.head(), exact);
                if o != Ordering::Equal {
                    return o;
                }
                a = a.tail();
                b = b.tail();
            }
            10 => {
                let (x, y) = (a.as_bits(), b.as_bits());
                let (x, y) = match (x, y) {
                    (Some(x), Some(y)) => (x, y),
                    _ => return Ordering::Equal,
                };
                let n = x.bit_len.min(y.bit_len);
                let mut i = 0;
                while i < n {
                    let k = (n - i).min(64);
                    let o = x.read_bits(i, k).cmp(&y.read_bits(i, k));
                    if o != Ordering::Equal {
                        return o;
                    }
                    i += k;
                }
                return x.bit_len.cmp(&y.bit_len);
            }
            _ => return a.0.cmp(&b.0),
        }
    }
}

/// OTP's map order: size first, then the keys in key order (compared
/// exactly), then the values in that order.
fn compare_maps(a: Term, b: Term, exact: bool) -> Ordering {
    let (sa, sb) = (a.map_size(), b.map_size());
    if sa != sb {
        return sa.cmp(&sb);
    }
    // Equal sizes mean equal representations. Two hash maps with the same
    // keys have the same trie shape (canonical form, see `term::map`), so
    // walking them side by side settles equality without sorting; any
    // difference falls through to the full comparison, which alone knows
    // which difference comes first in key order.
    if a.is_hash_map()
        && a.map_iter()
            .zip(b.map_iter())
            .all(|((ka, va), (kb, vb))| exact_eq(ka, kb) && compare(va, vb, exact).is_eq())
    {
        return Ordering::Equal;
    }
    let (ea, eb) = (a.map_sorted_entries(), b.map_sorted_entries());
    compare_slices(&ea.keys, &eb.keys, true)
        .then_with(|| compare_slices(&ea.values, &eb.values, exact))
}

fn compare_slices(x: &[Term], y: &[Term], exact: bool) -> Ordering {
    for (a, b) in x.iter().zip(y) {
        let o = compare(*a, *b, exact);
        if o != Ordering::Equal {
            return o;
        }
    }
    x.len().cmp(&y.len())
}

fn compare_funs(a: Term, b: Term, exact: bool) -> Ordering {
    match (a.box_kind(), b.box_kind()) {
        (Some(BoxKind::Fun), Some(BoxKind::Fun)) => {
            let (x, y) = (a.fun_lambda(), b.fun_lambda());
            (x.module, x.index)
                .cmp(&(y.module, y.index))
                .then_with(|| compare_slices(a.fun_free(), b.fun_free(), exact))
        }
        (Some(BoxKind::Export), Some(BoxKind::Export)) => {
            compare_slices(a.box_words(), b.box_words(), exact)
        }
        (Some(BoxKind::Fun), _) => Ordering::Less,
        _ => Ordering::Greater,
    }
}

fn compare_numbers(a: Term, b: Term, exact: bool) -> Ordering {
    if let (Some(x), Some(y)) = (a.as_small(), b.as_small()) {
        return x.cmp(&y);
    }
    match (a.as_float(), b.as_float()) {
        (Some(x), Some(y)) => x.partial_cmp(&y).unwrap_or(Ordering::Equal),
        // Map key order: every integer sorts before every float.
        (Some(_), None) if exact => Ordering::Greater,
        (None, Some(_)) if exact => Ordering::Less,
        (Some(x), None) => {
            let o = compare_int_float(&int_value(b), x).reverse();
            if o == Ordering::Equal && exact {
                Ordering::Greater
            } else {
                o
            }
        }
        (None, Some(y)) => {
            let o = compare_int_float(&int_value(a), y);
            if o == Ordering::Equal && exact {
                Ordering::Less
            } else {
                o
            }
        }
        (None, None) => int_value(a).cmp(&int_value(b)),
    }
}

fn int_value(t: Term) -> BigInt {
    t.to_bigint().unwrap_or_default()
}

/// Compares an integer with a float exactly (no rounding of the integer).
pub fn compare_int_float(i: &BigInt, f: f64) -> Ordering {
    if f.is_nan() {
        return Ordering::Equal;
    }
    let fl = f.floor();
    let as_int = match BigInt::from_f64(fl) {
        Some(v) => v,
        None => {
            return if f > 0.0 {
                Ordering::Less
            } else {
                Ordering::Greater
            }
        }
    };
    match i.cmp(&as_int) {
        Ordering::Equal if f > fl => Ordering::Less,
        o => o,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::heap::{build, Heap};

    #[test]
    fn order_across_types() {
        let mut h = Heap::new();
        let terms = [
            Term::small(1),
            Term::atom(atom::OK),
            build::reference(&mut h, 1),
            Term::pid(1),
            build::tuple(&mut h, &[]),
            build::map_sorted(&mut h, &[], &[]),
            Term::NIL,
            build::list(&mut h, &[Term::small(1)]),
            build::binary(&mut h, b""),
        ];
        for w in terms.windows(2) {
            assert_eq!(cmp(w[0], w[1]), Ordering::Less, "{:?} < {:?}", w[0], w[1]);
        }
    }

    #[test]
    fn int_float_equality() {
        let mut h = Heap::new();
        let one_f = build::float(&mut h, 1.0);
        assert!(eq(Term::small(1), one_f));
        assert!(!exact_eq(Term::small(1), one_f));
        assert_eq!(cmp_exact(Term::small(1), one_f), Ordering::Less);
        let half = build::float(&mut h, 1.5);
        assert_eq!(cmp(Term::small(1), half), Ordering::Less);
        assert_eq!(cmp(Term::small(2), half), Ordering::Greater);
    }
}
