//! The portable module: what the compiler produces, what `.jbc` files hold
//! and what the VM loader consumes. Atoms are module-local indices; labels
//! are instruction indices within a function; calls name functions by
//! index in this module or by import index.
//!
//! File format (all integers unsigned LEB128 unless noted):
//! `"JOIST\0BC"`, FORMAT_VERSION, then sections in order: atoms, literals,
//! imports, exports, lambdas, functions (each with its code, line table and
//! stack map), file name. Everything is checked on decoding; the VM loader
//! checks the semantics (labels, registers, indices).

use super::isa::Instr;
use super::operand::*;
use super::stack_map::{self, CallSite};
use num_bigint::{BigInt, Sign};

pub const MAGIC: &[u8; 8] = b"JOIST\0BC";
/// Bumped on any incompatible change to the encoding.
pub const FORMAT_VERSION: u32 = 3;

#[derive(Clone, Debug, PartialEq)]
pub struct Module {
    /// Index of the module's own name in `atoms`.
    pub name: u32,
    pub atoms: Vec<String>,
    pub literals: Vec<Literal>,
    pub imports: Vec<Import>,
    pub exports: Vec<Export>,
    pub lambdas: Vec<Lambda>,
    pub functions: Vec<Function>,
    /// Source file name, for stack traces (`file.erl`).
    pub file: String,
}

/// A function called through `call_ext` / `bif`: module, name (atom
/// indices) and arity.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Import {
    pub module: u32,
    pub function: u32,
    pub arity: u32,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Export {
    pub function: u32,
    pub arity: u32,
    /// Index into `functions`.
    pub index: u32,
}

/// A fun expression: its code is `functions[function]`, which takes `arity`
/// arguments followed by `free` captured values.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Lambda {
    pub function: u32,
    pub arity: u32,
    pub free: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Function {
    /// Atom index of the name.
    pub name: u32,
    /// Number of arguments in x registers on entry (for lambdas: arity + free).
    pub arity: u32,
    pub code: Vec<Instr>,
    /// `(instruction index, source line)`, sorted by index: the line of an
    /// instruction is that of the last entry at or before it.
    pub lines: Vec<(u32, u32)>,
    /// Which y registers each call leaves live, sorted by return address
    /// (see `stack_map.rs`). A call without an entry keeps its whole frame
    /// alive.
    pub stack_map: Vec<CallSite>,
}

/// A constant term, built once by the loader into the literal area.
#[derive(Clone, Debug, PartialEq)]
pub enum Literal {
    Int(BigInt),
    Float(f64),
    Atom(u32),
    Nil,
    Tuple(Vec<Literal>),
    /// Elements and tail (`Nil` for a proper list).
    List(Vec<Literal>, Box<Literal>),
    /// Bytes and length in bits.
    Binary(Vec<u8>, u64),
    Map(Vec<(Literal, Literal)>),
}

impl Operand for Literal {
    fn encode(&self, out: &mut Vec<u8>) {
        match self {
            Literal::Int(i) => {
                out.push(0);
                let (sign, bytes) = i.to_bytes_le();
                out.push(if sign == Sign::Minus { 1 } else { 0 });
                put_uleb(out, bytes.len() as u64);
                out.extend_from_slice(&bytes);
            }
            Literal::Float(f) => {
                out.push(1);
                out.extend_from_slice(&f.to_bits().to_le_bytes());
            }
            Literal::Atom(a) => {
                out.push(2);
                put_uleb(out, *a as u64);
            }
            Literal::Nil => out.push(3),
            Literal::Tuple(es) => {
                out.push(4);
                es.encode(out);
            }
            Literal::List(es, tail) => {
                out.push(5);
                es.encode(out);
                tail.encode(out);
            }
            Literal::Binary(bytes, bits) => {
                out.push(6);
                put_uleb(out, *bits);
                put_uleb(out, bytes.len() as u64);
                out.extend_from_slice(bytes);
            }
            Literal::Map(pairs) => {
                out.push(7);
                pairs.encode(out);
            }
        }
    }

    fn decode(r: &mut Reader) -> Result<Self, DecodeError> {
        Ok(match r.byte()? {
            0 => {
                let neg = r.byte()? == 1;
                let n = r.length()?;
                let bytes = r.bytes_n(n)?;
                let sign = if neg { Sign::Minus } else { Sign::Plus };
                Literal::Int(BigInt::from_bytes_le(sign, bytes))
            }
            1 => {
                let b = r.bytes_n(8)?;
                let mut a = [0u8; 8];
                a.copy_from_slice(b);
                Literal::Float(f64::from_bits(u64::from_le_bytes(a)))
            }
            2 => Literal::Atom(u32::decode(r)?),
            3 => Literal::Nil,
            4 => Literal::Tuple(Vec::decode(r)?),
            5 => Literal::List(Vec::decode(r)?, Box::new(Literal::decode(r)?)),
            6 => {
                let bits = r.uleb()?;
                let n = r.length()?;
                let bytes = r.bytes_n(n)?.to_vec();
                if bits.div_ceil(8) != n as u64 {
                    return Err(DecodeError("binary literal length mismatch".into()));
                }
                Literal::Binary(bytes, bits)
            }
            7 => Literal::Map(Vec::decode(r)?),
            t => return Err(DecodeError(format!("bad literal tag {t}"))),
        })
    }

    fn disasm(&self, out: &mut String) {
        use std::fmt::Write;
        let _ = write!(out, "{self:?}");
    }
}

fn put_str(out: &mut Vec<u8>, s: &str) {
    put_uleb(out, s.len() as u64);
    out.extend_from_slice(s.as_bytes());
}

fn get_str(r: &mut Reader) -> Result<String, DecodeError> {
    let n = r.length()?;
    String::from_utf8(r.bytes_n(n)?.to_vec()).map_err(|_| DecodeError("string is not UTF-8".into()))
}

impl Module {
    pub fn encode(&self) -> Vec<u8> {
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        put_uleb(&mut out, FORMAT_VERSION as u64);
        put_uleb(&mut out, self.name as u64);
        put_uleb(&mut out, self.atoms.len() as u64);
        for a in &self.atoms {
            put_str(&mut out, a);
        }
        self.literals.encode(&mut out);
        put_uleb(&mut out, self.imports.len() as u64);
        for i in &self.imports {
            put_uleb(&mut out, i.module as u64);
            put_uleb(&mut out, i.function as u64);
            put_uleb(&mut out, i.arity as u64);
        }
        put_uleb(&mut out, self.exports.len() as u64);
        for e in &self.exports {
            put_uleb(&mut out, e.function as u64);
            put_uleb(&mut out, e.arity as u64);
            put_uleb(&mut out, e.index as u64);
        }
        put_uleb(&mut out, self.lambdas.len() as u64);
        for l in &self.lambdas {
            put_uleb(&mut out, l.function as u64);
            put_uleb(&mut out, l.arity as u64);
            put_uleb(&mut out, l.free as u64);
        }
        put_uleb(&mut out, self.functions.len() as u64);
        for f in &self.functions {
            put_uleb(&mut out, f.name as u64);
            put_uleb(&mut out, f.arity as u64);
            put_uleb(&mut out, f.code.len() as u64);
            for i in &f.code {
                i.encode(&mut out);
            }
            put_uleb(&mut out, f.lines.len() as u64);
            for (at, line) in &f.lines {
                put_uleb(&mut out, *at as u64);
                put_uleb(&mut out, *line as u64);
            }
            stack_map::encode(&f.stack_map, &mut out);
        }
        put_str(&mut out, &self.file);
        out
    }

    pub fn decode(bytes: &[u8]) -> Result<Module, DecodeError> {
        let mut r = Reader::new(bytes);
        if r.bytes_n(MAGIC.len()).ok() != Some(&MAGIC[..]) {
            return Err(DecodeError("not a Joist bytecode file (bad magic)".into()));
        }
        let version = r.uleb()?;
        if version != FORMAT_VERSION as u64 {
            return Err(DecodeError(format!(
                "bytecode format version {version} is not supported (expected {FORMAT_VERSION}); recompile the module"
            )));
        }
        let name = u32::decode(&mut r)?;
        let n = r.length()?;
        let atoms = (0..n).map(|_| get_str(&mut r)).collect::<Result<_, _>>()?;
        let literals = Vec::decode(&mut r)?;
        let n = r.length()?;
        let imports = (0..n)
            .map(|_| {
                Ok(Import {
                    module: u32::decode(&mut r)?,
                    function: u32::decode(&mut r)?,
                    arity: u32::decode(&mut r)?,
                })
            })
            .collect::<Result<_, DecodeError>>()?;
        let n = r.length()?;
        let exports = (0..n)
            .map(|_| {
                Ok(Export {
                    function: u32::decode(&mut r)?,
                    arity: u32::decode(&mut r)?,
                    index: u32::decode(&mut r)?,
                })
            })
            .collect::<Result<_, DecodeError>>()?;
        let n = r.length()?;
        let lambdas = (0..n)
            .map(|_| {
                Ok(Lambda {
                    function: u32::decode(&mut r)?,
                    arity: u32::decode(&mut r)?,
                    free: u32::decode(&mut r)?,
                })
            })
            .collect::<Result<_, DecodeError>>()?;
        let n = r.length()?;
        let mut functions = Vec::with_capacity(n);
        for _ in 0..n {
            let name = u32::decode(&mut r)?;
            let arity = u32::decode(&mut r)?;
            let ncode = r.length()?;
            let code: Vec<Instr> = (0..ncode)
                .map(|_| Instr::decode(&mut r))
                .collect::<Result<_, _>>()?;
            let nlines = r.length()?;
            let lines = (0..nlines)
                .map(|_| Ok((u32::decode(&mut r)?, u32::decode(&mut r)?)))
                .collect::<Result<_, DecodeError>>()?;
            let stack_map = stack_map::decode(&mut r)?;
            stack_map::check(&code, &stack_map).map_err(DecodeError)?;
            functions.push(Function {
                name,
                arity,
                code,
                lines,
                stack_map,
            });
        }
        let file = get_str(&mut r)?;
        if r.pos != bytes.len() {
            return Err(DecodeError("trailing bytes after the module".into()));
        }
        Ok(Module {
            name,
            atoms,
            literals,
            imports,
            exports,
            lambdas,
            functions,
            file,
        })
    }

    pub fn atom(&self, i: u32) -> &str {
        self.atoms
            .get(i as usize)
            .map(String::as_str)
            .unwrap_or("?")
    }

    pub fn name(&self) -> &str {
        self.atom(self.name)
    }
}
