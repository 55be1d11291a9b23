//! The shell on a real (pseudo-)terminal: line editing, history across
//! sessions, Ctrl-R, Tab completion, Ctrl-C (at the prompt and during a
//! runaway evaluation) and Ctrl-D. Each test runs `joist repl` with its own
//! history file and working directory.
#![cfg(unix)]

use rexpect::reader::Options;
use rexpect::session::{spawn_with_options, PtySession};
use std::path::PathBuf;
use std::process::Command;

const TIMEOUT_MS: u64 = 20_000;

/// A fresh directory for one test (history file, modules).
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("joist-pty-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create scratch dir");
    dir
}

fn start(dir: &PathBuf) -> PtySession {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_joist"));
    cmd.arg("repl")
        .current_dir(dir)
        .env("JOIST_HISTORY", dir.join("history"))
        .env("TERM", "xterm")
        .env("NO_COLOR", "1");
    let options = Options::new()
        .timeout_ms(Some(TIMEOUT_MS))
        .strip_ansi_escape_codes(true);
    let mut p = spawn_with_options(cmd, options).expect("spawn joist repl");
    p.exp_string("1> ").expect("first prompt");
    p
}

/// Ctrl-D on an empty line ends the session with status 0.
fn quit(mut p: PtySession) {
    p.send_control('d').expect("send Ctrl-D");
    p.exp_eof().expect("the shell exits");
    let status = p.process().wait().expect("wait");
    assert!(
        format!("{status:?}").ends_with(", 0)"),
        "exit status {status:?}"
    );
}

#[test]
fn evaluates_and_exits_on_ctrl_d() {
    let dir = scratch("basic");
    let mut p = start(&dir);
    p.send_line("X = 6 * 7.").unwrap();
    p.exp_string("42").unwrap();
    p.exp_string("2> ").unwrap();
    // An unfinished expression continues after a continuation prompt.
    p.send_line("{X,").unwrap();
    p.exp_string(".. ").unwrap();
    p.send_line("\"a.b\"}.").unwrap();
    p.exp_string("{42,\"a.b\"}").unwrap();
    p.exp_string("3> ").unwrap();
    quit(p);
}

#[test]
fn emacs_editing_keys() {
    let dir = scratch("editing");
    let mut p = start(&dir);
    // Ctrl-A goes to the start of the line: "10 * " lands before "1 + 2.".
    p.send("1 + 2.").unwrap();
    p.send_control('a').unwrap();
    p.send("10 * ").unwrap();
    p.send_line("").unwrap();
    p.exp_string("12").unwrap();
    p.exp_string("2> ").unwrap();
    // Ctrl-C drops the line being typed; the prompt number stays.
    p.send("this is not erlang").unwrap();
    p.send_control('c').unwrap();
    p.exp_string("2> ").unwrap();
    p.send_line("ok.").unwrap();
    p.exp_string("ok").unwrap();
    p.exp_string("3> ").unwrap();
    quit(p);
}

#[test]
fn history_is_kept_across_sessions_and_searchable() {
    let dir = scratch("history");
    let mut p = start(&dir);
    p.send_line("Remembered = 1234 + 1.").unwrap();
    p.exp_string("1235").unwrap();
    p.exp_string("2> ").unwrap();
    p.send_line("other.").unwrap();
    p.exp_string("3> ").unwrap();
    quit(p);

    let mut p = start(&dir);
    // Up twice: the older entry.
    p.send("\x1b[A\x1b[A").unwrap();
    p.send_line("").unwrap();
    p.exp_string("1235").unwrap();
    p.exp_string("2> ").unwrap();
    // Ctrl-R: reverse search.
    p.send_control('r').unwrap();
    p.send("1234").unwrap();
    p.send_line("").unwrap();
    p.exp_string("1235").unwrap();
    p.exp_string("3> ").unwrap();
    quit(p);
    let saved = std::fs::read_to_string(dir.join("history")).unwrap_or_default();
    assert!(saved.contains("Remembered = 1234 + 1."), "{saved}");
}

#[test]
fn tab_completes_functions_modules_and_variables() {
    let dir = scratch("completion");
    let mut p = start(&dir);
    // `module:fun` completes to `fun(`.
    p.send("lists:reve\t").unwrap();
    p.send_line("[1, 2]).").unwrap();
    p.exp_string("[2,1]").unwrap();
    p.exp_string("2> ").unwrap();
    // A module name completes to `module:`.
    p.send("proplis\t").unwrap();
    p.send_line("get_value(a, [{a, 5}]).").unwrap();
    p.exp_string("5").unwrap();
    p.exp_string("3> ").unwrap();
    // Bound variables complete.
    p.send_line("LongVariableName = 77.").unwrap();
    p.exp_string("4> ").unwrap();
    p.send("LongVar\t").unwrap();
    p.send_line(" + 1.").unwrap();
    p.exp_string("78").unwrap();
    p.exp_string("5> ").unwrap();
    // Shell commands complete (`fl` → `flush()`).
    p.send("fl\t").unwrap();
    p.send_line(".").unwrap();
    p.exp_string("ok").unwrap();
    p.exp_string("6> ").unwrap();
    quit(p);
}

/// Ctrl-C during an evaluation that never ends stops it; the shell and its
/// bindings survive.
#[test]
fn ctrl_c_interrupts_a_runaway_evaluation() {
    let dir = scratch("interrupt");
    let mut p = start(&dir);
    p.send_line("X = 7.").unwrap();
    p.exp_string("2> ").unwrap();
    p.send_line("Loop = fun L(N) -> L(N + 1) end.").unwrap();
    p.exp_string("3> ").unwrap();
    p.send_line("Loop(0).").unwrap();
    std::thread::sleep(std::time::Duration::from_millis(300));
    p.send_control('c').unwrap();
    p.exp_string("interrupted").unwrap();
    p.exp_string("4> ").unwrap();
    p.send_line("X * 6.").unwrap();
    p.exp_string("42").unwrap();
    p.exp_string("5> ").unwrap();
    quit(p);
}
