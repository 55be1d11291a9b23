//! Shell transcript runner: one trial per `tests/repl/<name>.in`.
//!
//! The input is piped into `joist repl`, run in `tests/repl/` (so `c(File)`
//! and `l(Mod)` find the fixture modules there), and its standard output
//! must equal `<name>.out` byte for byte: the banner, each prompt followed
//! by what its input printed, as `erl` prints a piped session. When the
//! shell is expected to exit with a status other than 0 (`halt(3).`), the
//! first line of the input says so: `% status: 3`. The `.out` files are
//! Joist's own reviewed output, modelled on Erlang/OTP's shell; rewrite
//! them with `tests/regen-repl.sh` and review the diff.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use joist_tests::{diff, joist_bin, run_joist_with_input, tail, tests_dir, timeout};
use libtest_mimic::{Arguments, Failed, Trial};

fn main() {
    let args = Arguments::from_args();
    let root = tests_dir().join("repl");
    let mut inputs: Vec<PathBuf> = std::fs::read_dir(&root)
        .map(|d| {
            d.flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "in"))
                .collect()
        })
        .unwrap_or_else(|e| {
            eprintln!("cannot read {}: {e}", root.display());
            std::process::exit(101);
        });
    inputs.sort();
    let bin = Arc::new(joist_bin());
    if let Err(msg) = bin.as_ref() {
        if !args.list {
            eprintln!("error: {msg}\n");
        }
    }
    let trials = inputs
        .into_iter()
        .map(|file| {
            let bin = Arc::clone(&bin);
            let name = file
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            Trial::test(name, move || run_transcript(&bin, &file))
        })
        .collect();
    libtest_mimic::run(&args, trials).exit();
}

/// The exit status the input asks for (`% status: N` on its first line).
fn expected_status(input: &str) -> i32 {
    input
        .lines()
        .next()
        .and_then(|l| l.strip_prefix("% status:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or(0)
}

fn run_transcript(bin: &Result<PathBuf, String>, file: &Path) -> Result<(), Failed> {
    let bin = bin
        .as_ref()
        .map_err(|_| "the joist binary was not found (see the message at the start of the run)")?;
    let input = std::fs::read(file).map_err(|e| format!("cannot read {}: {e}", file.display()))?;
    let status = expected_status(&String::from_utf8_lossy(&input));
    let golden = file.with_extension("out");
    let expected =
        std::fs::read(&golden).map_err(|e| format!("cannot read {}: {e}", golden.display()))?;
    let dir = file.parent().unwrap_or(Path::new("."));
    let out =
        run_joist_with_input(bin, &["repl"], dir, input, timeout()).map_err(|e| e.to_string())?;
    let mut problems = String::new();
    if out.timed_out || out.code != Some(status) {
        problems.push_str(&format!(
            "joist repl {} (expected status {status})\n",
            out.describe_exit()
        ));
    }
    if let Some(d) = diff("stdout", &expected, &out.stdout) {
        problems.push_str(&d);
    }
    if !out.stderr.is_empty() {
        problems.push_str(&tail("stderr", &out.stderr, 20));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.into())
    }
}
