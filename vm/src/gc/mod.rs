//! The copying collector. Entry point: [`collect`] takes one heap and its
//! root set, never a process, so it can be tested with hand-built roots.
//!
//! # Safety model
//!
//! 1. Runs only at safe points: no Rust code holds a term of this heap
//!    outside the roots while it runs.
//! 2. From-space is the young block plus every fragment. Pointers outside
//!    from-space (module literals) are left as they are; their targets are
//!    immutable and never point into a process heap.
//! 3. A forwarded boxed object has its header replaced by the boxed term of
//!    its copy (tag BOXED, never a HEADER). A forwarded cons cell has
//!    NON_VALUE in its head and the new LIST term in its tail; a live cons
//!    never holds NON_VALUE.
//! 4. Payload words of floats, bignums, heap binaries and refs are raw data
//!    and are never scanned; all other boxed payload words are terms.
//!
//! Every collection is currently a full copy into a block sized for the
//! live data (docs/gc.md). A later generational scheme keeps this entry
//! point.
#![allow(unsafe_code)]

use crate::heap::{Block, Heap, MIN_HEAP_WORDS};
use crate::term::{BoxKind, Header, Term, TAG_BOXED, TAG_HEADER, TAG_LIST, TAG_MASK};

/// The root set: every slot here is read and updated in place.
pub struct Roots<'a> {
    pub slices: Vec<&'a mut [Term]>,
}

/// Copies everything reachable from `roots` into a new young block with at
/// least `need` free words, and frees the old blocks.
pub fn collect(heap: &mut Heap, roots: &mut Roots, need: usize) {
    let used = heap.used_words();
    let mut to = Block::new(used + need);
    {
        let from = FromSpace::new(heap);
        for slice in roots.slices.iter_mut() {
            for slot in slice.iter_mut() {
                *slot = from.copy(*slot, &mut to);
            }
        }
        from.scan(&mut to, 0);
    }
    let live = to.top;
    heap.collections += 1;
    let target = next_size(live, need);
    if target < to.words.len() / 2 {
        // Mostly garbage: copy once more into a right-sized block so that
        // memory shrinks with the live data.
        let mut small = Block::new(target);
        let mut once = Heap {
            young: to,
            fragments: Vec::new(),
            fragment_words: 0,
            collections: 0,
        };
        {
            let from = FromSpace::new(&once);
            for slice in roots.slices.iter_mut() {
                for slot in slice.iter_mut() {
                    *slot = from.copy(*slot, &mut small);
                }
            }
            from.scan(&mut small, 0);
        }
        once.fragments.clear();
        heap.young = small;
    } else {
        heap.young = to;
    }
    heap.fragments.clear();
    heap.fragment_words = 0;
}

/// Heap size after a collection: room for the live data to double, plus
/// the request, and never below the minimum.
fn next_size(live: usize, need: usize) -> usize {
    (live * 2 + need).max(MIN_HEAP_WORDS)
}

struct FromSpace {
    ranges: Vec<(usize, usize)>,
}

impl FromSpace {
    fn new(heap: &Heap) -> FromSpace {
        let mut ranges = Vec::with_capacity(1 + heap.fragments.len());
        let mut add = |b: &Block| {
            let start = b.words.as_ptr() as usize;
            ranges.push((start, start + b.top * 8));
        };
        add(&heap.young);
        for f in &heap.fragments {
            add(f);
        }
        FromSpace { ranges }
    }

    #[inline]
    fn contains(&self, p: usize) -> bool {
        self.ranges.iter().any(|&(s, e)| p >= s && p < e)
    }

    /// Returns the new location of `t`, copying its top object if needed.
    fn copy(&self, t: Term, to: &mut Block) -> Term {
        match t.0 & TAG_MASK {
            TAG_LIST => {
                let p = (t.0 & !TAG_MASK) as *mut Term;
                if !self.contains(p as usize) {
                    return t;
                }
                // SAFETY: rule 2 — p is in from-space, a live cons cell of two words.
                unsafe {
                    if (*p).is_non_value() {
                        return *p.add(1);
                    }
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
                // SAFETY: rule 2/3 — p is in from-space: a header, or a forwarding term.
                unsafe {
                    let h = *p;
                    if h.0 & TAG_MASK != TAG_HEADER {
                        return h;
                    }
                    let n = 1 + Header(h.0).arity();
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
                let n = h.arity();
                let raw = matches!(
                    h.kind(),
                    BoxKind::Float
                        | BoxKind::BigPos
                        | BoxKind::BigNeg
                        | BoxKind::Binary
                        | BoxKind::Ref
                );
                if raw {
                    i += 1 + n;
                } else {
                    i += 1;
                }
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
