//! What signals do to the process that receives them. Only the owner of a
//! process (see `table`) takes signals from its inbox and applies them,
//! so the rules of exit signals (OTP's) live in this one place:
//!
//! - An exit signal from a link that is already gone is ignored.
//! - `kill` sent with `exit/2` kills the receiver with reason `killed`,
//!   whether it traps exits or not (a linked process dying *with* reason
//!   `kill` sends an ordinary, trappable `kill`).
//! - A process trapping exits gets `{'EXIT', From, Reason}` instead.
//! - Otherwise `normal` is ignored (except `exit(self(), normal)`, which
//!   OTP treats as the process exiting normally) and any other reason kills
//!   the receiver with that reason.

use super::signal::Signal;
use super::Process;
use crate::heap::build;
use crate::term::{atom, Term};

impl Process {
    /// Applies every signal in the inbox. Messages go to the private queue.
    /// Once a signal has killed the process, its inbox is closed at once:
    /// from then on it is dead to everyone (links and monitors set up later
    /// get `noproc`), even before its scheduler retires it.
    pub fn take_signals(&mut self) {
        let inbox = std::sync::Arc::clone(&self.inbox);
        inbox.take_all(|s| self.handle_signal(s));
        if self.pending_exit.is_some() {
            // The name first: whoever sees the inbox closed finds it free.
            crate::process::table::unregister_pid(self.pid);
            inbox.close(|s| self.handle_signal_dead(s));
        }
    }

    pub fn handle_signal(&mut self, s: Signal) {
        if self.pending_exit.is_some() {
            return self.handle_signal_dead(s);
        }
        match s {
            Signal::Message(m) => {
                let t = self.heap.adopt_message(m);
                self.mailbox.push(t);
            }
            Signal::Exit {
                from,
                reason,
                linked,
            } => {
                if linked {
                    let Some(i) = self.links.iter().position(|&l| l == from) else {
                        return;
                    };
                    self.links.swap_remove(i);
                }
                let reason = self.heap.adopt_message(reason);
                self.exit_signal(from, reason, linked);
            }
            Signal::Link { from } => {
                if !self.links.contains(&from) {
                    self.links.push(from);
                }
            }
            Signal::Unlink { from } => self.links.retain(|&l| l != from),
            Signal::Monitor {
                from,
                reference,
                name,
            } => self.monitored_by.push((reference, from, name)),
            Signal::Demonitor { reference } => {
                self.monitored_by.retain(|&(r, _, _)| r != reference)
            }
            Signal::Down {
                reference,
                object,
                reason,
            } => {
                let Some(i) = self.monitors.iter().position(|&(r, _)| r == reference) else {
                    return;
                };
                self.monitors.swap_remove(i);
                let object = self.heap.adopt_message(object);
                let reason = self.heap.adopt_message(reason);
                let r = build::reference(&mut self.heap, reference);
                let msg = build::tuple(
                    &mut self.heap,
                    &[
                        Term::atom(atom::DOWN),
                        r,
                        Term::atom(atom::PROCESS),
                        object,
                        reason,
                    ],
                );
                self.mailbox.push(msg);
            }
            Signal::GarbageCollect { reply_to } => {
                self.request_full_collection();
                if let Some(w) = reply_to {
                    self.pending().gc_waiters.push(w);
                }
            }
            Signal::GarbageCollected { reference, done } => {
                let r = build::reference(&mut self.heap, reference);
                let msg = build::tuple(
                    &mut self.heap,
                    &[
                        Term::atom(atom::intern_internal("garbage_collect")),
                        r,
                        Term::bool(done),
                    ],
                );
                self.mailbox.push(msg);
            }
            Signal::Timeout { key } => {
                if self.timer == Some(key) {
                    self.timed_out = true;
                }
            }
        }
    }

    /// A signal that reaches the process after it died (in OTP's order of
    /// events): a link or monitor is answered with `noproc`, the rest is
    /// dropped.
    pub fn handle_signal_dead(&mut self, s: Signal) {
        use crate::heap::copy::Message;
        use crate::process::table;
        let noproc = || Message::immediate(Term::atom(atom::NOPROC));
        match s {
            Signal::Link { from } => {
                let _ = table::send(
                    from,
                    Signal::Exit {
                        from: self.pid,
                        reason: noproc(),
                        linked: true,
                    },
                );
            }
            Signal::Monitor {
                from,
                reference,
                name,
            } => {
                let object = self.monitored_as(name);
                let _ = table::send(
                    from,
                    Signal::Down {
                        reference,
                        object,
                        reason: noproc(),
                    },
                );
            }
            Signal::GarbageCollect {
                reply_to: Some((from, reference)),
            } => answer_gc(from, reference, false),
            _ => {}
        }
    }

    /// Answers the `garbage_collect(Pid)` calls waiting for this process:
    /// `done` after a collection, false when it died first.
    pub fn answer_gc_waiters(&mut self, done: bool) {
        let Some(pending) = self.pending.as_mut() else {
            return;
        };
        for (from, reference) in std::mem::take(&mut pending.gc_waiters) {
            answer_gc(from, reference, done);
        }
    }

    /// What a `'DOWN'` message about this process names as the monitored
    /// object: `{Name, Node}` if it was monitored by name, else its pid.
    pub fn monitored_as(&mut self, name: Option<crate::term::Atom>) -> crate::heap::copy::Message {
        match name {
            Some(n) => {
                let t = build::tuple(&mut self.heap, &[Term::atom(n), Term::atom(atom::NONODE)]);
                crate::heap::copy::copy_out(t)
            }
            None => crate::heap::copy::Message::immediate(Term::pid(self.pid)),
        }
    }

    fn exit_signal(&mut self, from: u64, reason: Term, linked: bool) {
        if self.pending_exit.is_some() {
            return;
        }
        let is = |a| reason == Term::atom(a);
        if !linked && is(atom::KILL) {
            self.pending_exit = Some(Term::atom(atom::KILLED));
        } else if self.trap_exit {
            let msg = build::tuple(
                &mut self.heap,
                &[Term::atom(atom::EXIT_UPPER), Term::pid(from), reason],
            );
            self.mailbox.push(msg);
        } else if is(atom::NORMAL) {
            if !linked && from == self.pid {
                self.pending_exit = Some(reason);
            }
        } else {
            self.pending_exit = Some(reason);
        }
    }
}

fn answer_gc(to: u64, reference: u64, done: bool) {
    let _ = crate::process::table::send(to, Signal::GarbageCollected { reference, done });
}
