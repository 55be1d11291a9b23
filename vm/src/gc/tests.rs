//! GC tests: hand-built heaps and roots; every reachable term survives equal.

use super::*;
use crate::heap::build;
use crate::term::order::exact_eq;
use proptest::prelude::*;

fn deep_copy_equal(a: Term, b: Term) -> bool {
    exact_eq(a, b)
}

#[test]
fn collect_keeps_roots_and_drops_garbage() {
    let mut h = Heap::new();
    let mut keep = build::tuple(&mut h, &[Term::small(1), Term::small(2)]);
    for _ in 0..1000 {
        build::tuple(&mut h, &[Term::small(3)]);
    }
    let mut reference = Heap::new();
    let expected = build::tuple(&mut reference, &[Term::small(1), Term::small(2)]);
    let mut roots = Roots {
        slices: vec![std::slice::from_mut(&mut keep)],
    };
    collect(&mut h, &mut roots, 10);
    assert!(deep_copy_equal(keep, expected));
    assert!(h.used_words() < 10);
    assert!(h.young.free() >= 10);
    // Garbage in the old generation goes at the next major collection.
    let mut roots = Roots {
        slices: vec![std::slice::from_mut(&mut keep)],
    };
    h.old_limit = 0;
    collect(&mut h, &mut roots, 0);
    assert!(deep_copy_equal(keep, expected));
    assert_eq!(h.old_used_words(), 3);
}

#[test]
fn sharing_is_preserved() {
    let mut h = Heap::new();
    let shared = build::list(&mut h, &[Term::small(1), Term::small(2)]);
    let mut t = build::tuple(&mut h, &[shared, shared]);
    let mut roots = Roots {
        slices: vec![std::slice::from_mut(&mut t)],
    };
    collect(&mut h, &mut roots, 0);
    let e = t.tuple_elements();
    assert_eq!(e[0], e[1]);
    assert_eq!(h.used_words(), 3 + 4);
}

/// A random term description, built on a heap and on a reference heap.
#[derive(Debug, Clone)]
enum Shape {
    Int(i64),
    Float(f64),
    Big(i64),
    Atom,
    Bin(Vec<u8>),
    Tuple(Vec<Shape>),
    List(Vec<Shape>),
    Map(Vec<(i64, Shape)>),
}

fn leaf() -> impl Strategy<Value = Shape> + Clone {
    prop_oneof![
        any::<i64>().prop_map(|v| Shape::Int(v >> 4)),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Shape::Float),
        any::<i64>().prop_map(Shape::Big),
        Just(Shape::Atom),
        proptest::collection::vec(any::<u8>(), 0..20).prop_map(Shape::Bin),
    ]
}

/// Map keys: small integers, so maps of more than 32 pairs are hash maps.
fn map_of(
    value: impl Strategy<Value = Shape>,
    len: std::ops::Range<usize>,
) -> impl Strategy<Value = Shape> {
    proptest::collection::vec((any::<i64>(), value), len)
        .prop_map(|v| Shape::Map(v.into_iter().map(|(k, s)| (k >> 4, s)).collect()))
}

fn shape() -> impl Strategy<Value = Shape> {
    leaf().prop_recursive(4, 64, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Shape::Tuple),
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Shape::List),
            map_of(inner, 0..5),
            // Large maps (hash maps) of leaves and of small maps.
            map_of(leaf(), 33..120),
            map_of(map_of(leaf(), 0..3), 33..50),
        ]
    })
}

fn build_shape(h: &mut Heap, s: &Shape) -> Term {
    match s {
        Shape::Int(v) => build::int(h, *v),
        Shape::Float(f) => build::float(h, *f),
        Shape::Big(v) => build::bigint(h, &(num_bigint::BigInt::from(*v) << 70)),
        Shape::Atom => Term::atom(crate::term::atom::OK),
        Shape::Bin(b) => {
            let whole = build::binary(h, b);
            if b.len() > 2 {
                build::sub_binary(h, whole, 8, (b.len() - 2) * 8)
            } else {
                whole
            }
        }
        Shape::Tuple(es) => {
            let ts: Vec<Term> = es.iter().map(|e| build_shape(h, e)).collect();
            build::tuple(h, &ts)
        }
        Shape::List(es) => {
            let ts: Vec<Term> = es.iter().map(|e| build_shape(h, e)).collect();
            build::list(h, &ts)
        }
        Shape::Map(ps) => {
            let pairs: Vec<(Term, Term)> = ps
                .iter()
                .map(|(k, v)| (Term::small(*k), build_shape(h, v)))
                .collect();
            build::map_from_pairs(h, pairs)
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]
    #[test]
    fn gc_preserves_reachable_terms(shapes in proptest::collection::vec(shape(), 1..8), garbage in 0usize..200) {
        let mut h = Heap::with_capacity(64);
        let mut reference = Heap::with_capacity(1 << 16);
        let mut roots_terms = Vec::new();
        let mut expected = Vec::new();
        for s in &shapes {
            roots_terms.push(build_shape(&mut h, s));
            for _ in 0..garbage { build::tuple(&mut h, &[Term::small(0)]); }
            expected.push(build_shape(&mut reference, s));
        }
        for round in 0..4 {
            if round == 2 {
                h.old_limit = 0; // force a major collection
            }
            // New young garbage and new young data pointing at old data.
            for _ in 0..garbage { build::tuple(&mut h, &[Term::small(0)]); }
            let mut roots = Roots { slices: vec![&mut roots_terms[..]] };
            collect(&mut h, &mut roots, round * 7);
            for (a, b) in roots_terms.iter().zip(&expected) {
                prop_assert!(exact_eq(*a, *b));
            }
            prop_assert!(h.fragments.is_empty());
        }
    }
}

#[test]
fn list_with_interior_roots_survives_minor_and_major() {
    let mut h = Heap::with_capacity(256);
    let elems: Vec<Term> = (0..1000).map(Term::small).collect();
    let l = build::list(&mut h, &elems);
    let mut roots_terms = [l, l, Term::NIL];
    for i in 0..1000 {
        // walk: x3 = tail pointer into L, acc grows
        let (hd, tl) = roots_terms[1].as_cons().unwrap();
        roots_terms[2] = build::cons(&mut h, hd, roots_terms[2]);
        roots_terms[1] = tl;
        if i % 7 == 0 {
            h.old_limit = 0;
        }
        let mut roots = Roots {
            slices: vec![&mut roots_terms[..]],
        };
        collect(&mut h, &mut roots, 2);
        assert!(
            h.used_words() <= 2000 + 2 * (i + 1),
            "round {i}: {}",
            h.used_words()
        );
    }
}

/// A hash map updated between collections: every version kept as a root
/// shares most of its trie with the others, across generations.
#[test]
fn large_map_versions_survive_collections() {
    let mut h = Heap::with_capacity(256);
    let mut reference = Heap::with_capacity(1 << 16);
    let mut versions = vec![build::map_sorted(&mut h, &[], &[])];
    let mut current = versions[0];
    for i in 0..5000i64 {
        let k = Term::small((i * 7919) % 5000);
        current = crate::heap::map::put(&mut h, current, k, Term::small(i));
        if i % 3 == 0 {
            current = crate::heap::map::remove(&mut h, current, Term::small(i / 2));
        }
        if i % 500 == 0 {
            if i % 1500 == 0 {
                h.old_limit = 0; // force a major collection
            }
            versions.push(current);
            let mut roots = Roots {
                slices: vec![&mut versions[..]],
            };
            collect(&mut h, &mut roots, 16);
            current = *versions.last().expect("just pushed");
        }
    }
    // The same versions, rebuilt from their entries on another heap.
    let mut roots = Roots {
        slices: vec![&mut versions[..]],
    };
    collect(&mut h, &mut roots, 0);
    for v in &versions {
        let e = v.map_sorted_entries();
        let copy = build::map_sorted(&mut reference, &e.keys, &e.values);
        assert!(exact_eq(*v, copy));
        assert_eq!(v.map_iter().count(), v.map_size());
    }
    // Shared subtrees stay shared: the live data is far below a copy per version.
    let one = versions.last().map_or(0, |v| v.map_size()) * 3;
    assert!(
        h.used_words() < versions.len() * one / 2,
        "{}",
        h.used_words()
    );
}

/// Data promoted only once it has survived two minor collections; young
/// data pointing at aged data keeps pointing at its promoted copy.
#[test]
fn survivors_age_once_before_promotion() {
    let mut h = Heap::with_capacity(64);
    let a = build::tuple(&mut h, &[Term::small(1), Term::small(2)]);
    let mut roots_terms = [a, Term::NIL];
    let mut roots = Roots {
        slices: vec![&mut roots_terms[..]],
    };
    collect(&mut h, &mut roots, 0);
    // Survived once: still young, below the high-water mark.
    assert_eq!(h.old_used_words(), 0);
    assert_eq!(h.high_water, 3);
    assert!(h.young.contains(roots_terms[0].box_ptr()));
    roots_terms[1] = build::list(&mut h, &[roots_terms[0], Term::small(3)]);
    for _ in 0..100 {
        build::tuple(&mut h, &[Term::small(0)]);
    }
    let mut roots = Roots {
        slices: vec![&mut roots_terms[..]],
    };
    collect(&mut h, &mut roots, 0);
    // Survived twice: promoted; the list made since stays young.
    assert_eq!(h.old_used_words(), 3);
    assert_eq!(h.high_water, 4);
    let (hd, _) = roots_terms[1].as_cons().expect("a list");
    assert_eq!(hd, roots_terms[0]);
    assert!(h.old.iter().any(|b| b.contains(hd.box_ptr())));
    let mut reference = Heap::new();
    let t = build::tuple(&mut reference, &[Term::small(1), Term::small(2)]);
    let expected = build::list(&mut reference, &[t, Term::small(3)]);
    assert!(exact_eq(roots_terms[1], expected));
}

/// A heap of steady size collects into the same two young blocks.
#[test]
fn young_blocks_are_reused() {
    let mut h = Heap::with_capacity(0);
    // Old data of 20k words makes the young target 10k words.
    let big: Vec<Term> = (0..20_000).map(Term::small).collect();
    let mut keep = [build::tuple(&mut h, &big)];
    h.old_limit = 0;
    collect(
        &mut h,
        &mut Roots {
            slices: vec![&mut keep[..]],
        },
        0,
    );
    let mut blocks = Vec::new();
    for _ in 0..5 {
        while h.young.free() > 2 {
            build::tuple(&mut h, &[Term::small(0)]);
        }
        collect(
            &mut h,
            &mut Roots {
                slices: vec![&mut keep[..]],
            },
            2,
        );
        blocks.push(h.young.words.as_ptr() as usize);
    }
    assert_eq!(blocks[1], blocks[3]);
    assert_eq!(blocks[2], blocks[4]);
    assert_ne!(blocks[1], blocks[2]);
}

/// A map grown one key at a time, collecting whenever the young block is
/// full (fragments included): the young generation's size changes,
/// survivors age and are promoted.
#[test]
fn growing_map_survives_collections() {
    let mut h = Heap::with_capacity(0);
    let mut roots_terms = [build::map_sorted(&mut h, &[], &[])];
    for i in 0..30_000i64 {
        if h.must_collect(8) {
            collect(
                &mut h,
                &mut Roots {
                    slices: vec![&mut roots_terms[..]],
                },
                8,
            );
        }
        roots_terms[0] =
            crate::heap::map::put(&mut h, roots_terms[0], Term::small(i), Term::small(i));
        if i % 1000 == 0 {
            for j in 0..=i {
                assert_eq!(
                    roots_terms[0].map_get(Term::small(j)),
                    Some(Term::small(j)),
                    "key {j} after {i}"
                );
            }
        }
    }
}

/// Native code fills a fragment, then the young block's last words with
/// data pointing into it; a minor collection that promotes the whole young
/// block must promote the fragment too, or the old generation would point
/// at young data that the next minor collection moves.
#[test]
fn promoting_the_young_block_takes_the_fragments() {
    let mut h = Heap::with_capacity(0);
    let mut roots_terms = [Term::NIL];
    collect(
        &mut h,
        &mut Roots {
            slices: vec![&mut roots_terms[..]],
        },
        0,
    );
    // Fill the young block but for two words, then a fragment, then a
    // cons in the young block pointing at the fragment.
    while h.young.free() > 2 {
        build::tuple(&mut h, &[Term::small(0)]);
    }
    let elems: Vec<Term> = (0..10).map(Term::small).collect();
    let in_fragment = build::tuple(&mut h, &elems);
    assert!(!h.fragments.is_empty());
    roots_terms[0] = build::cons(&mut h, in_fragment, Term::NIL);
    assert!(h.young.contains(roots_terms[0].cons_cell()));
    h.high_water = crate::heap::PROMOTE_ALL;
    for _ in 0..3 {
        collect(
            &mut h,
            &mut Roots {
                slices: vec![&mut roots_terms[..]],
            },
            0,
        );
        for _ in 0..100 {
            build::tuple(&mut h, &[Term::small(0)]);
        }
    }
    let mut reference = Heap::new();
    let t = build::tuple(&mut reference, &elems);
    let expected = build::cons(&mut reference, t, Term::NIL);
    assert!(exact_eq(roots_terms[0], expected));
    let (hd, _) = roots_terms[0].as_cons().expect("a list");
    assert!(h.old.iter().any(|b| b.contains(hd.box_ptr())));
}

/// A major collection whose from-space is several old blocks, the young
/// block and fragments, the biggest of them an old block (the one
/// `FromSpace::all` checks first): everything reachable from any of them
/// survives equal, with pointers between blocks in both directions.
#[test]
fn major_over_many_blocks_keeps_every_pointer() {
    let mut h = Heap::with_capacity(64);
    let mut reference = Heap::new();
    let mut roots_terms: Vec<Term> = Vec::new();
    let mut expected: Vec<Term> = Vec::new();
    // Three old blocks of different sizes, each holding a list that points
    // at the previous one's data.
    for (round, len) in [200i64, 3000, 50].into_iter().enumerate() {
        let elems: Vec<Term> = (0..len).map(Term::small).collect();
        let prev = roots_terms.last().copied().unwrap_or(Term::NIL);
        let l = build::list(&mut h, &elems);
        roots_terms.push(build::tuple(&mut h, &[l, prev]));
        let prev_ref = expected.last().copied().unwrap_or(Term::NIL);
        let lr = build::list(&mut reference, &elems);
        expected.push(build::tuple(&mut reference, &[lr, prev_ref]));
        h.high_water = crate::heap::PROMOTE_ALL;
        h.old_limit = 1 << 16; // minor collections only, for now
        h.old.push(Block::new(0)); // the next promotion opens a new block
        let mut roots = Roots {
            slices: vec![&mut roots_terms[..]],
        };
        collect(&mut h, &mut roots, 0);
        assert_eq!(h.old.iter().filter(|b| b.top > 0).count(), round + 1);
    }
    // Young data and a fragment pointing into the old blocks.
    while h.young.free() > 2 {
        build::tuple(&mut h, &[Term::small(7)]);
    }
    let last = *roots_terms.last().expect("three roots");
    let in_fragment = build::tuple(&mut h, &[last, Term::small(1), Term::small(2)]);
    assert!(!h.fragments.is_empty());
    roots_terms.push(in_fragment);
    let last_ref = *expected.last().expect("three expected");
    expected.push(build::tuple(
        &mut reference,
        &[last_ref, Term::small(1), Term::small(2)],
    ));
    h.old_limit = 0;
    let mut roots = Roots {
        slices: vec![&mut roots_terms[..]],
    };
    collect(&mut h, &mut roots, 0);
    assert_eq!(h.old.len(), 1, "a major collection leaves one old block");
    assert!(h.fragments.is_empty());
    for (a, b) in roots_terms.iter().zip(&expected) {
        assert!(exact_eq(*a, *b));
    }
    // The tuples still share their lists: the fragment's tuple points at
    // the very tuple the third root is.
    let inner = roots_terms[3].tuple_elements()[0];
    assert_eq!(inner, roots_terms[2]);
}
