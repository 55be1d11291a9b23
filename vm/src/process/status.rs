//! The atomic status word of a process and its transitions. It is what
//! makes "a signal for a waiting process makes it runnable exactly once"
//! true: the one who moves a process out of `WAITING` enqueues it.
//!
//! | from             | to               | by                                             |
//! |------------------|------------------|------------------------------------------------|
//! | (new)            | RUNNABLE         | spawn, which enqueues it                       |
//! | RUNNABLE         | RUNNING          | the scheduler that dequeued it                 |
//! | RUNNING          | RUNNABLE         | its scheduler, at the end of a slice; requeues |
//! | RUNNING          | NOTIFIED         | a sender, after pushing a signal               |
//! | NOTIFIED         | RUNNABLE         | its scheduler, instead of sleeping; requeues   |
//! | RUNNING          | WAITING          | its scheduler, when it waits (CAS)             |
//! | WAITING          | RUNNABLE         | a sender (CAS): the winner enqueues it         |
//! | RUNNING/NOTIFIED | EXITED           | its scheduler, when it exits                   |

use std::sync::atomic::{AtomicU8, Ordering};

pub const WAITING: u8 = 0;
pub const RUNNABLE: u8 = 1;
pub const RUNNING: u8 = 2;
/// Running, and a signal arrived since the slice began: do not sleep.
pub const NOTIFIED: u8 = 3;
pub const EXITED: u8 = 4;

pub struct Status(AtomicU8);

impl Status {
    pub fn new(s: u8) -> Status {
        Status(AtomicU8::new(s))
    }

    pub fn get(&self) -> u8 {
        self.0.load(Ordering::Acquire)
    }

    /// Set by the owner of the process (its scheduler).
    pub fn set(&self, s: u8) {
        self.0.store(s, Ordering::Release)
    }

    /// After pushing a signal: true if the caller must enqueue the process
    /// (it was waiting and this caller won the right to wake it).
    pub fn notify(&self) -> bool {
        let mut s = self.0.load(Ordering::Acquire);
        loop {
            let next = match s {
                WAITING => RUNNABLE,
                RUNNING => NOTIFIED,
                _ => return false,
            };
            match self
                .0
                .compare_exchange_weak(s, next, Ordering::AcqRel, Ordering::Acquire)
            {
                Ok(_) => return s == WAITING,
                Err(now) => s = now,
            }
        }
    }

    /// The owner wants to sleep: true if it may (RUNNING → WAITING); false
    /// if a signal arrived meanwhile (NOTIFIED → RUNNABLE: requeue it).
    pub fn try_wait(&self) -> bool {
        match self
            .0
            .compare_exchange(RUNNING, WAITING, Ordering::AcqRel, Ordering::Acquire)
        {
            Ok(_) => true,
            Err(_) => {
                self.set(RUNNABLE);
                false
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wake_exactly_once() {
        let s = Status::new(RUNNING);
        assert!(!s.notify());
        assert_eq!(s.get(), NOTIFIED);
        assert!(!s.try_wait(), "a notified process must not sleep");
        assert_eq!(s.get(), RUNNABLE);
        s.set(RUNNING);
        assert!(s.try_wait());
        assert!(s.notify(), "the first notifier wakes a waiting process");
        assert!(!s.notify(), "and only the first");
        s.set(EXITED);
        assert!(!s.notify());
    }
}
