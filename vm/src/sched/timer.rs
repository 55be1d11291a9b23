//! One timer structure for the whole VM: `receive ... after` timeouts,
//! `erlang:send_after/3` and `start_timer/3`. A single thread sleeps until
//! the earliest deadline (never a thread per timer, never spinning), then
//! delivers what is due as signals. Keys are reference numbers, so a timer
//! reference names its timer.

use crate::heap::copy::Message;
use crate::process::signal::Signal;
use crate::process::table;
use crate::term::Atom;
use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};
use std::sync::atomic::{AtomicUsize, Ordering};
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
    changed: Condvar,
    /// Timers not yet fired or cancelled (a VM with pending timers is not
    /// idle for good).
    pending: AtomicUsize,
}

impl Timers {
    pub fn new() -> Timers {
        Timers {
            state: Mutex::new(State::default()),
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
            self.changed.notify_one();
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
            if !fired.is_empty() {
                drop(s);
                for (key, action) in fired {
                    fire(key, action);
                    // After delivery: a woken process counts as active
                    // before this timer stops counting as pending.
                    self.pending.fetch_sub(1, Ordering::SeqCst);
                }
                s = self.state.lock().unwrap_or_else(|e| e.into_inner());
                continue;
            }
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
