//! The generational copying collector. Entry point: [`collect`] takes one
//! heap and its root set, never a process, so it can be tested with
//! hand-built roots.
//!
//! - **Minor**: from-space is the young block plus the fragments. What
//!   survived the previous minor collection (the young block below its
//!   high-water mark) is promoted into the old generation's last block;
//!   younger survivors are copied into the other young block (the spare),
//!   which becomes the young block, with the high-water mark at its top.
//!   So data is promoted only once it has survived two collections (as in
//!   BEAM): a structure being built when a collection strikes stays young
//!   and usually dies there, instead of filling the old generation and
//!   bringing on a major collection. The two young blocks alternate, so a
//!   steady heap allocates no memory to collect.
//! - **Major**: when the old generation would pass its limit, everything
//!   (old blocks, young block and fragments) is copied into one fresh old
//!   block, and the limit becomes twice the live size. The block has room
//!   for the promotions until the next major collection; the part not yet
//!   used is address space only (blocks are not zeroed, so the OS maps a
//!   page only when a promotion first writes it).
//!
//! # Safety model
//!
//! 1. Runs only at safe points: no Rust code holds a term of this heap
//!    outside the roots while it runs.
//! 2. Pointers outside from-space (module literals, and in a minor
//!    collection the old generation) are left as they are. Because terms
//!    are immutable, an object never points at a younger one: the old
//!    generation never points into the young one, and aged young data
//!    never points at data allocated after the last collection, so the
//!    roots alone find every young survivor.
//! 3. A forwarded boxed object has its header replaced by the boxed term of
//!    its copy (tag BOXED, never a HEADER). A forwarded cons cell has
//!    NON_VALUE in its head and the new LIST term in its tail; a live cons
//!    never holds NON_VALUE.
//! 4. Payload words of floats, bignums, heap binaries and refs are raw data
//!    and are never scanned; all other boxed payload words are terms. (Map
//!    trie nodes keep their bitmap and size as small integers for this
//!    reason: see `term::map`.)
//! 5. Each to-space block is given room for every from-space word that can
//!    be copied into it (the young one for all young data above the
//!    high-water mark and the fragments, the old one for all data below),
//!    so copying never runs out of space, and every word below a to-space
//!    block's `top` has been written by the copy.
#![allow(unsafe_code)]

use crate::heap::{Block, Heap, MIN_HEAP_WORDS, OLD_BLOCK_MIN_WORDS, OLD_MIN_WORDS, PROMOTE_ALL};
use crate::term::{Header, Term, TAG_BOXED, TAG_HEADER, TAG_LIST, TAG_MASK};

/// Young blocks never grow past this (words); bigger live data lives in
/// the old generation.
const MAX_YOUNG_WORDS: usize = 1 << 20;

/// Young blocks of at least this many words are kept as the next
/// collection's to-space. Smaller ones come cheaply from the allocator's
/// free lists, and an idle process should not hold two.
const SPARE_MIN_WORDS: usize = 4096;

/// The root set: every slot here is read and updated in place.
pub struct Roots<'a> {
    pub slices: Vec<&'a mut [Term]>,
}

/// Collects so that the young block has at least `need` free words.
#[inline(never)]
pub fn collect(heap: &mut Heap, roots: &mut Roots, need: usize) {
    heap.collections += 1;
    // Size the young generation with the live data and the root set (a
    // deep stack is scanned at every collection, so collections must get
    // rarer as it grows), within bounds.
    let root_words: usize = roots.slices.iter().map(|s| s.len()).sum();
    if heap.major_due() {
        major(heap, roots);
        let target = young_target(heap.old_used_words(), root_words);
        resize_young(heap, target, need);
    } else {
        let target = young_target(heap.old_used_words(), root_words);
        minor(heap, roots, target, need);
    }
}

fn young_target(live: usize, root_words: usize) -> usize {
    (live.max(root_words) / 2).clamp(MIN_HEAP_WORDS, MAX_YOUNG_WORDS)
}

/// Rounds a block size up to the next of 2^k and 1.5 * 2^k words, so that
/// sizes repeat and a kept block fits the next request.
fn block_size(words: usize) -> usize {
    let p = words.max(1).next_power_of_two();
    if words <= p / 4 * 3 {
        p / 4 * 3
    } else {
        p
    }
}

/// A young block for `words`: the spare if it fits (and is not far
/// bigger), else a new one.
fn young_block(heap: &mut Heap, words: usize) -> Block {
    let len = heap.spare.as_ref().map_or(0, |b| b.words.len());
    if len >= words && len <= 2 * block_size(words) {
        if let Some(mut b) = heap.spare.take() {
            b.top = 0;
            return *b;
        }
    }
    Block::new(block_size(words))
}

/// Keeps a young block that a collection has emptied as the spare, if it
/// is big enough to be worth keeping and not above `max` words.
fn keep_spare(heap: &mut Heap, mut b: Block, max: usize) {
    b.top = 0;
    let len = b.words.len();
    let kept = heap.spare.as_ref().map_or(0, |s| s.words.len());
    if len >= SPARE_MIN_WORDS && len <= max && len >= kept {
        heap.spare = Some(Box::new(b));
    }
}

/// After a major collection the young block is empty: resize it when far
/// off the target (so a slowly growing heap does not reallocate it at
/// every collection) or too small for `need`.
fn resize_young(heap: &mut Heap, target: usize, need: usize) {
    let len = heap.young.words.len();
    if len < need || 2 * len < target || len > 4 * target.max(need) {
        let max = 4 * target.max(need);
        let b = young_block(heap, target.max(need));
        let old = std::mem::replace(&mut heap.young, b);
        keep_spare(heap, old, max);
        if heap.spare.as_ref().is_some_and(|s| s.words.len() > max) {
            heap.spare = None;
        }
    }
    heap.young.top = 0;
}

/// The minor collection: promotes the aged young data into the old
/// generation's last block (first given room for all of it) and copies
/// the other survivors into a young block of `target` words, or more if
/// they could need it.
///
/// The new block is not grown by `need` for small requests: young data
/// fills its block to within a few words, so adding them would move every
/// collection a size up. If the survivors leave less than `need` free,
/// the words come from a fragment and the next safe point collects again,
/// promoting the survivors.
#[inline(never)]
fn minor(heap: &mut Heap, roots: &mut Roots, target: usize, need: usize) {
    // Also promote the whole young block when its young data could
    // outgrow the target size (fragments taken by native code while the
    // block was full of survivors): copying it into a bigger young block
    // would grow the young generation without bound.
    // Promoting the whole young block takes the fragments with it:
    // native code fills fragments and the young block's last free words in
    // any order, so data in them may point either way, and none of it may
    // stay young once the other is old.
    let hw = heap.aged_words();
    let all = heap.high_water == PROMOTE_ALL || heap.young_used_words() - hw > target;
    let aged = if all { heap.young_used_words() } else { hw };
    let fresh = heap.young_used_words() - aged;
    if aged > 0 && heap.old.last().is_none_or(|b| b.free() < aged) {
        // Room up to the limit: the block's unused part costs no memory
        // until used, and the promotions up to the next major collection
        // then go into this one block.
        let size = aged
            .max(heap.old_limit.saturating_sub(heap.old_used_words()))
            .max(OLD_BLOCK_MIN_WORDS);
        heap.old.push(Block::new(size));
    }
    let mut words = target.max(fresh);
    if need > words / 4 {
        words = words.max(fresh + need);
    }
    let mut young = young_block(heap, words);
    let from = FromSpace::young(heap, all);
    let mut no_old = Block::new(0);
    let old = heap.old.last_mut().unwrap_or(&mut no_old);
    let mut to = ToSpace {
        young: &mut young,
        old,
    };
    let old_start = to.old.top;
    copy_roots(&from, roots, &mut to);
    from.scan(&mut to, old_start);
    // Aging pays when most young data dies young. When most of it
    // survives (a big structure being built, a live set replaced piece by
    // piece faster than the young generation turns over), copying it into
    // the young block first only copies it twice: the next collection
    // promotes the whole young block, until one finds that most of what it
    // promoted was garbage.
    let promoted = to.old.top - old_start;
    let survived = if all {
        2 * promoted > aged
    } else {
        fresh >= SPARE_MIN_WORDS && 2 * young.top > fresh
    };
    heap.high_water = if survived { PROMOTE_ALL } else { young.top };
    let emptied = std::mem::replace(&mut heap.young, young);
    keep_spare(heap, emptied, 4 * words);
    heap.fragments.clear();
    heap.fragment_capacity = 0;
    heap.fragment_words = 0;
}

/// Copies everything live into one old block.
#[inline(never)]
fn major(heap: &mut Heap, roots: &mut Roots) {
    let upper = heap.old_used_words() + heap.young_used_words();
    // Twice the upper bound: room for the promotions until the next major
    // collection (the limit is twice the live size), address space only
    // until used.
    evacuate(heap, roots, (2 * upper).max(OLD_BLOCK_MIN_WORDS));
    // When most of the heap was garbage, that block is mostly empty: copy
    // the few survivors once more, into a block of their size, so the
    // process's memory (as `process_info` reports it, and the block's
    // pages once written) shrinks with its live data. It costs a copy of
    // under an eighth of the block.
    let live = heap.old_used_words();
    let fit = (2 * live).max(OLD_BLOCK_MIN_WORDS);
    if heap.old.iter().map(|b| b.words.len()).sum::<usize>() >= 8 * fit {
        evacuate(heap, roots, fit);
    }
    heap.old_limit = (2 * live).max(OLD_MIN_WORDS);
}

/// Copies everything reachable from `roots` into one new old block of
/// `words` (which the live data must fit), leaving the young block empty.
fn evacuate(heap: &mut Heap, roots: &mut Roots, words: usize) {
    let mut block = Block::new(words);
    let from = FromSpace::all(heap);
    let mut no_old = Block::new(0);
    let mut to = ToSpace {
        young: &mut block,
        old: &mut no_old,
    };
    copy_roots(&from, roots, &mut to);
    from.scan(&mut to, 0);
    heap.old = vec![block];
    heap.young.top = 0;
    heap.high_water = 0;
    heap.fragments.clear();
    heap.fragment_capacity = 0;
    heap.fragment_words = 0;
}

/// Where survivors go: the young to-space, and for data below the young
/// block's high-water mark the old generation's last block.
struct ToSpace<'a> {
    young: &'a mut Block,
    old: &'a mut Block,
}

impl ToSpace<'_> {
    #[inline(always)]
    fn block(&mut self, old: bool) -> &mut Block {
        if old {
            self.old
        } else {
            self.young
        }
    }
}

fn copy_roots(from: &FromSpace, roots: &mut Roots, to: &mut ToSpace) {
    for slice in roots.slices.iter_mut() {
        for slot in slice.iter_mut() {
            *slot = from.copy(*slot, to);
        }
    }
}

/// The blocks being evacuated. A process that received many messages has
/// one fragment per message, so membership is a binary search over the
/// sorted ranges, after a check of `first`: the young block in a minor
/// collection, the biggest block in a major one.
struct FromSpace {
    first: (usize, usize),
    /// The end of the aged part of `first` (its start if none): objects
    /// below it go to the old generation.
    aged_end: usize,
    /// Non-empty ranges sorted by start (they never overlap).
    ranges: Vec<(usize, usize)>,
    /// Whether objects in `ranges` go to the old generation too.
    promote_fragments: bool,
}

/// Where a from-space object is copied.
enum Dest {
    /// Not in from-space: left where it is.
    Stays,
    Young,
    Old,
}

impl FromSpace {
    fn range(b: &Block) -> (usize, usize) {
        let start = b.words.as_ptr() as usize;
        (start, start + b.top * 8)
    }

    fn new(first: (usize, usize), aged: usize, mut ranges: Vec<(usize, usize)>) -> FromSpace {
        ranges.retain(|&(s, e)| s < e);
        ranges.sort_unstable_by_key(|&(start, _)| start);
        FromSpace {
            first,
            aged_end: first.0 + aged * 8,
            ranges,
            promote_fragments: false,
        }
    }

    /// A minor collection's: the young block, whose part below the
    /// high-water mark is promoted, and the fragments; all promoted if
    /// `all`.
    fn young(heap: &Heap, all: bool) -> FromSpace {
        let ranges = heap.fragments.iter().map(Self::range).collect();
        let aged = if all {
            heap.young.top
        } else {
            heap.aged_words()
        };
        let mut from = FromSpace::new(Self::range(&heap.young), aged, ranges);
        from.promote_fragments = all;
        from
    }

    /// A major collection's: every block, all copied to one place. The
    /// biggest block is checked first (most pointers lead into it).
    fn all(heap: &Heap) -> FromSpace {
        let mut ranges: Vec<(usize, usize)> = std::iter::once(&heap.young)
            .chain(&heap.fragments)
            .chain(&heap.old)
            .map(Self::range)
            .collect();
        let biggest = (0..ranges.len())
            .max_by_key(|&i| ranges[i].1 - ranges[i].0)
            .unwrap_or(0);
        let first = ranges.swap_remove(biggest);
        FromSpace::new(first, 0, ranges)
    }

    #[inline]
    fn locate(&self, p: usize) -> Dest {
        if p >= self.first.0 && p < self.first.1 {
            return if p < self.aged_end {
                Dest::Old
            } else {
                Dest::Young
            };
        }
        let inside = match self.ranges.len() {
            0 => false,
            1 => p >= self.ranges[0].0 && p < self.ranges[0].1,
            _ => {
                let i = self.ranges.partition_point(|&(s, _)| s <= p);
                i > 0 && p < self.ranges[i - 1].1
            }
        };
        if !inside {
            Dest::Stays
        } else if self.promote_fragments {
            Dest::Old
        } else {
            Dest::Young
        }
    }

    /// Returns the new location of `t`, copying its top object if needed.
    #[inline(always)]
    fn copy(&self, t: Term, to: &mut ToSpace) -> Term {
        match t.0 & TAG_MASK {
            TAG_LIST => {
                let p = (t.0 & !TAG_MASK) as *mut Term;
                let to: &mut Block = match self.locate(p as usize) {
                    Dest::Stays => return t,
                    Dest::Young => to.young,
                    Dest::Old => to.old,
                };
                // SAFETY: rules 2 and 5 — p is a live two-word cons cell in
                // from-space, and `to` has room for it.
                unsafe {
                    if (*p).is_non_value() {
                        return *p.add(1);
                    }
                    assert!(to.free() >= 2, "GC to-space overflow");
                    let dst = to.bump(2);
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
                let to: &mut Block = match self.locate(p as usize) {
                    Dest::Stays => return t,
                    Dest::Young => to.young,
                    Dest::Old => to.old,
                };
                // SAFETY: rules 2, 3 and 5 — p is in from-space and holds a
                // header or a forwarding term; `to` has room for the object.
                unsafe {
                    let h = *p;
                    if h.0 & TAG_MASK != TAG_HEADER {
                        return h;
                    }
                    let n = 1 + Header(h.0).arity();
                    assert!(to.free() >= n, "GC to-space overflow");
                    let dst = to.bump(n);
                    std::ptr::copy_nonoverlapping(p, dst, n);
                    let new = Term::boxed_ptr(dst);
                    *p = new;
                    new
                }
            }
            _ => t,
        }
    }

    /// Cheney scan of both to-space blocks (the young one from its start,
    /// the old one from `old_start`), until neither has unscanned words.
    fn scan(&self, to: &mut ToSpace, old_start: usize) {
        let (mut young, mut old) = (0, old_start);
        loop {
            young = self.scan_block(to, false, young);
            old = self.scan_block(to, true, old);
            if young == to.young.top && old == to.old.top {
                return;
            }
        }
    }

    /// Fixes every term word of one to-space block from `i` on; returns
    /// where it stopped (the block's top).
    fn scan_block(&self, to: &mut ToSpace, old: bool, mut i: usize) -> usize {
        loop {
            let block = to.block(old);
            let top = block.top;
            if i >= top {
                return i;
            }
            // Words are read through a raw base pointer rather than a fresh
            // borrow of the block per word. A copy into this block borrows
            // its words anew (`bump`), so the base is taken again after
            // every copy; in between, nothing else touches the block.
            let mut base = block.words.as_ptr() as *const Term;
            while i < top {
                // SAFETY: i < top, so the word is inside the block and was
                // written by the copy (rule 5); `base` was taken after the
                // last borrow of the block's words.
                let w = unsafe { *base.add(i) };
                if w.0 & TAG_MASK == TAG_HEADER {
                    i += Header(w.0).scan_step();
                    continue;
                }
                if w.is_pointer() {
                    let new = self.copy(w, to);
                    let block = to.block(old);
                    let words = block.words.as_mut_ptr() as *mut Term;
                    // SAFETY: i < top <= the block's top, as above; `words`
                    // was just taken.
                    unsafe { *words.add(i) = new };
                    base = words;
                }
                i += 1;
            }
        }
    }
}

#[cfg(test)]
mod tests;
