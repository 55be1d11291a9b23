//! Operand types of the instruction set, and their byte encoding.
//!
//! Every operand type implements [`Operand`]: a compact encoding (unsigned
//! LEB128 for numbers, a tag byte for sum types), a checked decoding, and the
//! text form used by the disassembler. The instruction table in `isa.rs`
//! derives whole-instruction encode/decode/disassembly from these.

use std::fmt::{self, Write};

/// A decoding failure: the bytes are not a well-formed module.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError(pub String);

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Cursor over encoded bytes.
pub struct Reader<'a> {
    pub bytes: &'a [u8],
    pub pos: usize,
}

impl<'a> Reader<'a> {
    pub fn new(bytes: &'a [u8]) -> Reader<'a> {
        Reader { bytes, pos: 0 }
    }

    pub fn byte(&mut self) -> Result<u8, DecodeError> {
        let b = *self
            .bytes
            .get(self.pos)
            .ok_or_else(|| DecodeError(format!("unexpected end of data at byte {}", self.pos)))?;
        self.pos += 1;
        Ok(b)
    }

    pub fn uleb(&mut self) -> Result<u64, DecodeError> {
        let mut v: u64 = 0;
        let mut shift = 0;
        loop {
            let b = self.byte()?;
            if shift >= 64 {
                return Err(DecodeError("integer too long".into()));
            }
            v |= ((b & 0x7f) as u64) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
            shift += 7;
        }
    }

    pub fn sleb(&mut self) -> Result<i64, DecodeError> {
        let u = self.uleb()?;
        Ok(((u >> 1) as i64) ^ -((u & 1) as i64))
    }

    pub fn bytes_n(&mut self, n: usize) -> Result<&'a [u8], DecodeError> {
        let end = self
            .pos
            .checked_add(n)
            .filter(|e| *e <= self.bytes.len())
            .ok_or_else(|| DecodeError("unexpected end of data".into()))?;
        let s = &self.bytes[self.pos..end];
        self.pos = end;
        Ok(s)
    }

    /// A length prefix, checked against the bytes left so that a corrupt
    /// length cannot make us allocate gigabytes.
    pub fn length(&mut self) -> Result<usize, DecodeError> {
        let n = self.uleb()? as usize;
        if n > self.bytes.len() - self.pos {
            return Err(DecodeError(format!("length {n} exceeds the data left")));
        }
        Ok(n)
    }
}

pub fn put_uleb(out: &mut Vec<u8>, mut v: u64) {
    loop {
        let b = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

pub fn put_sleb(out: &mut Vec<u8>, v: i64) {
    put_uleb(out, ((v << 1) ^ (v >> 63)) as u64);
}

pub trait Operand: Sized {
    fn encode(&self, out: &mut Vec<u8>);
    fn decode(r: &mut Reader) -> Result<Self, DecodeError>;
    fn disasm(&self, out: &mut String);
    /// Calls `f` on every label inside the operand (for label resolution
    /// and verification).
    fn visit_labels(&mut self, _f: &mut dyn FnMut(&mut Label)) {}
    /// Calls `f` on every source operand inside the operand.
    fn visit_srcs(&self, _f: &mut dyn FnMut(&Src)) {}
    /// Calls `f` on every destination inside the operand.
    fn visit_dsts(&self, _f: &mut dyn FnMut(&Dst)) {}
    /// Calls `f` on every source operand, allowing it to rewrite them (the
    /// loader remaps atom indices this way).
    fn map_srcs(&mut self, _f: &mut dyn FnMut(&mut Src)) {}
    /// Calls `f` on every destination, allowing it to rewrite them.
    fn map_dsts(&mut self, _f: &mut dyn FnMut(&mut Dst)) {}
}

macro_rules! number_operand {
    ($t:ty) => {
        impl Operand for $t {
            fn encode(&self, out: &mut Vec<u8>) {
                put_uleb(out, *self as u64);
            }
            fn decode(r: &mut Reader) -> Result<Self, DecodeError> {
                let v = r.uleb()?;
                <$t>::try_from(v).map_err(|_| DecodeError(format!("operand {v} out of range")))
            }
            fn disasm(&self, out: &mut String) {
                let _ = write!(out, "{}", self);
            }
        }
    };
}
number_operand!(u8);
number_operand!(u16);
number_operand!(u32);

/// An x register: arguments, return value, temporaries. Not preserved across calls.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct XReg(pub u16);

/// A y register: a slot in the current stack frame, preserved across calls.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct YReg(pub u16);

/// An instruction index within the current function.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Label(pub u32);

/// Maximum number of x registers; the verifier rejects higher indices.
pub const X_REGISTERS: usize = 1024;

/// A place to write: an x or y register.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Dst {
    X(u16),
    Y(u16),
}

/// A value to read: a register or an immediate constant.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Src {
    X(u16),
    Y(u16),
    /// A small integer that fits 32 bits (larger ones are literals), so
    /// that a source operand is 8 bytes.
    Int(i32),
    /// Index into the module's atom table.
    Atom(u32),
    Nil,
    /// Index into the module's literal table.
    Literal(u32),
}

impl From<Dst> for Src {
    fn from(d: Dst) -> Src {
        match d {
            Dst::X(i) => Src::X(i),
            Dst::Y(i) => Src::Y(i),
        }
    }
}

/// Where a test or BIF goes on failure: a label, or `None` to raise.
pub type Fail = Option<Label>;

impl Operand for Label {
    fn encode(&self, out: &mut Vec<u8>) {
        put_uleb(out, self.0 as u64);
    }
    fn decode(r: &mut Reader) -> Result<Self, DecodeError> {
        Ok(Label(u32::decode(r)?))
    }
    fn disasm(&self, out: &mut String) {
        let _ = write!(out, "L{}", self.0);
    }
    fn visit_labels(&mut self, f: &mut dyn FnMut(&mut Label)) {
        f(self)
    }
}

impl Operand for Fail {
    fn encode(&self, out: &mut Vec<u8>) {
        put_uleb(out, self.map_or(0, |l| l.0 as u64 + 1));
    }
    fn decode(r: &mut Reader) -> Result<Self, DecodeError> {
        let v = u32::decode(r)?;
        Ok(if v == 0 { None } else { Some(Label(v - 1)) })
    }
    fn disasm(&self, out: &mut String) {
        match self {
            Some(l) => l.disasm(out),
            None => out.push_str("raise"),
        }
    }
    fn visit_labels(&mut self, f: &mut dyn FnMut(&mut Label)) {
        if let Some(l) = self {
            f(l)
        }
    }
}

impl Operand for Dst {
    fn encode(&self, out: &mut Vec<u8>) {
        match self {
            Dst::X(i) => put_uleb(out, (*i as u64) << 1),
            Dst::Y(i) => put_uleb(out, ((*i as u64) << 1) | 1),
        }
    }
    fn decode(r: &mut Reader) -> Result<Self, DecodeError> {
        let v = r.uleb()?;
        let i =
            u16::try_from(v >> 1).map_err(|_| DecodeError("register index out of range".into()))?;
        Ok(if v & 1 == 0 { Dst::X(i) } else { Dst::Y(i) })
    }
    fn disasm(&self, out: &mut String) {
        let _ = match self {
            Dst::X(i) => write!(out, "x{i}"),
            Dst::Y(i) => write!(out, "y{i}"),
        };
    }
    fn visit_dsts(&self, f: &mut dyn FnMut(&Dst)) {
        f(self)
    }
    fn map_dsts(&mut self, f: &mut dyn FnMut(&mut Dst)) {
        f(self)
    }
}

impl Operand for Src {
    fn encode(&self, out: &mut Vec<u8>) {
        match *self {
            Src::X(i) => {
                out.push(0);
                put_uleb(out, i as u64)
            }
            Src::Y(i) => {
                out.push(1);
                put_uleb(out, i as u64)
            }
            Src::Int(v) => {
                out.push(2);
                put_sleb(out, v as i64)
            }
            Src::Atom(a) => {
                out.push(3);
                put_uleb(out, a as u64)
            }
            Src::Nil => out.push(4),
            Src::Literal(l) => {
                out.push(5);
                put_uleb(out, l as u64)
            }
        }
    }
    fn decode(r: &mut Reader) -> Result<Self, DecodeError> {
        Ok(match r.byte()? {
            0 => Src::X(u16::decode(r)?),
            1 => Src::Y(u16::decode(r)?),
            2 => Src::Int(
                i32::try_from(r.sleb()?)
                    .map_err(|_| DecodeError("integer operand out of range".into()))?,
            ),
            3 => Src::Atom(u32::decode(r)?),
            4 => Src::Nil,
            5 => Src::Literal(u32::decode(r)?),
            t => return Err(DecodeError(format!("bad source operand tag {t}"))),
        })
    }
    fn disasm(&self, out: &mut String) {
        let _ = match self {
            Src::X(i) => write!(out, "x{i}"),
            Src::Y(i) => write!(out, "y{i}"),
            Src::Int(v) => write!(out, "{v}"),
            Src::Atom(a) => write!(out, "atom#{a}"),
            Src::Nil => write!(out, "[]"),
            Src::Literal(l) => write!(out, "lit#{l}"),
        };
    }
    fn visit_srcs(&self, f: &mut dyn FnMut(&Src)) {
        f(self)
    }
    fn map_srcs(&mut self, f: &mut dyn FnMut(&mut Src)) {
        f(self)
    }
}

fn encode_slice<T: Operand>(xs: &[T], out: &mut Vec<u8>) {
    put_uleb(out, xs.len() as u64);
    for x in xs {
        x.encode(out);
    }
}

fn disasm_slice<T: Operand>(xs: &[T], out: &mut String) {
    out.push('[');
    for (i, x) in xs.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        x.disasm(out);
    }
    out.push(']');
}

/// Vectors and boxed slices share one encoding; the visitors walk the items.
macro_rules! sequence_operand {
    ($t:ty, $from_vec:expr) => {
        impl<T: Operand> Operand for $t {
            fn encode(&self, out: &mut Vec<u8>) {
                encode_slice(self, out)
            }
            fn decode(r: &mut Reader) -> Result<Self, DecodeError> {
                let n = r.length()?;
                let v = (0..n)
                    .map(|_| T::decode(r))
                    .collect::<Result<Vec<T>, _>>()?;
                Ok($from_vec(v))
            }
            fn disasm(&self, out: &mut String) {
                disasm_slice(self, out)
            }
            fn visit_labels(&mut self, f: &mut dyn FnMut(&mut Label)) {
                self.iter_mut().for_each(|x| x.visit_labels(f))
            }
            fn visit_srcs(&self, f: &mut dyn FnMut(&Src)) {
                self.iter().for_each(|x| x.visit_srcs(f))
            }
            fn visit_dsts(&self, f: &mut dyn FnMut(&Dst)) {
                self.iter().for_each(|x| x.visit_dsts(f))
            }
            fn map_srcs(&mut self, f: &mut dyn FnMut(&mut Src)) {
                self.iter_mut().for_each(|x| x.map_srcs(f))
            }
            fn map_dsts(&mut self, f: &mut dyn FnMut(&mut Dst)) {
                self.iter_mut().for_each(|x| x.map_dsts(f))
            }
        }
    };
}

sequence_operand!(Vec<T>, |v| v);
sequence_operand!(Box<[T]>, Vec::into_boxed_slice);

impl<A: Operand, B: Operand> Operand for (A, B) {
    fn encode(&self, out: &mut Vec<u8>) {
        self.0.encode(out);
        self.1.encode(out);
    }
    fn decode(r: &mut Reader) -> Result<Self, DecodeError> {
        Ok((A::decode(r)?, B::decode(r)?))
    }
    fn disasm(&self, out: &mut String) {
        self.0.disasm(out);
        out.push_str(" => ");
        self.1.disasm(out);
    }
    fn visit_labels(&mut self, f: &mut dyn FnMut(&mut Label)) {
        self.0.visit_labels(f);
        self.1.visit_labels(f);
    }
    fn visit_srcs(&self, f: &mut dyn FnMut(&Src)) {
        self.0.visit_srcs(f);
        self.1.visit_srcs(f);
    }
    fn visit_dsts(&self, f: &mut dyn FnMut(&Dst)) {
        self.0.visit_dsts(f);
        self.1.visit_dsts(f);
    }
    fn map_srcs(&mut self, f: &mut dyn FnMut(&mut Src)) {
        self.0.map_srcs(f);
        self.1.map_srcs(f);
    }
    fn map_dsts(&mut self, f: &mut dyn FnMut(&mut Dst)) {
        self.0.map_dsts(f);
        self.1.map_dsts(f);
    }
}

/// A sequence operand: a boxed slice (16 bytes, where a `Vec` takes 24)
/// keeps `Instr` small.
pub type Seq<T> = Box<[T]>;

/// Declares a fieldless enum operand encoded as one byte.
macro_rules! enum_operand {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $text:literal),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name { $($variant),* }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),*];
            pub fn text(self) -> &'static str {
                match self { $($name::$variant => $text),* }
            }
        }

        impl Operand for $name {
            fn encode(&self, out: &mut Vec<u8>) {
                out.push(*self as u8);
            }
            fn decode(r: &mut Reader) -> Result<Self, DecodeError> {
                let b = r.byte()? as usize;
                $name::ALL.get(b).copied().ok_or_else(|| DecodeError(format!("bad {} {b}", stringify!($name))))
            }
            fn disasm(&self, out: &mut String) {
                out.push_str(self.text());
            }
        }
    };
}

enum_operand!(
    /// Arithmetic and bitwise operators with an inline fast path for small integers.
    ArithOp {
        Add = "+", Sub = "-", Mul = "*", Div = "/", IntDiv = "div", Rem = "rem",
        Band = "band", Bor = "bor", Bxor = "bxor", Bsl = "bsl", Bsr = "bsr",
    }
);

enum_operand!(
    /// Comparisons used as tests: the test fails (jumps) when the relation is false.
    CmpOp {
        Lt = "<", Ge = ">=", Eq = "==", Ne = "/=", ExactEq = "=:=", ExactNe = "=/=",
    }
);

enum_operand!(
    /// Type tests.
    TypeTest {
        Integer = "integer", Float = "float", Number = "number", Atom = "atom",
        Boolean = "boolean", Nil = "nil", List = "list", Cons = "cons", Tuple = "tuple",
        Map = "map", Binary = "binary", Bitstring = "bitstring", Function = "function",
        Pid = "pid", Reference = "reference", Port = "port",
    }
);

enum_operand!(
    /// Segment types of binary construction and matching.
    SegKind {
        Integer = "integer", Float = "float", Binary = "binary", Utf8 = "utf8",
    }
);

enum_operand!(
    /// Exception classes.
    Class {
        Error = "error", Exit = "exit", Throw = "throw",
    }
);

/// Flags of a binary segment.
pub mod seg_flags {
    pub const LITTLE: u8 = 1;
    pub const SIGNED: u8 = 2;
}

/// One segment of a binary construction or match.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Segment {
    pub kind: SegKind,
    /// The value to write (construction) or unused (matching).
    pub value: Src,
    /// Size in units; `Src::Atom(u32::MAX)` would be odd, so "all" / default is `Src::Nil`.
    pub size: Src,
    pub unit: u8,
    pub flags: u8,
}

impl Operand for Segment {
    fn encode(&self, out: &mut Vec<u8>) {
        self.kind.encode(out);
        self.value.encode(out);
        self.size.encode(out);
        out.push(self.unit);
        out.push(self.flags);
    }
    fn decode(r: &mut Reader) -> Result<Self, DecodeError> {
        Ok(Segment {
            kind: SegKind::decode(r)?,
            value: Src::decode(r)?,
            size: Src::decode(r)?,
            unit: r.byte()?,
            flags: r.byte()?,
        })
    }
    fn disasm(&self, out: &mut String) {
        self.value.disasm(out);
        out.push(':');
        self.size.disasm(out);
        let _ = write!(out, "/{}-unit:{}", self.kind.text(), self.unit);
        if self.flags & seg_flags::LITTLE != 0 {
            out.push_str("-little");
        }
        if self.flags & seg_flags::SIGNED != 0 {
            out.push_str("-signed");
        }
    }
    fn visit_srcs(&self, f: &mut dyn FnMut(&Src)) {
        f(&self.value);
        f(&self.size);
    }
    fn map_srcs(&mut self, f: &mut dyn FnMut(&mut Src)) {
        f(&mut self.value);
        f(&mut self.size);
    }
}
