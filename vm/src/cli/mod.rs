//! The `joist` command: `run`, `check`, `compile`, `dis`, `repl` (clap,
//! `--help` on each). User-facing text and exit codes live here; the VM is
//! used through its public API only.

mod repl;
mod report;
mod run;
pub mod stdlib;

use clap::{Parser, Subcommand};
use std::path::PathBuf;

#[derive(Parser)]
#[command(
    name = "joist",
    version,
    about = "Joist: a small BEAM for an Erlang subset"
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Compile and run a program: calls main/1 with the arguments if exported, else main/0.
    Run {
        /// The program (.erl source or .jbc bytecode).
        file: PathBuf,
        /// Arguments passed to main/1 as a list of strings.
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
        /// Collect garbage at every safe point (also: JOIST_GC_STRESS=1).
        #[arg(long)]
        gc_stress: bool,
        /// Scheduler threads (default: one per core; also JOIST_SCHEDULERS).
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..=1024))]
        schedulers: Option<u16>,
        /// Reductions per time slice (default 4000; testing aid, also
        /// JOIST_REDUCTIONS).
        #[arg(long, value_name = "N", hide = true, value_parser = clap::value_parser!(u32).range(1..))]
        reductions: Option<u32>,
    },
    /// Print diagnostics for a source file without running it.
    Check { file: PathBuf },
    /// Compile a source file to a bytecode file.
    Compile {
        file: PathBuf,
        /// Output file (default: the source name with .jbc).
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Print the bytecode of a source (.erl) or bytecode (.jbc) file.
    Dis { file: PathBuf },
    /// Start the interactive shell (also: `joist` with no arguments). Reads
    /// standard input without line editing when it is not a terminal.
    Repl,
}

/// Runs the command line; returns the process exit status.
pub fn main() -> i32 {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() { 2 } else { 0 };
        }
    };
    match cli.command {
        Some(Command::Run {
            file,
            args,
            gc_stress,
            schedulers,
            reductions,
        }) => {
            let stress = gc_stress
                || std::env::var("JOIST_GC_STRESS").is_ok_and(|v| v != "0" && !v.is_empty());
            let env_num = |name: &str| {
                std::env::var(name)
                    .ok()
                    .and_then(|v| v.parse::<u32>().ok())
                    .filter(|&n| n > 0)
            };
            let opts = run::RunOptions {
                gc_stress: stress,
                schedulers: schedulers
                    .map(usize::from)
                    .or_else(|| env_num("JOIST_SCHEDULERS").map(|n| n.min(1024) as usize)),
                budget: reductions
                    .or_else(|| env_num("JOIST_REDUCTIONS"))
                    .map_or(crate::interp::SLICE_REDUCTIONS, i64::from),
            };
            run::run(&file, &args, opts)
        }
        Some(Command::Check { file }) => run::check(&file),
        Some(Command::Compile { file, output }) => run::compile_to_file(&file, output),
        Some(Command::Dis { file }) => run::disassemble(&file),
        Some(Command::Repl) | None => {
            let stress = std::env::var("JOIST_GC_STRESS").is_ok_and(|v| v != "0" && !v.is_empty());
            repl::run(stress)
        }
    }
}
