//! Signals: everything one process sends another. They travel through the
//! receiver's inbox (so those from one sender stay in order) and are acted
//! on by the receiver itself, when it next runs: see `Process::handle_signal`.

use crate::heap::copy::Message;

pub enum Signal {
    /// An ordinary message.
    Message(Message),
    /// An exit signal. `linked`: sent because a linked process exited
    /// (ignored if the link is already gone); otherwise sent by `exit/2`.
    Exit {
        from: u64,
        reason: Message,
        linked: bool,
    },
    /// `from` linked itself to the receiver.
    Link { from: u64 },
    /// `from` removed its link to the receiver.
    Unlink { from: u64 },
    /// `from` monitors the receiver under `reference` (by `name`, if so).
    Monitor {
        from: u64,
        reference: u64,
        name: Option<crate::term::Atom>,
    },
    /// `from` dropped its monitor `reference` on the receiver.
    Demonitor { reference: u64 },
    /// A monitored process went down: becomes the `'DOWN'` message.
    /// `object` is what was monitored (the pid, or `{Name, Node}`).
    Down {
        reference: u64,
        object: Message,
        reason: Message,
    },
    /// The `receive ... after` timer `key` fired.
    Timeout { key: u64 },
    /// `erlang:garbage_collect(Pid)`: collect the whole heap (a major
    /// collection) before running on, then answer `reply_to` (the
    /// caller's pid and the request's reference), if given, with
    /// `GarbageCollected` (false if the receiver dies first).
    GarbageCollect { reply_to: Option<(u64, u64)> },
    /// The answer to `GarbageCollect`: becomes the message
    /// `{garbage_collect, Ref, Done}` that `garbage_collect/1`'s
    /// continuation (`erts_internal:gc_wait/1`) waits for.
    GarbageCollected { reference: u64, done: bool },
}
