//! `joist` / `joist repl`: the interactive shell (docs/repl.md).
//!
//! - `input`: splits typed text into inputs at dot tokens;
//! - `shell`: the state (bindings, shell functions, history) and what one
//!   input does, printed as erl's shell prints it;
//! - `eval`: the only part that runs code (the evaluator process);
//! - `copy`: moves terms between the shell's memory and the evaluator's;
//! - `complete`: Tab completion.
//!
//! On a terminal, lines are read with rustyline (Emacs keys, history in the
//! user's data directory, Ctrl-R, Tab). Otherwise all of standard input is
//! read as it comes and the transcript is printed as `erl` prints it when
//! piped: each prompt followed by the output of its input.

mod complete;
mod copy;
mod eval;
mod input;
mod shell;

use input::Accumulator;
use shell::{Shell, Step};
use std::cell::RefCell;
use std::io::{IsTerminal, Read};
use std::path::PathBuf;
use std::rc::Rc;

const BANNER: &str = "Joist shell (help(). for help, Ctrl-D or q(). to quit)\n";

/// Where the shell prints: the VM's standard output, so that the shell's
/// text and what Erlang code prints stay in order.
#[derive(Clone, Copy)]
pub struct Out;

impl Out {
    pub fn print(&self, s: &str) {
        crate::output::write_bytes(s.as_bytes());
    }
}

/// A module the shell can load: a `.erl` (compiled; diagnostics printed)
/// or `.jbc` file in the current directory, else the standard library.
pub fn find_module(name: &str, out: &Out) -> Option<compiler::bytecode::Module> {
    let erl = PathBuf::from(format!("{name}.erl"));
    if erl.is_file() {
        let source = std::fs::read(&erl).ok()?;
        let source = String::from_utf8_lossy(&source);
        return match compiler::compile(&source, &format!("{name}.erl")) {
            Ok(c) => Some(c.module),
            Err(diags) => {
                out.print(&compiler::diagnostic::render(
                    &diags,
                    &erl.display().to_string(),
                    &source,
                    false,
                ));
                None
            }
        };
    }
    let jbc = PathBuf::from(format!("{name}.jbc"));
    if let Ok(bytes) = std::fs::read(&jbc) {
        if let Ok(m) = compiler::bytecode::Module::decode(&bytes) {
            return Some(m);
        }
    }
    crate::cli::stdlib::find(name)
}

/// Runs the shell; returns the exit status.
pub fn run(gc_stress: bool) -> i32 {
    crate::code::set_finder(Box::new(|name: &str| find_module(name, &Out)));
    let mut shell = Shell::new(gc_stress, Out);
    let code = if std::io::stdin().is_terminal() && std::io::stdout().is_terminal() {
        interactive(&mut shell)
    } else {
        piped(&mut shell)
    };
    crate::output::flush();
    code
}

/// Piped input: no line editing, no continuation prompts; each prompt is
/// printed once, followed by what its input prints (as `erl` does).
fn piped(shell: &mut Shell) -> i32 {
    let mut bytes = Vec::new();
    if let Err(e) = std::io::stdin().read_to_end(&mut bytes) {
        eprintln!("joist: cannot read standard input: {e}");
        return 2;
    }
    let text = String::from_utf8_lossy(&bytes);
    let out = Out;
    out.print(BANNER);
    let mut acc = Accumulator::default();
    acc.push_str(&text);
    if !text.ends_with('\n') {
        acc.push_str("\n");
    }
    loop {
        out.print(&shell.prompt());
        let Some(input) = acc.next_input() else {
            break;
        };
        if let Step::Exit(code) = shell.handle(&input) {
            return code;
        }
    }
    // End of input: an unfinished input is reported, as erl does.
    if acc.has_tokens() {
        let rest = acc.take();
        let _ = shell.handle(&rest);
        out.print(&shell.prompt());
    }
    out.print("\n");
    0
}

/// The continuation prompt: as wide as the numbered prompt.
fn continuation(prompt: &str) -> String {
    format!("{:>width$} ", "..", width = prompt.len().saturating_sub(1))
}

/// The history file: `$JOIST_HISTORY`, else `joist/history` in the user's
/// data directory (`$XDG_DATA_HOME`, else `~/.local/share`).
fn history_path() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("JOIST_HISTORY").filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(p));
    }
    let data = std::env::var_os("XDG_DATA_HOME")
        .filter(|p| !p.is_empty())
        .map(PathBuf::from)
        .or_else(|| {
            std::env::var_os("HOME")
                .filter(|p| !p.is_empty())
                .map(|h| PathBuf::from(h).join(".local").join("share"))
        })?;
    Some(data.join("joist").join("history"))
}

fn interactive(shell: &mut Shell) -> i32 {
    use rustyline::config::{CompletionType, Config, EditMode};
    use rustyline::error::ReadlineError;
    use rustyline::history::FileHistory;
    use rustyline::Editor;

    // Ctrl-C while an evaluation runs (the terminal is not in raw mode
    // then): stop the evaluation, keep the shell.
    let _ = ctrlc::set_handler(|| {
        eval::INTERRUPT.store(true, std::sync::atomic::Ordering::SeqCst);
    });
    let config = Config::builder()
        .edit_mode(EditMode::Emacs)
        .auto_add_history(false)
        .completion_type(CompletionType::List)
        .max_history_size(1000)
        .map(|b| b.build())
        .unwrap_or_default();
    let mut editor: Editor<complete::ShellHelper, FileHistory> = match Editor::with_config(config) {
        Ok(e) => e,
        Err(e) => {
            eprintln!("joist: cannot set up the terminal ({e}); reading standard input instead");
            return piped(shell);
        }
    };
    let known = Rc::new(RefCell::new(complete::Known::default()));
    editor.set_helper(Some(complete::ShellHelper {
        known: Rc::clone(&known),
    }));
    let history = history_path();
    if let Some(path) = &history {
        if let Some(dir) = path.parent() {
            let _ = std::fs::create_dir_all(dir);
        }
        let _ = editor.load_history(path);
    }
    let save = |editor: &mut Editor<complete::ShellHelper, FileHistory>| {
        if let Some(path) = &history {
            let _ = editor.save_history(path);
        }
    };
    let out = Out;
    out.print(BANNER);
    let mut acc = Accumulator::default();
    loop {
        if let Some((cols, _)) = editor.dimensions() {
            shell.columns = usize::from(cols).max(20);
        }
        {
            let mut k = known.borrow_mut();
            k.variables = shell.binding_names();
            k.functions = shell.function_names();
        }
        let prompt = if acc.has_tokens() {
            continuation(&shell.prompt())
        } else {
            acc.clear();
            shell.prompt()
        };
        crate::output::flush();
        match editor.readline(&prompt) {
            Ok(line) => {
                acc.push_line(&line);
                while let Some(input) = acc.next_input() {
                    let _ = editor.add_history_entry(input.trim());
                    save(&mut editor);
                    if let Step::Exit(code) = shell.handle(&input) {
                        return code;
                    }
                }
            }
            // Ctrl-C: the line (and any unfinished input) is dropped.
            Err(ReadlineError::Interrupted) => acc.clear(),
            Err(ReadlineError::Eof) => {
                out.print("\n");
                return 0;
            }
            Err(e) => {
                eprintln!("joist: cannot read the terminal: {e}");
                return 1;
            }
        }
    }
}
