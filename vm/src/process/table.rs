//! All live processes: pid → shared cell, and the registered names.
//!
//! A [`ProcessCell`] is what other threads may touch: the status word, the
//! inbox and, behind a lock, the process body. Whoever holds the body lock
//! owns the process: normally the scheduler running it; otherwise, briefly,
//! a process inspecting it (`process_info`) while it is not running.
//! Owners are the only ones who take from the inbox.

use super::mailbox::Inbox;
use super::signal::Signal;
use super::status::{Status, EXITED};
use super::Process;
use crate::term::Atom;
use crossbeam_utils::CachePadded;
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, OnceLock, RwLock};

pub struct ProcessCell {
    pub pid: u64,
    pub status: Status,
    /// Set by a process that sent this one an untrappable `kill` exit
    /// signal, once the signal is in the inbox. OTP's `is_process_alive`
    /// answers after the caller's signals are handled, so for the sender
    /// this process is already dead; a process running on another
    /// scheduler cannot be asked before its slice ends.
    pub kill_sent: AtomicBool,
    /// The same inbox as the body's `inbox`.
    pub inbox: Arc<Inbox<Signal>>,
    pub body: Mutex<Process>,
}

impl ProcessCell {
    pub fn new(p: Process, status: u8) -> Arc<ProcessCell> {
        Arc::new(ProcessCell {
            pid: p.pid,
            status: Status::new(status),
            kill_sent: AtomicBool::new(false),
            inbox: Arc::clone(&p.inbox),
            body: Mutex::new(p),
        })
    }

    /// The body, by a thread that is not scheduled to run it. Retries
    /// while the owner runs a slice; gives up (None) after a while rather
    /// than risk two running processes waiting for each other forever.
    pub fn inspect(&self) -> Option<MutexGuard<'_, Process>> {
        for i in 0..20_000 {
            match self.body.try_lock() {
                Ok(g) => return Some(g),
                Err(std::sync::TryLockError::Poisoned(e)) => return Some(e.into_inner()),
                Err(std::sync::TryLockError::WouldBlock) => {
                    if i > 100 {
                        std::thread::yield_now();
                    } else {
                        std::hint::spin_loop();
                    }
                }
            }
        }
        None
    }
}

/// Called with a process that a signal made runnable (set by the
/// scheduler: it enqueues the process).
pub type Waker = fn(Arc<ProcessCell>);
static WAKER: OnceLock<Waker> = OnceLock::new();

pub fn set_waker(w: Waker) {
    let _ = WAKER.set(w);
}

const SHARDS: usize = 64;

/// Pid numbers are sequential integers: a multiplicative hash spreads them
/// well and costs one multiplication (the default SipHash showed up in
/// profiles of spawn-heavy programs).
#[derive(Default, Clone, Copy)]
pub struct PidHasher(u64);

impl std::hash::Hasher for PidHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = (n ^ (n >> 32)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

type PidMap<V> = HashMap<u64, V, std::hash::BuildHasherDefault<PidHasher>>;

/// Each shard's lock and the count sit on cache lines of their own: the
/// shards of consecutive pids were neighbours, so a spawn's write lock on
/// one shard invalidated the line that other schedulers read-locked to
/// send to a neighbouring pid.
struct Table {
    shards: [CachePadded<RwLock<PidMap<Arc<ProcessCell>>>>; SHARDS],
    names: Mutex<Names>,
    count: CachePadded<AtomicUsize>,
}

#[derive(Default)]
struct Names {
    by_name: HashMap<Atom, u64>,
    by_pid: PidMap<Atom>,
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| Table {
        shards: std::array::from_fn(|_| CachePadded::new(RwLock::new(PidMap::default()))),
        names: Mutex::new(Names::default()),
        count: CachePadded::new(AtomicUsize::new(0)),
    })
}

fn shard(pid: u64) -> &'static RwLock<PidMap<Arc<ProcessCell>>> {
    &table().shards[pid as usize % SHARDS]
}

/// Pid numbers are never reused; 0 is the first process.
pub fn next_pid() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(0);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

pub fn insert(cell: Arc<ProcessCell>) {
    table().count.fetch_add(1, Ordering::Relaxed);
    shard(cell.pid)
        .write()
        .unwrap_or_else(|e| e.into_inner())
        .insert(cell.pid, cell);
}

pub fn remove(pid: u64) {
    if shard(pid)
        .write()
        .unwrap_or_else(|e| e.into_inner())
        .remove(&pid)
        .is_some()
    {
        table().count.fetch_sub(1, Ordering::Relaxed);
    }
}

pub fn lookup(pid: u64) -> Option<Arc<ProcessCell>> {
    shard(pid)
        .read()
        .unwrap_or_else(|e| e.into_inner())
        .get(&pid)
        .cloned()
}

pub fn is_alive(pid: u64) -> bool {
    lookup(pid).is_some_and(|c| c.status.get() != EXITED)
}

pub fn count() -> usize {
    table().count.load(Ordering::Relaxed)
}

/// Every live pid, in creation order.
pub fn all_pids() -> Vec<u64> {
    let mut v: Vec<u64> = table()
        .shards
        .iter()
        .flat_map(|s| {
            s.read()
                .unwrap_or_else(|e| e.into_inner())
                .keys()
                .copied()
                .collect::<Vec<_>>()
        })
        .collect();
    v.sort_unstable();
    v
}

/// Delivers a signal to `pid`. Gives the signal back when there is no
/// such process or it has exited (its inbox is closed).
///
/// The push happens under the shard's read lock, so the cell is not
/// cloned (two contended reference-count updates per message to a busy
/// receiver) unless it must be woken; the wake-up itself runs after the
/// lock is released.
pub fn send(pid: u64, s: Signal) -> Result<(), Signal> {
    let wake = {
        let map = shard(pid).read().unwrap_or_else(|e| e.into_inner());
        let Some(cell) = map.get(&pid) else {
            return Err(s);
        };
        cell.inbox.push(s)?;
        cell.status.notify().then(|| Arc::clone(cell))
    };
    if let (Some(cell), Some(w)) = (wake, WAKER.get()) {
        w(cell);
    }
    Ok(())
}

// ---- registered names -----------------------------------------------------------

fn names() -> MutexGuard<'static, Names> {
    table().names.lock().unwrap_or_else(|e| e.into_inner())
}

/// Registers `name` for `pid`; false if the name is taken or the process
/// already has a name or is not alive.
pub fn register(name: Atom, pid: u64) -> bool {
    let mut n = names();
    if n.by_name.contains_key(&name) || n.by_pid.contains_key(&pid) || !is_alive(pid) {
        return false;
    }
    n.by_name.insert(name, pid);
    n.by_pid.insert(pid, name);
    true
}

pub fn unregister(name: Atom) -> bool {
    let mut n = names();
    match n.by_name.remove(&name) {
        Some(pid) => {
            n.by_pid.remove(&pid);
            true
        }
        None => false,
    }
}

/// Drops the name of an exiting process.
pub fn unregister_pid(pid: u64) {
    let mut n = names();
    if let Some(name) = n.by_pid.remove(&pid) {
        n.by_name.remove(&name);
    }
}

pub fn whereis(name: Atom) -> Option<u64> {
    names().by_name.get(&name).copied()
}

pub fn name_of(pid: u64) -> Option<Atom> {
    names().by_pid.get(&pid).copied()
}

pub fn registered() -> Vec<Atom> {
    names().by_name.keys().copied().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An idle process should cost well under 1,000 bytes (the issue's
    /// target): pin the fixed part.
    #[test]
    fn process_size() {
        let p = std::mem::size_of::<Process>();
        let c = std::mem::size_of::<ProcessCell>();
        eprintln!("Process {p} bytes, ProcessCell {c} bytes");
        assert!(c <= 512, "ProcessCell is {c} bytes");
    }
}
