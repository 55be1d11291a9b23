//! Shared helpers for the whole-program test runners.
//!
//! The runners (`programs.rs`, `runtime_errors.rs`) run the `joist` binary on
//! `.erl` files and compare what it prints with golden files: the stdout that
//! Erlang/OTP printed for the same program (`.expected`, written by
//! `tests/regen-expected.sh`), or Joist's own reviewed stderr (`.stderr`).

use std::ffi::OsStr;
use std::fmt::Write as _;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

/// Per-program time limit unless `JOIST_TEST_TIMEOUT` (seconds) says otherwise.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);

/// Directory of this package (`tests/`).
pub fn tests_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The conformance corpus: `tests/programs/<topic>/<name>.erl`.
pub fn programs_dir() -> PathBuf {
    tests_dir().join("programs")
}

/// Programs that die with an uncaught exception: `tests/runtime_errors/*.erl`.
pub fn runtime_errors_dir() -> PathBuf {
    tests_dir().join("runtime_errors")
}

/// The per-program timeout: `JOIST_TEST_TIMEOUT` seconds, or [`DEFAULT_TIMEOUT`].
pub fn timeout() -> Duration {
    std::env::var("JOIST_TEST_TIMEOUT")
        .ok()
        .and_then(|s| s.trim().parse::<u64>().ok())
        .filter(|&s| s > 0)
        .map(Duration::from_secs)
        .unwrap_or(DEFAULT_TIMEOUT)
}

/// Whether the suite runs under `JOIST_GC_STRESS=1`. The variable is simply
/// inherited by every `joist` process (the VM reads it); the runners only use
/// this to label their trials.
pub fn gc_stress() -> bool {
    std::env::var_os("JOIST_GC_STRESS").is_some_and(|v| v == "1")
}

/// Locates the `joist` binary: `$JOIST_BIN` if set, otherwise `joist` in the
/// Cargo profile directory this test executable was built into (test
/// executables live in `target/<profile>/deps/`).
pub fn joist_bin() -> Result<PathBuf, String> {
    if let Some(bin) = std::env::var_os("JOIST_BIN") {
        let bin = PathBuf::from(bin);
        return if bin.is_file() {
            Ok(bin)
        } else {
            Err(format!(
                "JOIST_BIN is set to {}, which is not a file",
                bin.display()
            ))
        };
    }
    let exe =
        std::env::current_exe().map_err(|e| format!("cannot locate the test executable: {e}"))?;
    let profile_dir = exe
        .parent()
        .filter(|deps| deps.file_name() == Some(OsStr::new("deps")))
        .and_then(Path::parent)
        .ok_or_else(|| {
            format!(
                "cannot derive the target directory from {}; set JOIST_BIN",
                exe.display()
            )
        })?;
    let bin = profile_dir.join(format!("joist{}", std::env::consts::EXE_SUFFIX));
    if bin.is_file() {
        Ok(bin)
    } else {
        Err(format!(
            "the joist binary was not found at {}.\n\
             Build it first with `cargo build -p joist-vm` (add `--release` if the \
             tests run with `--release`); `cargo test` does not build another \
             package's binaries by itself. Or point JOIST_BIN at a joist binary.",
            bin.display()
        ))
    }
}

/// All `.erl` files under `dir`, recursively, sorted by path.
pub fn erl_files(dir: &Path) -> io::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d)? {
            let path = entry?.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension() == Some(OsStr::new("erl")) {
                out.push(path);
            }
        }
    }
    out.sort();
    Ok(out)
}

/// Trial name of a program: its path below `root` without `.erl`, with `/`
/// separators (`arith/arith_div`).
pub fn trial_name(root: &Path, file: &Path) -> String {
    let rel = file.strip_prefix(root).unwrap_or(file).with_extension("");
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// A cheap textual check: does this module export `main/0`, either through an
/// `-export` list or `-compile(export_all)` with a `main()` clause? Used only
/// to notice entry programs whose `.expected` file is missing; helper modules
/// (which do not export `main/0`) are not trials.
pub fn exports_main0(source: &str) -> bool {
    let code: String = source
        .lines()
        .map(|line| match line.find('%') {
            Some(i) => &line[..i],
            None => line,
        })
        .collect::<Vec<_>>()
        .join("\n");
    let compact: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    let in_export_list = compact.split("-export([").skip(1).any(|rest| {
        let list = rest.split("])").next().unwrap_or("");
        list.split(',').any(|f| f == "main/0")
    });
    let export_all = compact.contains("-compile(export_all)")
        || compact.contains("-compile([export_all")
        || compact.contains(",export_all");
    in_export_list || (export_all && code.lines().any(|l| l.starts_with("main()")))
}

/// What a finished (or killed) `joist` process left behind.
#[derive(Debug)]
pub struct Output {
    /// `None` when the process was killed by a signal.
    pub code: Option<i32>,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    /// The process hit the time limit and was killed.
    pub timed_out: bool,
    pub elapsed: Duration,
}

impl Output {
    /// A one-line account of how the process ended.
    pub fn describe_exit(&self) -> String {
        match (self.timed_out, self.code) {
            (true, _) => format!("timed out after {:.1?} and was killed", self.elapsed),
            (false, Some(c)) => format!("exited with status {c}"),
            (false, None) => "was killed by a signal".to_string(),
        }
    }
}

/// Runs `joist run FILE` in FILE's directory (so modules beside it are found)
/// with stdin closed, killing it after `limit`. The environment is inherited,
/// so `JOIST_GC_STRESS` and friends reach the VM.
pub fn run_joist(bin: &Path, file: &Path, limit: Duration) -> io::Result<Output> {
    let dir = file.parent().unwrap_or(Path::new("."));
    let start = Instant::now();
    let mut child = Command::new(bin)
        .arg("run")
        .arg(file)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| io::Error::new(e.kind(), format!("cannot start {}: {e}", bin.display())))?;
    // Drain both pipes on their own threads so a chatty program cannot block
    // on a full pipe while we wait for it.
    let stdout = Drain::start(child.stdout.take());
    let stderr = Drain::start(child.stderr.take());
    let (status, timed_out) = wait_with_timeout(&mut child, limit)?;
    let elapsed = start.elapsed();
    // A process the VM started could keep a pipe open after the VM is gone;
    // give the readers a moment, then take what they have.
    let grace = Instant::now() + Duration::from_secs(2);
    Ok(Output {
        code: status.code(),
        stdout: stdout.finish(grace),
        stderr: stderr.finish(grace),
        timed_out,
        elapsed,
    })
}

/// Runs `joist ARGS...` in `dir` with `input` as its standard input (a
/// pipe, so the shell reads it without line editing), killing it after
/// `limit`. Used by the shell transcript runner.
pub fn run_joist_with_input(
    bin: &Path,
    args: &[&str],
    dir: &Path,
    input: Vec<u8>,
    limit: Duration,
) -> io::Result<Output> {
    let start = Instant::now();
    let mut child = Command::new(bin)
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| io::Error::new(e.kind(), format!("cannot start {}: {e}", bin.display())))?;
    let stdin = child.stdin.take();
    let writer = thread::spawn(move || {
        if let Some(mut pipe) = stdin {
            use std::io::Write;
            // A shell that exits early (q().) closes the pipe: not an error.
            let _ = pipe.write_all(&input);
        }
    });
    let stdout = Drain::start(child.stdout.take());
    let stderr = Drain::start(child.stderr.take());
    let (status, timed_out) = wait_with_timeout(&mut child, limit)?;
    let _ = writer.join();
    let elapsed = start.elapsed();
    let grace = Instant::now() + Duration::from_secs(2);
    Ok(Output {
        code: status.code(),
        stdout: stdout.finish(grace),
        stderr: stderr.finish(grace),
        timed_out,
        elapsed,
    })
}

/// A thread copying one pipe into a shared buffer.
struct Drain {
    buf: Arc<Mutex<Vec<u8>>>,
    thread: thread::JoinHandle<()>,
}

impl Drain {
    fn start<R: Read + Send + 'static>(pipe: Option<R>) -> Drain {
        let buf = Arc::new(Mutex::new(Vec::new()));
        let sink = Arc::clone(&buf);
        let thread = thread::spawn(move || {
            let Some(mut pipe) = pipe else { return };
            let mut chunk = vec![0u8; 64 * 1024];
            // A read error just ends the capture; the comparison shows it.
            while let Ok(n) = pipe.read(&mut chunk) {
                if n == 0 {
                    break;
                }
                lock(&sink).extend_from_slice(&chunk[..n]);
            }
        });
        Drain { buf, thread }
    }

    /// The bytes read so far, once the pipe is closed or `deadline` passes.
    fn finish(self, deadline: Instant) -> Vec<u8> {
        while !self.thread.is_finished() && Instant::now() < deadline {
            thread::sleep(Duration::from_millis(5));
        }
        if self.thread.is_finished() {
            let _ = self.thread.join();
        }
        std::mem::take(&mut *lock(&self.buf))
    }
}

fn lock(buf: &Mutex<Vec<u8>>) -> std::sync::MutexGuard<'_, Vec<u8>> {
    buf.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

fn wait_with_timeout(child: &mut Child, limit: Duration) -> io::Result<(ExitStatus, bool)> {
    let deadline = Instant::now() + limit;
    let mut pause = Duration::from_millis(1);
    loop {
        if let Some(status) = child.try_wait()? {
            return Ok((status, false));
        }
        let now = Instant::now();
        if now >= deadline {
            // The child may exit between try_wait and kill; either way, reap it.
            let _ = child.kill();
            return Ok((child.wait()?, true));
        }
        thread::sleep(pause.min(deadline - now));
        pause = (pause * 2).min(Duration::from_millis(50));
    }
}

/// Renders bytes for a failure message: lossy UTF-8 with control characters
/// and invalid bytes made visible.
fn show_line(line: &[u8]) -> String {
    let mut s = String::new();
    for chunk in line.utf8_chunks() {
        for c in chunk.valid().chars() {
            match c {
                '\t' => s.push_str("\\t"),
                '\r' => s.push_str("\\r"),
                c if c.is_control() => {
                    let _ = write!(s, "\\x{:02x}", c as u32);
                }
                c => s.push(c),
            }
        }
        for b in chunk.invalid() {
            let _ = write!(s, "\\x{b:02x}");
        }
    }
    s
}

/// Splits into lines, keeping track of whether the text ends with a newline.
fn lines(text: &[u8]) -> Vec<&[u8]> {
    if text.is_empty() {
        return Vec::new();
    }
    let mut v: Vec<&[u8]> = text.split(|&b| b == b'\n').collect();
    if text.ends_with(b"\n") {
        v.pop();
    }
    v
}

/// A readable account of how `actual` differs from `expected`: the first
/// differing line, a little context, and the line counts. `None` if equal.
pub fn diff(what: &str, expected: &[u8], actual: &[u8]) -> Option<String> {
    if expected == actual {
        return None;
    }
    let exp = lines(expected);
    let act = lines(actual);
    let mut out = String::new();
    let first = exp
        .iter()
        .zip(act.iter())
        .position(|(e, a)| e != a)
        .unwrap_or(exp.len().min(act.len()));
    let _ = writeln!(
        out,
        "{what} differs at line {} (expected {} lines, got {}):",
        first + 1,
        exp.len(),
        act.len()
    );
    let ctx_start = first.saturating_sub(2);
    for (i, line) in exp.iter().enumerate().take(first).skip(ctx_start) {
        let _ = writeln!(out, "  {:>5} | {}", i + 1, show_line(line));
    }
    match exp.get(first) {
        Some(l) => {
            let _ = writeln!(out, "- {:>5} | {}", first + 1, show_line(l));
        }
        None => {
            let _ = writeln!(out, "- {:>5} | <end of expected output>", first + 1);
        }
    }
    match act.get(first) {
        Some(l) => {
            let _ = writeln!(out, "+ {:>5} | {}", first + 1, show_line(l));
        }
        None => {
            let _ = writeln!(out, "+ {:>5} | <end of actual output>", first + 1);
        }
    }
    for (i, line) in act.iter().enumerate().skip(first + 1).take(3) {
        let _ = writeln!(out, "+ {:>5} | {}", i + 1, show_line(line));
    }
    if exp.len() == act.len() && exp.iter().zip(&act).all(|(e, a)| e == a) {
        // Same lines: only the final newline differs.
        let _ = writeln!(
            out,
            "  (only the trailing newline differs: expected {}, got {})",
            if expected.ends_with(b"\n") {
                "one"
            } else {
                "none"
            },
            if actual.ends_with(b"\n") {
                "one"
            } else {
                "none"
            }
        );
    }
    Some(out)
}

/// The tail of a captured stream, for failure messages.
pub fn tail(what: &str, text: &[u8], max_lines: usize) -> String {
    if text.is_empty() {
        return format!("{what}: <empty>\n");
    }
    let all = lines(text);
    let skip = all.len().saturating_sub(max_lines);
    let mut out = String::new();
    if skip > 0 {
        let _ = writeln!(out, "{what} (last {max_lines} of {} lines):", all.len());
    } else {
        let _ = writeln!(out, "{what}:");
    }
    for line in &all[skip..] {
        let _ = writeln!(out, "  | {}", show_line(line));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_main0_exports() {
        assert!(exports_main0("-module(a).\n-export([main/0]).\n"));
        assert!(exports_main0(
            "-module(a).\n-export([f/1,\n         main/0]).\n"
        ));
        assert!(!exports_main0("-module(a).\n-export([main/1]).\n"));
        assert!(!exports_main0(
            "-module(a).\n%% -export([main/0]).\n-export([f/0]).\n"
        ));
        assert!(exports_main0(
            "-module(a).\n-compile(export_all).\nmain() -> ok.\n"
        ));
        assert!(!exports_main0(
            "-module(a).\n-compile(export_all).\nf() -> ok.\n"
        ));
    }

    #[test]
    fn diff_points_at_first_difference() {
        assert!(diff("stdout", b"a\nb\n", b"a\nb\n").is_none());
        let d = diff("stdout", b"a\nb\nc\n", b"a\nX\nc\n").unwrap();
        assert!(d.contains("line 2"), "{d}");
        assert!(
            d.contains("- ") && d.contains("| b") && d.contains("| X"),
            "{d}"
        );
        let d = diff("stdout", b"a\n", b"a").unwrap();
        assert!(d.contains("trailing newline"), "{d}");
        let d = diff("stdout", b"a\nb\n", b"a\n").unwrap();
        assert!(d.contains("<end of actual output>"), "{d}");
        let d = diff("stdout", b"a\n", b"").unwrap();
        assert!(d.contains("got 0"), "{d}");
    }

    #[test]
    fn shows_invisible_bytes() {
        assert_eq!(show_line(b"a\tb\xe9\x01"), "a\\tb\\xe9\\x01");
    }

    #[test]
    fn names_trials_by_relative_path() {
        let root = Path::new("/x/programs");
        assert_eq!(
            trial_name(root, Path::new("/x/programs/arith/a.erl")),
            "arith/a"
        );
    }
}
