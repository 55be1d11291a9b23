//! A process's end: its exit reason goes to linked processes (exit
//! signals) and monitors (`'DOWN'`), its name is dropped, it leaves the
//! process table, and an uncaught error is reported on stderr as OTP's
//! logger does (`=ERROR REPORT==== ...`).

use super::{Outcome, Runtime};
use crate::bif::ExcClass;
use crate::heap::{build, copy};
use crate::interp::Exit;
use crate::process::signal::Signal;
use crate::process::table::{self, ProcessCell};
use crate::process::{status, Process};
use crate::term::{atom, Term};
use std::sync::{Arc, MutexGuard};

/// The exit reason term, built in the process's heap: `{Reason, Stack}`
/// for errors, `{{nocatch, V}, Stack}` for uncaught throws.
fn exit_reason(p: &mut Process, e: &Exit) -> Term {
    match *e {
        Exit::Normal(_) => Term::atom(atom::NORMAL),
        Exit::Signal(r) => r,
        Exit::Halt(_) => Term::atom(atom::NORMAL),
        Exit::Crashed {
            class,
            reason,
            stack,
        } => match class {
            ExcClass::Exit | ExcClass::Signal => reason,
            ExcClass::Throw => {
                let nocatch = build::tuple(&mut p.heap, &[Term::atom(atom::NOCATCH), reason]);
                build::tuple(&mut p.heap, &[nocatch, stack])
            }
            ExcClass::Error | ExcClass::Halt(_) | ExcClass::Trap => {
                build::tuple(&mut p.heap, &[reason, stack])
            }
        },
    }
}

pub fn retire(rt: &Runtime, cell: &Arc<ProcessCell>, mut body: MutexGuard<'_, Process>, e: Exit) {
    let p = &mut *body;
    if let Exit::Halt(code) = e {
        crate::output::flush();
        rt.finish(Outcome::Halt(code));
        return;
    }
    // The name goes first: whoever hears of the exit finds it free.
    table::unregister_pid(p.pid);
    let reason = exit_reason(p, &e);
    let is_main = p.pid == rt.main_pid();
    let watched = rt.unwatch(p.pid);
    if watched {
        let (class, why, stack) = match e {
            Exit::Crashed {
                class,
                reason,
                stack,
            } => (Some(class), reason, stack),
            Exit::Normal(_) | Exit::Halt(_) => (None, Term::atom(atom::NORMAL), Term::NIL),
            Exit::Signal(r) => (None, r, Term::NIL),
        };
        rt.emit(super::Event::Exited {
            pid: p.pid,
            exit: super::ExitReport {
                class,
                reason: copy::copy_out(why),
                stack: copy::copy_out(stack),
            },
        });
    } else if !is_main && matches!(e, Exit::Crashed { class, .. } if class != ExcClass::Exit) {
        report_error(p.pid, reason);
    }
    // No more signals; those that got in arrived after the death: links
    // and monitors are answered with noproc.
    let inbox = Arc::clone(&p.inbox);
    inbox.close(|s| p.handle_signal_dead(s));
    p.answer_gc_waiters(false);
    if let Some(t) = p.timer.take() {
        rt.timers.cancel(t);
    }
    let me = p.pid;
    // Gone from the table before anyone hears of the exit.
    cell.status.set(status::EXITED);
    table::remove(me);
    for &l in &p.links {
        let _ = table::send(
            l,
            Signal::Exit {
                from: me,
                reason: copy::copy_out(reason),
                linked: true,
            },
        );
    }
    for (reference, watcher, name) in std::mem::take(&mut p.monitored_by) {
        let object = p.monitored_as(name);
        let _ = table::send(
            watcher,
            Signal::Down {
                reference,
                object,
                reason: copy::copy_out(reason),
            },
        );
    }
    for &(reference, target) in &p.monitors {
        let _ = table::send(target, Signal::Demonitor { reference });
    }
    if is_main {
        let p = std::mem::replace(&mut *body, Process::new(me, false));
        drop(body);
        rt.finish(Outcome::Exited(Box::new(p), e));
    }
}

/// OTP's report for a process that died of an uncaught error, on stderr.
fn report_error(pid: u64, reason: Term) {
    let text = format!(
        "=ERROR REPORT==== {} ===\nError in process {} with exit value:\n{}\n\n",
        timestamp(),
        crate::term::display::write_term(Term::pid(pid)),
        crate::term::display::print_term(reason, 0)
    );
    crate::output::flush();
    eprint!("{text}");
}

/// `24-Nov-2026::21:18:57.208315` (UTC).
fn timestamp() -> String {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    let secs = now.as_secs() as i64;
    let (days, rem) = (secs.div_euclid(86400), secs.rem_euclid(86400));
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    format!(
        "{}-{}-{}::{:02}:{:02}:{:02}.{:06}",
        day,
        MONTHS[(month - 1) as usize],
        year,
        rem / 3600,
        rem % 3600 / 60,
        rem % 60,
        now.subsec_micros()
    )
}
