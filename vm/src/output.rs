//! The process-wide standard output.
//!
//! Everything Erlang code prints goes through [`write_chars`] (io:format,
//! io:put_chars, ...) or [`write_bytes`] (erlang:display). Each call takes
//! one lock and writes its whole text, so the output of one call is never
//! interleaved with another process's output.
//!
//! Encoding, as measured on `erl -noshell` (OTP 25, where standard_io has
//! `{encoding, latin1}`): a character below 256 is written as the single
//! byte of that value; a character above 255 (only possible through `~ts`,
//! `~tp`, io:put_chars of unicode chardata...) is written as the ASCII text
//! `\x{HEX}` with uppercase hex digits: `io:put_chars([20320])` writes
//! `\x{4F60}`.
//!
//! By default the text goes to the real standard output (line-buffered by
//! Rust's `Stdout`). [`set_sink`] redirects it (the REPL, tests) and
//! [`take_sink`] restores standard output. [`capture`] collects what the
//! current thread writes, for unit tests that run in parallel.

use std::cell::RefCell;
use std::io::Write;
use std::sync::Mutex;

type Sink = Box<dyn Write + Send>;

/// The redirect target, if any; `None` means the real standard output.
static SINK: Mutex<Option<Sink>> = Mutex::new(None);

thread_local! {
    /// Per-thread capture buffers (innermost last), see [`capture`].
    static CAPTURE: RefCell<Vec<Vec<u8>>> = const { RefCell::new(Vec::new()) };
}

/// Encodes characters as standard output shows them: latin1 bytes, and
/// `\x{HEX}` for characters above 255.
pub fn encode(s: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        let v = c as u32;
        if v < 256 {
            out.push(v as u8);
        } else {
            out.extend_from_slice(format!("\\x{{{:X}}}", v).as_bytes());
        }
    }
    out
}

/// Writes a string of characters to standard output (see the module docs
/// for the encoding), atomically.
pub fn write_chars(s: &str) {
    write_bytes(&encode(s));
}

/// Writes raw bytes to standard output, atomically.
pub fn write_bytes(bytes: &[u8]) {
    if bytes.is_empty() {
        return;
    }
    let captured = CAPTURE.with(|c| {
        let mut c = c.borrow_mut();
        match c.last_mut() {
            Some(buf) => {
                buf.extend_from_slice(bytes);
                true
            }
            None => false,
        }
    });
    if captured {
        return;
    }
    let mut sink = SINK.lock().unwrap_or_else(|e| e.into_inner());
    match sink.as_mut() {
        Some(w) => {
            let _ = w.write_all(bytes);
        }
        None => {
            // Errors (a closed pipe) are ignored, as `erl` does.
            let _ = std::io::stdout().lock().write_all(bytes);
        }
    }
}

/// Writes characters to standard error (io:format(standard_error, ...)),
/// with the same encoding as standard output.
pub fn write_err_chars(s: &str) {
    let bytes = encode(s);
    let _guard = SINK.lock().unwrap_or_else(|e| e.into_inner());
    let _ = std::io::stderr().lock().write_all(&bytes);
}

/// Redirects standard output to `sink` (replacing any previous redirect,
/// which is flushed and dropped).
pub fn set_sink(sink: Box<dyn Write + Send>) {
    let mut s = SINK.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(old) = s.as_mut() {
        let _ = old.flush();
    }
    *s = Some(sink);
}

/// Removes the redirect (output goes to the real standard output again)
/// and returns it, flushed.
pub fn take_sink() -> Option<Box<dyn Write + Send>> {
    let mut s = SINK.lock().unwrap_or_else(|e| e.into_inner());
    let mut old = s.take();
    if let Some(w) = old.as_mut() {
        let _ = w.flush();
    }
    old
}

/// Flushes standard output (or the redirect). Called when the VM exits.
pub fn flush() {
    flush_sink(&mut SINK.lock().unwrap_or_else(|e| e.into_inner()));
}

/// `flush` unless the sink is locked (by a thread that panicked while
/// writing, say): for the internal-error exit, which must not wait.
pub fn try_flush() {
    if let Ok(mut s) = SINK.try_lock() {
        flush_sink(&mut s);
    }
}

fn flush_sink(s: &mut Option<Sink>) {
    let _ = match s.as_mut() {
        Some(w) => w.flush(),
        None => std::io::stdout().flush(),
    };
}

/// Runs `f`, collecting the bytes the current thread writes to standard
/// output meanwhile (instead of writing them). Nested captures each get
/// their own output.
pub fn capture<R>(f: impl FnOnce() -> R) -> (R, Vec<u8>) {
    CAPTURE.with(|c| c.borrow_mut().push(Vec::new()));
    let r = f();
    let out = CAPTURE.with(|c| c.borrow_mut().pop()).unwrap_or_default();
    (r, out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    #[test]
    fn latin1_and_escapes() {
        assert_eq!(encode("a\u{e9}\u{4f60}"), b"a\xe9\\x{4F60}".to_vec());
        assert_eq!(encode("\u{1F600}"), b"\\x{1F600}".to_vec());
    }

    #[test]
    fn capture_collects_this_thread_only() {
        let ((), out) = capture(|| {
            write_chars("hello ");
            let ((), inner) = capture(|| write_chars("inner"));
            assert_eq!(inner, b"inner");
            write_bytes(b"world");
        });
        assert_eq!(out, b"hello world");
    }

    #[derive(Clone, Default)]
    struct Shared(Arc<Mutex<Vec<u8>>>);

    impl Write for Shared {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn sink_redirects_and_restores() {
        // Other tests may print concurrently; only check our own text arrives.
        let shared = Shared::default();
        set_sink(Box::new(shared.clone()));
        write_chars("to the sink\u{100}\n");
        flush();
        let _ = take_sink();
        let got = shared.0.lock().unwrap().clone();
        let needle = b"to the sink\\x{100}\n";
        assert!(got.windows(needle.len()).any(|w| w == needle));
    }
}
