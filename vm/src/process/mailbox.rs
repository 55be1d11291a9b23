//! A process's mailbox: the lock-free inbox other processes append signals
//! to, and the private message queue only the owner touches.
//!
//! Ordering guarantee: signals (messages, exits, links, monitors) pushed by
//! one sender are taken out in the order that sender pushed them, and
//! messages stay in arrival order in the private queue, so messages and
//! signals from one sender to one receiver are seen in send order.
//!
//! # Safety model (the inbox)
//!
//! 1. The inbox is a Treiber stack of boxed nodes: `head` is null (empty),
//!    [`CLOSED`] (the owner has exited: no more pushes), or the newest
//!    node. A node is written only before it is published by the CAS that
//!    makes it the head; after that only the taker reads it.
//! 2. Only the owner takes (`take_all`), by swapping the whole list out of
//!    `head` at once; from then on that list is owned by the taker alone,
//!    which frees every node exactly once.
#![allow(unsafe_code)]

use crate::term::Term;
use std::collections::VecDeque;
use std::ptr;
use std::sync::atomic::{AtomicPtr, Ordering};

struct Node<T> {
    value: T,
    next: *mut Node<T>,
}

/// The marker `head` holds once the owner has closed the inbox. Never
/// dereferenced; any well-aligned non-null address that no node can have
/// serves (nodes are heap allocations, never at address `align_of`).
fn closed<T>() -> *mut Node<T> {
    std::ptr::dangling_mut::<Node<T>>()
}

/// Multi-producer, single-consumer, lock-free: senders push, the owner
/// takes everything at once (in push order).
pub struct Inbox<T> {
    head: AtomicPtr<Node<T>>,
}

// SAFETY: rules 1 and 2 — values move between threads through the inbox
// exactly once (pushed by one, taken by the owner), so `T: Send` suffices.
unsafe impl<T: Send> Send for Inbox<T> {}
// SAFETY: as above; all shared access goes through the atomic `head`.
unsafe impl<T: Send> Sync for Inbox<T> {}

impl<T> Default for Inbox<T> {
    fn default() -> Self {
        Inbox {
            head: AtomicPtr::new(ptr::null_mut()),
        }
    }
}

impl<T> Inbox<T> {
    /// Appends `value`; gives it back if the inbox is closed.
    pub fn push(&self, value: T) -> Result<(), T> {
        let node = Box::into_raw(Box::new(Node {
            value,
            next: ptr::null_mut(),
        }));
        let mut head = self.head.load(Ordering::Acquire);
        loop {
            if head == closed() {
                // SAFETY: rule 1 — the node was never published, so this
                // thread still owns it.
                let node = unsafe { Box::from_raw(node) };
                return Err(node.value);
            }
            // SAFETY: rule 1 — the node is not yet published.
            unsafe { (*node).next = head };
            match self
                .head
                .compare_exchange_weak(head, node, Ordering::AcqRel, Ordering::Acquire)
            {
                Ok(_) => return Ok(()),
                Err(h) => head = h,
            }
        }
    }

    /// Whether nothing is waiting (a closed inbox is empty).
    pub fn is_empty(&self) -> bool {
        let h = self.head.load(Ordering::Acquire);
        h.is_null() || h == closed()
    }

    /// Whether the owner has closed the inbox (the process is dead).
    pub fn is_closed(&self) -> bool {
        self.head.load(Ordering::Acquire) == closed()
    }

    /// Takes every pushed value, oldest first, calling `f` on each.
    pub fn take_all(&self, f: impl FnMut(T)) {
        let list = self.head.swap(ptr::null_mut(), Ordering::AcqRel);
        if list == closed() {
            self.head.store(closed(), Ordering::Release);
            return;
        }
        Self::consume(list, f);
    }

    /// Closes the inbox (later pushes fail) and takes what was in it.
    pub fn close(&self, f: impl FnMut(T)) {
        let list = self.head.swap(closed(), Ordering::AcqRel);
        if list != closed() {
            Self::consume(list, f);
        }
    }

    fn consume(list: *mut Node<T>, mut f: impl FnMut(T)) {
        // Reverse the newest-first list in place.
        let mut reversed: *mut Node<T> = ptr::null_mut();
        let mut cur = list;
        while !cur.is_null() {
            // SAFETY: rule 2 — the swapped-out list belongs to this thread.
            unsafe {
                let next = (*cur).next;
                (*cur).next = reversed;
                reversed = cur;
                cur = next;
            }
        }
        while !reversed.is_null() {
            // SAFETY: rule 2 — each node is freed exactly once, here.
            let node = unsafe { Box::from_raw(reversed) };
            reversed = node.next;
            f(node.value);
        }
    }
}

impl<T> Drop for Inbox<T> {
    fn drop(&mut self) {
        let list = *self.head.get_mut();
        if list != closed() {
            Self::consume(list, drop);
        }
    }
}

/// The private queue of received messages (terms already in the owner's
/// heap) with the save position of selective receive.
#[derive(Default)]
pub struct Mailbox {
    pub queue: VecDeque<Term>,
    /// Index of the next message `loop_rec` looks at.
    pub save: usize,
    /// `recv_marker_bind`: a reference number and the queue length when it
    /// was made. Messages before that position cannot contain the
    /// reference; kept right as messages before it are removed.
    pub marker: Option<(u64, usize)>,
}

impl Mailbox {
    pub fn push(&mut self, msg: Term) {
        self.queue.push_back(msg);
    }

    /// The message at the save position.
    pub fn peek(&self) -> Option<Term> {
        self.queue.get(self.save).copied()
    }

    pub fn remove_current(&mut self) {
        // Most receives take the first message: popping it moves nothing.
        if self.save == 0 {
            self.queue.pop_front();
        } else {
            self.queue.remove(self.save);
        }
        if let Some((_, pos)) = &mut self.marker {
            if self.save < *pos {
                *pos -= 1;
            }
        }
        self.save = 0;
    }

    /// Remembers that no message queued so far can contain reference `r`.
    pub fn bind_marker(&mut self, r: u64) {
        self.marker = Some((r, self.queue.len()));
    }

    /// Before a receive that needs reference `r`: skips the messages that
    /// were queued before `r` was made.
    pub fn use_marker(&mut self, r: u64) {
        if let Some((m, pos)) = self.marker {
            if m == r && self.save < pos {
                self.save = pos;
            }
        }
    }

    /// Any change to the queue other than appending and `remove_current`
    /// (flushing, `demonitor(R, [flush])`) must forget the marker.
    pub fn forget_marker(&mut self) {
        self.marker = None;
    }

    pub fn advance(&mut self) {
        self.save += 1;
    }

    pub fn reset(&mut self) {
        self.save = 0;
    }

    pub fn len(&self) -> usize {
        self.queue.len()
    }

    pub fn is_empty(&self) -> bool {
        self.queue.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    #[test]
    fn fifo_per_sender_across_threads() {
        let inbox = Arc::new(Inbox::<(u32, u32)>::default());
        let senders: Vec<_> = (0..4)
            .map(|s| {
                let inbox = Arc::clone(&inbox);
                std::thread::spawn(move || {
                    for i in 0..10_000 {
                        inbox.push((s, i)).unwrap();
                    }
                })
            })
            .collect();
        let mut next = [0u32; 4];
        let mut seen = 0;
        while seen < 40_000 {
            inbox.take_all(|(s, i)| {
                assert_eq!(next[s as usize], i, "sender {s} out of order");
                next[s as usize] += 1;
                seen += 1;
            });
        }
        for t in senders {
            t.join().unwrap();
        }
        assert!(inbox.is_empty());
    }

    #[test]
    fn marker_follows_removals() {
        let mut m = Mailbox::default();
        for i in 0..3 {
            m.push(Term::small(i));
        }
        m.bind_marker(7);
        m.push(Term::small(3));
        // Removing an older message moves the marker down with the queue.
        m.save = 1;
        m.remove_current();
        m.use_marker(7);
        assert_eq!(m.peek(), Some(Term::small(3)));
        // Another reference does not move the save position.
        m.reset();
        m.use_marker(8);
        assert_eq!(m.peek(), Some(Term::small(0)));
    }

    #[test]
    fn closed_inbox_refuses_and_drop_frees() {
        let inbox = Inbox::<String>::default();
        inbox.push("a".into()).unwrap();
        let mut got = Vec::new();
        inbox.close(|v| got.push(v));
        assert_eq!(got, ["a"]);
        assert_eq!(inbox.push("b".into()), Err("b".to_string()));
        inbox.take_all(|_| panic!("closed inbox yields nothing"));
        assert_eq!(inbox.push("c".into()), Err("c".to_string()));
        let open = Inbox::<String>::default();
        open.push("leak-checked by miri/valgrind".into()).unwrap();
        drop(open);
    }
}
