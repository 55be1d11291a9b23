//! `erlang` BIFs that create and connect processes: spawn (plain, linked,
//! monitored), send, links, monitors, exit signals, registered names,
//! process flags, and timers (`send_after`, `start_timer`, `cancel_timer`).
//!
//! These reach the rest of the VM through `process::table` (pids, names,
//! signals) and the runtime (`sched`: starting processes, the timer).
//! Messages and signal payloads are copied out of the caller's heap
//! (`heap::copy`); nothing here touches another process's heap.

use super::erlang::list_to_vec;
use super::erlang_proc::next_ref_number;
use super::{badarg, BifContext, BifFn, BifResult, ExcClass, Exception};
use crate::code::{self, Target};
use crate::heap::build;
use crate::heap::copy::{copy_out, copy_out_bounded, CopyStep, Message};
use crate::process::signal::Signal;
use crate::process::{table, Process};
use crate::sched::timer::{Action, Dest};
use crate::sched::{self, Runtime};
use crate::term::{atom, Atom, BoxKind, Term};
use std::time::Duration;

// ---- spawning -------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq)]
enum Spawn {
    Plain,
    Link,
    Monitor,
}

fn system_limit() -> Exception {
    Exception::error(Term::atom(atom::SYSTEM_LIMIT))
}

/// A new process (not yet started) for the caller's VM settings.
fn new_process(ctx: &mut BifContext) -> Process {
    Process::new(table::next_pid(), ctx.process().gc_stress)
}

/// Sets `child` up to call the function `f` (a fun of arity 0, already in
/// the child's heap).
fn start_fun(child: &mut Process, f: Term) {
    match f.box_kind() {
        Some(BoxKind::Fun) => {
            let id = f.fun_lambda();
            let module = code::get(id.module).expect("a fun's module is loaded");
            let lambda = &module.lambdas[id.index as usize];
            let function = &module.functions[lambda.function as usize];
            child.x = f.fun_free().into();
            child.initial_call = (module.name, function.name, 0);
            crate::interp::start(child, module, lambda.function);
        }
        _ => {
            let (m, f, _) = f.export_mfa();
            start_mfa(child, m, f, Vec::new());
        }
    }
}

/// Sets `child` up to call `m:f(args...)` (terms in the child's heap). A
/// function that does not exist makes the child fail with `undef` when it
/// starts, as in OTP. Also for embedders that start processes (the shell).
pub fn start_mfa(child: &mut Process, m: Atom, f: Atom, args: Vec<Term>) {
    child.initial_call = (m, f, args.len() as u32);
    child.x = args.into();
    match code::resolve(m, f, child.x.len() as u32) {
        Some(Target::Code { module, function }) => crate::interp::start(child, module, function),
        _ => {
            // No code: the first slice reports `undef` (see interp).
            child.ip = crate::process::CodeAddr {
                module: u32::MAX,
                pc: 0,
            };
        }
    }
}

/// Links or monitors parent and child (before the child runs, so no
/// signals are needed) and starts the child.
fn launch(ctx: &mut BifContext, mut child: Process, how: Spawn) -> BifResult {
    let parent = ctx.process().pid;
    let pid = child.pid;
    let mut reference = None;
    match how {
        Spawn::Plain => {}
        Spawn::Link => {
            child.links.push(parent);
            ctx.process().links.push(pid);
        }
        Spawn::Monitor => {
            let r = next_ref_number();
            child.monitored_by.push((r, parent, None));
            ctx.process().monitors.push((r, pid));
            reference = Some(r);
        }
    }
    if runtime()?.spawn(child).is_none() {
        match how {
            Spawn::Link => ctx.process().links.retain(|&l| l != pid),
            Spawn::Monitor => ctx.process().monitors.retain(|&(_, p)| p != pid),
            Spawn::Plain => {}
        }
        return Err(system_limit());
    }
    ctx.charge(20);
    match reference {
        Some(r) => {
            let r = build::reference(ctx.heap(), r);
            Ok(ctx.tuple(&[Term::pid(pid), r]))
        }
        None => Ok(Term::pid(pid)),
    }
}

fn spawn_fun(ctx: &mut BifContext, f: Term, how: Spawn) -> BifResult {
    let ok = match f.box_kind() {
        Some(BoxKind::Fun) => f.fun_lambda().arity == 0,
        Some(BoxKind::Export) => f.export_mfa().2 == 0,
        _ => false,
    };
    if !ok {
        return Err(badarg());
    }
    let mut child = new_process(ctx);
    let m = copy_out(f);
    ctx.charge_copy(&m);
    let copied = m.peek();
    let f = if copied.box_kind() == Some(BoxKind::Fun)
        && copied
            .fun_free()
            .iter()
            .all(|t| !t.is_boxed() && !t.is_cons())
    {
        // Only immediates to pass on: `start_fun` copies them into the
        // child's registers and the copy is dropped, so a process that
        // only waits keeps an empty heap.
        start_fun(&mut child, copied);
        return launch(ctx, child, how);
    } else {
        child.heap.adopt_message(m)
    };
    start_fun(&mut child, f);
    launch(ctx, child, how)
}

fn spawn_mfa(ctx: &mut BifContext, args: &[Term], how: Spawn) -> BifResult {
    let (Some(m), Some(f)) = (args[0].as_atom(), args[1].as_atom()) else {
        return Err(badarg());
    };
    if list_to_vec(args[2]).is_none() {
        return Err(badarg());
    }
    let mut child = new_process(ctx);
    let copied = copy_out(args[2]);
    ctx.charge_copy(&copied);
    let list = child.heap.adopt_message(copied);
    let values = list_to_vec(list).unwrap_or_default();
    start_mfa(&mut child, m, f, values);
    launch(ctx, child, how)
}

fn spawn1(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    spawn_fun(ctx, args[0], Spawn::Plain)
}
fn spawn3(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    spawn_mfa(ctx, args, Spawn::Plain)
}
fn spawn_link1(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    spawn_fun(ctx, args[0], Spawn::Link)
}
fn spawn_link3(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    spawn_mfa(ctx, args, Spawn::Link)
}
fn spawn_monitor1(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    spawn_fun(ctx, args[0], Spawn::Monitor)
}
fn spawn_monitor3(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    spawn_mfa(ctx, args, Spawn::Monitor)
}

// ---- sending ----------------------------------------------------------------------

/// Sends `msg` to a pid (silently dropped if the process is gone) or a
/// registered name (`badarg` if unregistered).
pub fn send(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let (dest, msg) = (args[0], args[1]);
    let pid = if dest.is_pid() {
        dest.pid_number()
    } else if let Some(name) = dest.as_atom() {
        table::whereis(name).ok_or_else(badarg)?
    } else if dest.is_tuple()
        && dest.tuple_arity() == 2
        && dest.tuple_elements()[0].is_atom()
        && dest.tuple_elements()[1] == Term::atom(atom::NONODE)
    {
        let name = dest.tuple_elements()[0]
            .as_atom()
            .unwrap_or(atom::UNDEFINED);
        table::whereis(name).ok_or_else(badarg)?
    } else {
        return Err(badarg());
    };
    if pid == ctx.process().pid {
        ctx.deliver_to_self(msg);
        return Ok(msg);
    }
    let step = match ctx.process().pending.as_mut().and_then(|p| p.send.take()) {
        Some(partial) if partial.source() == msg => partial.resume(SEND_STEP_WORDS),
        _ => copy_out_bounded(msg, SEND_STEP_WORDS),
    };
    match step {
        CopyStep::Done(m) => {
            ctx.charge_copy(&m);
            let _ = table::send(pid, Signal::Message(m));
            Ok(msg)
        }
        CopyStep::More(partial) => {
            // The rest in later slices: this step ends the slice, and the
            // send runs again from where the copy stopped.
            ctx.charge(SEND_STEP_WORDS / crate::bif::COPY_WORDS_PER_REDUCTION);
            ctx.process().pending().send = Some(partial);
            Err(ctx.resume_later("erts_internal", "send", &[dest, msg]))
        }
    }
}

/// Words of a message copied per step (about half a millisecond): a
/// bigger message is copied over several slices, so that sending it does
/// not hold the scheduler.
pub const SEND_STEP_WORDS: usize = 1 << 16;

// ---- links and exit signals -------------------------------------------------------

fn pid_arg(t: Term) -> Result<u64, Exception> {
    if t.is_pid() {
        Ok(t.pid_number())
    } else {
        Err(badarg())
    }
}

/// A message built in the caller's heap and added to its own queue.
fn to_self(ctx: &mut BifContext, elements: &[Term]) {
    let msg = ctx.tuple(elements);
    ctx.deliver_to_self(msg);
}

fn link(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let pid = pid_arg(args[0])?;
    let me = ctx.process().pid;
    if pid == me || ctx.process().links.contains(&pid) {
        return Ok(Term::bool(true));
    }
    if table::send(pid, Signal::Link { from: me }).is_err() {
        // OTP: linking to a process that is gone raises noproc, or, when
        // trapping exits, delivers {'EXIT', Pid, noproc}.
        if ctx.process().trap_exit {
            to_self(
                ctx,
                &[
                    Term::atom(atom::EXIT_UPPER),
                    args[0],
                    Term::atom(atom::NOPROC),
                ],
            );
            return Ok(Term::bool(true));
        }
        return Err(Exception::error(Term::atom(atom::NOPROC)));
    }
    ctx.process().links.push(pid);
    Ok(Term::bool(true))
}

fn unlink(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let pid = pid_arg(args[0])?;
    let me = ctx.process().pid;
    if ctx.process().links.contains(&pid) {
        ctx.process().links.retain(|&l| l != pid);
        let _ = table::send(pid, Signal::Unlink { from: me });
    }
    Ok(Term::bool(true))
}

/// `exit(Pid, Reason)`: an exit signal; to oneself it takes effect at once.
fn exit2(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let pid = pid_arg(args[0])?;
    let reason = args[1];
    let p = ctx.process();
    if pid == p.pid {
        let kill = reason == Term::atom(atom::KILL);
        if !kill && p.trap_exit {
            to_self(ctx, &[Term::atom(atom::EXIT_UPPER), args[0], reason]);
            return Ok(Term::bool(true));
        }
        let reason = if kill {
            Term::atom(atom::KILLED)
        } else {
            reason
        };
        return Err(Exception::new(ExcClass::Signal, reason));
    }
    let from = p.pid;
    let kill = reason == Term::atom(atom::KILL);
    let reason = copy_out(reason);
    ctx.charge_copy(&reason);
    let sent = table::send(
        pid,
        Signal::Exit {
            from,
            reason,
            linked: false,
        },
    );
    if kill && sent.is_ok() {
        if let Some(cell) = table::lookup(pid) {
            cell.kill_sent
                .store(true, std::sync::atomic::Ordering::Release);
        }
    }
    Ok(Term::bool(true))
}

// ---- monitors ------------------------------------------------------------------------

fn monitor(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    if args[0] != Term::atom(atom::PROCESS) {
        return Err(badarg());
    }
    let target = args[1];
    let (pid, name) = if target.is_pid() {
        (Some(target.pid_number()), None)
    } else if let Some(n) = target.as_atom() {
        (table::whereis(n), Some(n))
    } else if target.is_tuple()
        && target.tuple_arity() == 2
        && target.tuple_elements()[0].is_atom()
        && target.tuple_elements()[1].is_atom()
    {
        let n = target.tuple_elements()[0]
            .as_atom()
            .unwrap_or(atom::UNDEFINED);
        (table::whereis(n), Some(n))
    } else {
        return Err(badarg());
    };
    let me = ctx.process().pid;
    let r = next_ref_number();
    let reference = build::reference(ctx.heap(), r);
    let delivered = match pid {
        Some(pid) if pid == me => true,
        Some(pid) => table::send(
            pid,
            Signal::Monitor {
                from: me,
                reference: r,
                name,
            },
        )
        .is_ok(),
        None => false,
    };
    if delivered {
        if let Some(pid) = pid.filter(|&p| p != me) {
            ctx.process().monitors.push((r, pid));
        }
    } else {
        let object = match name {
            Some(n) => ctx.tuple(&[Term::atom(n), Term::atom(atom::NONODE)]),
            None => target,
        };
        to_self(
            ctx,
            &[
                Term::atom(atom::DOWN),
                reference,
                Term::atom(atom::PROCESS),
                object,
                Term::atom(atom::NOPROC),
            ],
        );
    }
    Ok(reference)
}

fn demonitor_ref(ctx: &mut BifContext, r: Term) -> Result<bool, Exception> {
    if !r.is_ref() {
        return Err(badarg());
    }
    let n = r.ref_number();
    let p = ctx.process();
    match p.monitors.iter().position(|&(m, _)| m == n) {
        Some(i) => {
            let (_, target) = p.monitors.swap_remove(i);
            let _ = table::send(target, Signal::Demonitor { reference: n });
            Ok(true)
        }
        None => Ok(false),
    }
}

fn demonitor1(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    demonitor_ref(ctx, args[0])?;
    Ok(Term::bool(true))
}

fn demonitor2(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let opts = list_to_vec(args[1]).ok_or_else(badarg)?;
    let (mut flush, mut info) = (false, false);
    for o in opts {
        match o.as_atom().map(|a| a.name()) {
            Some("flush") => flush = true,
            Some("info") => info = true,
            _ => return Err(badarg()),
        }
    }
    let found = demonitor_ref(ctx, args[0])?;
    if flush {
        let p = ctx.process();
        p.take_signals();
        let n = args[0].ref_number();
        p.mailbox.queue.retain(|m| {
            !(m.is_tuple()
                && m.tuple_arity() == 5
                && m.tuple_elements()[0] == Term::atom(atom::DOWN)
                && m.tuple_elements()[1].is_ref()
                && m.tuple_elements()[1].ref_number() == n)
        });
        p.mailbox.reset();
        p.mailbox.forget_marker();
    }
    Ok(if info {
        Term::bool(found)
    } else {
        Term::bool(true)
    })
}

// ---- registered names -------------------------------------------------------------------

fn register(_ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let name = args[0].as_atom().ok_or_else(badarg)?;
    let pid = pid_arg(args[1])?;
    if name == atom::UNDEFINED {
        return Err(badarg());
    }
    if table::register(name, pid) {
        Ok(Term::bool(true))
    } else {
        Err(badarg())
    }
}

fn unregister(_ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let name = args[0].as_atom().ok_or_else(badarg)?;
    if table::unregister(name) {
        Ok(Term::bool(true))
    } else {
        Err(badarg())
    }
}

fn whereis(_ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let name = args[0].as_atom().ok_or_else(badarg)?;
    Ok(table::whereis(name).map_or(Term::atom(atom::UNDEFINED), Term::pid))
}

fn registered(ctx: &mut BifContext, _args: &[Term]) -> BifResult {
    let names: Vec<Term> = table::registered().into_iter().map(Term::atom).collect();
    Ok(build::list(ctx.heap(), &names))
}

// ---- flags and identity -------------------------------------------------------------------

fn process_flag(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let flag = args[0].as_atom().ok_or_else(badarg)?;
    let v = args[1];
    match flag.name() {
        "trap_exit" => {
            let b = match v.as_atom() {
                Some(atom::TRUE) => true,
                Some(atom::FALSE) => false,
                _ => return Err(badarg()),
            };
            let old = std::mem::replace(&mut ctx.process().trap_exit, b);
            Ok(Term::bool(old))
        }
        "max_heap_size" => {
            // A size in words, or #{size => Words, ...}; the old setting
            // comes back as OTP's map (kill and error_logger are always on).
            let size = match v.as_small() {
                Some(n) => Some(n),
                None if v.is_map() => v
                    .map_get(Term::atom(atom::intern_internal("size")))
                    .and_then(Term::as_small),
                None => None,
            };
            let words = size.filter(|&n| n >= 0).ok_or_else(badarg)? as usize;
            let old = std::mem::replace(&mut ctx.process().max_heap_words, words);
            let keys = [
                Term::atom(atom::intern_internal("error_logger")),
                Term::atom(atom::KILL),
                Term::atom(atom::intern_internal("size")),
            ];
            let values = [Term::bool(true), Term::bool(true), Term::small(old as i64)];
            let pairs: Vec<(Term, Term)> = keys.into_iter().zip(values).collect();
            Ok(build::map_from_pairs(ctx.heap(), pairs))
        }
        "priority" => match v.as_atom().map(|a| a.name()) {
            Some("low" | "normal" | "high" | "max") => {
                Ok(Term::atom(atom::intern_internal("normal")))
            }
            _ => Err(badarg()),
        },
        _ => Err(badarg()),
    }
}

/// As in OTP, a process that has been sent an exit signal that kills it is
/// no longer alive for the sender: the signals it has not handled yet are
/// applied (as its owner, under its lock) before answering.
fn is_process_alive(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let pid = pid_arg(args[0])?;
    if pid == ctx.process().pid {
        return Ok(Term::bool(true));
    }
    Ok(Term::bool(alive_after_signals(pid)))
}

/// Whether `pid` is alive once it has handled every signal sent so far.
fn alive_after_signals(pid: u64) -> bool {
    let Some(cell) = table::lookup(pid) else {
        return false;
    };
    if cell.status.get() == crate::process::status::EXITED {
        return false;
    }
    if cell.inbox.is_closed() {
        return false;
    }
    // Under the lock, as its owner: its own scheduler may be applying
    // those signals right now.
    if let Some(mut body) = cell.inspect() {
        body.take_signals();
        return body.pending_exit.is_none();
    }
    // It is running a slice on another scheduler. If it was sent a kill,
    // it dies when the slice ends, closing its inbox and freeing its name
    // (which OTP has done by the time it answers): wait for that, boundedly.
    if cell.kill_sent.load(std::sync::atomic::Ordering::Acquire) {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(1);
        while !cell.inbox.is_closed() && std::time::Instant::now() < deadline {
            std::thread::yield_now();
        }
        return false;
    }
    true
}

/// `garbage_collect()`: a major collection of the caller's heap. It runs
/// at the entry of the continuation this traps to
/// (`erts_internal:garbage_collect/1`, which returns `true`): a call entry
/// is a safe point, where the live registers are known (none), and a big
/// heap is collected on the collector thread, as any other big collection.
/// Called where it cannot trap, the collection runs before the next slice.
fn garbage_collect0(ctx: &mut BifContext, _args: &[Term]) -> BifResult {
    ctx.process().request_full_collection();
    let words = ctx.heap().used_words();
    ctx.charge(1 + words / crate::bif::COPY_WORDS_PER_REDUCTION);
    if ctx.can_trap() {
        let major = Term::atom(atom::intern_internal("major"));
        return Err(ctx.trap("erts_internal", "garbage_collect", &[major]));
    }
    Ok(Term::bool(true))
}

/// `garbage_collect(Pid)`: the caller's own heap as `garbage_collect()`.
/// Another process is sent a request: it collects its heap fully before
/// its next slice and answers, and the caller waits for the answer in
/// `erts_internal:gc_wait/1` (as OTP's `erlang:garbage_collect/1` does in
/// Erlang). False if `Pid` is not alive, or dies before collecting.
fn garbage_collect1(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let pid = pid_arg(args[0])?;
    let me = ctx.process().pid;
    if pid == me {
        return garbage_collect0(ctx, &[]);
    }
    // Where it cannot trap there is nowhere to wait: the request goes
    // without asking for an answer.
    let reference = next_ref_number();
    let reply_to = ctx.can_trap().then_some((me, reference));
    if table::send(pid, Signal::GarbageCollect { reply_to }).is_err() {
        return Ok(Term::bool(false));
    }
    if reply_to.is_none() {
        return Ok(Term::bool(true));
    }
    let r = build::reference(ctx.heap(), reference);
    Err(ctx.trap("erts_internal", "gc_wait", &[r]))
}

fn processes(ctx: &mut BifContext, _args: &[Term]) -> BifResult {
    let pids: Vec<Term> = table::all_pids().into_iter().map(Term::pid).collect();
    ctx.charge(pids.len() / 16);
    Ok(build::list(ctx.heap(), &pids))
}

/// `erlang:yield()`: ends the slice at the next call.
fn yield0(ctx: &mut BifContext, _args: &[Term]) -> BifResult {
    ctx.charge(crate::interp::SLICE_REDUCTIONS as usize);
    Ok(Term::bool(true))
}

// ---- timers ----------------------------------------------------------------------------

fn time_arg(t: Term) -> Result<u64, Exception> {
    match t.as_small() {
        Some(ms) if (0..=(u32::MAX as i64)).contains(&ms) => Ok(ms as u64),
        _ => Err(badarg()),
    }
}

fn timer_dest(t: Term) -> Result<Dest, Exception> {
    if t.is_pid() {
        Ok(Dest::Pid(t.pid_number()))
    } else if let Some(a) = t.as_atom() {
        Ok(Dest::Name(a))
    } else {
        Err(badarg())
    }
}

fn start_send_timer(ctx: &mut BifContext, args: &[Term], wrap: bool) -> BifResult {
    let ms = time_arg(args[0])?;
    let dest = timer_dest(args[1])?;
    let key = next_ref_number();
    let reference = build::reference(ctx.heap(), key);
    let msg = if wrap {
        ctx.tuple(&[
            Term::atom(atom::intern_internal("timeout")),
            reference,
            args[2],
        ])
    } else {
        args[2]
    };
    let msg: Message = copy_out(msg);
    ctx.charge_copy(&msg);
    runtime()?
        .timers
        .start(key, Duration::from_millis(ms), Action::Send { dest, msg });
    Ok(reference)
}

fn send_after(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    start_send_timer(ctx, args, false)
}

fn start_timer(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    start_send_timer(ctx, args, true)
}

fn cancel_timer(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    if !args[0].is_ref() {
        return Err(badarg());
    }
    Ok(match runtime()?.timers.cancel(args[0].ref_number()) {
        Some(left) => build::int(ctx.heap(), left.as_millis() as i64),
        None => Term::bool(false),
    })
}

fn read_timer(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    if !args[0].is_ref() {
        return Err(badarg());
    }
    Ok(match runtime()?.timers.read(args[0].ref_number()) {
        Some(left) => build::int(ctx.heap(), left.as_millis() as i64),
        None => Term::bool(false),
    })
}

/// The runtime; BIF unit tests call these BIFs without one (then they
/// fail with `badarg` rather than start processes).
fn runtime() -> Result<&'static Runtime, Exception> {
    sched::try_runtime().ok_or_else(badarg)
}

/// `joist_shell:reply(Value)`: hands a value to the embedder (the shell's
/// evaluator process answers the shell with it).
fn shell_reply(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let from = ctx.process().pid;
    let value = copy_out(args[0]);
    if runtime()?.emit(sched::Event::Reply { from, value }) {
        Ok(Term::atom(atom::OK))
    } else {
        Err(badarg())
    }
}

pub const TABLE: &[(&str, &str, usize, BifFn)] = &[
    ("joist_shell", "reply", 1, shell_reply),
    ("erlang", "spawn", 1, spawn1),
    ("erlang", "spawn", 3, spawn3),
    ("erlang", "spawn_link", 1, spawn_link1),
    ("erlang", "spawn_link", 3, spawn_link3),
    ("erlang", "spawn_monitor", 1, spawn_monitor1),
    ("erlang", "spawn_monitor", 3, spawn_monitor3),
    ("erlang", "send", 2, send),
    ("erlang", "!", 2, send),
    ("erlang", "link", 1, link),
    ("erlang", "unlink", 1, unlink),
    ("erlang", "exit", 2, exit2),
    ("erlang", "monitor", 2, monitor),
    ("erlang", "demonitor", 1, demonitor1),
    ("erlang", "demonitor", 2, demonitor2),
    ("erlang", "register", 2, register),
    ("erlang", "unregister", 1, unregister),
    ("erlang", "whereis", 1, whereis),
    ("erlang", "registered", 0, registered),
    ("erlang", "process_flag", 2, process_flag),
    ("erlang", "is_process_alive", 1, is_process_alive),
    ("erlang", "processes", 0, processes),
    ("erlang", "garbage_collect", 0, garbage_collect0),
    ("erlang", "garbage_collect", 1, garbage_collect1),
    ("erlang", "yield", 0, yield0),
    ("erlang", "send_after", 3, send_after),
    ("erlang", "start_timer", 3, start_timer),
    ("erlang", "cancel_timer", 1, cancel_timer),
    ("erlang", "read_timer", 1, read_timer),
];
