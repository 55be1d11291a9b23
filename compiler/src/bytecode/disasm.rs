//! Readable listings of modules, for `joist dis` and snapshot tests.

use super::isa::Instr;
use super::module::{Literal, Module};
use super::operand::{Operand, Src};
use super::stack_map;
use std::fmt::Write;

/// The whole module: header, imports, exports, lambdas, literals and each
/// function's code with labels resolved to atom names where helpful, each
/// instruction's source line, and at each call that keeps the frame the
/// y registers still live across it (`; live y: 0,2`, from the stack map).
pub fn module(m: &Module) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "module {} (file {})", m.name(), m.file);
    let exports: Vec<String> = m
        .exports
        .iter()
        .map(|e| format!("{}/{}", m.atom(e.function), e.arity))
        .collect();
    let _ = writeln!(out, "exports: [{}]", exports.join(", "));
    for (i, imp) in m.imports.iter().enumerate() {
        let _ = writeln!(
            out,
            "import {i}: {}:{}/{}",
            m.atom(imp.module),
            m.atom(imp.function),
            imp.arity
        );
    }
    for (i, l) in m.literals.iter().enumerate() {
        let _ = writeln!(out, "literal {i}: {}", literal(m, l));
    }
    for (i, l) in m.lambdas.iter().enumerate() {
        let _ = writeln!(
            out,
            "lambda {i}: function {} arity {} free {}",
            l.function, l.arity, l.free
        );
    }
    for (i, f) in m.functions.iter().enumerate() {
        let _ = writeln!(out, "\nfunction {i}: {}/{}", m.atom(f.name), f.arity);
        let mut lines = f.lines.iter().peekable();
        let mut sites = f.stack_map.iter().peekable();
        for (pc, instr) in f.code.iter().enumerate() {
            let mut line = None;
            while let Some((at, l)) = lines.peek() {
                if *at as usize <= pc {
                    line = Some(*l);
                    lines.next();
                } else {
                    break;
                }
            }
            let mut notes = String::new();
            if let Some(l) = line {
                let _ = write!(notes, " ; line {l}");
            }
            // The live set of a call is stored under its return address.
            let site = sites.next_if(|s| s.ret as usize == pc + 1);
            if let Some(site) = site {
                let _ = write!(notes, " ; live y: {}", stack_map::live_text(site));
            }
            let mut text = String::new();
            instruction(m, instr, &mut text);
            if notes.is_empty() {
                let _ = writeln!(out, "  {pc:4}  {text}");
            } else {
                let _ = writeln!(out, "  {pc:4}  {text:<60}{notes}");
            }
        }
    }
    out
}

/// One instruction, with atom operands shown by name.
pub fn instruction(m: &Module, i: &Instr, out: &mut String) {
    let mut raw = String::new();
    i.disasm(&mut raw);
    // Replace `atom#N` with the atom's text for readability.
    let mut rest = raw.as_str();
    while let Some(at) = rest.find("atom#") {
        out.push_str(&rest[..at]);
        let digits: String = rest[at + 5..]
            .chars()
            .take_while(|c| c.is_ascii_digit())
            .collect();
        match digits.parse::<u32>() {
            Ok(n) => {
                let _ = write!(out, "'{}'", m.atom(n));
            }
            Err(_) => out.push_str("atom#"),
        }
        rest = &rest[at + 5 + digits.len()..];
    }
    out.push_str(rest);
}

/// A literal in Erlang-like syntax.
pub fn literal(m: &Module, l: &Literal) -> String {
    match l {
        Literal::Int(i) => i.to_string(),
        Literal::Float(f) => format!("{f:?}"),
        Literal::Atom(a) => format!("'{}'", m.atom(*a)),
        Literal::Nil => "[]".into(),
        Literal::Tuple(es) => format!(
            "{{{}}}",
            es.iter()
                .map(|e| literal(m, e))
                .collect::<Vec<_>>()
                .join(",")
        ),
        Literal::List(es, tail) => {
            let body = es
                .iter()
                .map(|e| literal(m, e))
                .collect::<Vec<_>>()
                .join(",");
            if **tail == Literal::Nil {
                format!("[{body}]")
            } else {
                format!("[{body}|{}]", literal(m, tail))
            }
        }
        Literal::Binary(bytes, bits) => format!("<<{bytes:?}:{bits} bits>>"),
        Literal::Map(pairs) => format!(
            "#{{{}}}",
            pairs
                .iter()
                .map(|(k, v)| format!("{} => {}", literal(m, k), literal(m, v)))
                .collect::<Vec<_>>()
                .join(",")
        ),
    }
}

/// Text of a source operand (used by tests).
pub fn src(s: &Src) -> String {
    let mut out = String::new();
    s.disasm(&mut out);
    out
}
