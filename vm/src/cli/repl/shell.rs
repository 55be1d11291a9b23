//! The shell's state and what it does with one input: evaluate
//! expressions, define a function, or run a shell command, and print the
//! outcome as erl's shell does. Reading lines (terminal or pipe) is the
//! caller's business (`mod.rs`); running code is `eval.rs`'s.
//!
//! Memory: bindings, results kept for `v(N)` and the values of terms the
//! shell prints all live in `store`, a heap no process owns. It only grows
//! while the shell runs; [`Shell::compact`] copies what is still reachable
//! into a fresh heap when the garbage dominates.

use super::eval::{Crash, Evaluator, Failure};
use super::Out;
use crate::bif::ExcClass;
use crate::code::{self, LoadedModule};
use crate::heap::{build, Heap};
use crate::term::display::{print_term_with, write_term, PrintOptions};
use crate::term::{atom, Term};
use compiler::diagnostic::Diagnostic;
use compiler::shell::{self as cshell, Context, Input};
use compiler::source::LineIndex;
use compiler::syntax::ast::{CallTarget, Expr, ExprKind, Function, UnaryOp};
use std::collections::{BTreeMap, VecDeque};
use std::path::{Path, PathBuf};

/// The module every evaluation is compiled into (so funs made in the shell
/// print as `#Fun<erl_eval...>`, as in erl). Its frames are hidden from
/// exception reports.
pub const EVAL_MODULE: &str = "erl_eval";

/// How many inputs `h()` and `v(N)` remember (erl's default).
const HISTORY: usize = 20;

/// Shell commands: name, arity, one-line help.
pub const COMMANDS: &[(&str, usize, &str)] = &[
    ("b", 0, "display all variable bindings"),
    (
        "c",
        1,
        "compile and load the module in a file (c(foo) or c(\"foo.erl\"))",
    ),
    ("f", 0, "forget all variable bindings"),
    ("f", 1, "forget one variable binding"),
    ("flush", 0, "flush all messages sent to the shell"),
    ("h", 0, "history"),
    ("halt", 0, "stop the shell"),
    ("halt", 1, "stop the shell with exit status N"),
    ("help", 0, "this list"),
    ("i", 0, "information about the system's processes"),
    ("l", 1, "load or reload a module"),
    ("m", 0, "which modules are loaded"),
    ("q", 0, "quit the shell"),
    ("regs", 0, "information about registered processes"),
    ("v", 1, "the value of query N (negative: N queries back)"),
];

/// What the caller does after an input.
#[derive(Debug, PartialEq, Eq)]
pub enum Step {
    Continue,
    Exit(i32),
}

struct Entry {
    number: u64,
    text: String,
    value: Option<Term>,
}

pub struct Shell {
    store: Heap,
    /// Store words live after the last compaction.
    live_words: usize,
    bindings: BTreeMap<String, Term>,
    functions: Vec<Function>,
    history: VecDeque<Entry>,
    /// The number of the next prompt.
    counter: u64,
    evaluator: Evaluator,
    /// Terminal width for printing results.
    pub columns: usize,
    out: Out,
}

impl Shell {
    pub fn new(gc_stress: bool, out: Out) -> Shell {
        Shell {
            store: Heap::new(),
            live_words: 0,
            bindings: BTreeMap::new(),
            functions: Vec::new(),
            history: VecDeque::new(),
            counter: 1,
            evaluator: Evaluator::new(gc_stress),
            columns: 80,
            out,
        }
    }

    pub fn prompt(&self) -> String {
        format!("{}> ", self.counter)
    }

    /// Names of the bound variables (for completion).
    pub fn binding_names(&self) -> Vec<String> {
        self.bindings.keys().cloned().collect()
    }

    /// `name/arity` of the functions defined in the shell.
    pub fn function_names(&self) -> Vec<(String, usize)> {
        self.functions
            .iter()
            .map(|f| (f.name.clone(), f.arity))
            .collect()
    }

    fn print(&self, s: &str) {
        self.out.print(s);
    }

    /// Handles one complete input (text up to and including its dot).
    pub fn handle(&mut self, text: &str) -> Step {
        // Line numbers count from the input's first line.
        let text = text.trim_start();
        let input = match cshell::parse(text) {
            Ok(i) => i,
            Err(diags) => {
                self.syntax_errors(text, &diags);
                return Step::Continue;
            }
        };
        let step = match input {
            Input::Function(f) => {
                self.define(f, text);
                Step::Continue
            }
            Input::Exprs(e) => match self.command_of(e.body()) {
                Some((name, args)) => self.command(&name, &args, text),
                None => self.evaluate(&e, text),
            },
        };
        self.compact();
        step
    }

    /// `* L:C: message` and the input line with a caret, for each error.
    fn syntax_errors(&self, text: &str, diags: &[Diagnostic]) {
        let lines = LineIndex::new(text);
        let mut out = String::new();
        for d in diags.iter().filter(|d| d.is_error()) {
            let label = d.labels.iter().find(|l| l.primary).or(d.labels.first());
            let Some(label) = label else {
                out.push_str(&format!("* {}\n", d.title));
                continue;
            };
            let start = (label.span.start as usize).min(text.len());
            let (line, col) = lines.line_col(start as u32);
            out.push_str(&format!("* {line}:{col}: {}\n", d.title));
            let line_text = text.lines().nth(line as usize - 1).unwrap_or("");
            let col_chars = text
                .get(start - (col as usize - 1)..start)
                .map_or(0, |s| s.chars().count());
            out.push_str(&format!("  {line_text}\n"));
            out.push_str(&format!("  {}^ {}\n", " ".repeat(col_chars), label.message));
            for n in &d.notes {
                out.push_str(&format!("  {n}\n"));
            }
            if let Some(h) = &d.hint {
                out.push_str(&format!("  hint: {h}\n"));
            }
        }
        self.print(&out);
    }

    /// Errors found compiling an input: `* L:C: message`, erl's words for
    /// an unbound variable.
    fn compile_errors(&self, text: &str, diags: &[Diagnostic]) {
        let lines = LineIndex::new(text);
        let mut out = String::new();
        for d in diags.iter().filter(|d| d.is_error()) {
            let label = d.labels.iter().find(|l| l.primary).or(d.labels.first());
            let (line, col) = label.map_or((1, 1), |l| {
                lines.line_col(l.span.start.min(text.len() as u32))
            });
            let message = match label {
                Some(l) if d.title == "unbound variable" => {
                    let name = l.message.split('`').nth(1).unwrap_or("_");
                    format!("variable '{name}' is unbound")
                }
                Some(l) if !l.message.is_empty() => format!("{}: {}", d.title, l.message),
                _ => d.title.clone(),
            };
            out.push_str(&format!("* {line}:{col}: {message}\n"));
        }
        self.print(&out);
    }

    fn context<'a>(&'a self, names: &'a [String]) -> Context<'a> {
        Context {
            module: EVAL_MODULE,
            bindings: names,
            functions: &self.functions,
        }
    }

    fn define(&mut self, f: Function, text: &str) {
        let names: Vec<String> = self.bindings.keys().cloned().collect();
        if let Err(diags) = cshell::check_function(&f, text, &self.context(&names)) {
            self.compile_errors(text, &diags);
            self.counter += 1;
            return;
        }
        self.functions
            .retain(|g| (g.name.as_str(), g.arity) != (f.name.as_str(), f.arity));
        self.functions.push(f);
        self.print("ok\n");
        self.record(text, Some(Term::atom(atom::OK)));
    }

    /// The value of input `n` (`n <= 0`: relative to this one).
    fn history_value(&self, n: i64) -> Option<Term> {
        let number = if n <= 0 { self.counter as i64 + n } else { n };
        self.history
            .iter()
            .find(|e| e.number as i64 == number)
            .and_then(|e| e.value)
    }

    fn evaluate(&mut self, e: &cshell::Exprs, text: &str) -> Step {
        // `v(N)` inside the input: replaced by the value, as erl does.
        let mut hidden: Vec<(String, Term)> = Vec::new();
        match cshell::value_references(e, &self.functions) {
            Ok(refs) => {
                for n in refs {
                    match self.history_value(n) {
                        Some(v) => hidden.push((cshell::value_variable(n), v)),
                        None => return self.bad_command(&format!("{n}: command not found")),
                    }
                }
            }
            Err(arg) => return self.bad_command(&format!("{arg}: command not found")),
        }
        let mut names: Vec<String> = self.bindings.keys().cloned().collect();
        let mut values: Vec<Term> = names.iter().map(|n| self.bindings[n]).collect();
        for (n, v) in hidden {
            names.push(n);
            values.push(v);
        }
        let compiled = match cshell::compile_exprs(e, &self.context(&names)) {
            Ok(c) => c,
            Err(diags) => {
                self.compile_errors(text, &diags);
                self.counter += 1;
                return Step::Continue;
            }
        };
        let module = match code::load(&compiled.module) {
            Ok(m) => m,
            Err(err) => {
                self.print(&format!("* the input could not be loaded: {err}\n"));
                self.counter += 1;
                return Step::Continue;
            }
        };
        let arg = build::tuple(&mut self.store, &values);
        let function = atom::intern_internal(cshell::EVAL_FUNCTION);
        let result = self
            .evaluator
            .evaluate(&mut self.store, module, function, &[arg]);
        match result {
            Ok(pair) => {
                let w = pair.tuple_elements();
                let (value, new) = match w {
                    [v, b] if b.tuple_arity() == compiled.bindings.len() => {
                        (*v, b.tuple_elements())
                    }
                    _ => (pair, &[][..]),
                };
                self.bindings = compiled
                    .bindings
                    .iter()
                    .cloned()
                    .zip(new.iter().copied())
                    .collect();
                self.print_value(value);
                self.record(text, Some(value));
                Step::Continue
            }
            Err(Failure::Crash(c)) => {
                self.report(&c, module);
                self.record(text, None);
                Step::Continue
            }
            Err(Failure::Halt(code)) => Step::Exit(code),
            Err(Failure::Deadlock) => {
                self.print("** the evaluation waits in `receive` for a message that can never arrive (every process waits and no timer is pending); the evaluator was restarted\n");
                self.record(text, None);
                Step::Continue
            }
            Err(Failure::Interrupted) => {
                self.print(
                    "** interrupted: the evaluation was stopped and the evaluator restarted\n",
                );
                self.record(text, None);
                Step::Continue
            }
        }
    }

    fn print_value(&self, v: Term) {
        let opts = PrintOptions {
            column: 1,
            line_length: self.columns as i64,
            depth: 30,
            line_max_chars: 60,
            ..PrintOptions::default()
        };
        self.print(&format!("{}\n", print_term_with(v, &opts)));
    }

    /// Prints an exception as erl's shell does, without the frames of the
    /// shell's own code.
    fn report(&mut self, c: &Crash, _module: &'static LoadedModule) {
        let hidden = [
            atom::intern_internal(EVAL_MODULE),
            atom::intern_internal(cshell::UNDEFINED_COMMAND_MODULE),
            // The evaluator process's loop.
            atom::intern_internal("joist_shell"),
        ];
        let mut frames = Vec::new();
        let mut l = c.stack;
        while let Some((f, rest)) = l.as_cons() {
            frames.push(f);
            l = rest;
        }
        // `shell:f(...)`: a call of an unknown local function.
        if let (ExcClass::Error, Some(top)) = (c.class, frames.first()) {
            let w = top.tuple_elements();
            if c.reason == Term::atom(atom::UNDEF) && w.len() == 4 && w[0] == Term::atom(hidden[1])
            {
                let arity = w[2].as_small().unwrap_or_else(|| list_length(w[2]));
                self.print(&format!(
                    "** exception error: undefined shell command {}/{arity}\n",
                    write_term(w[1])
                ));
                return;
            }
        }
        let is_hidden = |f: &Term| {
            let w = f.tuple_elements();
            w.len() == 4 && w[0].as_atom().is_some_and(|m| hidden.contains(&m))
        };
        let mut kept: Vec<Term> = Vec::new();
        for (i, f) in frames.into_iter().enumerate() {
            if !is_hidden(&f) {
                kept.push(f);
            } else if i == 0
                && c.reason == Term::atom(atom::FUNCTION_CLAUSE)
                && c.class == ExcClass::Error
                && f.tuple_elements()[2].is_list()
            {
                // A function or fun defined in the shell did not match:
                // name it (its line numbers mean nothing, so none).
                let w = f.tuple_elements();
                let frame = build::tuple(&mut self.store, &[w[0], w[1], w[2], Term::NIL]);
                kept.push(frame);
            }
        }
        let stack = build::list(&mut self.store, &kept);
        self.print(&super::super::report::exception(c.class, c.reason, stack));
    }

    fn record(&mut self, text: &str, value: Option<Term>) {
        let text = text.trim();
        let text = text.strip_suffix('.').unwrap_or(text).trim_end();
        self.history.push_back(Entry {
            number: self.counter,
            text: text.to_string(),
            value,
        });
        while self.history.len() > HISTORY {
            self.history.pop_front();
        }
        self.counter += 1;
    }

    /// A whole input that is one call of a shell command (and not of a
    /// function defined in the shell): its name and arguments.
    fn command_of(&self, body: &[Expr]) -> Option<(String, Vec<Expr>)> {
        let [Expr {
            kind:
                ExprKind::Call {
                    target: CallTarget::Local { name, .. },
                    args,
                },
            ..
        }] = body
        else {
            return None;
        };
        let known = COMMANDS
            .iter()
            .any(|(n, a, _)| n == name && *a == args.len());
        let shadowed = self
            .functions
            .iter()
            .any(|f| f.name == *name && f.arity == args.len());
        (known && !shadowed).then(|| (name.clone(), args.clone()))
    }

    fn ok(&mut self, text: &str) -> Step {
        self.print("ok\n");
        self.record(text, Some(Term::atom(atom::OK)));
        Step::Continue
    }

    /// Prints a value as the command's result and records it.
    fn result(&mut self, text: &str, value: Term) -> Step {
        self.print_value(value);
        self.record(text, Some(value));
        Step::Continue
    }

    fn bad_command(&self, message: &str) -> Step {
        self.print(&format!("* {message}\n"));
        Step::Continue
    }

    fn command(&mut self, name: &str, args: &[Expr], text: &str) -> Step {
        match (name, args) {
            ("b", []) => {
                let mut out = String::new();
                for (n, v) in &self.bindings {
                    let opts = PrintOptions {
                        column: n.len() as i64 + 4,
                        line_length: self.columns as i64,
                        depth: 30,
                        ..PrintOptions::default()
                    };
                    out.push_str(&format!("{n} = {}\n", print_term_with(*v, &opts)));
                }
                self.print(&out);
                self.ok(text)
            }
            ("f", []) => {
                self.bindings.clear();
                self.ok(text)
            }
            ("f", [arg]) => match &arg.kind {
                ExprKind::Var(v) => {
                    self.bindings.remove(v);
                    self.ok(text)
                }
                _ => self.bad_command("f/1 takes a variable: f(X)"),
            },
            ("v", [arg]) => {
                let n = match &arg.kind {
                    ExprKind::Integer(i) => i64::try_from(i).ok(),
                    ExprKind::Unary(UnaryOp::Neg, inner) => match &inner.kind {
                        ExprKind::Integer(i) => i64::try_from(i).ok().map(|v| -v),
                        _ => None,
                    },
                    _ => None,
                };
                let Some(n) = n else {
                    // Reported as erl does: `* a: command not found`.
                    return self.evaluate_call_anyway(text);
                };
                match self.history_value(n) {
                    Some(v) => self.result(text, v),
                    None => self.bad_command(&format!("{n}: command not found")),
                }
            }
            ("h", []) => {
                let mut out = String::new();
                for e in &self.history {
                    out.push_str(&format!("{}: {}\n", e.number, e.text));
                    if let Some(v) = e.value {
                        let opts = PrintOptions {
                            column: 4,
                            line_length: self.columns as i64,
                            depth: 30,
                            ..PrintOptions::default()
                        };
                        out.push_str(&format!("-> {}\n", print_term_with(v, &opts)));
                    }
                }
                self.print(&out);
                self.ok(text)
            }
            ("c", [arg]) => {
                let Some(file) = name_argument(arg) else {
                    return self
                        .bad_command("c/1 takes a file or module name: c(foo) or c(\"foo.erl\")");
                };
                let value = self.compile_and_load(&file);
                self.result(text, value)
            }
            ("l", [arg]) => {
                let Some(module) = name_argument(arg) else {
                    return self.bad_command("l/1 takes a module name: l(foo)");
                };
                let value = self.load_module(&module);
                self.result(text, value)
            }
            ("m", []) => {
                let mut out = format!("{:<22}{}\n", "Module", "File");
                for m in code::loaded_modules() {
                    if m.name.name() == EVAL_MODULE {
                        continue;
                    }
                    out.push_str(&format!(
                        "{:<22}{}\n",
                        write_term(Term::atom(m.name)),
                        m.file
                    ));
                }
                self.print(&out);
                self.ok(text)
            }
            ("flush", []) => {
                let messages = self.evaluator.take_messages(&mut self.store);
                let mut out = String::new();
                for m in messages {
                    let opts = PrintOptions {
                        column: 11,
                        line_length: self.columns as i64,
                        ..PrintOptions::default()
                    };
                    out.push_str(&format!("Shell got {}\n", print_term_with(m, &opts)));
                }
                self.print(&out);
                self.ok(text)
            }
            ("i", []) => {
                let procs = self.evaluator.processes();
                let mfa = |(m, f, a): (crate::term::Atom, crate::term::Atom, u32)| {
                    format!(
                        "{}:{}/{a}",
                        write_term(Term::atom(m)),
                        write_term(Term::atom(f))
                    )
                };
                let mut out = String::new();
                out.push_str(&format!(
                    "{:<22}{:<36}{:>8}{:>9}{:>5}\n",
                    "Pid", "Initial Call", "Heap", "Reds", "Msgs"
                ));
                out.push_str(&format!(
                    "{:<22}{:<36}{:>8}\n",
                    "Registered", "Current Function", "Stack"
                ));
                let (mut heap, mut reds, mut msgs, mut stack) = (0, 0, 0, 0);
                for p in &procs {
                    let name = crate::process::table::name_of(p.pid.pid_number())
                        .map(|a| write_term(Term::atom(a)))
                        .unwrap_or_default();
                    out.push_str(&format!(
                        "{:<22}{:<36}{:>8}{:>9}{:>5}\n",
                        write_term(p.pid),
                        mfa(p.initial_call),
                        p.heap_words,
                        p.reductions,
                        p.messages
                    ));
                    out.push_str(&format!(
                        "{:<22}{:<36}{:>8}\n",
                        name, p.status, p.stack_words
                    ));
                    heap += p.heap_words;
                    reds += p.reductions;
                    msgs += p.messages;
                    stack += p.stack_words;
                }
                out.push_str(&format!(
                    "{:<22}{:<36}{:>8}{:>9}{:>5}\n",
                    "Total", "", heap, reds, msgs
                ));
                out.push_str(&format!("{:<22}{:<36}{:>8}\n", "", "", stack));
                self.print(&out);
                self.ok(text)
            }
            ("regs", []) => {
                let mut out = String::from(concat!(
                    "\n** Registered procs on node nonode@nohost **\n",
                    "Name                  Pid          Initial Call                      Reds Msgs\n",
                ));
                let mut names = crate::process::table::registered();
                names.sort_by_key(|a| a.name());
                let procs = self.evaluator.processes();
                for n in names {
                    let Some(pid) = crate::process::table::whereis(n) else {
                        continue;
                    };
                    let Some(p) = procs.iter().find(|p| p.pid.pid_number() == pid) else {
                        continue;
                    };
                    let (m, f, a) = p.initial_call;
                    out.push_str(&format!(
                        "{:<22}{:<13}{:<32}{:>6}{:>5}\n",
                        write_term(Term::atom(n)),
                        write_term(p.pid),
                        format!(
                            "{}:{}/{a}",
                            write_term(Term::atom(m)),
                            write_term(Term::atom(f))
                        ),
                        p.reductions,
                        p.messages
                    ));
                }
                self.print(&out);
                self.ok(text)
            }
            ("help", []) => {
                let mut out = String::new();
                for (n, a, h) in COMMANDS {
                    let call = match (*n, *a) {
                        ("c", _) => "c(File)".to_string(),
                        ("f", 1) => "f(X)".to_string(),
                        ("halt", 1) => "halt(N)".to_string(),
                        ("l", _) => "l(Module)".to_string(),
                        ("v", _) => "v(N)".to_string(),
                        (n, _) => format!("{n}()"),
                    };
                    out.push_str(&format!("{call:<13}-- {h}\n"));
                }
                out.push_str(concat!(
                    "name(Args) -> Body.  defines a function in the shell (as in OTP 26)\n",
                    "Expressions end with a dot; Ctrl-D on an empty line quits.\n",
                ));
                self.print(&out);
                self.ok(text)
            }
            ("q", []) => {
                self.print("ok\n");
                Step::Exit(0)
            }
            ("halt", []) => Step::Exit(0),
            ("halt", [arg]) => match &arg.kind {
                ExprKind::Integer(i) => Step::Exit(i32::try_from(i).unwrap_or(1)),
                _ => self.evaluate_call_anyway(text),
            },
            _ => self.bad_command(&format!("{name}/{}: command not found", args.len())),
        }
    }

    /// Evaluates an input as ordinary expressions (a command call whose
    /// arguments the command cannot take as they are).
    fn evaluate_call_anyway(&mut self, text: &str) -> Step {
        match cshell::parse(text) {
            Ok(Input::Exprs(e)) => self.evaluate(&e, text),
            _ => Step::Continue,
        }
    }

    /// `c(File)`: compiles, prints diagnostics as `joist check` does,
    /// loads. `{ok, Module}` or `error`.
    fn compile_and_load(&mut self, file: &str) -> Term {
        let mut path = PathBuf::from(file);
        if path.extension().is_none() {
            path.set_extension("erl");
        }
        let source = match std::fs::read(&path) {
            Ok(b) => String::from_utf8_lossy(&b).into_owned(),
            Err(e) => {
                let why = match e.kind() {
                    std::io::ErrorKind::NotFound => "no such file or directory".to_string(),
                    _ => e.to_string(),
                };
                self.print(&format!("{}: {why}\n", path.display()));
                return Term::atom(atom::ERROR);
            }
        };
        let label = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        match compiler::compile(&source, &label) {
            Ok(c) => {
                self.print(&render(&c.warnings, &path, &source));
                match code::load(&c.module) {
                    Ok(m) => {
                        let name = Term::atom(m.name);
                        let ok = Term::atom(atom::OK);
                        build::tuple(&mut self.store, &[ok, name])
                    }
                    Err(e) => {
                        self.print(&format!("{}: {e}\n", path.display()));
                        Term::atom(atom::ERROR)
                    }
                }
            }
            Err(diags) => {
                self.print(&render(&diags, &path, &source));
                Term::atom(atom::ERROR)
            }
        }
    }

    /// `l(Module)`: loads the module again from where the shell finds
    /// modules. `{module, M}` or `{error, nofile}`.
    fn load_module(&mut self, name: &str) -> Term {
        let found = super::find_module(name, &self.out);
        let loaded = found.and_then(|m| code::load(&m).ok());
        match loaded {
            Some(m) => {
                let tag = Term::atom(atom::intern_internal("module"));
                build::tuple(&mut self.store, &[tag, Term::atom(m.name)])
            }
            None => {
                let nofile = Term::atom(atom::intern_internal("nofile"));
                build::tuple(&mut self.store, &[Term::atom(atom::ERROR), nofile])
            }
        }
    }

    /// Copies the live terms into a fresh store when garbage dominates.
    fn compact(&mut self) {
        let used = self.store.used_words();
        if used < 64 * 1024 || used < 4 * self.live_words {
            return;
        }
        let mut fresh = Heap::new();
        {
            let mut c = super::copy::Copier::new(&self.store, &mut fresh);
            for v in self.bindings.values_mut() {
                *v = c.copy(*v);
            }
            for e in self.history.iter_mut() {
                if let Some(v) = e.value.as_mut() {
                    *v = c.copy(*v);
                }
            }
        }
        self.store = fresh;
        self.live_words = self.store.used_words();
    }
}

fn list_length(mut l: Term) -> i64 {
    let mut n = 0;
    while let Some((_, t)) = l.as_cons() {
        n += 1;
        l = t;
    }
    n
}

/// `foo`, `"foo.erl"` or `'foo'` as a name.
fn name_argument(e: &Expr) -> Option<String> {
    match &e.kind {
        ExprKind::Atom(a) => Some(a.clone()),
        ExprKind::String(cs) => cs.iter().map(|&c| char::from_u32(c)).collect(),
        _ => None,
    }
}

/// Diagnostics of a file as `joist check` renders them (no colour: the
/// shell's output may be a pipe).
fn render(diags: &[Diagnostic], path: &Path, source: &str) -> String {
    if diags.is_empty() {
        return String::new();
    }
    compiler::diagnostic::render(diags, &path.display().to_string(), source, false)
}
