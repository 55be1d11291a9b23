//! Building and changing maps (layouts and invariants in `term::map`):
//! from sorted entries or from pairs, [`put`] and [`remove`].
//!
//! Every function allocates with [`Heap::alloc`] (young block or fragment,
//! never a collection) and writes each object completely before anything
//! points at it, so the term module's rule 1 holds; no term is held across
//! a safe point because there is none here.
//!
//! Maps are persistent. A put or remove on a hash map copies the nodes on
//! the path from the root to the key's slot (at most 9, each at most 34
//! words) and shares every other subtree with the old map: O(log n) time
//! and space. The representation follows the size (flat up to 32 keys), so
//! a put that makes the 33rd key builds a trie, and a remove that leaves 32
//! keys builds a flat map.

use super::Heap;
use crate::term::hash::map_key_hash;
use crate::term::map::{
    bitmap_word, collision_search, map_search, slot_bit, Node, BITS_PER_LEVEL, FLAT_MAP_LIMIT,
    HASH_BITS,
};
use crate::term::order::{cmp_exact, exact_eq};
use crate::term::{BoxKind, Header, Term};

/// Allocates an object of `kind` whose payload is `prefix` and then each
/// of `parts`, one after the other.
fn object(heap: &mut Heap, kind: BoxKind, prefix: &[Term], parts: &[&[Term]]) -> Term {
    let n = prefix.len() + parts.iter().map(|p| p.len()).sum::<usize>();
    let p = heap.alloc(1 + n);
    // SAFETY: `p` has 1 + n fresh words, filled exactly: the header, then
    // slices whose lengths sum to n. The sources are other live objects or
    // Rust locals, never the fresh words, so they cannot overlap.
    unsafe {
        *p = Header::new(kind, n).as_term();
        let mut at = p.add(1);
        for part in std::iter::once(prefix).chain(parts.iter().copied()) {
            std::ptr::copy_nonoverlapping(part.as_ptr(), at, part.len());
            at = at.add(part.len());
        }
    }
    Term::boxed_ptr(p)
}

/// Which trie node is being written: the root carries the map's size.
#[derive(Clone, Copy)]
enum Place {
    Root(usize),
    Inner,
}

fn write_node(
    heap: &mut Heap,
    place: Place,
    datamap: u32,
    nodemap: u32,
    parts: &[&[Term]],
) -> Term {
    let bitmap = bitmap_word(datamap, nodemap);
    match place {
        Place::Root(size) => object(
            heap,
            BoxKind::HashMap,
            &[Term::small(size as i64), bitmap],
            parts,
        ),
        Place::Inner => object(heap, BoxKind::HashNode, &[bitmap], parts),
    }
}

fn collision_node(heap: &mut Heap, parts: &[&[Term]]) -> Term {
    object(heap, BoxKind::HashCollision, &[], parts)
}

/// A flat map from `keys` (sorted by `cmp_exact`, unique, at most 32).
fn flat(heap: &mut Heap, parts: &[&[Term]]) -> Term {
    object(heap, BoxKind::Map, &[], parts)
}

// ---- building from entries ------------------------------------------------

/// A map from keys sorted by `cmp_exact` and unique, and their values.
pub fn from_sorted(heap: &mut Heap, keys: &[Term], values: &[Term]) -> Term {
    debug_assert_eq!(keys.len(), values.len());
    if keys.len() <= FLAT_MAP_LIMIT {
        return flat(heap, &[keys, values]);
    }
    let mut entries: Vec<(u32, Term, Term)> = keys
        .iter()
        .zip(values)
        .map(|(k, v)| (map_key_hash(*k), *k, *v))
        .collect();
    // Slot order at every depth at once: sort by the hash with its 4-bit
    // groups reversed (the root's group most significant). The sort is
    // stable, so keys with equal hashes stay in key order, as a collision
    // node keeps them.
    entries.sort_by_key(|e| reverse_groups(e.0));
    build_subtree(heap, &entries, Some(keys.len()), 0)
}

/// A map from pairs in any order; for equal keys the last pair wins.
pub fn from_pairs(heap: &mut Heap, mut pairs: Vec<(Term, Term)>) -> Term {
    // A stable sort keeps later duplicates after earlier ones.
    pairs.sort_by(|a, b| cmp_exact(a.0, b.0));
    let mut keys: Vec<Term> = Vec::with_capacity(pairs.len());
    let mut values: Vec<Term> = Vec::with_capacity(pairs.len());
    for (k, v) in pairs {
        if let Some(last) = keys.last() {
            if cmp_exact(*last, k).is_eq() {
                *values.last_mut().expect("keys and values move together") = v;
                continue;
            }
        }
        keys.push(k);
        values.push(v);
    }
    from_sorted(heap, &keys, &values)
}

fn reverse_groups(h: u32) -> u32 {
    (0..HASH_BITS / BITS_PER_LEVEL).fold(0, |acc, i| acc << BITS_PER_LEVEL | ((h >> (4 * i)) & 0xf))
}

/// The canonical subtree for `entries` (in slot order, at least two, all
/// sharing the hash bits below `shift`).
fn build_subtree(
    heap: &mut Heap,
    entries: &[(u32, Term, Term)],
    root: Option<usize>,
    shift: u32,
) -> Term {
    if shift >= HASH_BITS {
        let pairs: Vec<Term> = entries.iter().flat_map(|e| [e.1, e.2]).collect();
        return collision_node(heap, &[&pairs]);
    }
    let mut data = [Term::NIL; 32];
    let mut subnodes = [Term::NIL; 16];
    let (mut pairs, mut nodes, mut datamap, mut nodemap) = (0, 0, 0, 0);
    let mut rest = entries;
    while let Some(first) = rest.first() {
        let bit = slot_bit(first.0, shift);
        let len = rest
            .iter()
            .take_while(|e| slot_bit(e.0, shift) == bit)
            .count();
        let (group, tail) = rest.split_at(len);
        if len == 1 {
            datamap |= bit;
            data[2 * pairs] = first.1;
            data[2 * pairs + 1] = first.2;
            pairs += 1;
        } else {
            nodemap |= bit;
            subnodes[nodes] = build_subtree(heap, group, None, shift + BITS_PER_LEVEL);
            nodes += 1;
        }
        rest = tail;
    }
    let place = root.map_or(Place::Inner, Place::Root);
    write_node(
        heap,
        place,
        datamap,
        nodemap,
        &[&data[..2 * pairs], &subnodes[..nodes]],
    )
}

// ---- put ------------------------------------------------------------------

/// `m` with `key` set to `value` (`m` itself if it already maps `key` to
/// this very term).
pub fn put(heap: &mut Heap, m: Term, key: Term, value: Term) -> Term {
    if m.is_hash_map() {
        let mut put = Put {
            key,
            hash: map_key_hash(key),
            value,
            grew: false,
        };
        return put.node(heap, m, Some(m.map_size()), 0).unwrap_or(m);
    }
    let (keys, values) = (m.flat_map_keys(), m.flat_map_values());
    match map_search(keys, key) {
        Ok(i) if values[i] == value => m,
        Ok(i) => flat(heap, &[keys, &values[..i], &[value], &values[i + 1..]]),
        Err(i) if keys.len() < FLAT_MAP_LIMIT => flat(
            heap,
            &[
                &keys[..i],
                &[key],
                &keys[i..],
                &values[..i],
                &[value],
                &values[i..],
            ],
        ),
        Err(i) => {
            let (mut ks, mut vs) = (keys.to_vec(), values.to_vec());
            ks.insert(i, key);
            vs.insert(i, value);
            from_sorted(heap, &ks, &vs)
        }
    }
}

/// One put into a trie, carried down the path.
struct Put {
    key: Term,
    hash: u32,
    value: Term,
    /// Set when the key turns out to be new (the root's size grows).
    grew: bool,
}

impl Put {
    /// Where the rewritten node goes: the root carries the (new) size.
    fn place(&self, root: Option<usize>) -> Place {
        match root {
            Some(size) => Place::Root(size + self.grew as usize),
            None => Place::Inner,
        }
    }

    /// The node at `shift` holding `t`'s contents with the pair put in,
    /// or `None` if nothing changes. `root` is the map's size when `t` is
    /// the root.
    fn node(&mut self, heap: &mut Heap, t: Term, root: Option<usize>, shift: u32) -> Option<Term> {
        let n = Node::of(t);
        let (data, nodes) = (n.data, n.nodes);
        let bit = slot_bit(self.hash, shift);
        if n.datamap & bit != 0 {
            let i = n.data_index(bit);
            let (k0, v0) = (data[2 * i], data[2 * i + 1]);
            if exact_eq(k0, self.key) {
                if v0 == self.value {
                    return None;
                }
                let parts: &[&[Term]] =
                    &[&data[..2 * i + 1], &[self.value], &data[2 * i + 2..], nodes];
                return Some(write_node(
                    heap,
                    self.place(root),
                    n.datamap,
                    n.nodemap,
                    parts,
                ));
            }
            // The slot's pair and the new one move down into a new subnode.
            self.grew = true;
            let (old, new) = ([k0, v0], [self.key, self.value]);
            let below = shift + BITS_PER_LEVEL;
            let sub = two_pairs(heap, old, map_key_hash(k0), new, self.hash, below);
            let j = n.node_index(bit);
            let parts: &[&[Term]] = &[
                &data[..2 * i],
                &data[2 * i + 2..],
                &nodes[..j],
                &[sub],
                &nodes[j..],
            ];
            let (datamap, nodemap) = (n.datamap & !bit, n.nodemap | bit);
            return Some(write_node(heap, self.place(root), datamap, nodemap, parts));
        }
        if n.nodemap & bit != 0 {
            let j = n.node_index(bit);
            let below = shift + BITS_PER_LEVEL;
            let child = if below >= HASH_BITS {
                self.collision(heap, nodes[j])?
            } else {
                self.node(heap, nodes[j], None, below)?
            };
            let parts: &[&[Term]] = &[data, &nodes[..j], &[child], &nodes[j + 1..]];
            return Some(write_node(
                heap,
                self.place(root),
                n.datamap,
                n.nodemap,
                parts,
            ));
        }
        self.grew = true;
        let i = n.data_index(bit);
        let parts: &[&[Term]] = &[
            &data[..2 * i],
            &[self.key, self.value],
            &data[2 * i..],
            nodes,
        ];
        Some(write_node(
            heap,
            self.place(root),
            n.datamap | bit,
            n.nodemap,
            parts,
        ))
    }

    /// The collision node `node` with the pair put in, or `None`.
    fn collision(&mut self, heap: &mut Heap, node: Term) -> Option<Term> {
        let pairs = node.box_words();
        Some(match collision_search(pairs, self.key) {
            Ok(i) if pairs[2 * i + 1] == self.value => return None,
            Ok(i) => {
                let parts: &[&[Term]] = &[&pairs[..2 * i + 1], &[self.value], &pairs[2 * i + 2..]];
                collision_node(heap, parts)
            }
            Err(i) => {
                self.grew = true;
                let parts: &[&[Term]] =
                    &[&pairs[..2 * i], &[self.key, self.value], &pairs[2 * i..]];
                collision_node(heap, parts)
            }
        })
    }
}

/// The canonical subtree at `shift` for two pairs with different keys.
fn two_pairs(heap: &mut Heap, a: [Term; 2], ha: u32, b: [Term; 2], hb: u32, shift: u32) -> Term {
    if shift >= HASH_BITS {
        let (first, second) = if cmp_exact(a[0], b[0]).is_lt() {
            (a, b)
        } else {
            (b, a)
        };
        return collision_node(heap, &[&first, &second]);
    }
    let (bit_a, bit_b) = (slot_bit(ha, shift), slot_bit(hb, shift));
    if bit_a == bit_b {
        let sub = two_pairs(heap, a, ha, b, hb, shift + BITS_PER_LEVEL);
        return write_node(heap, Place::Inner, 0, bit_a, &[&[sub]]);
    }
    let (first, second) = if bit_a < bit_b { (a, b) } else { (b, a) };
    write_node(heap, Place::Inner, bit_a | bit_b, 0, &[&first, &second])
}

// ---- remove ---------------------------------------------------------------

/// `m` without `key` (`m` itself if the key is absent).
pub fn remove(heap: &mut Heap, m: Term, key: Term) -> Term {
    if m.is_flat_map() {
        let (keys, values) = (m.flat_map_keys(), m.flat_map_values());
        return match map_search(keys, key) {
            Ok(i) => flat(
                heap,
                &[&keys[..i], &keys[i + 1..], &values[..i], &values[i + 1..]],
            ),
            Err(_) => m,
        };
    }
    let size = m.map_size();
    if size - 1 <= FLAT_MAP_LIMIT {
        // Back to a flat map.
        let entries = m.map_sorted_entries();
        let (keys, values) = (&entries.keys[..], &entries.values[..]);
        return match map_search(keys, key) {
            Ok(i) => flat(
                heap,
                &[&keys[..i], &keys[i + 1..], &values[..i], &values[i + 1..]],
            ),
            Err(_) => m,
        };
    }
    match delete(heap, m, Some(size), key, map_key_hash(key), 0) {
        Removed::Node(t) => t,
        // A root never reports a lone pair (see `delete`).
        Removed::Absent | Removed::Single(..) => m,
    }
}

/// What removing a key did to a subtree.
enum Removed {
    Absent,
    /// The new node.
    Node(Term),
    /// The subtree is down to this one pair, which its parent stores
    /// inline (canonical form). Never returned for the root.
    Single(Term, Term),
}

fn delete(
    heap: &mut Heap,
    t: Term,
    root: Option<usize>,
    key: Term,
    hash: u32,
    shift: u32,
) -> Removed {
    let n = Node::of(t);
    let (data, nodes) = (n.data, n.nodes);
    let bit = slot_bit(hash, shift);
    let place = root.map_or(Place::Inner, |size| Place::Root(size - 1));
    if n.datamap & bit != 0 {
        let i = n.data_index(bit);
        if !exact_eq(data[2 * i], key) {
            return Removed::Absent;
        }
        if root.is_none() && nodes.is_empty() && n.pairs() == 2 {
            let other = 2 * (1 - i);
            return Removed::Single(data[other], data[other + 1]);
        }
        let parts: &[&[Term]] = &[&data[..2 * i], &data[2 * i + 2..], nodes];
        return Removed::Node(write_node(heap, place, n.datamap & !bit, n.nodemap, parts));
    }
    if n.nodemap & bit == 0 {
        return Removed::Absent;
    }
    let j = n.node_index(bit);
    let below = shift + BITS_PER_LEVEL;
    let result = if below >= HASH_BITS {
        collision_delete(heap, nodes[j], key)
    } else {
        delete(heap, nodes[j], None, key, hash, below)
    };
    match result {
        Removed::Absent => Removed::Absent,
        Removed::Node(child) => {
            let parts: &[&[Term]] = &[data, &nodes[..j], &[child], &nodes[j + 1..]];
            Removed::Node(write_node(heap, place, n.datamap, n.nodemap, parts))
        }
        Removed::Single(k, v) => {
            if root.is_none() && data.is_empty() && nodes.len() == 1 {
                return Removed::Single(k, v);
            }
            // The lone pair moves up into this node's slot.
            let i = n.data_index(bit);
            let parts: &[&[Term]] = &[
                &data[..2 * i],
                &[k, v],
                &data[2 * i..],
                &nodes[..j],
                &nodes[j + 1..],
            ];
            Removed::Node(write_node(
                heap,
                place,
                n.datamap | bit,
                n.nodemap & !bit,
                parts,
            ))
        }
    }
}

fn collision_delete(heap: &mut Heap, node: Term, key: Term) -> Removed {
    let pairs = node.box_words();
    match collision_search(pairs, key) {
        Err(_) => Removed::Absent,
        Ok(i) if pairs.len() == 4 => {
            let other = 2 * (1 - i);
            Removed::Single(pairs[other], pairs[other + 1])
        }
        Ok(i) => Removed::Node(collision_node(
            heap,
            &[&pairs[..2 * i], &pairs[2 * i + 2..]],
        )),
    }
}
