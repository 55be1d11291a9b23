//! Diagnostic goldens: one trial per `tests/diagnostics/<name>.erl`.
//!
//! Runs `joist check <name>.erl` in that folder and compares stderr with
//! `<name>.stderr`: Joist's own rendered diagnostics (title, source line,
//! caret, notes, hint), reviewed when they change. `regen-diagnostics.sh`
//! rewrites the goldens from the current binary for review with `git diff`.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;

use joist_tests::{diff, erl_files, joist_bin, tests_dir, trial_name};
use libtest_mimic::{Arguments, Failed, Trial};

fn main() {
    let args = Arguments::from_args();
    let root = tests_dir().join("diagnostics");
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
    let trials = files
        .into_iter()
        .map(|file| {
            let bin = Arc::clone(&bin);
            let name = trial_name(&root, &file);
            Trial::test(name, move || check(&bin, &file))
        })
        .collect();
    libtest_mimic::run(&args, trials).exit();
}

fn check(bin: &Result<PathBuf, String>, file: &Path) -> Result<(), Failed> {
    let bin = bin.as_ref().map_err(|_| "the joist binary was not found")?;
    let dir = file.parent().ok_or("no parent directory")?;
    let name = file.file_name().ok_or("no file name")?;
    let out = Command::new(bin)
        .arg("check")
        .arg(name)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .map_err(|e| e.to_string())?;
    let golden = file.with_extension("stderr");
    let want =
        std::fs::read(&golden).map_err(|e| format!("cannot read {}: {e}", golden.display()))?;
    if out.stderr.is_empty() {
        return Err("joist check printed no diagnostic".into());
    }
    if let Some(d) = diff("stderr", &want, &out.stderr) {
        return Err(d.into());
    }
    let has_error = want.starts_with(b"error") || want.windows(7).any(|w| w == b"\nerror:");
    let expected_code = if has_error { 2 } else { 0 };
    if out.status.code() != Some(expected_code) {
        return Err(format!(
            "exit status {:?}, expected {expected_code}",
            out.status.code()
        )
        .into());
    }
    Ok(())
}
