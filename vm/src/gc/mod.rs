//! The generational copying collector. Entry point: [`collect`] takes one
//! heap and its root set, never a process, so it can be tested with
//! hand-built roots.
//!
//! - **Minor**: from-space is the young block plus the fragments; every
//!   survivor is promoted straight into the old generation's last block
//!   (Cheney scan of the promoted words). The young block is then empty
//!   and reused as is.
//! - **Major**: when the old generation passes its limit, everything (old
//!   blocks included) is copied into one fresh old block sized for the live
//!   data, and the limit becomes twice the live size.
//!
//! # Safety model
//!
//! 1. Runs only at safe points: no Rust code holds a term of this heap
//!    outside the roots while it runs.
//! 2. Pointers outside from-space (module literals, and in a minor
//!    collection the old generation) are left as they are. Because terms
//!    are immutable, the old generation never points into the young one,
//!    so the roots alone find every young survivor.
//! 3. A forwarded boxed object has its header replaced by the boxed term of
//!    its copy (tag BOXED, never a HEADER). A forwarded cons cell has
//!    NON_VALUE in its head and the new LIST term in its tail; a live cons
//!    never holds NON_VALUE.
//! 4. Payload words of floats, bignums, heap binaries and refs are raw data
//!    and are never scanned; all other boxed payload words are terms. (Map
//!    trie nodes keep their bitmap and size as small integers for this
//!    reason: see `term::map`.)
//! 5. The to-space block is allocated with room for every word in
//!    from-space, so copying never runs out of space.
#![allow(unsafe_code)]

use crate::heap::{Block, Heap, MIN_HEAP_WORDS, OLD_BLOCK_MIN_WORDS, OLD_MIN_WORDS};
use crate::term::{BoxKind, Header, Term, TAG_BOXED, TAG_HEADER, TAG_LIST, TAG_MASK};

/// Young blocks never grow past this (words); bigger live data lives in
/// the old generation.
const MAX_YOUNG_WORDS: usize = 1 << 20;

/// The root set: every slot here is read and updated in place.
pub struct Roots<'a> {
    pub slices: Vec<&'a mut [Term]>,
}

/// Collects so that the young block has at least `need` free words.
pub fn collect(heap: &mut Heap, roots: &mut Roots, need: usize) {
    heap.collections += 1;
    minor(heap, roots);
    if heap.old_used_words() > heap.old_limit {
        major(heap, roots);
    }
    // Size the young block with the live data and the root set (a deep
    // stack is scanned at every collection, so collections must get rarer
    // as it grows), within bounds.
    let live = heap.old_used_words();
    let root_words: usize = roots.slices.iter().map(|s| s.len()).sum();
    let wanted = (live.max(root_words) / 2).clamp(MIN_HEAP_WORDS, MAX_YOUNG_WORDS);
    // Resize only when far off (growing by 2x at least), so a slowly
    // growing heap does not reallocate its young block at every collection.
    let len = heap.young.words.len();
    if len < need || 2 * len < wanted || len > 4 * wanted.max(need) {
        heap.young = Block::new(wanted.max(need));
    } else {
        heap.young.top = 0;
    }
}

/// Promotes everything reachable in the young block and fragments straight
/// into the old generation's last block, which is first given room for
/// all of the young data (how much survives is not known in advance). What
/// that room does not use stays free for later promotions.
fn minor(heap: &mut Heap, roots: &mut Roots) {
    let upper = heap.young_used_words();
    if upper == 0 && heap.fragments.is_empty() {
        return;
    }
    let fits = heap.old.last().is_some_and(|b| b.free() >= upper);
    if !fits {
        let size = upper
            .max(heap.old_used_words() / 2)
            .max(OLD_BLOCK_MIN_WORDS);
        heap.old.push(Block::new(size));
    }
    let from = FromSpace::young(heap);
    let to = heap.old.last_mut().expect("an old block was just ensured");
    let start = to.top;
    copy_roots(&from, roots, to);
    from.scan(to, start);
    heap.young.top = 0;
    heap.fragments.clear();
    heap.fragment_words = 0;
}

/// Copies the whole old generation into one block.
fn major(heap: &mut Heap, roots: &mut Roots) {
    let upper = heap.old_used_words();
    let mut to = Block::new(upper.max(OLD_BLOCK_MIN_WORDS));
    let from = FromSpace::old(heap);
    copy_roots(&from, roots, &mut to);
    from.scan(&mut to, 0);
    let live = to.top;
    heap.old = vec![to];
    heap.old_limit = (2 * live).max(OLD_MIN_WORDS);
}

fn copy_roots(from: &FromSpace, roots: &mut Roots, to: &mut Block) {
    for slice in roots.slices.iter_mut() {
        for slot in slice.iter_mut() {
            *slot = from.copy(*slot, to);
        }
    }
}

/// The blocks being evacuated. A process that received many messages has
/// one fragment per message, so membership is a binary search over the
/// sorted ranges (after a check of the first, usually the young block).
struct FromSpace {
    first: (usize, usize),
    /// Non-empty ranges sorted by start (they never overlap).
    ranges: Vec<(usize, usize)>,
}

impl FromSpace {
    fn range(b: &Block) -> (usize, usize) {
        let start = b.words.as_ptr() as usize;
        (start, start + b.top * 8)
    }

    fn new(first: (usize, usize), mut ranges: Vec<(usize, usize)>) -> FromSpace {
        ranges.retain(|&(s, e)| s < e);
        ranges.sort_unstable();
        FromSpace { first, ranges }
    }

    fn young(heap: &Heap) -> FromSpace {
        let ranges = heap.fragments.iter().map(Self::range).collect();
        FromSpace::new(Self::range(&heap.young), ranges)
    }

    fn old(heap: &Heap) -> FromSpace {
        FromSpace::new((0, 0), heap.old.iter().map(Self::range).collect())
    }

    #[inline]
    fn contains(&self, p: usize) -> bool {
        if p >= self.first.0 && p < self.first.1 {
            return true;
        }
        match self.ranges.len() {
            0 => false,
            1 => p >= self.ranges[0].0 && p < self.ranges[0].1,
            _ => {
                let i = self.ranges.partition_point(|&(s, _)| s <= p);
                i > 0 && p < self.ranges[i - 1].1
            }
        }
    }

    /// Returns the new location of `t`, copying its top object if needed.
    fn copy(&self, t: Term, to: &mut Block) -> Term {
        match t.0 & TAG_MASK {
            TAG_LIST => {
                let p = (t.0 & !TAG_MASK) as *mut Term;
                if !self.contains(p as usize) {
                    return t;
                }
                // SAFETY: rules 2 and 5 — p is a live two-word cons cell in
                // from-space, and `to` has room for it.
                unsafe {
                    if (*p).is_non_value() {
                        return *p.add(1);
                    }
                    assert!(to.free() >= 2, "GC to-space overflow");
                    let dst = to.words.as_mut_ptr().add(to.top);
                    to.top += 2;
                    *dst = *p;
                    *dst.add(1) = *p.add(1);
                    let new = Term::cons_ptr(dst);
                    *p = Term::NON_VALUE;
                    *p.add(1) = new;
                    new
                }
            }
            TAG_BOXED if t.0 != 0 => {
                let p = t.0 as *mut Term;
                if !self.contains(p as usize) {
                    return t;
                }
                // SAFETY: rules 2, 3 and 5 — p is in from-space and holds a
                // header or a forwarding term; `to` has room for the object.
                unsafe {
                    let h = *p;
                    if h.0 & TAG_MASK != TAG_HEADER {
                        return h;
                    }
                    let n = 1 + Header(h.0).arity();
                    assert!(to.free() >= n, "GC to-space overflow");
                    let dst = to.words.as_mut_ptr().add(to.top);
                    to.top += n;
                    std::ptr::copy_nonoverlapping(p, dst, n);
                    let new = Term::boxed_ptr(dst);
                    *p = new;
                    new
                }
            }
            _ => t,
        }
    }

    /// Cheney scan: fix every term word in `to` from `start` on.
    fn scan(&self, to: &mut Block, start: usize) {
        let mut i = start;
        while i < to.top {
            let w = to.words[i];
            if w.0 & TAG_MASK == TAG_HEADER {
                let h = Header(w.0);
                let raw = matches!(
                    h.kind(),
                    BoxKind::Float
                        | BoxKind::BigPos
                        | BoxKind::BigNeg
                        | BoxKind::Binary
                        | BoxKind::Ref
                );
                i += if raw { 1 + h.arity() } else { 1 };
                continue;
            }
            let new = self.copy(w, to);
            to.words[i] = new;
            i += 1;
        }
    }
}

#[cfg(test)]
mod tests;
