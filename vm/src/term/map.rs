//! Reading maps: the one accessor layer every reader goes through (size,
//! lookup, iteration, entries in key order). Building and changing maps is
//! `heap::map`'s job.
//!
//! A map has one of two representations, chosen by its size alone (as in
//! BEAM): **at most 32 keys, a flat map; more, a hash map**. So two maps
//! with the same entries always have the same representation, and a map
//! that shrinks to 32 keys becomes flat again.
//!
//! ```text
//!  flat map (kind Map), n <= 32 keys:
//!    [header arity 2n | k0 .. kn-1 | v0 .. vn-1]     keys sorted by cmp_exact
//!
//!  hash map (kind HashMap), n > 32 keys: the root of a hash array mapped trie
//!    [header | size | bitmap | k v k v ... | subnode subnode ...]
//!  inner node (kind HashNode)
//!    [header | bitmap | k v k v ... | subnode subnode ...]
//!  collision node (kind HashCollision): keys whose whole 32-bit hash is equal
//!    [header | k v k v ...]                           >= 2 pairs, sorted by key
//!
//!  bitmap = small integer (datamap | nodemap << 16)
//! ```
//!
//! A node has 16 slots. A key's slot at depth `d` (the root is depth 0) is
//! bits `4d .. 4d+4` of its hash ([`hash::map_key_hash`], which gives equal
//! hashes to keys equal under `=:=`). Bit `s` of `datamap` says slot `s`
//! holds one key-value pair inline; bit `s` of `nodemap` says it holds a
//! subnode; at most one of the two is set. Pairs, then subnodes, are stored
//! in slot order. After 8 levels the hash is used up, and the subnode of a
//! depth-7 node is a collision node. This is CHAMP's layout (Steindorfer
//! and Vinju, 2015): pairs inline, no per-entry cell.
//!
//! **Canonical form.** A subtree holding a single pair is always that pair
//! inline in its parent (an inner node has at least two pairs below it).
//! Insertion keeps this, and removal restores it by pulling a lone pair up.
//! So the trie's shape depends only on the set of keys, not on the order
//! of puts and removes: maps with equal entries are equal word for word up
//! to the addresses of their nodes.
//!
//! **For the GC and message copying** every payload word of the three kinds
//! is a term (the size and bitmap are small integers), so they are scanned
//! like tuples and need no rule of their own. Nodes are never terms on
//! their own: no register, stack slot or other object points at a
//! `HashNode` or `HashCollision` except its parent.
//!
//! **Order.** Nothing observable follows the trie's order (which depends on
//! atom table indices, see `hash::map_key_hash`): printing and the `maps`
//! BIFs start from [`Term::map_sorted_entries`] (key order), then apply
//! OTP's iteration order where it differs (`hash::otp_map_order`).

use super::hash::map_key_hash;
use super::order::{cmp_exact, exact_eq};
use super::{BoxKind, Term};
use std::borrow::Cow;
use std::cmp::Ordering;

/// The largest flat map; one more key makes a hash map (BEAM's
/// `MAP_SMALL_MAP_LIMIT`).
pub const FLAT_MAP_LIMIT: usize = 32;

/// Hash bits consumed per trie level (16 slots per node, as in BEAM).
pub const BITS_PER_LEVEL: u32 = 4;

/// Bits in a key hash; a node at this shift is a collision node.
pub const HASH_BITS: u32 = 32;

const SLOT_MASK: u32 = (1 << BITS_PER_LEVEL) - 1;

/// The slot of a key with hash `hash` in a node at `shift` (= 4 x depth).
#[inline(always)]
pub fn slot_bit(hash: u32, shift: u32) -> u32 {
    1 << ((hash >> shift) & SLOT_MASK)
}

/// The bitmap word of a node.
#[inline(always)]
pub fn bitmap_word(datamap: u32, nodemap: u32) -> Term {
    Term::small((datamap | nodemap << 16) as i64)
}

/// A view of one trie node's payload, from its bitmap word on (a root's
/// size word is skipped).
#[derive(Clone, Copy)]
pub struct Node<'a> {
    pub datamap: u32,
    pub nodemap: u32,
    /// The pairs, `k0 v0 k1 v1 ...`, in slot order.
    pub data: &'a [Term],
    /// The subnodes, in slot order.
    pub nodes: &'a [Term],
}

impl<'a> Node<'a> {
    /// The node of a `HashMap` root or a `HashNode`.
    #[inline]
    pub fn of(t: Term) -> Node<'a> {
        let words = t.box_words();
        let words = match t.box_header().kind() {
            BoxKind::HashMap => &words[1..],
            kind => {
                debug_assert_eq!(kind, BoxKind::HashNode);
                words
            }
        };
        let bits = words[0].small_value() as u32;
        let (datamap, nodemap) = (bits & 0xffff, bits >> 16);
        let pairs = datamap.count_ones() as usize;
        Node {
            datamap,
            nodemap,
            data: &words[1..1 + 2 * pairs],
            nodes: &words[1 + 2 * pairs..],
        }
    }

    /// Index (in pairs) of the pair in slot `bit`.
    #[inline(always)]
    pub fn data_index(&self, bit: u32) -> usize {
        (self.datamap & (bit - 1)).count_ones() as usize
    }

    /// Index of the subnode in slot `bit`.
    #[inline(always)]
    pub fn node_index(&self, bit: u32) -> usize {
        (self.nodemap & (bit - 1)).count_ones() as usize
    }

    /// Number of inline pairs.
    pub fn pairs(&self) -> usize {
        self.data.len() / 2
    }
}

impl Term {
    #[inline(always)]
    pub fn is_flat_map(self) -> bool {
        self.box_kind() == Some(BoxKind::Map)
    }

    #[inline(always)]
    pub fn is_hash_map(self) -> bool {
        self.box_kind() == Some(BoxKind::HashMap)
    }

    pub fn map_size(self) -> usize {
        let h = self.box_header();
        match h.kind() {
            BoxKind::Map => h.arity() / 2,
            kind => {
                debug_assert_eq!(kind, BoxKind::HashMap);
                self.box_word(0).small_value() as usize
            }
        }
    }

    /// The sorted keys of a flat map.
    pub fn flat_map_keys<'a>(self) -> &'a [Term] {
        debug_assert!(self.is_flat_map());
        let n = self.box_header().arity() / 2;
        &self.box_words()[..n]
    }

    /// The values of a flat map, in the order of its keys.
    pub fn flat_map_values<'a>(self) -> &'a [Term] {
        debug_assert!(self.is_flat_map());
        let n = self.box_header().arity() / 2;
        &self.box_words()[n..]
    }

    /// The value under `key` (exact match), if any.
    pub fn map_get(self, key: Term) -> Option<Term> {
        if self.is_flat_map() {
            let i = map_search(self.flat_map_keys(), key).ok()?;
            return Some(self.flat_map_values()[i]);
        }
        hash_get(self, key)
    }

    /// The entries in storage order: key order for a flat map, trie order
    /// for a hash map. For callers whose result does not depend on the order.
    pub fn map_iter<'a>(self) -> MapIter<'a> {
        if self.is_flat_map() {
            MapIter(Walk::Flat {
                keys: self.flat_map_keys(),
                values: self.flat_map_values(),
                at: 0,
            })
        } else {
            let mut stack = Vec::with_capacity(9);
            stack.push(Frame::of(Node::of(self)));
            MapIter(Walk::Trie { stack })
        }
    }

    /// The entries sorted by key (`cmp_exact`): borrowed from a flat map,
    /// collected and sorted (O(n log n)) from a hash map.
    pub fn map_sorted_entries<'a>(self) -> SortedEntries<'a> {
        if self.is_flat_map() {
            return SortedEntries {
                keys: Cow::Borrowed(self.flat_map_keys()),
                values: Cow::Borrowed(self.flat_map_values()),
            };
        }
        let mut pairs: Vec<(Term, Term)> = self.map_iter().collect();
        pairs.sort_unstable_by(|a, b| cmp_exact(a.0, b.0));
        let (keys, values) = pairs.into_iter().unzip();
        SortedEntries {
            keys: Cow::Owned(keys),
            values: Cow::Owned(values),
        }
    }
}

/// A map's entries in key order: `keys[i]` maps to `values[i]`.
pub struct SortedEntries<'a> {
    pub keys: Cow<'a, [Term]>,
    pub values: Cow<'a, [Term]>,
}

/// Binary search for `key` among sorted `keys`.
pub fn map_search(keys: &[Term], key: Term) -> Result<usize, usize> {
    keys.binary_search_by(|k| cmp_exact(*k, key))
}

/// Linear search of a collision node's pairs (`k v k v ...`, sorted):
/// `Ok(pair index)` or `Err(insertion point)`.
pub fn collision_search(pairs: &[Term], key: Term) -> Result<usize, usize> {
    for i in 0..pairs.len() / 2 {
        match cmp_exact(pairs[2 * i], key) {
            Ordering::Less => {}
            Ordering::Equal => return Ok(i),
            Ordering::Greater => return Err(i),
        }
    }
    Err(pairs.len() / 2)
}

fn hash_get(map: Term, key: Term) -> Option<Term> {
    let hash = map_key_hash(key);
    let mut node = Node::of(map);
    let mut shift = 0;
    loop {
        let bit = slot_bit(hash, shift);
        if node.datamap & bit != 0 {
            let i = node.data_index(bit);
            return exact_eq(node.data[2 * i], key).then(|| node.data[2 * i + 1]);
        }
        if node.nodemap & bit == 0 {
            return None;
        }
        let child = node.nodes[node.node_index(bit)];
        shift += BITS_PER_LEVEL;
        if shift >= HASH_BITS {
            let pairs = child.box_words();
            return collision_search(pairs, key).ok().map(|i| pairs[2 * i + 1]);
        }
        node = Node::of(child);
    }
}

/// One node being walked: its pairs and subnodes, and how far we are.
struct Frame<'a> {
    data: &'a [Term],
    nodes: &'a [Term],
    next_pair: usize,
    next_node: usize,
}

impl<'a> Frame<'a> {
    fn of(node: Node<'a>) -> Frame<'a> {
        Frame {
            data: node.data,
            nodes: node.nodes,
            next_pair: 0,
            next_node: 0,
        }
    }
}

/// Iterator over a map's `(key, value)` pairs in storage order.
pub struct MapIter<'a>(Walk<'a>);

enum Walk<'a> {
    Flat {
        keys: &'a [Term],
        values: &'a [Term],
        at: usize,
    },
    /// Depth-first walk of the trie (at most 9 frames).
    Trie { stack: Vec<Frame<'a>> },
}

impl Iterator for MapIter<'_> {
    type Item = (Term, Term);

    fn next(&mut self) -> Option<(Term, Term)> {
        match &mut self.0 {
            Walk::Flat { keys, values, at } => {
                let i = *at;
                *at += 1;
                Some((*keys.get(i)?, values[i]))
            }
            Walk::Trie { stack } => loop {
                let top = stack.last_mut()?;
                if 2 * top.next_pair < top.data.len() {
                    let i = 2 * top.next_pair;
                    top.next_pair += 1;
                    return Some((top.data[i], top.data[i + 1]));
                }
                if top.next_node < top.nodes.len() {
                    let child = top.nodes[top.next_node];
                    top.next_node += 1;
                    let frame = match child.box_header().kind() {
                        BoxKind::HashCollision => Frame {
                            data: child.box_words(),
                            nodes: &[],
                            next_pair: 0,
                            next_node: 0,
                        },
                        _ => Frame::of(Node::of(child)),
                    };
                    stack.push(frame);
                    continue;
                }
                stack.pop();
            },
        }
    }
}

#[cfg(test)]
#[path = "map_tests.rs"]
mod tests;
