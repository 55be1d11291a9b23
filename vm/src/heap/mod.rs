//! One process's memory: the young block, heap fragments, and allocation.
//!
//! # Invariants
//!
//! - Every pointer term a process holds points into this heap (the young
//!   block or a fragment), or into immutable shared memory (module literal
//!   areas). Never into another process's heap.
//! - Allocation never collects. The interpreter asks for room at safe
//!   points (`test_heap`, calls) and the GC runs only there; everywhere else
//!   (BIFs, message delivery) a request that does not fit the young block is
//!   served from a heap fragment, which the next collection merges.
//! - Blocks never move or resize while terms point into them: a block is a
//!   fixed boxed slice; growing means a collection into a new block.
//!
//! Generations: the young block and the fragments are the from-space of a
//! minor collection. Data that has already survived one minor collection
//! (the young block below `high_water`) is promoted to the old generation;
//! younger survivors are copied into the other young block and age there.
//! Terms are immutable, so an old object never points at a younger one and
//! a minor collection needs no remembered set. A major collection copies
//! the old generation too (see `gc`).
#![allow(unsafe_code)]

pub mod build;
pub mod copy;
pub mod map;

use crate::term::Term;
use std::mem::MaybeUninit;

/// Initial size of a process heap in words. Small so that spawning many
/// waiting processes stays cheap; heaps grow on demand.
pub const MIN_HEAP_WORDS: usize = 256;

/// The old generation may grow to this before the first major collection.
pub const OLD_MIN_WORDS: usize = 4096;

/// The smallest old-generation block (a process that keeps a little data
/// should not pay for a big block).
pub const OLD_BLOCK_MIN_WORDS: usize = 256;

/// The `high_water` of a heap whose next minor collection promotes every
/// survivor of the young block.
pub const PROMOTE_ALL: usize = usize::MAX;

/// Fragments are at least this big, so a BIF called in a loop does not
/// make one allocation per result.
const MIN_FRAGMENT_WORDS: usize = 128;

/// Turns off transparent huge pages for this OS process; called once at
/// start-up, before any heap exists.
///
/// mimalloc asks for huge pages (`MADV_HUGEPAGE`) on its arena, so the
/// first touch of any 4 KiB of a fresh heap block makes the kernel find,
/// compact and zero a whole 2 MiB page. Process heaps are many blocks of
/// varying sizes, mostly short-lived: with huge pages binarytrees peaked at
/// 63 MiB resident (33 MiB without) and mapbuild at 91 MiB (38), and a
/// fault that has to compact memory stalls a collection for milliseconds.
/// BEAM's own allocators do not use huge pages either.
pub fn disable_huge_pages() {
    #[cfg(target_os = "linux")]
    {
        // SAFETY: PR_SET_THP_DISABLE takes integer arguments only and changes
        // no memory the program can see; failure (an old kernel) just leaves
        // huge pages on.
        let _ = unsafe { libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0) };
    }
}

/// Tells mimalloc never to return freed memory to the OS (its
/// `purge_delay` option, -1); called once at start-up.
///
/// mimalloc purges freed memory (`madvise`) a while after it is freed, in
/// whichever thread next calls into it: with 4 KiB pages, purging the tens
/// of MiB a big heap's collection frees took milliseconds on a scheduler
/// thread (gcpause: worst ticker delay 5.8 ms instead of 1.5). Freed
/// blocks are reused for the next ones instead, so peak memory does not
/// change; the cost is that a heap that shrinks does not give its memory
/// back to the OS.
pub fn keep_freed_memory() {
    // `mi_option_purge_delay` in mimalloc's option enum (v2 and v3).
    const MI_OPTION_PURGE_DELAY: std::ffi::c_int = 15;
    extern "C" {
        fn mi_option_set(option: std::ffi::c_int, value: std::ffi::c_long);
    }
    // SAFETY: mimalloc (the global allocator, linked by the mimalloc crate)
    // defines `mi_option_set(mi_option_t, long)`; setting an option is
    // thread-safe and only changes when freed memory is purged.
    unsafe { mi_option_set(MI_OPTION_PURGE_DELAY, -1) };
}

/// A fixed block of words with a bump pointer. Words below `top` are
/// initialised terms; the rest is uninitialised memory, never read.
pub struct Block {
    pub words: Box<[MaybeUninit<Term>]>,
    pub top: usize,
}

impl Block {
    pub fn new(capacity: usize) -> Block {
        // Not zeroed: zeroing made the allocator write every word of a
        // reused block (memset was 5% of mapbuild), and the kernel fault in
        // every page of a fresh one at once. A large fresh block now costs
        // nothing until it is used, page by page.
        Block {
            words: Box::new_uninit_slice(capacity),
            top: 0,
        }
    }

    #[inline(always)]
    pub fn free(&self) -> usize {
        self.words.len() - self.top
    }

    /// The used part: the words below `top`.
    #[inline(always)]
    pub fn used(&self) -> &[Term] {
        // SAFETY: the words below `top` have all been written (`bump`'s
        // callers initialise what they allocate, the GC writes each word it
        // copies), and `MaybeUninit<Term>` has `Term`'s layout.
        unsafe { std::slice::from_raw_parts(self.words.as_ptr() as *const Term, self.top) }
    }

    /// The used part, writable.
    #[inline(always)]
    pub fn used_mut(&mut self) -> &mut [Term] {
        // SAFETY: as in `used`; the borrow of `self` is exclusive.
        unsafe { std::slice::from_raw_parts_mut(self.words.as_mut_ptr() as *mut Term, self.top) }
    }

    /// Whether `ptr` points into this block's used part.
    #[inline(always)]
    pub fn contains(&self, ptr: *const Term) -> bool {
        let start = self.words.as_ptr() as usize;
        let p = ptr as usize;
        p >= start && p < start + self.top * 8
    }

    #[inline(always)]
    pub(crate) fn bump(&mut self, n: usize) -> *mut Term {
        debug_assert!(self.free() >= n);
        // SAFETY: `top + n <= len`, so the resulting pointer is inside (or one
        // past the end of) the block's allocation.
        let p = unsafe { self.words.as_mut_ptr().add(self.top) } as *mut Term;
        self.top += n;
        p
    }
}

pub struct Heap {
    pub young: Block,
    /// Words at the start of the young block that survived the last minor
    /// collection: the next one promotes them. Allocation starts above.
    /// [`PROMOTE_ALL`] when most young data survived the last one: the
    /// next one then promotes the whole young block (see `gc`).
    pub high_water: usize,
    /// The young block before the last collection, kept as the next minor
    /// collection's to-space so that a steady heap reuses two blocks
    /// instead of asking the allocator (and the kernel) for fresh memory.
    /// None for small heaps. (Boxed: a process that never grows pays one
    /// word for it.)
    pub spare: Option<Box<Block>>,
    pub fragments: Vec<Block>,
    /// The old generation: survivors of minor collections. Only the last
    /// block has free space.
    pub old: Vec<Block>,
    /// Old-generation words above which the next collection is major.
    pub old_limit: usize,
    /// Words used in fragments: past a threshold the next safe point collects.
    pub fragment_words: usize,
    /// Words allocated for fragments (their blocks' sizes), kept as they
    /// come and go: the scheduler reads the heap's size after every slice,
    /// and a process that receives many messages has one fragment each.
    pub fragment_capacity: usize,
    /// Total words ever collected, for statistics and `gc_cost`.
    pub collections: u64,
}

impl Default for Heap {
    fn default() -> Self {
        Heap::new()
    }
}

impl Heap {
    pub fn new() -> Heap {
        Heap::with_capacity(MIN_HEAP_WORDS)
    }

    pub fn with_capacity(words: usize) -> Heap {
        Heap {
            young: Block::new(words),
            high_water: 0,
            spare: None,
            fragments: Vec::new(),
            old: Vec::new(),
            old_limit: OLD_MIN_WORDS,
            fragment_words: 0,
            fragment_capacity: 0,
            collections: 0,
        }
    }

    /// Allocates `n` uninitialised words. Uses the young block if it has room, otherwise a fragment; never
    /// collects. The caller must initialise the words before the next safe
    /// point.
    #[inline(always)]
    pub fn alloc(&mut self, n: usize) -> *mut Term {
        if self.young.free() >= n {
            return self.young.bump(n);
        }
        self.alloc_fragment(n)
    }

    #[cold]
    fn alloc_fragment(&mut self, n: usize) -> *mut Term {
        self.fragment_words += n;
        if let Some(last) = self.fragments.last_mut() {
            if last.free() >= n {
                return last.bump(n);
            }
        }
        let size = n.max(MIN_FRAGMENT_WORDS).max(self.fragment_words / 2);
        self.fragments.push(Block::new(size));
        self.fragment_capacity += size;
        let last = self.fragments.last_mut().expect("just pushed");
        last.bump(n)
    }

    /// Whether a safe point that needs `need` words must collect first.
    #[inline(always)]
    pub fn must_collect(&self, need: usize) -> bool {
        self.young.free() < need || self.fragment_words > self.young.words.len()
    }

    /// Words in use in the young block and fragments.
    pub fn young_used_words(&self) -> usize {
        self.young.top + self.fragments.iter().map(|f| f.top).sum::<usize>()
    }

    /// Words in use in the old generation.
    pub fn old_used_words(&self) -> usize {
        self.old.iter().map(|b| b.top).sum()
    }

    /// Whether the next collection is a major one: the old generation
    /// could pass its limit with what the minor collection would promote.
    pub fn major_due(&self) -> bool {
        self.old_used_words() + self.aged_words() > self.old_limit
    }

    /// Words of the young block the next minor collection promotes.
    pub fn aged_words(&self) -> usize {
        self.high_water.min(self.young.top)
    }

    /// An upper bound on the words the next collection copies: the young
    /// data, plus the old generation if it is due for a major collection.
    pub fn collection_work(&self) -> usize {
        let young = self.young_used_words();
        if self.major_due() {
            young + self.old_used_words()
        } else {
            young
        }
    }

    /// Words in use in all blocks (an upper bound on live data).
    pub fn used_words(&self) -> usize {
        self.young_used_words() + self.old_used_words()
    }

    /// Words reserved by this heap.
    pub fn capacity_words(&self) -> usize {
        debug_assert_eq!(
            self.fragment_capacity,
            self.fragments.iter().map(|f| f.words.len()).sum::<usize>()
        );
        self.young.words.len()
            + self.spare.as_ref().map_or(0, |b| b.words.len())
            + self.fragment_capacity
            + self.old.iter().map(|b| b.words.len()).sum::<usize>()
    }

    /// The used address ranges of every block (for registering a module's
    /// literal area, see `copy::literals`).
    pub fn block_ranges(&self) -> Vec<(usize, usize)> {
        std::iter::once(&self.young)
            .chain(&self.fragments)
            .chain(&self.old)
            .map(|b| {
                let start = b.words.as_ptr() as usize;
                (start, start + b.top * 8)
            })
            .collect()
    }

    /// Whether `ptr` points into memory this heap owns.
    pub fn owns(&self, ptr: *const Term) -> bool {
        self.young.contains(ptr)
            || self.fragments.iter().any(|f| f.contains(ptr))
            || self.old.iter().any(|b| b.contains(ptr))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alloc_falls_back_to_fragments() {
        let mut h = Heap::with_capacity(4);
        let a = h.alloc(3);
        assert!(h.young.contains(a));
        let b = h.alloc(3);
        assert!(!h.young.contains(b));
        assert_eq!(h.fragments.len(), 1);
        assert_eq!(h.fragment_words, 3);
        assert!(h.must_collect(2));
        assert!(h.owns(b));
    }
}
