//! Looking at processes and the system: `process_info/1,2`,
//! `system_info/1`, `statistics/1`, `memory/0,1`.
//!
//! Another process is inspected by taking its body lock while it is not
//! running (see `process::table`); what it holds is copied into the
//! caller's heap. Items Joist does not track are `badarg`, as OTP does for
//! unknown items.

use super::erlang::list_to_vec;
use super::{badarg, BifContext, BifFn, BifResult, Exception};
use crate::code;
use crate::heap::build;
use crate::heap::copy::copy_out;
use crate::process::{status, table, Process};
use crate::sched;
use crate::term::{atom, Atom, Term};
use std::sync::atomic::Ordering;

/// Items listed by `process_info/1`, in OTP's order (the subset Joist has).
const DEFAULT_ITEMS: &[&str] = &[
    "registered_name",
    "current_function",
    "initial_call",
    "status",
    "message_queue_len",
    "links",
    "dictionary",
    "trap_exit",
    "priority",
    "heap_size",
    "stack_size",
    "reductions",
];

fn a(name: &str) -> Term {
    Term::atom(atom::intern_internal(name))
}

fn mfa(ctx: &mut BifContext, (m, f, n): (Atom, Atom, u32)) -> Term {
    ctx.tuple(&[Term::atom(m), Term::atom(f), Term::small(n as i64)])
}

/// An item's value, gathered from the inspected process; built into the
/// caller's heap by [`build_value`].
enum Value {
    /// A term: in the inspected process's heap (copied over unless the
    /// caller inspects itself), or immediate.
    Term(Term),
    Int(i64),
    Name(&'static str),
    Pids(Vec<u64>),
    Monitors(Vec<u64>),
    Mfa((Atom, Atom, u32)),
    Gcs(i64),
}

/// The value of item `name` of process `p` (the caller itself when `own`);
/// `None` for an unknown item (badarg).
fn gather(p: &mut Process, own: bool, name: &str, state: u8) -> Option<Value> {
    Some(match name {
        "registered_name" => Value::Term(match table::name_of(p.pid) {
            Some(n) => Term::atom(n),
            None => Term::NIL,
        }),
        "status" => Value::Name(match state {
            _ if own => "running",
            status::WAITING => "waiting",
            status::RUNNABLE => "runnable",
            status::RUNNING | status::NOTIFIED => "running",
            _ => "exiting",
        }),
        "message_queue_len" => Value::Int(p.mailbox.len() as i64),
        "messages" => {
            let msgs: Vec<Term> = p.mailbox.queue.iter().copied().collect();
            Value::Term(build::list(&mut p.heap, &msgs))
        }
        "links" => Value::Pids(p.links.clone()),
        "monitors" => Value::Monitors(p.monitors.iter().map(|&(_, pid)| pid).collect()),
        "monitored_by" => Value::Pids(p.monitored_by.iter().map(|&(_, w, _)| w).collect()),
        "dictionary" => {
            let pairs = p.dict.clone();
            let items: Vec<Term> = pairs
                .into_iter()
                .map(|(k, v)| build::tuple(&mut p.heap, &[k, v]))
                .collect();
            Value::Term(build::list(&mut p.heap, &items))
        }
        "trap_exit" => Value::Term(Term::bool(p.trap_exit)),
        "priority" => Value::Name("normal"),
        "initial_call" => Value::Mfa(p.initial_call),
        "current_function" => Value::Mfa(current_function(p)),
        "heap_size" => Value::Int(p.heap.young.words.len() as i64),
        "total_heap_size" => Value::Int(p.heap.capacity_words() as i64),
        "stack_size" => Value::Int(p.stack.len() as i64),
        "memory" => Value::Int(p.memory_bytes() as i64),
        "reductions" => Value::Int(p.reductions as i64),
        "garbage_collection" => Value::Gcs(p.heap.collections as i64),
        _ => return None,
    })
}

/// The function `p` is in. Inside the continuation of a native that
/// trapped (`lists:'$reverse'/2`, ...), the native, as OTP shows the BIF
/// (`{lists, reverse, 2}`, `{erlang, '--', 2}`); for `length/1`, whose
/// trap OTP does not show, the caller.
fn current_function(p: &Process) -> (Atom, Atom, u32) {
    let at = |a: crate::process::CodeAddr| {
        code::get(a.module).and_then(|m| m.function_at(a.pc).map(|f| (m.name, f.name, f.arity)))
    };
    let Some((m, f, a)) = at(p.ip) else {
        return p.initial_call;
    };
    if m.name() != "lists" || !f.name().starts_with('$') {
        return (m, f, a);
    }
    let caller = || {
        (!p.cp.is_non_value())
            .then(|| at(crate::process::CodeAddr::from_term(p.cp)))
            .flatten()
    };
    match super::trapped_function(f.name(), &p.x[..(a as usize).min(p.x.len())]) {
        Some(("erlang", "length", _)) => {
            caller().unwrap_or((atom::ERLANG, atom::intern_internal("length"), 1))
        }
        Some((m, f, a)) => (atom::intern_internal(m), atom::intern_internal(f), a),
        // OTP's own sort helpers (`'$split_1'/5` is its `split_1/5`).
        None => (m, atom::intern_internal(&f.name()[1..]), a),
    }
}

fn build_value(ctx: &mut BifContext, v: Value, own: bool) -> Term {
    match v {
        Value::Term(t) if own => t,
        Value::Term(t) => {
            let m = copy_out(t);
            ctx.charge_copy(&m);
            ctx.heap().adopt_message(m)
        }
        Value::Int(n) => build::int(ctx.heap(), n),
        Value::Name(n) => a(n),
        Value::Pids(v) => {
            let l: Vec<Term> = v.into_iter().map(Term::pid).collect();
            build::list(ctx.heap(), &l)
        }
        Value::Monitors(v) => {
            let l: Vec<Term> = v
                .into_iter()
                .map(|pid| ctx.tuple(&[Term::atom(atom::PROCESS), Term::pid(pid)]))
                .collect();
            build::list(ctx.heap(), &l)
        }
        Value::Mfa(x) => mfa(ctx, x),
        Value::Gcs(n) => {
            let t = ctx.tuple(&[a("minor_gcs"), Term::small(n)]);
            build::list(ctx.heap(), &[t])
        }
    }
}

/// `single`: process_info/2 with one item (the value alone); `all`:
/// process_info/1 (which leaves out `registered_name` if there is none).
fn info(ctx: &mut BifContext, pid: Term, items: &[Term], single: bool, all: bool) -> BifResult {
    if !pid.is_pid() {
        return Err(badarg());
    }
    let names: Vec<&str> = items
        .iter()
        .map(|t| t.as_atom().map(|a| a.name()).ok_or_else(badarg))
        .collect::<Result<_, _>>()?;
    let n = pid.pid_number();
    let mut values = Vec::with_capacity(names.len());
    if n == ctx.process().pid {
        ctx.process().take_signals();
        for name in &names {
            let v = match *name {
                // The current slice is not in `Process::reductions` yet.
                "reductions" => Value::Int(ctx.reductions() as i64),
                _ => gather(ctx.process(), true, name, status::RUNNING).ok_or_else(badarg)?,
            };
            values.push(build_value(ctx, v, true));
        }
    } else {
        let Some(cell) = table::lookup(n) else {
            return Ok(Term::atom(atom::UNDEFINED));
        };
        let state = cell.status.get();
        if state == status::EXITED {
            return Ok(Term::atom(atom::UNDEFINED));
        }
        let Some(mut body) = cell.inspect() else {
            return Ok(Term::atom(atom::UNDEFINED));
        };
        // Holding the lock makes this thread the owner: apply its pending
        // signals so message_queue_len and friends are current.
        body.take_signals();
        if body.pending_exit.is_some() {
            return Ok(Term::atom(atom::UNDEFINED));
        }
        for name in &names {
            let v = gather(&mut body, false, name, state).ok_or_else(badarg)?;
            values.push(build_value(ctx, v, false));
        }
    }
    ctx.charge(values.len());
    if single {
        let v = values[0];
        if names[0] == "registered_name" && v.is_nil() {
            return Ok(Term::NIL);
        }
        return Ok(ctx.tuple(&[items[0], v]));
    }
    let mut pairs = Vec::with_capacity(values.len());
    for (i, v) in values.into_iter().enumerate() {
        if all && names[i] == "registered_name" && v.is_nil() {
            // process_info/1 leaves out registered_name when there is none.
            continue;
        }
        pairs.push(ctx.tuple(&[items[i], v]));
    }
    Ok(build::list(ctx.heap(), &pairs))
}

fn process_info1(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let items: Vec<Term> = DEFAULT_ITEMS.iter().map(|n| a(n)).collect();
    info(ctx, args[0], &items, false, true)
}

fn process_info2(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    if args[1].is_atom() {
        return info(ctx, args[0], &[args[1]], true, false);
    }
    let items = list_to_vec(args[1]).ok_or_else(badarg)?;
    info(ctx, args[0], &items, false, false)
}

fn runtime() -> Result<&'static sched::Runtime, Exception> {
    sched::try_runtime().ok_or_else(badarg)
}

fn system_info(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let name = args[0].as_atom().ok_or_else(badarg)?;
    Ok(match name.name() {
        "schedulers" | "schedulers_online" | "logical_processors" => {
            Term::small(runtime()?.config.schedulers as i64)
        }
        "process_count" => Term::small(table::count() as i64),
        "process_limit" => Term::small(sched::PROCESS_LIMIT as i64),
        "atom_limit" => Term::small(atom::ATOM_LIMIT as i64),
        "otp_release" => build::string(ctx.heap(), "25"),
        "wordsize" => Term::small(8),
        "machine" => build::string(ctx.heap(), "Joist"),
        _ => return Err(badarg()),
    })
}

fn statistics(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    use std::sync::atomic::AtomicU64;
    static LAST_REDS: AtomicU64 = AtomicU64::new(0);
    static LAST_EXACT_REDS: AtomicU64 = AtomicU64::new(0);
    static LAST_WALL: AtomicU64 = AtomicU64::new(0);
    static LAST_RUN: AtomicU64 = AtomicU64::new(0);
    let name = args[0].as_atom().ok_or_else(badarg)?;
    // {Total, SinceLastCall}: since the last call by any process, as in
    // OTP (which keeps one figure per item). Totals read by two processes
    // at once may arrive out of order: the larger one counts, so nothing
    // is counted twice.
    let since =
        |last: &AtomicU64, now: u64| now.saturating_sub(last.fetch_max(now, Ordering::Relaxed));
    Ok(match name.name() {
        "reductions" | "exact_reductions" => {
            let rt = runtime()?;
            // The slices every process has finished, as in OTP: the
            // caller's current slice is not in it yet (its own
            // process_info(self(), reductions) is).
            let total = rt.reductions.total().max(0) as u64;
            let last = if name.name() == "reductions" {
                &LAST_REDS
            } else {
                &LAST_EXACT_REDS
            };
            let d = since(last, total);
            let (t, d) = (
                build::int(ctx.heap(), total as i64),
                build::int(ctx.heap(), d as i64),
            );
            ctx.tuple(&[t, d])
        }
        "run_queue" => Term::small(runtime()?.queues.queued() as i64),
        "total_run_queue_lengths" | "total_active_tasks" => {
            Term::small(runtime()?.queues.queued() as i64)
        }
        "wall_clock" | "runtime" => {
            let ms = (super::erlang_proc::monotonic_ns() + (1i128 << 59)) / 1_000_000;
            let ms = ms.max(0) as u64;
            let last = if name.name() == "wall_clock" {
                &LAST_WALL
            } else {
                &LAST_RUN
            };
            let d = since(last, ms);
            ctx.tuple(&[Term::small(ms as i64), Term::small(d as i64)])
        }
        _ => return Err(badarg()),
    })
}

/// (processes, total) memory in bytes.
fn memory_figures() -> Result<(usize, usize), Exception> {
    let rt = runtime()?;
    let processes = rt.process_bytes.total().max(0) as usize;
    let code: usize = code::loaded_modules()
        .iter()
        .map(|m| m.code.len() * 40 + m.literal_area.capacity_words() * 8)
        .sum();
    Ok((processes, processes + code))
}

fn memory0(ctx: &mut BifContext, _args: &[Term]) -> BifResult {
    let (processes, total) = memory_figures()?;
    let mut pairs = Vec::new();
    for (k, v) in [
        ("total", total),
        ("processes", processes),
        ("processes_used", processes),
        ("system", total - processes),
        ("atom", 0),
        ("binary", 0),
        ("code", total - processes),
        ("ets", 0),
    ] {
        let v = build::int(ctx.heap(), v as i64);
        pairs.push(ctx.tuple(&[a(k), v]));
    }
    Ok(build::list(ctx.heap(), &pairs))
}

fn memory1(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let (processes, total) = memory_figures()?;
    let v = match args[0].as_atom().map(|a| a.name()) {
        Some("total") => total,
        Some("processes" | "processes_used") => processes,
        Some("system" | "code") => total - processes,
        Some("atom" | "binary" | "ets" | "atom_used") => 0,
        _ => return Err(badarg()),
    };
    Ok(build::int(ctx.heap(), v as i64))
}

pub const TABLE: &[(&str, &str, usize, BifFn)] = &[
    ("erlang", "process_info", 1, process_info1),
    ("erlang", "process_info", 2, process_info2),
    ("erlang", "system_info", 1, system_info),
    ("erlang", "statistics", 1, statistics),
    ("erlang", "memory", 0, memory0),
    ("erlang", "memory", 1, memory1),
];
