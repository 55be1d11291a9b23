//! The `joist` binary: a thin wrapper around `vm::cli`.

use mimalloc::MiMalloc;

#[global_allocator]
static GLOBAL: MiMalloc = MiMalloc;

/// Erlang code runs on its own stack; this is for the Rust parts that
/// recurse over terms (printing, comparing deeply nested terms).
const MAIN_STACK_BYTES: usize = 512 * 1024 * 1024;

fn main() {
    vm::heap::disable_huge_pages();
    vm::heap::keep_freed_memory();
    // Internal errors are reported without a Rust backtrace, and end the
    // VM: a scheduler thread that panicked has lost the process it was
    // running, and whoever waits for that process would wait forever.
    std::panic::set_hook(Box::new(|info| {
        let msg = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown".into());
        let at = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        eprintln!("joist: internal error: {msg}{at}\nThis is a bug in Joist; please report it.");
        vm::output::try_flush();
        std::process::exit(70);
    }));
    let code = std::thread::Builder::new()
        .name("joist-main".into())
        .stack_size(MAIN_STACK_BYTES)
        .spawn(vm::cli::main)
        .ok()
        .and_then(|h| h.join().ok())
        .unwrap_or(70);
    vm::output::flush();
    std::process::exit(code);
}
