//! Copying a term out of one process's heap into a standalone block: the
//! form in which messages, exit reasons and spawn arguments travel to
//! another process. DESIGN: "sending copies the message into memory owned
//! by the receiver-to-be"; the receiver adopts the block as a heap fragment
//! ([`Heap::adopt`]) and its next collection merges it.
//!
//! Pointers into module literal areas are shared, not copied: literal areas
//! are immutable and never freed (see [`literals`]). Sharing inside the
//! term is not preserved (as in BEAM): a term with shared subterms is
//! copied as the tree it denotes.
//!
//! # Safety model
//!
//! 1. The source term is valid: every pointer in it leads to a well-formed
//!    object of the sender's heap or of a literal area (heap invariant), and
//!    the sender does not collect while the copy runs (the copy is made by
//!    native code, which never collects).
//! 2. The size pass and the copy pass follow the same rules (the GC's: raw
//!    payloads of floats, bignums, binaries and refs are not scanned), so
//!    the block sized by the first pass has room for everything the second
//!    copies.
//! 3. A [`Message`] owns its block, and its term points only into that
//!    block or into literal areas. So it may move to another thread.
//! 4. A [`PartialCopy`] (a copy done in steps) points into the sender's
//!    heap between steps: it is valid only while the sender does not
//!    collect until the last step, which its user guarantees (the sending
//!    process stays at the send, where it reaches no safe point, see
//!    `Process::pending_send`). The literal ranges may grow between steps
//!    (a module loaded meanwhile): the copy pass then skips objects the
//!    size pass counted, which only leaves the block some unused words.
#![allow(unsafe_code)]

use super::{Block, Heap};
use crate::term::{Header, Term, TAG_HEADER, TAG_LIST, TAG_MASK};
use std::sync::RwLock;

/// A term with the memory it lives in, not yet part of any process heap.
pub struct Message {
    block: Block,
    term: Term,
}

// SAFETY: rule 3 — the block is owned, and the term reaches only that block
// and immutable, never-freed literal areas.
unsafe impl Send for Message {}

impl Message {
    /// A message whose term needs no memory (an immediate).
    pub fn immediate(term: Term) -> Message {
        debug_assert!(!term.is_pointer());
        Message {
            block: Block::new(0),
            term,
        }
    }

    /// The term; valid only while the message lives or after its block is
    /// adopted by a heap (use [`Heap::adopt_message`]).
    pub fn peek(&self) -> Term {
        self.term
    }

    /// Words of memory the message occupies.
    pub fn words(&self) -> usize {
        self.block.words.len()
    }
}

impl Heap {
    /// Takes ownership of a message's memory (as a heap fragment) and
    /// returns its term, which from now on lives in this heap.
    pub fn adopt_message(&mut self, m: Message) -> Term {
        if m.block.top > 0 {
            self.fragment_words += m.block.top;
            self.fragment_capacity += m.block.words.len();
            // Keep the fragment with free room (the last one) last.
            let at = self.fragments.len().saturating_sub(1);
            self.fragments.insert(at, m.block);
        }
        m.term
    }
}

/// Copies `t` into a new standalone block (rule 1: `t` is a valid term of
/// the calling process, which does not collect meanwhile).
pub fn copy_out(t: Term) -> Message {
    if !t.is_pointer() {
        return Message::immediate(t);
    }
    let lits = literals::read();
    let need = words_needed(t, &lits);
    copy_sized(t, need, &lits)
}

/// Copies `t`, a pointer of `need` words (the size pass's count), in one go.
fn copy_sized(t: Term, need: usize, lits: &literals::Ranges) -> Message {
    let mut block = Block::new(need);
    let root = copy_object(t, lits, &mut block);
    let scanned = scan(&mut block, 0, usize::MAX, lits);
    debug_assert_eq!(scanned, need);
    debug_assert_eq!(block.top, need);
    Message { block, term: root }
}

/// Copies `t` as `copy_out` does if it is at most about `budget` words;
/// a bigger term is left half done, to go on in steps of `budget` words
/// (rule 4 then applies).
pub fn copy_out_bounded(t: Term, budget: usize) -> CopyStep {
    if !t.is_pointer() {
        return CopyStep::Done(Message::immediate(t));
    }
    let lits = literals::read();
    let mut pending = PENDING.take();
    pending.clear();
    pending.push(t);
    let (n, done) = walk_size_bounded(&mut pending, &lits, budget.max(1));
    if !done {
        return CopyStep::More(PartialCopy {
            source: t,
            stage: Stage::Sizing { pending, words: n },
        });
    }
    if pending.capacity() <= 4096 {
        PENDING.set(pending);
    }
    CopyStep::Done(copy_sized(t, n, &lits))
}

/// Copies the objects the words of `block` from `from` on point to onto
/// its end (Cheney's scan), until the scan reaches the end or has passed
/// `budget` words; returns where it stopped.
fn scan(block: &mut Block, from: usize, budget: usize, lits: &literals::Ranges) -> usize {
    let mut i = from;
    let end = from.saturating_add(budget);
    while i < block.top && i < end {
        let w = block.used()[i];
        if w.0 & TAG_MASK == TAG_HEADER {
            i += Header(w.0).scan_step();
            continue;
        }
        if w.is_pointer() {
            let new = copy_object(w, lits, block);
            block.used_mut()[i] = new;
        }
        i += 1;
    }
    i
}

/// A copy of a term too big to copy in one go (`copy_out_bounded`), made
/// in steps of a bounded number of words (rule 4: the sender must not
/// collect until it is done).
pub struct PartialCopy {
    source: Term,
    stage: Stage,
}

enum Stage {
    /// Adding up the words: the terms still to visit, the words so far.
    Sizing { pending: Vec<Term>, words: usize },
    /// Copying into a block of the size found: the root's copy, and how
    /// far the scan of the block has got.
    Copying {
        block: Block,
        root: Term,
        scan: usize,
    },
}

/// How far a step of a copy got.
pub enum CopyStep {
    Done(Message),
    /// More steps are needed (about `words` were done by this one).
    More(PartialCopy),
}

// SAFETY: rule 4 — the pointers into the sender's heap are only followed
// by the sender's own steps, on whichever thread runs it, while its heap
// stays as it was; the block is owned.
unsafe impl Send for PartialCopy {}

impl PartialCopy {
    /// The term being copied.
    pub fn source(&self) -> Term {
        self.source
    }

    /// Does about `budget` more words of the copy.
    pub fn resume(mut self, budget: usize) -> CopyStep {
        let lits = literals::read();
        let mut left = budget.max(1);
        if let Stage::Sizing { pending, words } = &mut self.stage {
            let (n, done) = walk_size_bounded(pending, &lits, left);
            *words += n;
            if !done {
                return CopyStep::More(self);
            }
            left = left.saturating_sub(n);
            let mut block = Block::new(*words);
            let root = copy_object(self.source, &lits, &mut block);
            self.stage = Stage::Copying {
                block,
                root,
                scan: 0,
            };
            if left == 0 {
                return CopyStep::More(self);
            }
        }
        match self.stage {
            Stage::Copying {
                mut block,
                root,
                scan: from,
            } => {
                let to = scan(&mut block, from, left, &lits);
                if to < block.top {
                    self.stage = Stage::Copying {
                        block,
                        root,
                        scan: to,
                    };
                    return CopyStep::More(self);
                }
                CopyStep::Done(Message { block, term: root })
            }
            Stage::Sizing { .. } => CopyStep::More(self),
        }
    }
}

thread_local! {
    /// The size walk's stack, kept between calls: a message copy should
    /// not cost an allocation and its regrowth for the walk alone.
    static PENDING: std::cell::Cell<Vec<Term>> = const { std::cell::Cell::new(Vec::new()) };
}

/// Words of the tree `t` denotes, literal parts excluded.
fn words_needed(t: Term, lits: &literals::Ranges) -> usize {
    let mut pending = PENDING.take();
    pending.clear();
    pending.push(t);
    let n = walk_size(&mut pending, lits);
    if pending.capacity() <= 4096 {
        PENDING.set(pending);
    }
    n
}

/// Adds up the words of the terms on `pending` and everything they
/// reach, leaving it empty.
fn walk_size(pending: &mut Vec<Term>, lits: &literals::Ranges) -> usize {
    walk_size_bounded(pending, lits, usize::MAX).0
}

/// `walk_size` until about `budget` words are counted: the words counted,
/// and whether `pending` is done (else it holds what is left to visit).
fn walk_size_bounded(
    pending: &mut Vec<Term>,
    lits: &literals::Ranges,
    budget: usize,
) -> (usize, bool) {
    let mut n = 0;
    while n < budget {
        let Some(t) = pending.pop() else {
            return (n, true);
        };
        if !t.is_pointer() {
            continue;
        }
        if t.0 & TAG_MASK == TAG_LIST {
            let p = t.cons_cell();
            if lits.contains(p as usize) {
                continue;
            }
            n += 2;
            // Tail first, so a long list keeps `pending` short.
            pending.push(t.tail());
            pending.push(t.head());
        } else {
            let p = t.box_ptr();
            if lits.contains(p as usize) {
                continue;
            }
            let h = t.box_header();
            n += 1 + h.arity();
            if !h.kind().has_raw_payload() {
                pending.extend_from_slice(t.box_words());
            }
        }
    }
    (n, pending.is_empty())
}

/// Copies the top object of `t` to the end of `to` (its payload still
/// points at the source) unless it is a literal.
fn copy_object(t: Term, lits: &literals::Ranges, to: &mut Block) -> Term {
    if t.0 & TAG_MASK == TAG_LIST {
        let p = t.cons_cell();
        if lits.contains(p as usize) {
            return t;
        }
        assert!(to.free() >= 2, "message block overflow");
        let dst = to.bump(2);
        // SAFETY: rules 1 and 2 — `p` is a live cons cell, `dst` two fresh
        // words of `to`.
        unsafe {
            *dst = *p;
            *dst.add(1) = *p.add(1);
        }
        Term::cons_ptr(dst)
    } else {
        let p = t.box_ptr();
        if lits.contains(p as usize) {
            return t;
        }
        let n = 1 + t.box_header().arity();
        assert!(to.free() >= n, "message block overflow");
        let dst = to.bump(n);
        // SAFETY: rules 1 and 2 — `p` is a live object of `n` words, `dst`
        // has room for `n`, and the two never overlap (different blocks).
        unsafe { std::ptr::copy_nonoverlapping(p, dst, n) };
        Term::boxed_ptr(dst)
    }
}

/// The address ranges of module literal areas, which messages share
/// instead of copying.
pub mod literals {
    use super::RwLock;
    use std::cell::RefCell;
    use std::rc::Rc;
    use std::sync::atomic::{AtomicU64, Ordering};

    static RANGES: RwLock<Vec<(usize, usize)>> = RwLock::new(Vec::new());
    /// Bumped after every change to `RANGES`.
    static VERSION: AtomicU64 = AtomicU64::new(0);

    type Snapshot = Rc<[(usize, usize)]>;

    thread_local! {
        /// This thread's copy of `RANGES` and the version it was taken at.
        /// Every message copy needs the ranges; taking the lock for each
        /// would make every scheduler write to the lock's one cache line
        /// for every message sent, and modules are loaded rarely.
        static CACHE: RefCell<(u64, Snapshot)> =
            RefCell::new((u64::MAX, Rc::from(Vec::new())));
    }

    /// The registered ranges, sorted. A snapshot: a module registered
    /// meanwhile is missing from it, which only means its literals would be
    /// copied like heap data (still a correct copy).
    pub struct Ranges(Snapshot);

    impl Ranges {
        pub fn contains(&self, p: usize) -> bool {
            let i = self.0.partition_point(|&(start, _)| start <= p);
            i > 0 && p < self.0[i - 1].1
        }
    }

    /// Registers the block `[start, end)` as immutable literal memory.
    pub fn register(start: usize, end: usize) {
        if start == end {
            return;
        }
        let mut r = RANGES.write().unwrap_or_else(|e| e.into_inner());
        let at = r.partition_point(|&(s, _)| s < start);
        r.insert(at, (start, end));
        VERSION.fetch_add(1, Ordering::Release);
    }

    pub fn read() -> Ranges {
        let version = VERSION.load(Ordering::Acquire);
        CACHE.with(|c| {
            let mut c = c.borrow_mut();
            if c.0 != version {
                let r = RANGES.read().unwrap_or_else(|e| e.into_inner());
                *c = (version, Rc::from(r.as_slice()));
            }
            Ranges(Rc::clone(&c.1))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::heap::build;
    use crate::term::order::exact_eq;

    #[test]
    fn copies_nested_terms_equal() {
        let mut h = Heap::new();
        let l = build::list(&mut h, &[Term::small(1), Term::small(2)]);
        let f = build::float(&mut h, 1.5);
        let b = build::binary(&mut h, b"hello");
        let t = build::tuple(&mut h, &[l, f, b, l, Term::NIL]);
        let m = copy_out(t);
        // Shared `l` is copied twice: 5+1 tuple, 2*2*2 list cells, float 2,
        // binary 1 + 1 + 1.
        assert_eq!(m.words(), 6 + 8 + 2 + 3);
        let mut other = Heap::new();
        let t2 = other.adopt_message(m);
        assert!(exact_eq(t, t2));
        assert!(other.owns(t2.box_ptr()));
        assert!(!h.owns(t2.box_ptr()));
    }

    #[test]
    fn copies_large_maps_equal() {
        let mut h = Heap::new();
        let pairs = (0..3000)
            .map(|i| (Term::small(i), build::float(&mut h, i as f64)))
            .collect();
        let m = build::map_from_pairs(&mut h, pairs);
        let m = crate::heap::map::remove(&mut h, m, Term::small(7));
        assert!(m.is_hash_map());
        let t = build::tuple(&mut h, &[m, m]);
        let msg = copy_out(t);
        let mut other = Heap::new();
        let t2 = other.adopt_message(msg);
        assert!(exact_eq(t, t2));
        let m2 = t2.tuple_elements()[0];
        assert_eq!(
            m2.map_get(Term::small(8)).and_then(|f| f.as_float()),
            Some(8.0)
        );
        assert_eq!(m2.map_get(Term::small(7)), None);
        assert!(other.owns(m2.box_ptr()));
    }

    #[test]
    fn immediates_need_no_memory() {
        let m = copy_out(Term::small(7));
        assert_eq!(m.words(), 0);
        assert_eq!(m.peek(), Term::small(7));
    }

    /// Runs a copy in steps of `budget` words; returns the message and
    /// the number of steps.
    fn copy_in_steps(t: Term, budget: usize) -> (Message, usize) {
        let mut steps = 1;
        let mut step = copy_out_bounded(t, budget);
        loop {
            match step {
                CopyStep::Done(m) => return (m, steps),
                CopyStep::More(p) => {
                    assert_eq!(p.source(), t);
                    steps += 1;
                    step = p.resume(budget);
                }
            }
        }
    }

    #[test]
    fn a_copy_in_steps_equals_a_copy_in_one_go() {
        let mut h = Heap::new();
        let items: Vec<Term> = (0..5000)
            .map(|i| {
                let f = build::float(&mut h, i as f64 / 3.0);
                let b = build::binary(&mut h, format!("item {i}").as_bytes());
                build::tuple(&mut h, &[Term::small(i), f, b])
            })
            .collect();
        let l = build::list(&mut h, &items);
        let t = build::tuple(&mut h, &[l, l, Term::atom(crate::term::atom::OK)]);
        let whole = copy_out(t);
        for budget in [1, 7, 100, 4096, 1 << 20] {
            let (m, steps) = copy_in_steps(t, budget);
            assert_eq!(m.words(), whole.words());
            if budget == 1 << 20 {
                assert_eq!(steps, 1);
            } else {
                assert!(
                    steps > whole.words() / budget / 2,
                    "{budget}: {steps} steps"
                );
            }
            let mut other = Heap::new();
            let t2 = other.adopt_message(m);
            assert!(exact_eq(t, t2));
            assert!(other.owns(t2.box_ptr()));
        }
        let (m, steps) = copy_in_steps(Term::small(3), 1);
        assert_eq!((m.peek(), m.words(), steps), (Term::small(3), 0, 1));
    }

    #[test]
    fn long_lists_do_not_recurse() {
        let mut h = Heap::new();
        let items: Vec<Term> = (0..200_000).map(Term::small).collect();
        let l = build::list(&mut h, &items);
        let m = copy_out(l);
        assert_eq!(m.words(), 400_000);
    }
}
