//! Conformance corpus runner: one trial per entry program of
//! `tests/programs/<topic>/<name>.erl`, named `<topic>/<name>`.
//!
//! An entry program exports `main/0` and has a `<name>.expected` file beside
//! it: the stdout Erlang/OTP printed for it (`tests/regen-expected.sh`). The
//! trial runs `joist run <name>.erl` in the program's directory (modules it
//! calls live beside it) and passes when the exit status is 0 and stdout is
//! byte-for-byte the `.expected` file. Modules without `main/0` are helpers,
//! not trials.
//!
//! Environment: `JOIST_BIN` (the binary to test), `JOIST_TEST_TIMEOUT`
//! (seconds per program, default 60), `JOIST_GC_STRESS=1` (inherited by the
//! VM; trials are then labelled `[gc-stress]`).

use std::path::{Path, PathBuf};
use std::sync::Arc;

use joist_tests::{
    diff, erl_files, exports_main0, gc_stress, joist_bin, programs_dir, run_joist, tail, timeout,
    trial_name,
};
use libtest_mimic::{Arguments, Failed, Trial};

fn main() {
    let args = Arguments::from_args();
    let root = programs_dir();
    let files = erl_files(&root).unwrap_or_else(|e| {
        eprintln!("cannot read the corpus at {}: {e}", root.display());
        std::process::exit(101);
    });

    let bin = Arc::new(joist_bin());
    if let Err(msg) = bin.as_ref() {
        if !args.list {
            eprintln!("error: {msg}\n");
        }
    }

    let kind = if gc_stress() { "gc-stress" } else { "" };
    let mut trials = Vec::new();
    for file in files {
        let expected = file.with_extension("expected");
        let name = trial_name(&root, &file);
        if expected.is_file() {
            let bin = Arc::clone(&bin);
            trials.push(
                Trial::test(name, move || run_program(&bin, &file, &expected)).with_kind(kind),
            );
        } else if std::fs::read_to_string(&file).is_ok_and(|src| exports_main0(&src)) {
            trials.push(
                Trial::test(name, move || {
                    Err(format!(
                        "{} exports main/0 but has no .expected file; run tests/regen-expected.sh",
                        file.display()
                    )
                    .into())
                })
                .with_kind(kind),
            );
        }
    }
    libtest_mimic::run(&args, trials).exit();
}

fn run_program(bin: &Result<PathBuf, String>, file: &Path, expected: &Path) -> Result<(), Failed> {
    let bin = bin
        .as_ref()
        .map_err(|_| "the joist binary was not found (see the message at the start of the run)")?;
    let want =
        std::fs::read(expected).map_err(|e| format!("cannot read {}: {e}", expected.display()))?;
    let out = run_joist(bin, file, timeout()).map_err(|e| e.to_string())?;

    let mut problems = String::new();
    if out.timed_out || out.code != Some(0) {
        problems.push_str(&format!(
            "joist {} (expected status 0)\n",
            out.describe_exit()
        ));
    }
    if let Some(d) = diff("stdout", &want, &out.stdout) {
        problems.push_str(&d);
    }
    if problems.is_empty() {
        return Ok(());
    }
    problems.push_str(&tail("stderr", &out.stderr, 20));
    problems.push_str(&format!(
        "program: {}\nexpected: {}\n",
        file.display(),
        expected.display()
    ));
    Err(problems.into())
}
