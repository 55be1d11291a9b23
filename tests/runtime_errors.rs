//! Runtime error runner: one trial per `tests/runtime_errors/<name>.erl`.
//!
//! Each program raises an exception that nothing catches, so `joist run` must
//! exit with status 1 and report it on stderr. When `<name>.stderr` exists
//! (Joist's own reviewed output, modelled on the Erlang shell's report) stderr
//! must match it byte-for-byte; without it the exit status is still checked
//! and the trial is reported as ignored. `otp-reference.txt` beside the
//! programs records how Erlang/OTP itself formats each exception.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use joist_tests::{
    diff, erl_files, gc_stress, joist_bin, run_joist, runtime_errors_dir, tail, timeout, trial_name,
};
use libtest_mimic::{Arguments, Completion, Failed, Trial};

fn main() {
    let args = Arguments::from_args();
    let root = runtime_errors_dir();
    let files = erl_files(&root).unwrap_or_else(|e| {
        eprintln!("cannot read {}: {e}", root.display());
        std::process::exit(101);
    });

    let bin = Arc::new(joist_bin());
    if let Err(msg) = bin.as_ref() {
        if !args.list {
            eprintln!("error: {msg}\n");
        }
    }

    let kind = if gc_stress() { "gc-stress" } else { "" };
    let trials = files
        .into_iter()
        .map(|file| {
            let bin = Arc::clone(&bin);
            let name = trial_name(&root, &file);
            Trial::ignorable_test(name, move || run_program(&bin, &file)).with_kind(kind)
        })
        .collect();
    libtest_mimic::run(&args, trials).exit();
}

fn run_program(bin: &Result<PathBuf, String>, file: &Path) -> Result<Completion, Failed> {
    let bin = bin
        .as_ref()
        .map_err(|_| "the joist binary was not found (see the message at the start of the run)")?;
    let golden = file.with_extension("stderr");
    let out = run_joist(bin, file, timeout()).map_err(|e| e.to_string())?;

    let mut problems = String::new();
    if out.timed_out || out.code != Some(1) {
        problems.push_str(&format!(
            "joist {} (expected status 1)\n",
            out.describe_exit()
        ));
    }
    let have_golden = golden.is_file();
    if have_golden {
        let want =
            std::fs::read(&golden).map_err(|e| format!("cannot read {}: {e}", golden.display()))?;
        if let Some(d) = diff("stderr", &want, &out.stderr) {
            problems.push_str(&d);
        }
    }
    if !problems.is_empty() {
        if !have_golden || out.code != Some(1) {
            problems.push_str(&tail("stderr", &out.stderr, 20));
        }
        problems.push_str(&tail("stdout", &out.stdout, 10));
        problems.push_str(&format!("program: {}\n", file.display()));
        return Err(problems.into());
    }
    if have_golden {
        Ok(Completion::Completed)
    } else {
        Ok(Completion::ignored_with(format!(
            "exit status 1 ok; no golden {} yet",
            golden.file_name().unwrap_or_default().to_string_lossy()
        )))
    }
}
