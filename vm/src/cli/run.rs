//! `joist run`, `check`, `compile` and `dis`.

use super::report;
use crate::code;
use crate::heap::build;
use crate::interp::{self, Exit};
use crate::process::{table, Process};
use crate::sched::{self, Outcome};
use crate::term::atom;
use crate::term::Term;
use compiler::bytecode::Module;
use compiler::diagnostic::{render, Diagnostic};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

fn colour() -> bool {
    std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none()
}

fn print_diagnostics(diags: &[Diagnostic], path: &Path, source: &str) {
    if !diags.is_empty() {
        eprint!(
            "{}",
            render(diags, &path.display().to_string(), source, colour())
        );
    }
}

fn read_source(path: &Path) -> Result<String, i32> {
    std::fs::read(path)
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .map_err(|e| {
            eprintln!("joist: cannot read {}: {e}", path.display());
            2
        })
}

fn file_label(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Compiles a source file, printing diagnostics (warnings only with `warn`).
fn compile_file(path: &Path, warn: bool) -> Result<Module, i32> {
    let source = read_source(path)?;
    match compiler::compile(&source, &file_label(path)) {
        Ok(c) => {
            if warn {
                print_diagnostics(&c.warnings, path, &source);
            }
            Ok(c.module)
        }
        Err(diags) => {
            print_diagnostics(&diags, path, &source);
            let errors = diags.iter().filter(|d| d.is_error()).count();
            eprintln!(
                "joist: {} could not be compiled ({errors} error{})",
                path.display(),
                if errors == 1 { "" } else { "s" }
            );
            Err(2)
        }
    }
}

fn load_program(path: &Path) -> Result<Module, i32> {
    if path.extension().and_then(|e| e.to_str()) == Some("jbc") {
        let bytes = std::fs::read(path).map_err(|e| {
            eprintln!("joist: cannot read {}: {e}", path.display());
            2
        })?;
        return Module::decode(&bytes).map_err(|e| {
            eprintln!(
                "joist: {} is not a valid bytecode file: {e}",
                path.display()
            );
            2
        });
    }
    compile_file(path, false)
}

/// Finds modules beside the program, then in the embedded stdlib.
fn install_finder(dir: PathBuf) {
    code::set_finder(Box::new(move |name: &str| {
        let erl = dir.join(format!("{name}.erl"));
        if erl.is_file() {
            return match compile_file(&erl, false) {
                Ok(m) => Some(m),
                Err(code) => {
                    crate::output::flush();
                    std::process::exit(code)
                }
            };
        }
        let jbc = dir.join(format!("{name}.jbc"));
        if let Ok(bytes) = std::fs::read(&jbc) {
            if let Ok(m) = Module::decode(&bytes) {
                return Some(m);
            }
        }
        super::stdlib::find(name)
    }));
}

/// How `joist run` runs the VM.
pub struct RunOptions {
    pub gc_stress: bool,
    /// Scheduler threads (default: one per core).
    pub schedulers: Option<usize>,
    /// Reductions per time slice.
    pub budget: i64,
}

pub fn run(path: &Path, args: &[String], opts: RunOptions) -> i32 {
    let portable = match load_program(path) {
        Ok(m) => m,
        Err(code) => return code,
    };
    let dir = path.parent().map(Path::to_path_buf).unwrap_or_default();
    install_finder(if dir.as_os_str().is_empty() {
        PathBuf::from(".")
    } else {
        dir
    });
    let module = match code::load(&portable) {
        Ok(m) => m,
        Err(e) => {
            eprintln!("joist: {}: {e}", path.display());
            return 2;
        }
    };
    let main = atom::MAIN;
    let mut p = Process::new(table::next_pid(), opts.gc_stress);
    let function = if let Some(f) = module.export(main, 1) {
        let strings: Vec<_> = args.iter().map(|a| build::string(&mut p.heap, a)).collect();
        p.x = vec![build::list(&mut p.heap, &strings)].into();
        p.initial_call = (module.name, main, 1);
        f
    } else if let Some(f) = module.export(main, 0) {
        p.initial_call = (module.name, main, 0);
        f
    } else {
        eprintln!("joist: {} does not export main/0 or main/1", path.display());
        return 2;
    };
    interp::start(&mut p, module, function);
    let schedulers = opts.schedulers.unwrap_or_else(|| {
        std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(1)
    });
    sched::start(sched::Config {
        schedulers,
        gc_stress: opts.gc_stress,
        budget: opts.budget,
        detect_deadlock: true,
    });
    let outcome = sched::run_main(p);
    crate::output::flush();
    match outcome {
        Outcome::Exited(_, Exit::Normal(_)) => 0,
        Outcome::Exited(_, Exit::Halt(code)) | Outcome::Halt(code) => code,
        Outcome::Exited(
            _p,
            Exit::Crashed {
                class,
                reason,
                stack,
            },
        ) => {
            eprint!("{}", report::exception(class, reason, stack));
            1
        }
        Outcome::Exited(_p, Exit::Signal(reason)) => {
            eprint!(
                "{}",
                report::exception(crate::bif::ExcClass::Exit, reason, Term::NIL)
            );
            1
        }
        Outcome::Deadlock => {
            eprintln!("joist: deadlock: every process is waiting in `receive` and no timer is pending, so none can ever run again");
            1
        }
    }
}

pub fn check(path: &Path) -> i32 {
    let source = match read_source(path) {
        Ok(s) => s,
        Err(c) => return c,
    };
    match compiler::compile(&source, &file_label(path)) {
        Ok(c) => {
            print_diagnostics(&c.warnings, path, &source);
            0
        }
        Err(diags) => {
            print_diagnostics(&diags, path, &source);
            2
        }
    }
}

pub fn compile_to_file(path: &Path, output: Option<PathBuf>) -> i32 {
    let module = match compile_file(path, true) {
        Ok(m) => m,
        Err(c) => return c,
    };
    let out = output.unwrap_or_else(|| path.with_extension("jbc"));
    match std::fs::write(&out, module.encode()) {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("joist: cannot write {}: {e}", out.display());
            2
        }
    }
}

pub fn disassemble(path: &Path) -> i32 {
    match load_program(path) {
        Ok(m) => {
            print!("{}", compiler::bytecode::disasm::module(&m));
            0
        }
        Err(c) => c,
    }
}
