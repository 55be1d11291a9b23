//! One timer structure for the whole VM: `receive ... after` timeouts,
//! `erlang:send_after/3` and `start_timer/3`. Keys are reference numbers,
//! so a timer reference names its timer.
//!
//! Two things deliver due timers, as signals: every scheduler, between two
//! slices ([`Timers::poll`]: one atomic load and a clock read while nothing
//! is due), and a timer thread that sleeps until the earliest deadline for
//! when every scheduler sleeps (never a thread per timer, never spinning).
//! Polling matters when all cores are busy: the OS may take milliseconds
//! to give the sleeping timer thread a core, a running scheduler is there
//! already.

use crate::heap::copy::Message;
use crate::process::signal::Signal;
use crate::process::table;
use crate::term::Atom;
use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex};
use std::time::{Duration, Instant};

pub enum Dest {
    Pid(u64),
    Name(Atom),
}

pub enum Action {
    /// The receive timeout `key` of process `pid`.
    Timeout { pid: u64 },
    /// Send a message (send_after, start_timer).
    Send { dest: Dest, msg: Message },
}

#[derive(Default)]
struct State {
    due: BinaryHeap<Reverse<(Instant, u64)>>,
    /// Live timers; a key in `due` but not here was cancelled.
    actions: HashMap<u64, (Instant, Action)>,
}

pub struct Timers {
    state: Mutex<State>,
    /// The earliest deadline, as nanoseconds since `epoch` (u64::MAX:
    /// none), so schedulers can look without the lock.
    next_due: AtomicU64,
    epoch: Instant,
    changed: Condvar,
    /// Timers not yet fired or cancelled (a VM with pending timers is not
    /// idle for good).
    pending: AtomicUsize,
}

impl Timers {
    pub fn new() -> Timers {
        Timers {
            state: Mutex::new(State::default()),
            next_due: AtomicU64::new(u64::MAX),
            epoch: Instant::now(),
            changed: Condvar::new(),
            pending: AtomicUsize::new(0),
        }
    }

    pub fn start(&self, key: u64, after: Duration, action: Action) {
        let at = Instant::now()
            .checked_add(after)
            .unwrap_or_else(|| Instant::now() + Duration::from_secs(100 * 365 * 86400));
        let mut s = self.state.lock().unwrap_or_else(|e| e.into_inner());
        self.pending.fetch_add(1, Ordering::SeqCst);
        let earliest = s.due.peek().is_none_or(|Reverse((t, _))| at < *t);
        s.due.push(Reverse((at, key)));
        s.actions.insert(key, (at, action));
        if earliest {
            self.publish(&s);
            self.changed.notify_one();
        }
    }

    fn nanos(&self, at: Instant) -> u64 {
        at.saturating_duration_since(self.epoch)
            .as_nanos()
            .min(u64::MAX as u128 - 1) as u64
    }

    /// Publishes the earliest deadline (call with the lock held).
    fn publish(&self, s: &State) {
        let next = s
            .due
            .peek()
            .map_or(u64::MAX, |Reverse((at, _))| self.nanos(*at));
        self.next_due.store(next, Ordering::Release);
    }

    /// Time until the earliest timer is due, if any is pending.
    pub fn next_in(&self) -> Option<Duration> {
        let next = self.next_due.load(Ordering::Acquire);
        (next != u64::MAX)
            .then(|| Duration::from_nanos(next.saturating_sub(self.nanos(Instant::now()))))
    }

    /// Delivers the timers that are due, if any (schedulers call this
    /// between slices).
    #[inline]
    pub fn poll(&self) {
        let next = self.next_due.load(Ordering::Acquire);
        if next == u64::MAX || self.nanos(Instant::now()) < next {
            return;
        }
        let Ok(mut s) = self.state.try_lock() else {
            return; // someone else is delivering them
        };
        let fired = Self::take_due(&mut s, Instant::now());
        self.publish(&s);
        drop(s);
        self.deliver(fired);
    }

    fn take_due(s: &mut State, now: Instant) -> Vec<(u64, Action)> {
        let mut fired = Vec::new();
        while let Some(&Reverse((at, key))) = s.due.peek() {
            if at > now {
                break;
            }
            s.due.pop();
            if let Some((_, action)) = s.actions.remove(&key) {
                fired.push((key, action));
            }
        }
        fired
    }

    fn deliver(&self, fired: Vec<(u64, Action)>) {
        for (key, action) in fired {
            fire(key, action);
            // After delivery: a woken process counts as active before
            // this timer stops counting as pending.
            self.pending.fetch_sub(1, Ordering::SeqCst);
        }
    }

    /// Cancels timer `key`; the time that was left, if it was pending.
    pub fn cancel(&self, key: u64) -> Option<Duration> {
        let mut s = self.state.lock().unwrap_or_else(|e| e.into_inner());
        let (at, _) = s.actions.remove(&key)?;
        self.pending.fetch_sub(1, Ordering::SeqCst);
        Some(at.saturating_duration_since(Instant::now()))
    }

    /// The time left on timer `key`, if it is pending.
    pub fn read(&self, key: u64) -> Option<Duration> {
        let s = self.state.lock().unwrap_or_else(|e| e.into_inner());
        let (at, _) = s.actions.get(&key)?;
        Some(at.saturating_duration_since(Instant::now()))
    }

    pub fn pending(&self) -> usize {
        self.pending.load(Ordering::SeqCst)
    }

    /// The timer thread's loop.
    pub fn run(&self) -> ! {
        let mut s = self.state.lock().unwrap_or_else(|e| e.into_inner());
        loop {
            let now = Instant::now();
            let fired = Self::take_due(&mut s, now);
            if !fired.is_empty() {
                self.publish(&s);
                drop(s);
                self.deliver(fired);
                s = self.state.lock().unwrap_or_else(|e| e.into_inner());
                continue;
            }
            self.publish(&s);
            s = match s.due.peek() {
                Some(&Reverse((at, _))) => {
                    self.changed
                        .wait_timeout(s, at.saturating_duration_since(now))
                        .unwrap_or_else(|e| e.into_inner())
                        .0
                }
                None => self.changed.wait(s).unwrap_or_else(|e| e.into_inner()),
            };
        }
    }
}

impl Default for Timers {
    fn default() -> Self {
        Timers::new()
    }
}

fn fire(key: u64, action: Action) {
    match action {
        Action::Timeout { pid } => {
            let _ = table::send(pid, Signal::Timeout { key });
        }
        Action::Send { dest, msg } => {
            let pid = match dest {
                Dest::Pid(p) => Some(p),
                Dest::Name(n) => table::whereis(n),
            };
            if let Some(pid) = pid {
                let _ = table::send(pid, Signal::Message(msg));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sleeper() -> Action {
        Action::Timeout { pid: u64::MAX }
    }

    #[test]
    fn start_read_cancel() {
        let t = Timers::new();
        t.start(1, Duration::from_secs(60), sleeper());
        t.start(2, Duration::from_secs(1), sleeper());
        assert_eq!(t.pending(), 2);
        let left = t.read(1).expect("pending");
        assert!(left > Duration::from_secs(59) && left <= Duration::from_secs(60));
        assert!(t.cancel(1).is_some());
        assert!(t.cancel(1).is_none(), "a timer is cancelled once");
        assert!(t.read(1).is_none());
        assert_eq!(t.pending(), 1);
    }

    #[test]
    fn poll_delivers_only_what_is_due() {
        let t = Timers::new();
        t.start(1, Duration::from_millis(0), sleeper());
        t.start(2, Duration::from_secs(60), sleeper());
        std::thread::sleep(Duration::from_millis(2));
        // The receiving process does not exist: delivery drops the signal,
        // but the timer is done either way.
        t.poll();
        assert_eq!(t.pending(), 1);
        assert!(t.read(2).is_some());
        t.poll();
        assert_eq!(t.pending(), 1, "the far timer is not due");
    }
}
