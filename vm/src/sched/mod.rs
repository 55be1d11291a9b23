//! Running processes. For now a single process (the program's main
//! process) runs on the calling thread; per-core schedulers with run
//! queues and stealing replace this loop with the processes issue.

use crate::interp::{run_slice, Exit, SliceEnd, SLICE_REDUCTIONS};
use crate::process::Process;

/// Why the main process could not go on.
pub enum Outcome {
    Exited(Exit),
    /// Waiting in `receive` with no timeout and nothing that could send.
    Deadlock,
}

/// Runs `p` until it exits.
pub fn run_to_completion(p: &mut Process) -> Outcome {
    loop {
        match run_slice(p, SLICE_REDUCTIONS) {
            SliceEnd::Yielded => {}
            SliceEnd::Exited(e) => return Outcome::Exited(e),
            SliceEnd::Waiting => match p.timeout_at {
                Some(at) => {
                    let now = std::time::Instant::now();
                    if at > now {
                        std::thread::sleep(at - now);
                    }
                    p.timed_out = true;
                }
                None => return Outcome::Deadlock,
            },
        }
    }
}
