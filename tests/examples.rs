//! The examples: each `examples/*.erl` whose header comment has an
//! `%% Output:` block (lines `%%   text` after it) must print exactly that
//! on stdout and exit with status 0. The blocks were checked against
//! Erlang/OTP when the examples were written, so the docs and the VM
//! cannot drift apart.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use joist_tests::{diff, erl_files, joist_bin, run_joist, tail, tests_dir, timeout};
use libtest_mimic::{Arguments, Failed, Trial};

/// The expected stdout written in the header, if the example has one.
fn documented_output(source: &str) -> Option<String> {
    let mut lines = source.lines();
    lines.by_ref().find(|l| l.starts_with("%% Output"))?;
    let mut out = String::new();
    for l in lines {
        match l.strip_prefix("%%   ") {
            Some(text) => {
                out.push_str(text);
                out.push('\n');
            }
            None => break,
        }
    }
    Some(out)
}

fn main() {
    let args = Arguments::from_args();
    let dir = tests_dir().join("../examples");
    let files = erl_files(&dir).unwrap_or_default();
    let bin = Arc::new(joist_bin());
    let mut trials = Vec::new();
    for file in files {
        let Ok(source) = std::fs::read_to_string(&file) else {
            continue;
        };
        let Some(want) = documented_output(&source) else {
            continue;
        };
        let name = file
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let bin = Arc::clone(&bin);
        trials.push(Trial::test(name, move || run(&bin, &file, &want)));
    }
    libtest_mimic::run(&args, trials).exit();
}

fn run(bin: &Result<PathBuf, String>, file: &Path, want: &str) -> Result<(), Failed> {
    let bin = bin.as_ref().map_err(|e| e.clone())?;
    let out = run_joist(bin, file, timeout()).map_err(|e| e.to_string())?;
    let mut problems = String::new();
    if out.timed_out || out.code != Some(0) {
        problems.push_str(&format!(
            "joist {} (expected status 0)\n",
            out.describe_exit()
        ));
    }
    if let Some(d) = diff("stdout", want.as_bytes(), &out.stdout) {
        problems.push_str(&d);
    }
    if problems.is_empty() {
        return Ok(());
    }
    problems.push_str(&tail("stderr", &out.stderr, 20));
    Err(problems.into())
}
