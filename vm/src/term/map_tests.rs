//! Tests of the map layer (`term::map` reading, `heap::map` building): put,
//! get, remove and iteration from 0 to 2000 keys, forced hash collisions,
//! equality of maps built in different ways, and a property test against a
//! `BTreeMap` model.

use super::*;
use crate::heap::{build, map, Heap};
use crate::term::hash::TEST_MAP_KEY_HASH;
use crate::term::order::cmp;
use proptest::prelude::*;
use std::collections::BTreeMap;

/// Replaces the key hash on this thread until dropped.
struct HashHook;

impl HashHook {
    fn set(f: fn(Term) -> u32) -> HashHook {
        TEST_MAP_KEY_HASH.with(|h| h.set(Some(f)));
        HashHook
    }
}

impl Drop for HashHook {
    fn drop(&mut self) {
        TEST_MAP_KEY_HASH.with(|h| h.set(None));
    }
}

fn key_number(t: Term) -> u32 {
    t.as_small()
        .map(|v| v as u32)
        .or_else(|| t.as_float().map(|f| f as u32))
        .unwrap_or(0)
}

/// Every key collides completely.
fn constant_hash(_: Term) -> u32 {
    0x1234_5678
}

/// Keys differ only in the last 4-bit group: chains 7 levels deep, then
/// collision nodes.
fn top_group_hash(t: Term) -> u32 {
    (key_number(t) % 7) << 28 | 0x0abc_def0
}

/// A few distinct values spread over all levels.
fn few_values_hash(t: Term) -> u32 {
    (key_number(t) % 23).wrapping_mul(0x9e37_79b9)
}

/// Checks every layout invariant of `m` (see `term::map`) and returns the
/// number of entries found.
fn check(m: Term) -> usize {
    if m.is_flat_map() {
        let keys = m.flat_map_keys();
        assert!(
            keys.len() <= FLAT_MAP_LIMIT,
            "flat map of {} keys",
            keys.len()
        );
        assert!(keys.windows(2).all(|w| cmp_exact(w[0], w[1]).is_lt()));
        return keys.len();
    }
    assert!(m.is_hash_map());
    let n = check_node(m, 0, 0, true);
    assert_eq!(n, m.map_size(), "size word");
    assert!(n > FLAT_MAP_LIMIT, "hash map of {n} keys");
    n
}

fn check_node(t: Term, shift: u32, prefix: u32, root: bool) -> usize {
    let low = |h: u32| {
        if shift == 0 {
            0
        } else {
            h & ((1u32 << shift) - 1)
        }
    };
    if shift >= HASH_BITS {
        assert_eq!(t.box_header().kind(), BoxKind::HashCollision);
        let pairs = t.box_words();
        assert!(pairs.len() >= 4 && pairs.len().is_multiple_of(2));
        for i in 0..pairs.len() / 2 {
            assert_eq!(map_key_hash(pairs[2 * i]), prefix);
            if i > 0 {
                assert!(cmp_exact(pairs[2 * i - 2], pairs[2 * i]).is_lt());
            }
        }
        return pairs.len() / 2;
    }
    let node = Node::of(t);
    assert_eq!(node.datamap & node.nodemap, 0);
    assert_eq!(node.datamap >> 16, 0);
    assert_eq!(node.nodes.len(), node.nodemap.count_ones() as usize);
    if !root {
        // Canonical form: a subtree holds at least two pairs.
        assert!(
            node.pairs() >= 2 || !node.nodes.is_empty(),
            "inner node with a lone pair"
        );
    }
    for i in 0..node.pairs() {
        let h = map_key_hash(node.data[2 * i]);
        assert_eq!(low(h), prefix, "pair under the wrong prefix");
        assert!(node.datamap & slot_bit(h, shift) != 0);
        assert_eq!(node.data_index(slot_bit(h, shift)), i);
    }
    let mut count = node.pairs();
    let mut j = 0;
    for s in 0..16 {
        if node.nodemap & (1 << s) != 0 {
            let child = node.nodes[j];
            let below = shift + BITS_PER_LEVEL;
            if below < HASH_BITS {
                assert_eq!(child.box_header().kind(), BoxKind::HashNode);
            }
            count += check_node(child, below, prefix | s << shift, false);
            j += 1;
        }
    }
    count
}

fn sorted_keys(m: Term) -> Vec<Term> {
    m.map_sorted_entries().keys.into_owned()
}

fn empty(h: &mut Heap) -> Term {
    build::map_sorted(h, &[], &[])
}

fn int_keys(range: impl Iterator<Item = i64>) -> Vec<Term> {
    range.map(Term::small).collect()
}

#[test]
fn put_get_remove_up_to_2000_keys() {
    let mut h = Heap::new();
    let mut m = empty(&mut h);
    let checkpoints = [0, 1, 31, 32, 33, 34, 100, 500, 1999];
    for i in 0..2000i64 {
        // A scattered insertion order.
        let k = (i * 7919) % 2000;
        m = map::put(&mut h, m, Term::small(k), Term::small(-k));
        assert_eq!(m.map_size(), i as usize + 1);
        assert_eq!(m.is_flat_map(), i < 32);
        assert_eq!(m.map_get(Term::small(k)), Some(Term::small(-k)));
        if checkpoints.contains(&i) {
            assert_eq!(check(m), i as usize + 1);
            assert_eq!(m.map_iter().count(), i as usize + 1);
            for j in 0..=i {
                let k = (j * 7919) % 2000;
                assert_eq!(m.map_get(Term::small(k)), Some(Term::small(-k)));
            }
            assert_eq!(m.map_get(Term::small(2000)), None);
        }
    }
    assert_eq!(sorted_keys(m), int_keys(0..2000));
    // Updating a key keeps the size; an identical value keeps the map.
    let m2 = map::put(&mut h, m, Term::small(5), Term::small(55));
    assert_eq!(m2.map_size(), 2000);
    assert_eq!(m2.map_get(Term::small(5)), Some(Term::small(55)));
    assert_eq!(
        m.map_get(Term::small(5)),
        Some(Term::small(-5)),
        "persistent"
    );
    assert_eq!(map::put(&mut h, m2, Term::small(5), Term::small(55)), m2);
    assert_eq!(map::remove(&mut h, m, Term::small(-1)), m);
    for i in 0..2000i64 {
        let k = (i * 1237) % 2000;
        let before = m;
        m = map::remove(&mut h, m, Term::small(k));
        assert_eq!(m.map_size(), 1999 - i as usize);
        assert_eq!(m.map_get(Term::small(k)), None);
        assert_eq!(before.map_get(Term::small(k)), Some(Term::small(-k)));
        assert_eq!(m.is_flat_map(), m.map_size() <= 32);
        if i % 97 == 0 || m.map_size() <= 34 {
            check(m);
        }
    }
    assert_eq!(m.map_size(), 0);
}

#[test]
fn iteration_orders() {
    let mut h = Heap::new();
    let pairs: Vec<(Term, Term)> = (0..300)
        .rev()
        .map(|i| (Term::small(i), Term::small(i * i)))
        .collect();
    let m = map::from_pairs(&mut h, pairs);
    let e = m.map_sorted_entries();
    assert_eq!(e.keys.to_vec(), int_keys(0..300));
    for (k, v) in e.keys.iter().zip(e.values.iter()) {
        let k = k.small_value();
        assert_eq!(*v, Term::small(k * k));
    }
    let mut seen: Vec<i64> = m.map_iter().map(|(k, _)| k.small_value()).collect();
    seen.sort();
    assert_eq!(seen, (0..300).collect::<Vec<_>>());
}

/// Puts, gets and removes `n` keys (integers and floats of the same
/// values, which are different keys) under the current hash.
fn exercise(n: i64) {
    let mut h = Heap::new();
    let mut m = empty(&mut h);
    let key = |h: &mut Heap, i: i64| {
        if i % 2 == 0 {
            Term::small(i / 2)
        } else {
            build::float(h, (i / 2) as f64)
        }
    };
    for i in 0..n {
        let k = key(&mut h, i);
        m = map::put(&mut h, m, k, Term::small(i));
        assert_eq!(check(m), i as usize + 1);
    }
    for i in 0..n {
        let k = key(&mut h, i);
        assert_eq!(m.map_get(k), Some(Term::small(i)));
    }
    let built = {
        let pairs = (0..n).map(|i| (key(&mut h, i), Term::small(i))).collect();
        map::from_pairs(&mut h, pairs)
    };
    check(built);
    assert!(exact_eq(m, built));
    for i in (0..n).rev() {
        let k = key(&mut h, i);
        m = map::remove(&mut h, m, k);
        assert_eq!(check(m), i as usize);
        assert_eq!(m.map_get(k), None);
        if i > 0 {
            let k = key(&mut h, i - 1);
            assert_eq!(m.map_get(k), Some(Term::small(i - 1)));
        }
    }
}

#[test]
fn complete_collisions() {
    let _hook = HashHook::set(constant_hash);
    exercise(80);
}

#[test]
fn collisions_at_the_bottom_of_deep_chains() {
    let _hook = HashHook::set(top_group_hash);
    exercise(120);
}

#[test]
fn few_distinct_hashes() {
    let _hook = HashHook::set(few_values_hash);
    exercise(200);
}

#[test]
fn differently_built_maps_are_equal() {
    let mut h = Heap::new();
    let n = 2000;
    let pairs = |h: &mut Heap| -> Vec<(Term, Term)> {
        (0..n)
            .map(|i| (Term::small(i), build::float(h, i as f64)))
            .collect()
    };
    let from_list = {
        let p = pairs(&mut h);
        map::from_pairs(&mut h, p)
    };
    let mut ascending = empty(&mut h);
    let mut descending = empty(&mut h);
    for (k, v) in pairs(&mut h) {
        ascending = map::put(&mut h, ascending, k, v);
    }
    for (k, v) in pairs(&mut h).into_iter().rev() {
        descending = map::put(&mut h, descending, k, v);
    }
    // Grown past n then shrunk back.
    let mut shrunk = from_list;
    for i in n..n + 500 {
        shrunk = map::put(&mut h, shrunk, Term::small(i), Term::NIL);
    }
    for i in n..n + 500 {
        shrunk = map::remove(&mut h, shrunk, Term::small(i));
    }
    for m in [ascending, descending, shrunk] {
        assert!(exact_eq(m, from_list));
        assert_eq!(cmp(m, from_list), Ordering::Equal);
        // Canonical form: the same trie, pair for pair.
        assert!(m
            .map_iter()
            .zip(from_list.map_iter())
            .all(|(a, b)| a.0 == b.0));
    }
    // `==` compares values numerically, `=:=` exactly.
    let ints = {
        let p = (0..n).map(|i| (Term::small(i), Term::small(i))).collect();
        map::from_pairs(&mut h, p)
    };
    assert!(crate::term::order::eq(ints, from_list));
    assert!(!exact_eq(ints, from_list));
    // A different value, a different key, a different size.
    let changed = map::put(&mut h, from_list, Term::small(1500), Term::NIL);
    assert_eq!(cmp(from_list, changed), Ordering::Less);
    let one_f = build::float(&mut h, 1999.0);
    let other_key = map::remove(&mut h, from_list, Term::small(1999));
    let other_key = map::put(&mut h, other_key, one_f, Term::NIL);
    assert_eq!(cmp(from_list, other_key), Ordering::Less, "1999 < 1999.0");
    let bigger = map::put(&mut h, from_list, Term::small(-1), Term::NIL);
    assert_eq!(cmp(bigger, from_list), Ordering::Greater);
}

#[test]
fn the_33rd_key() {
    let mut h = Heap::new();
    let pairs: Vec<(Term, Term)> = (0..33).map(|i| (Term::small(i), Term::small(i))).collect();
    let from_list = map::from_pairs(&mut h, pairs.clone());
    assert!(from_list.is_hash_map());
    let mut m = map::from_pairs(&mut h, pairs[..32].to_vec());
    assert!(m.is_flat_map());
    m = map::put(&mut h, m, Term::small(32), Term::small(32));
    assert!(m.is_hash_map());
    assert!(exact_eq(m, from_list));
    let back = map::remove(&mut h, m, Term::small(0));
    assert!(back.is_flat_map());
    assert_eq!(sorted_keys(back), int_keys(1..33));
}

/// A model key: integer or float of a small value (different keys).
type ModelKey = (bool, i64);

#[derive(Debug, Clone)]
enum Op {
    Put(ModelKey, i64),
    Remove(ModelKey),
}

fn op() -> impl Strategy<Value = Op> {
    let key = (any::<bool>(), 0i64..90);
    prop_oneof![
        3 => (key.clone(), any::<i32>()).prop_map(|(k, v)| Op::Put(k, v as i64)),
        1 => key.prop_map(Op::Remove),
    ]
}

fn key_term(h: &mut Heap, (float, v): ModelKey) -> Term {
    if float {
        build::float(h, v as f64)
    } else {
        Term::small(v)
    }
}

fn run_model(ops: &[Op]) -> Result<(), TestCaseError> {
    let mut h = Heap::new();
    let mut m = empty(&mut h);
    let mut model: BTreeMap<ModelKey, i64> = BTreeMap::new();
    for op in ops {
        match *op {
            Op::Put(k, v) => {
                let kt = key_term(&mut h, k);
                m = map::put(&mut h, m, kt, Term::small(v));
                model.insert(k, v);
            }
            Op::Remove(k) => {
                let kt = key_term(&mut h, k);
                m = map::remove(&mut h, m, kt);
                model.remove(&k);
            }
        }
        prop_assert_eq!(check(m), model.len());
        let k = match op {
            Op::Put(k, _) | Op::Remove(k) => *k,
        };
        let kt = key_term(&mut h, k);
        prop_assert_eq!(m.map_get(kt), model.get(&k).map(|v| Term::small(*v)));
    }
    // Integers sort before floats in key order, as `(false, _) < (true, _)`.
    let e = m.map_sorted_entries();
    prop_assert_eq!(e.keys.len(), model.len());
    for ((k, v), (mk, mv)) in e.keys.iter().zip(e.values.iter()).zip(&model) {
        let kt = key_term(&mut h, *mk);
        prop_assert!(exact_eq(*k, kt));
        prop_assert_eq!(*v, Term::small(*mv));
    }
    let pairs = model
        .iter()
        .map(|(k, v)| (key_term(&mut h, *k), Term::small(*v)))
        .collect();
    let rebuilt = map::from_pairs(&mut h, pairs);
    prop_assert!(exact_eq(m, rebuilt));
    prop_assert!(m
        .map_iter()
        .zip(rebuilt.map_iter())
        .all(|(a, b)| exact_eq(a.0, b.0)));
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]
    #[test]
    fn matches_a_btreemap(ops in proptest::collection::vec(op(), 0..400)) {
        run_model(&ops)?;
    }

    #[test]
    fn matches_a_btreemap_with_colliding_hashes(ops in proptest::collection::vec(op(), 0..300)) {
        let _hook = HashHook::set(few_values_hash);
        run_model(&ops)?;
    }
}
