//! A process's message queue with the save position of selective receive.
//! Messages are terms already copied into the receiver's heap. Ordering:
//! messages are appended in arrival order and removed only by
//! `remove_message`, so messages from one sender stay in send order.

use crate::term::Term;
use std::collections::VecDeque;

#[derive(Default)]
pub struct Mailbox {
    pub queue: VecDeque<Term>,
    /// Index of the next message `loop_rec` looks at.
    pub save: usize,
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
        self.queue.remove(self.save);
        self.save = 0;
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
