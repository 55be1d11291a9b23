//! What is known about the registers at one point of a function's code,
//! for jump threading (`thread_jumps.rs`). Two kinds of fact:
//!
//! - a register **holds** a value taken from another one: `x1 = element 0
//!   of x0`, `x2 = tl(x0)`, `y0 = x0`;
//! - a test has a known **outcome**: `test_arity x0 2` passed,
//!   `x1 =:= nil` failed (kept as `x1 =/= nil` passed).
//!
//! Invariant: every fact depends only on the registers it names, and
//! [`Facts::write`] drops all facts naming a register that is written, so
//! a fact never outlives the values it talks about. [`Facts::pass`] knows
//! which instructions write only their destinations (the list is
//! `plain_writes` of the copy propagation step); anything else forgets
//! every fact. Facts are only ever added along straight-line code: the
//! caller clears them where other paths join (labels) and after the end
//! of a block.
//!
//! Only immediate constants (`Src::Int`, `Src::Atom`, `Src::Nil`) are
//! compared as values: two different ones are different terms (atoms are
//! interned per module, and integers that fit `Src::Int` are never
//! literals), while two different literal indices may still be equal
//! terms, so nothing is concluded from them.

use super::optimize::plain_writes;
use crate::bytecode::{CmpOp, Instr, Src, TypeTest};

/// A value a register holds, in terms of another register.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Value {
    Copy(Src),
    Element(Src, u32),
    Hd(Src),
    Tl(Src),
}

impl Value {
    fn source(self) -> Src {
        match self {
            Value::Copy(s) | Value::Element(s, _) | Value::Hd(s) | Value::Tl(s) => s,
        }
    }
}

/// The condition a test instruction checks. Equality comparisons are
/// normalised so that a register operand comes first.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Cond {
    Type(TypeTest, Src),
    Arity(Src, u32),
    Tagged(Src, u32, Src),
    Fun(Src, Src),
    Cmp(CmpOp, Src, Src),
}

impl Cond {
    /// The condition of a test instruction (one that only jumps to its
    /// fail label when the condition is false, and writes nothing).
    pub fn of(i: &Instr) -> Option<Cond> {
        Some(match *i {
            Instr::Test { kind, arg, .. } => Cond::Type(kind, arg),
            Instr::TestArity { arg, arity, .. } => Cond::Arity(arg, arity),
            Instr::IsTaggedTuple {
                arg, arity, tag, ..
            } => Cond::Tagged(arg, arity, tag),
            Instr::IsFunction2 { arg, arity, .. } => Cond::Fun(arg, arity),
            Instr::Compare { op, a, b, .. } => {
                let symmetric =
                    matches!(op, CmpOp::Eq | CmpOp::Ne | CmpOp::ExactEq | CmpOp::ExactNe);
                if symmetric && !is_register(a) && is_register(b) {
                    Cond::Cmp(op, b, a)
                } else {
                    Cond::Cmp(op, a, b)
                }
            }
            _ => return None,
        })
    }

    /// The register (or constant) the condition is about.
    fn subject(self) -> Src {
        match self {
            Cond::Type(_, s)
            | Cond::Arity(s, _)
            | Cond::Tagged(s, _, _)
            | Cond::Fun(s, _)
            | Cond::Cmp(_, s, _) => s,
        }
    }

    fn mentions(self, r: Src) -> bool {
        match self {
            Cond::Type(_, s) | Cond::Arity(s, _) => s == r,
            Cond::Tagged(s, _, t) | Cond::Fun(s, t) | Cond::Cmp(_, s, t) => s == r || t == r,
        }
    }
}

/// The opposite relation: `a op b` is false exactly when `a (opposite op)
/// b` is true (the term order is total).
fn opposite(op: CmpOp) -> CmpOp {
    match op {
        CmpOp::Lt => CmpOp::Ge,
        CmpOp::Ge => CmpOp::Lt,
        CmpOp::Eq => CmpOp::Ne,
        CmpOp::Ne => CmpOp::Eq,
        CmpOp::ExactEq => CmpOp::ExactNe,
        CmpOp::ExactNe => CmpOp::ExactEq,
    }
}

fn is_register(s: Src) -> bool {
    matches!(s, Src::X(_) | Src::Y(_))
}

fn is_immediate(s: Src) -> bool {
    matches!(s, Src::Int(_) | Src::Atom(_) | Src::Nil)
}

/// Disjoint kinds of term, as bits; a type test admits a set of them.
type Kinds = u16;
const INTEGER: Kinds = 1;
const FLOAT: Kinds = 1 << 1;
/// Atoms other than `true` and `false`.
const ATOM: Kinds = 1 << 2;
const BOOLEAN: Kinds = 1 << 3;
const NIL: Kinds = 1 << 4;
const CONS: Kinds = 1 << 5;
const TUPLE: Kinds = 1 << 6;
const MAP: Kinds = 1 << 7;
/// Bitstrings of a whole number of bytes.
const BINARY: Kinds = 1 << 8;
/// Bitstrings of any other length.
const BITS: Kinds = 1 << 9;
const FUNCTION: Kinds = 1 << 10;
const PID: Kinds = 1 << 11;
const REFERENCE: Kinds = 1 << 12;
const PORT: Kinds = 1 << 13;
const ANY: Kinds = (1 << 14) - 1;

fn kinds_of_test(t: TypeTest) -> Kinds {
    match t {
        TypeTest::Integer => INTEGER,
        TypeTest::Float => FLOAT,
        TypeTest::Number => INTEGER | FLOAT,
        TypeTest::Atom => ATOM | BOOLEAN,
        TypeTest::Boolean => BOOLEAN,
        TypeTest::Nil => NIL,
        TypeTest::List => NIL | CONS,
        TypeTest::Cons => CONS,
        TypeTest::Tuple => TUPLE,
        TypeTest::Map => MAP,
        TypeTest::Binary => BINARY,
        TypeTest::Bitstring => BINARY | BITS,
        TypeTest::Function => FUNCTION,
        TypeTest::Pid => PID,
        TypeTest::Reference => REFERENCE,
        TypeTest::Port => PORT,
    }
}

/// The kinds a term exactly equal to an immediate constant can be.
fn kinds_of_immediate(c: Src) -> Kinds {
    match c {
        Src::Int(_) => INTEGER,
        // The atom's name is not known here: it may be a boolean.
        Src::Atom(_) => ATOM | BOOLEAN,
        Src::Nil => NIL,
        _ => ANY,
    }
}

#[derive(Clone, Debug, Default)]
pub struct Facts {
    /// `(r, v)`: register r holds v.
    holds: Vec<(Src, Value)>,
    /// `(c, o)`: condition c is known to be o.
    outcomes: Vec<(Cond, bool)>,
}

impl Facts {
    pub fn clear(&mut self) {
        self.holds.clear();
        self.outcomes.clear();
    }

    /// Register r is written: forget every fact that names it.
    pub fn write(&mut self, r: Src) {
        self.holds.retain(|&(d, v)| d != r && v.source() != r);
        self.outcomes.retain(|&(c, _)| !c.mentions(r));
    }

    /// r now holds v (r was just written, and v does not read r).
    fn hold(&mut self, r: Src, v: Value) {
        if v.source() != r {
            self.holds.push((r, v));
        }
    }

    pub fn holds(&self, r: Src, v: Value) -> bool {
        self.holds.contains(&(r, v))
    }

    /// Whether `move src -> dst` would leave every register as it is.
    pub fn same(&self, a: Src, b: Src) -> bool {
        a == b || self.holds(a, Value::Copy(b)) || self.holds(b, Value::Copy(a))
    }

    /// Condition c was found to be `outcome`. A false comparison is kept
    /// as its opposite, so that both forms are recognised later.
    pub fn learn(&mut self, c: Cond, outcome: bool) {
        match c {
            Cond::Cmp(op, a, b) if !outcome => {
                self.outcomes.push((Cond::Cmp(opposite(op), a, b), true))
            }
            _ => self.outcomes.push((c, outcome)),
        }
    }

    /// Updates the facts for the fall-through edge of `i`.
    pub fn pass(&mut self, i: &Instr) {
        if let Some(c) = Cond::of(i) {
            self.learn(c, true);
            return;
        }
        let extracted = match *i {
            Instr::Move { src, dst } => Some((dst.into(), Value::Copy(src))),
            Instr::GetTupleElement { src, index, dst } => {
                Some((dst.into(), Value::Element(src, index)))
            }
            Instr::GetHd { src, dst } => Some((dst.into(), Value::Hd(src))),
            Instr::GetTl { src, dst } => Some((dst.into(), Value::Tl(src))),
            Instr::GetList { src, head, tail } => {
                let (head, tail) = (head.into(), tail.into());
                self.write(head);
                self.write(tail);
                if head != tail && src != head && src != tail {
                    self.hold(head, Value::Hd(src));
                    self.hold(tail, Value::Tl(src));
                }
                return;
            }
            _ => None,
        };
        if let Some((r, v)) = extracted {
            self.write(r);
            self.hold(r, v);
            return;
        }
        match plain_writes(i) {
            Some(dsts) => dsts.into_iter().for_each(|d| self.write(d.into())),
            None => self.clear(),
        }
    }

    /// The outcome of c, if the facts determine it.
    pub fn decide(&self, c: Cond) -> Option<bool> {
        for &(k, o) in &self.outcomes {
            if k == c {
                return Some(o);
            }
            if let (Cond::Cmp(op, a, b), Cond::Cmp(kop, ka, kb)) = (c, k) {
                if (ka, kb) == (a, b) && kop == opposite(op) {
                    return Some(!o);
                }
            }
        }
        let r = c.subject();
        if !is_register(r) {
            return None;
        }
        let kinds = self.kinds(r);
        if kinds == 0 {
            // Contradictory facts: the path never runs. Claim nothing.
            return None;
        }
        let excluded = |admitted: Kinds| (kinds & admitted == 0).then_some(false);
        match c {
            Cond::Type(t, _) => {
                let admitted = kinds_of_test(t);
                if kinds & !admitted == 0 {
                    Some(true)
                } else {
                    excluded(admitted)
                }
            }
            Cond::Arity(_, n) => excluded(TUPLE).or_else(|| self.arity(r).map(|m| m == n)),
            Cond::Tagged(_, n, tag) => excluded(TUPLE)
                .or_else(|| self.arity(r).filter(|&m| m != n).map(|_| false))
                .or_else(|| self.other_tag(r, tag).then_some(false)),
            Cond::Fun(..) => excluded(FUNCTION),
            Cond::Cmp(CmpOp::ExactEq, _, v) if is_immediate(v) => {
                excluded(kinds_of_immediate(v)).or_else(|| self.other_value(r, v).then_some(false))
            }
            Cond::Cmp(CmpOp::ExactNe, _, v) if is_immediate(v) => {
                let eq = excluded(kinds_of_immediate(v))
                    .or_else(|| self.other_value(r, v).then_some(false));
                eq.map(|e| !e)
            }
            _ => None,
        }
    }

    /// The kinds register r may be of, given the known outcomes.
    fn kinds(&self, r: Src) -> Kinds {
        let mut kinds = ANY;
        for &(c, o) in &self.outcomes {
            if c.subject() != r {
                continue;
            }
            kinds &= match (c, o) {
                (Cond::Type(t, _), true) => kinds_of_test(t),
                (Cond::Type(t, _), false) => !kinds_of_test(t),
                (Cond::Arity(..) | Cond::Tagged(..), true) => TUPLE,
                (Cond::Fun(..), true) => FUNCTION,
                (Cond::Cmp(CmpOp::ExactEq, _, v), true) => kinds_of_immediate(v),
                (Cond::Cmp(CmpOp::ExactNe, _, Src::Nil), true) => !NIL,
                _ => ANY,
            };
        }
        kinds
    }

    /// The tuple size of r, if a passed test fixed it.
    fn arity(&self, r: Src) -> Option<u32> {
        self.outcomes.iter().find_map(|&(c, o)| match (c, o) {
            (Cond::Arity(s, n) | Cond::Tagged(s, n, _), true) if s == r => Some(n),
            _ => None,
        })
    }

    /// Whether r is known to be a tuple tagged with an immediate other
    /// than `tag`.
    fn other_tag(&self, r: Src, tag: Src) -> bool {
        is_immediate(tag)
            && self.outcomes.iter().any(|&(c, o)| {
                matches!(c, Cond::Tagged(s, _, t) if o && s == r && is_immediate(t) && t != tag)
            })
    }

    /// Whether r is known to be exactly an immediate other than v.
    fn other_value(&self, r: Src, v: Src) -> bool {
        self.outcomes.iter().any(|&(c, o)| {
            matches!(c, Cond::Cmp(CmpOp::ExactEq, s, w) if o && s == r && is_immediate(w) && w != v)
        })
    }
}
