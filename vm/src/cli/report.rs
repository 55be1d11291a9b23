//! Erlang-format text for uncaught exceptions (modelled on the Erlang
//! shell's `erl_error`):
//!
//! ```text
//! ** exception error: no match of right hand side value 3
//!      in function  foo:bar/1 (foo.erl, line 12)
//!      in call from foo:main/0 (foo.erl, line 5)
//! ```

use crate::bif::ExcClass;
use crate::term::display::{print_term, write_term};
use crate::term::{atom, Term};

pub fn exception(class: ExcClass, reason: Term, stack: Term) -> String {
    let (tag, text) = match class {
        ExcClass::Throw => ("throw", print_term(reason, 22)),
        ExcClass::Exit => ("exit", print_term(reason, 21)),
        _ => ("error", error_text(reason)),
    };
    let mut frames = stack;
    let mut text = text;
    // `undef`: the missing function is the top frame; name it in the sentence.
    if reason == Term::atom(atom::UNDEF) && matches!(class, ExcClass::Error) {
        if let Some((top, rest)) = frames.as_cons() {
            let w = top.tuple_elements();
            if w.len() == 4 && w[3].is_nil() {
                let arity = w[2].as_small().unwrap_or_else(|| list_len(w[2]) as i64);
                text = format!(
                    "undefined function {}:{}/{arity}",
                    write_term(w[0]),
                    write_term(w[1])
                );
                frames = rest;
            }
        }
    }
    let mut out = format!("** exception {tag}: {text}\n");
    let mut first = true;
    while let Some((frame, rest)) = frames.as_cons() {
        frames = rest;
        let w = frame.tuple_elements();
        if w.len() != 4 {
            continue;
        }
        let (m, f) = (write_term(w[0]), write_term(w[1]));
        // Auto-imported BIFs are shown without `erlang:`, as the shell does.
        let arity_now = w[2]
            .as_small()
            .map_or_else(|| list_len(w[2]), |a| a as usize);
        let m_prefix = if w[0] == Term::atom(atom::ERLANG)
            && w[1]
                .as_atom()
                .is_some_and(|a| compiler::autoimport::is_auto_imported(a.name(), arity_now))
        {
            String::new()
        } else {
            format!("{m}:")
        };
        let loc = location(w[3]);
        if first && reason == Term::atom(atom::FUNCTION_CLAUSE) && w[2].is_list() {
            // The shell's layout: the failing call on a line of its own.
            out.push_str(&format!(
                "                    {m}:{f}({}){loc}\n",
                call_args(w[2])
            ));
            first = false;
            continue;
        }
        if let Some(text) = operator_frame(w[0], w[1], w[2]) {
            out.push_str(&text);
            first = false;
            continue;
        }
        let label = if first {
            "in function  "
        } else {
            "in call from "
        };
        first = false;
        let (arity, args) = match w[2].as_small() {
            Some(a) => (a.to_string(), None),
            None => (list_len(w[2]).to_string(), Some(w[2])),
        };
        out.push_str(&format!("     {label}{m_prefix}{f}/{arity}{loc}\n"));
        if let Some(args) = args {
            out.push_str(&format!(
                "        called as {m_prefix}{f}({})\n",
                call_args(args)
            ));
        }
    }
    out
}

/// Erlang's operators as functions of module `erlang`.
const OPERATORS: &[&str] = &[
    "+", "-", "*", "/", "div", "rem", "band", "bor", "bxor", "bsl", "bsr", "bnot", "not", "and",
    "or", "xor", "==", "/=", "=:=", "=/=", "<", ">", "=<", ">=", "++", "--", "!",
];

/// A frame of an operator called with arguments (as the shell's compiled
/// code and `apply` do), in the shell's words:
/// `in operator  +/2` / `called as a + 1`.
fn operator_frame(module: Term, function: Term, args: Term) -> Option<String> {
    let op = function.as_atom()?.name();
    if module != Term::atom(atom::ERLANG) || !OPERATORS.contains(&op) || !args.is_list() {
        return None;
    }
    let shown = if op == "/" { "'/'" } else { op };
    let call = match list_len(args) {
        1 => format!("{op} {}", call_args(args)),
        2 => {
            let (a, rest) = args.as_cons()?;
            let (b, _) = rest.as_cons()?;
            format!("{} {op} {}", print_term(a, 0), print_term(b, 0))
        }
        _ => return None,
    };
    Some(format!(
        "     in operator  {shown}/{}\n        called as {call}\n",
        list_len(args)
    ))
}

fn list_len(mut l: Term) -> usize {
    let mut n = 0;
    while let Some((_, t)) = l.as_cons() {
        n += 1;
        l = t;
    }
    n
}

fn call_args(mut l: Term) -> String {
    let mut parts = Vec::new();
    while let Some((h, t)) = l.as_cons() {
        parts.push(print_term(h, 0));
        l = t;
    }
    parts.join(",")
}

fn location(loc: Term) -> String {
    let mut file = None;
    let mut line = None;
    let mut l = loc;
    while let Some((h, t)) = l.as_cons() {
        let w = h.tuple_elements();
        if w.len() == 2 {
            match w[0].as_atom() {
                Some(atom::FILE) => {
                    file = crate::term::display::printable_list(w[1]).map(|cs| {
                        cs.iter()
                            .filter_map(|c| char::from_u32(*c))
                            .collect::<String>()
                    })
                }
                Some(atom::LINE) => line = w[1].as_small(),
                _ => {}
            }
        }
        l = t;
    }
    match (file, line) {
        (Some(f), Some(n)) => format!(" ({f}, line {n})"),
        (Some(f), None) => format!(" ({f})"),
        _ => String::new(),
    }
}

/// The shell's sentence for an error reason.
fn error_text(reason: Term) -> String {
    if let Some(a) = reason.as_atom() {
        let s = match a {
            atom::BADARG => "bad argument",
            atom::BADARITH => "an error occurred when evaluating an arithmetic expression",
            atom::FUNCTION_CLAUSE => "no function clause matching ",
            atom::IF_CLAUSE => "no true branch found when evaluating an if expression",
            atom::UNDEF => "undefined function",
            atom::SYSTEM_LIMIT => "a system limit has been reached",
            _ => return print_term(reason, 19),
        };
        return s.to_owned();
    }
    let w = reason.tuple_elements();
    if w.len() == 2 {
        let v = w[1];
        let s = match w[0].as_atom() {
            Some(atom::BADMATCH) => {
                format!("no match of right hand side value {}", print_term(v, 54))
            }
            Some(atom::CASE_CLAUSE) => format!("no case clause matching {}", print_term(v, 43)),
            Some(atom::TRY_CLAUSE) => format!("no try clause matching {}", print_term(v, 42)),
            Some(atom::BADFUN) => format!("bad function {}", print_term(v, 32)),
            Some(atom::BADKEY) => format!("bad key: {}", print_term(v, 29)),
            Some(atom::BADMAP) => format!("bad map: {}", print_term(v, 29)),
            Some(atom::BADARITY) => {
                let fv = v.tuple_elements();
                if fv.len() == 2 {
                    let n = list_len(fv[1]);
                    let args = match n {
                        0 => "no arguments".to_owned(),
                        1 => "one argument".to_owned(),
                        n => format!("{n} arguments"),
                    };
                    let name = match fv[0].box_kind() {
                        Some(crate::term::BoxKind::Fun) => {
                            crate::code::lambda_mfa(fv[0].fun_lambda()).map(|(m, f, a)| {
                                format!(
                                    "{}:{}/{a}",
                                    write_term(Term::atom(m)),
                                    write_term(Term::atom(f))
                                )
                            })
                        }
                        _ => None,
                    };
                    let name = name.unwrap_or_else(|| print_term(fv[0], 19));
                    format!("{name} called with {args}")
                } else {
                    print_term(reason, 19)
                }
            }
            _ => print_term(reason, 19),
        };
        return s;
    }
    print_term(reason, 19)
}
