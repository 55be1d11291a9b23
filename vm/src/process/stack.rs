//! A process's stack: its frames of y registers and saved continuation
//! pointers, in process memory (never the Rust stack), growing upwards.
//!
//! The buffer is always initialised to its whole length and `top` marks
//! the words in use, so pushing a frame is a bounds check, a store of the
//! continuation pointer and a fill of its slots, and popping one is a
//! subtraction: no length bookkeeping as a `Vec` would do on every call.
//!
//! Invariant: `words[..top]` holds valid terms (the collector's roots).
//! Words above `top` may hold stale terms from popped frames; nothing
//! reads them before `push_frame` overwrites them, and the collector never
//! scans them.

use crate::term::Term;

/// A process's stack may not grow past this many words (1 GiB): deeper
/// recursion is a runaway program, stopped with `system_limit`.
pub const MAX_STACK_WORDS: usize = 128 * 1024 * 1024;

#[derive(Default)]
pub struct Stack {
    words: Vec<Term>,
    top: usize,
}

impl Stack {
    /// Words in use.
    #[inline(always)]
    pub fn len(&self) -> usize {
        self.top
    }

    #[inline(always)]
    pub fn is_empty(&self) -> bool {
        self.top == 0
    }

    /// Words allocated (for memory accounting).
    pub fn capacity(&self) -> usize {
        self.words.len()
    }

    /// Pushes a frame: `cp` and then `slots` y registers set to `[]`.
    /// False when the stack would pass `MAX_STACK_WORDS`.
    #[inline(always)]
    #[must_use]
    pub fn push_frame(&mut self, cp: Term, slots: usize) -> bool {
        let top = self.top;
        let new_top = top + 1 + slots;
        // Frames of up to four slots (most of them) get five stores with no
        // branch on their size: words past the new top are unused, so
        // writing `[]` there is harmless. One range check covers the growth
        // test and the stores.
        if slots <= 4 {
            if let Some([saved_cp, a, b, c, d]) = self.words.get_mut(top..top + 5) {
                *saved_cp = cp;
                (*a, *b, *c, *d) = (Term::NIL, Term::NIL, Term::NIL, Term::NIL);
                self.top = new_top;
                return true;
            }
        }
        let Some([saved_cp, ys @ ..]) = self.words.get_mut(top..new_top) else {
            return self.push_frame_growing(cp, slots);
        };
        *saved_cp = cp;
        ys.fill(Term::NIL);
        self.top = new_top;
        true
    }

    /// `push_frame` when the buffer must grow first.
    #[cold]
    #[inline(never)]
    fn push_frame_growing(&mut self, cp: Term, slots: usize) -> bool {
        self.grow(self.top + 1 + slots) && self.push_frame(cp, slots)
    }

    /// Pops a frame of `slots` y registers and returns its saved
    /// continuation pointer (`NON_VALUE` on an empty stack, which verified
    /// code never pops).
    #[inline(always)]
    pub fn pop_frame(&mut self, slots: usize) -> Term {
        match self.top.checked_sub(slots + 1) {
            Some(top) => {
                self.top = top;
                self.words[top]
            }
            None => {
                self.top = 0;
                Term::NON_VALUE
            }
        }
    }

    /// y register `i` of the top frame.
    #[inline(always)]
    pub fn y(&self, i: usize) -> Term {
        self.words[self.top - 1 - i]
    }

    #[inline(always)]
    pub fn set_y(&mut self, i: usize, v: Term) {
        let top = self.top;
        self.words[top - 1 - i] = v;
    }

    /// The words in use, bottom first.
    pub fn as_slice(&self) -> &[Term] {
        &self.words[..self.top]
    }

    pub fn as_mut_slice(&mut self) -> &mut [Term] {
        &mut self.words[..self.top]
    }

    /// Drops the words above `len` (a catch unwinding to its frame).
    pub fn truncate(&mut self, len: usize) {
        self.top = self.top.min(len);
    }

    /// Gives back most of a buffer that a deep recursion grew and that is
    /// now mostly unused (at least 4 times what is used, and over 1,024
    /// words): keeps twice the words in use, rounded up to a power of two.
    /// The collector calls it, so memory follows the live data.
    pub fn shrink(&mut self) {
        let keep = (2 * self.top).next_power_of_two().max(1024);
        if self.words.len() >= 4 * keep.max(self.top) && self.words.len() > keep {
            self.words.truncate(keep);
            self.words.shrink_to_fit();
        }
    }

    /// Doubles the buffer until `need` words fit (at least 4: a process
    /// waiting in a receive often holds one small frame).
    #[cold]
    fn grow(&mut self, need: usize) -> bool {
        if need > MAX_STACK_WORDS {
            return false;
        }
        let size = need.next_power_of_two().clamp(4, MAX_STACK_WORDS);
        self.words.resize(size, Term::NIL);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frames_push_and_pop_in_order() {
        let mut s = Stack::default();
        let cp1 = Term::small(1);
        let cp2 = Term::small(2);
        assert!(s.push_frame(cp1, 2));
        s.set_y(0, Term::small(10));
        s.set_y(1, Term::small(11));
        assert!(s.push_frame(cp2, 0));
        assert_eq!(s.len(), 4);
        assert_eq!(s.as_slice(), &[cp1, Term::small(11), Term::small(10), cp2]);
        assert_eq!(s.pop_frame(0), cp2);
        assert_eq!(s.y(0), Term::small(10));
        assert_eq!(s.pop_frame(2), cp1);
        assert!(s.is_empty());
        assert_eq!(s.pop_frame(0), Term::NON_VALUE);
    }

    #[test]
    fn a_reused_frame_starts_with_nil_slots() {
        let mut s = Stack::default();
        assert!(s.push_frame(Term::small(1), 3));
        s.set_y(2, Term::small(7));
        s.pop_frame(3);
        assert!(s.push_frame(Term::small(1), 3));
        assert_eq!(s.y(2), Term::NIL);
    }

    #[test]
    fn frames_of_every_small_size_start_nil_at_any_distance_from_the_end() {
        for slots in 0..8 {
            for before in 0..12 {
                let mut s = Stack::default();
                // Dirty the buffer, then reuse it.
                assert!(s.push_frame(Term::small(1), 15));
                for i in 0..15 {
                    s.set_y(i, Term::small(i as i64));
                }
                s.pop_frame(15);
                assert!(s.push_frame(Term::small(2), before));
                assert!(s.push_frame(Term::small(3), slots));
                assert_eq!(s.len(), before + slots + 2);
                for i in 0..slots {
                    assert_eq!(s.y(i), Term::NIL);
                }
                assert_eq!(s.pop_frame(slots), Term::small(3));
                assert_eq!(s.pop_frame(before), Term::small(2));
            }
        }
    }

    #[test]
    fn growth_keeps_frames_and_the_limit_holds() {
        let mut s = Stack::default();
        for i in 0..10_000 {
            assert!(s.push_frame(Term::small(i), 1));
            s.set_y(0, Term::small(-i));
        }
        for i in (0..10_000).rev() {
            assert_eq!(s.y(0), Term::small(-i));
            assert_eq!(s.pop_frame(1), Term::small(i));
        }
        assert!(!Stack::default().push_frame(Term::NIL, MAX_STACK_WORDS));
    }

    #[test]
    fn shrinking_keeps_the_frames_in_use() {
        let mut s = Stack::default();
        for i in 0..100_000 {
            assert!(s.push_frame(Term::small(i), 1));
        }
        for _ in 0..99_990 {
            s.pop_frame(1);
        }
        s.set_y(0, Term::small(-1));
        let before = s.capacity();
        s.shrink();
        assert!(s.capacity() <= 1024 && s.capacity() < before);
        assert_eq!(s.len(), 20);
        assert_eq!(s.y(0), Term::small(-1));
        for i in (0..10).rev() {
            assert_eq!(s.pop_frame(1), Term::small(i));
        }
        // A stack in use is left as it is.
        for i in 0..5000 {
            assert!(s.push_frame(Term::small(i), 1));
        }
        let cap = s.capacity();
        s.shrink();
        assert_eq!(s.capacity(), cap);
    }
}
