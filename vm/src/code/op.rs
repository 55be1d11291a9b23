//! The loaded instruction form: what the interpreter's dispatch loop runs.
//!
//! The portable `Instr` (compiler/src/bytecode/isa.rs, the one documented
//! instruction set) is general: every operand is a `Src`/`Dst` enum that must
//! be decoded at run time, and the enum is 40 bytes. The loader translates
//! each instruction into one `Op` of 16 bytes whose variant fixes the operand
//! kinds (BEAM's loader does the same with its specific instructions):
//! constants are resolved to terms, local calls to entry addresses, and a
//! register operand is an x/y index with no constant case.
//!
//! Invariants:
//! - `ops[pc]` and `code[pc]` are the same instruction, one for one, so
//!   labels, return addresses, line tables and stack traces are unchanged.
//! - A specialised op is only a fast path. When its operands are not of the
//!   kinds it handles (an arithmetic operand that is not a small integer, a
//!   comparison of two boxed terms), the interpreter runs the portable
//!   instruction at the same pc instead (`Op::Generic` always does), so a
//!   specialised op never needs its own error handling. Only ops without
//!   side effects before that decision may fall back.

use crate::term::{Atom, Term};
use compiler::bytecode::{ArithOp, CmpOp, Dst, Instr, Src, TypeTest, X_REGISTERS};

/// A register operand: an x register, or a y register when `Y` is set.
/// The verifier keeps x indices below `X_REGISTERS` and y indices below
/// `Y`, so the two ranges cannot collide.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reg(pub u16);

impl Reg {
    pub const Y: u16 = 0x8000;

    #[inline(always)]
    pub fn is_y(self) -> bool {
        self.0 & Self::Y != 0
    }

    /// The register's index within its file (x or y).
    #[inline(always)]
    pub fn index(self) -> usize {
        (self.0 & !Self::Y) as usize
    }
}

#[derive(Clone, Copy, Debug)]
pub enum Op {
    /// Run the portable instruction `code[pc]`.
    Generic,
    MoveXX {
        src: u16,
        dst: u16,
    },
    MoveXY {
        src: u16,
        dst: u16,
    },
    MoveYX {
        src: u16,
        dst: u16,
    },
    MoveYY {
        src: u16,
        dst: u16,
    },
    MoveC {
        c: Term,
        dst: Reg,
    },
    Allocate {
        slots: u16,
    },
    Deallocate {
        slots: u16,
    },
    TestHeap {
        need: u32,
        live: u16,
    },
    /// A local call: `entry` is the callee's module-wide pc.
    Call {
        entry: u32,
        arity: u16,
    },
    CallOnly {
        entry: u32,
        arity: u16,
    },
    CallLast {
        entry: u32,
        arity: u16,
        slots: u16,
    },
    Return,
    Jump {
        to: u32,
    },
    /// Jump to `fail` unless `a` is exactly the immediate `c` (one word
    /// compare: immediates are equal exactly when their words are).
    IsEqImm {
        a: Reg,
        c: Term,
        fail: u32,
    },
    IsNeImm {
        a: Reg,
        c: Term,
        fail: u32,
    },
    IsCons {
        a: Reg,
        fail: u32,
    },
    Test {
        kind: TypeTest,
        a: Reg,
        fail: u32,
    },
    TestArity {
        a: Reg,
        arity: u32,
        fail: u32,
    },
    /// `compare` of two registers; falls back unless both are small.
    CmpRR {
        op: CmpOp,
        a: Reg,
        b: Reg,
        fail: u32,
    },
    /// `compare` of a register and a small integer; falls back unless the
    /// register holds a small.
    CmpRI {
        op: CmpOp,
        a: Reg,
        b: i32,
        fail: u32,
    },
    AddRR {
        a: Reg,
        b: Reg,
        dst: Reg,
    },
    SubRR {
        a: Reg,
        b: Reg,
        dst: Reg,
    },
    AddRI {
        a: Reg,
        b: i32,
        dst: Reg,
    },
    /// Other arithmetic on registers and small constants; falls back
    /// unless both operands are small and the result is too.
    ArithRR {
        op: ArithOp,
        a: Reg,
        b: Reg,
        dst: Reg,
    },
    ArithRI {
        op: ArithOp,
        a: Reg,
        b: i32,
        dst: Reg,
    },
    GetList {
        src: Reg,
        head: Reg,
        tail: Reg,
    },
    GetHd {
        src: Reg,
        dst: Reg,
    },
    GetTl {
        src: Reg,
        dst: Reg,
    },
    GetTupleElement {
        src: Reg,
        index: u32,
        dst: Reg,
    },
    PutListRR {
        head: Reg,
        tail: Reg,
        dst: Reg,
    },
    /// `[head | c]`, c a constant (usually `[]`).
    PutListRC {
        head: Reg,
        tail: Term,
        dst: Reg,
    },
    PutListCR {
        head: Term,
        tail: Reg,
        dst: Reg,
    },
    /// `dst := {args[start..start + len]}` from the module's operand pool.
    PutTuple {
        start: u32,
        len: u16,
        dst: Reg,
    },
    /// `deallocate` and `return` in one dispatch (the next instruction is
    /// the `return`; it stays in place for jumps to it).
    DeallocateReturn {
        slots: u16,
    },
    /// `move` of a constant into x0, then `return`.
    MoveReturn {
        c: Term,
    },
    /// `allocate`, then `move x(src) -> y(dst)` (a frame body saving its
    /// first argument).
    AllocateMoveXY {
        slots: u16,
        src: u16,
        dst: u16,
    },
    /// `move y(src) -> x(dst)`, then a local `call` (the return address is
    /// past the call).
    MoveYXCall {
        src: u16,
        dst: u16,
        entry: u32,
        arity: u16,
    },
    /// `move x(src) -> x(dst)`, then a local `call`.
    MoveXXCall {
        src: u16,
        dst: u16,
        entry: u32,
        arity: u16,
    },
    /// `move x(src) -> x(dst)`, then a local `call_only`.
    MoveXXCallOnly {
        src: u16,
        dst: u16,
        entry: u32,
        arity: u16,
    },
    /// `test_arity`, then `get_tuple_element` from the tested tuple (every
    /// tuple pattern starts this way).
    TestArityGet {
        a: Reg,
        arity: u32,
        fail: u32,
        index: u16,
        dst: Reg,
    },
    /// Two `get_tuple_element` from the same tuple.
    GetTupleElement2 {
        src: Reg,
        index1: u16,
        dst1: Reg,
        index2: u16,
        dst2: Reg,
    },
    /// `a + b -> dst` as `AddRI`, then a local `call`. Falls back to the
    /// arithmetic alone (the call then runs as its own op).
    AddRICall {
        a: Reg,
        b: i32,
        dst: Reg,
        entry: u32,
        arity: u16,
    },
}

/// A variable-length operand, kept in the module's operand pool
/// (`LoadedModule::args`) so that ops stay 16 bytes.
#[derive(Clone, Copy, Debug)]
pub enum Arg {
    Reg(Reg),
    Const(Term),
}

const _: () = assert!(std::mem::size_of::<Op>() == 16);
const _: () = assert!(X_REGISTERS <= Reg::Y as usize);

fn reg_of_dst(d: &Dst) -> Reg {
    match *d {
        Dst::X(i) => Reg(i),
        Dst::Y(i) => Reg(i | Reg::Y),
    }
}

fn reg_of_src(s: &Src) -> Option<Reg> {
    match *s {
        Src::X(i) => Some(Reg(i)),
        Src::Y(i) => Some(Reg(i | Reg::Y)),
        _ => None,
    }
}

/// The term a constant operand stands for (`literals` are the module's
/// built literal terms, atoms already global).
fn constant_of(s: &Src, literals: &[Term]) -> Option<Term> {
    match *s {
        Src::Int(v) => Some(Term::small(v as i64)),
        Src::Atom(a) => Some(Term::atom(Atom(a))),
        Src::Nil => Some(Term::NIL),
        Src::Literal(l) => literals.get(l as usize).copied(),
        Src::X(_) | Src::Y(_) => None,
    }
}

fn is_immediate(t: Term) -> bool {
    !t.is_boxed() && !t.is_cons()
}

/// The op for a loaded portable instruction. `entry_of` gives the
/// module-wide entry pc of a local function; y indices that do not fit a
/// `Reg` (the verifier allows deep frames) stay generic.
pub fn specialize(
    i: &Instr,
    next: Option<&Instr>,
    literals: &[Term],
    entry_of: &dyn Fn(u32) -> Option<u32>,
    args: &mut Vec<Arg>,
) -> Op {
    if let Some(op) = fuse(i, next, literals, entry_of) {
        return op;
    }
    specialize_checked(i, literals, entry_of, args).unwrap_or(Op::Generic)
}

/// Superinstructions: an instruction and the one after it in one dispatch.
/// The second instruction keeps its own op at the next pc, for jumps to it.
fn fuse(
    i: &Instr,
    next: Option<&Instr>,
    literals: &[Term],
    entry_of: &dyn Fn(u32) -> Option<u32>,
) -> Option<Op> {
    let next = next?;
    // Fused ops have no pooled operands: the pool is left untouched.
    let scratch = &mut Vec::new();
    let first = specialize_checked(i, literals, entry_of, scratch);
    let second = specialize_checked(next, literals, entry_of, scratch);
    match (first, second) {
        (Some(Op::Allocate { slots }), Some(Op::MoveXY { src, dst })) => {
            return Some(Op::AllocateMoveXY { slots, src, dst })
        }
        (Some(Op::MoveYX { src, dst }), Some(Op::Call { entry, arity })) => {
            return Some(Op::MoveYXCall {
                src,
                dst,
                entry,
                arity,
            })
        }
        (Some(Op::MoveXX { src, dst }), Some(Op::Call { entry, arity })) => {
            return Some(Op::MoveXXCall {
                src,
                dst,
                entry,
                arity,
            })
        }
        (Some(Op::MoveXX { src, dst }), Some(Op::CallOnly { entry, arity })) => {
            return Some(Op::MoveXXCallOnly {
                src,
                dst,
                entry,
                arity,
            })
        }
        (Some(Op::TestArity { a, arity, fail }), Some(Op::GetTupleElement { src, index, dst }))
            if src == a =>
        {
            if let Ok(index) = u16::try_from(index) {
                return Some(Op::TestArityGet {
                    a,
                    arity,
                    fail,
                    index,
                    dst,
                });
            }
        }
        (
            Some(Op::GetTupleElement {
                src,
                index: i1,
                dst: dst1,
            }),
            Some(Op::GetTupleElement {
                src: src2,
                index: i2,
                dst: dst2,
            }),
        ) if src == src2 && dst1 != src => {
            if let (Ok(index1), Ok(index2)) = (u16::try_from(i1), u16::try_from(i2)) {
                return Some(Op::GetTupleElement2 {
                    src,
                    index1,
                    dst1,
                    index2,
                    dst2,
                });
            }
        }
        (Some(Op::AddRI { a, b, dst }), Some(Op::Call { entry, arity })) => {
            return Some(Op::AddRICall {
                a,
                b,
                dst,
                entry,
                arity,
            })
        }
        _ => {}
    }
    match (i, next) {
        (Instr::Deallocate { slots }, Instr::Return {}) => {
            Some(Op::DeallocateReturn { slots: *slots })
        }
        (
            Instr::Move {
                src,
                dst: Dst::X(0),
            },
            Instr::Return {},
        ) => Some(Op::MoveReturn {
            c: constant_of(src, literals)?,
        }),
        _ => None,
    }
}

fn fits(s: &Src) -> bool {
    match *s {
        Src::Y(i) => i < Reg::Y,
        _ => true,
    }
}

fn fits_dst(d: &Dst) -> bool {
    match *d {
        Dst::Y(i) => i < Reg::Y,
        Dst::X(_) => true,
    }
}

fn specialize_checked(
    i: &Instr,
    literals: &[Term],
    entry_of: &dyn Fn(u32) -> Option<u32>,
    args: &mut Vec<Arg>,
) -> Option<Op> {
    let mut ok = true;
    i.visit_srcs(&mut |s| ok &= fits(s));
    i.visit_dsts(&mut |d| ok &= fits_dst(d));
    if !ok {
        return None;
    }
    Some(match i {
        Instr::Move { src, dst } => match (*src, *dst) {
            (Src::X(s), Dst::X(d)) => Op::MoveXX { src: s, dst: d },
            (Src::X(s), Dst::Y(d)) => Op::MoveXY { src: s, dst: d },
            (Src::Y(s), Dst::X(d)) => Op::MoveYX { src: s, dst: d },
            (Src::Y(s), Dst::Y(d)) => Op::MoveYY { src: s, dst: d },
            (c, d) => Op::MoveC {
                c: constant_of(&c, literals)?,
                dst: reg_of_dst(&d),
            },
        },
        Instr::Allocate { slots, .. } => Op::Allocate { slots: *slots },
        Instr::Deallocate { slots } => Op::Deallocate { slots: *slots },
        Instr::TestHeap { need, live } => Op::TestHeap {
            need: *need,
            live: *live,
        },
        Instr::Call { arity, function } => Op::Call {
            entry: entry_of(*function)?,
            arity: *arity,
        },
        Instr::CallOnly { arity, function } => Op::CallOnly {
            entry: entry_of(*function)?,
            arity: *arity,
        },
        Instr::CallLast {
            arity,
            function,
            slots,
        } => Op::CallLast {
            entry: entry_of(*function)?,
            arity: *arity,
            slots: *slots,
        },
        Instr::Return {} => Op::Return,
        Instr::Jump { to } => Op::Jump { to: to.0 },
        Instr::Test { kind, fail, arg } => {
            let a = reg_of_src(arg)?;
            match kind {
                TypeTest::Cons => Op::IsCons { a, fail: fail.0 },
                TypeTest::Nil => Op::IsEqImm {
                    a,
                    c: Term::NIL,
                    fail: fail.0,
                },
                _ => Op::Test {
                    kind: *kind,
                    a,
                    fail: fail.0,
                },
            }
        }
        Instr::TestArity { fail, arg, arity } => Op::TestArity {
            a: reg_of_src(arg)?,
            arity: *arity,
            fail: fail.0,
        },
        Instr::Compare { op, fail, a, b } => {
            let ra = reg_of_src(a)?;
            let fail = fail.0;
            if let Some(rb) = reg_of_src(b) {
                return Some(Op::CmpRR {
                    op: *op,
                    a: ra,
                    b: rb,
                    fail,
                });
            }
            let c = constant_of(b, literals)?;
            // `==` of an immediate with a number may hold for a float
            // (1 == 1.0): only exact comparisons, or constants that are
            // not numbers, are one word compare.
            let word_eq = is_immediate(c) && !c.is_small();
            match op {
                CmpOp::ExactEq if is_immediate(c) => Op::IsEqImm { a: ra, c, fail },
                CmpOp::ExactNe if is_immediate(c) => Op::IsNeImm { a: ra, c, fail },
                CmpOp::Eq if word_eq => Op::IsEqImm { a: ra, c, fail },
                CmpOp::Ne if word_eq => Op::IsNeImm { a: ra, c, fail },
                _ => match *b {
                    Src::Int(v) => Op::CmpRI {
                        op: *op,
                        a: ra,
                        b: v,
                        fail,
                    },
                    _ => return None,
                },
            }
        }
        Instr::Arith {
            op,
            a,
            b,
            dst,
            fail: _,
        } => {
            let dst = reg_of_dst(dst);
            // `N + X` is `X + N` (on failure the portable instruction runs
            // and reports the operands in their written order).
            let (a, b) = match (op, *a) {
                (ArithOp::Add, Src::Int(_)) => (b, a),
                _ => (a, b),
            };
            let a = reg_of_src(a)?;
            match (op, *b) {
                (ArithOp::Div, _) => return None,
                (ArithOp::Add, Src::Int(b)) => Op::AddRI { a, b, dst },
                (ArithOp::Sub, Src::Int(b)) if b != i32::MIN => Op::AddRI { a, b: -b, dst },
                (op, Src::Int(b)) => Op::ArithRI { op: *op, a, b, dst },
                (ArithOp::Add, b) => Op::AddRR {
                    a,
                    b: reg_of_src(&b)?,
                    dst,
                },
                (ArithOp::Sub, b) => Op::SubRR {
                    a,
                    b: reg_of_src(&b)?,
                    dst,
                },
                (op, b) => Op::ArithRR {
                    op: *op,
                    a,
                    b: reg_of_src(&b)?,
                    dst,
                },
            }
        }
        Instr::GetList { src, head, tail } => Op::GetList {
            src: reg_of_src(src)?,
            head: reg_of_dst(head),
            tail: reg_of_dst(tail),
        },
        Instr::GetHd { src, dst } => Op::GetHd {
            src: reg_of_src(src)?,
            dst: reg_of_dst(dst),
        },
        Instr::GetTl { src, dst } => Op::GetTl {
            src: reg_of_src(src)?,
            dst: reg_of_dst(dst),
        },
        Instr::GetTupleElement { src, index, dst } => Op::GetTupleElement {
            src: reg_of_src(src)?,
            index: *index,
            dst: reg_of_dst(dst),
        },
        Instr::PutList { head, tail, dst } => {
            let dst = reg_of_dst(dst);
            match (reg_of_src(head), reg_of_src(tail)) {
                (Some(head), Some(tail)) => Op::PutListRR { head, tail, dst },
                (Some(head), None) => Op::PutListRC {
                    head,
                    tail: constant_of(tail, literals)?,
                    dst,
                },
                (None, Some(tail)) => Op::PutListCR {
                    head: constant_of(head, literals)?,
                    tail,
                    dst,
                },
                (None, None) => return None,
            }
        }
        Instr::PutTuple { elements, dst } => {
            let start = u32::try_from(args.len()).ok()?;
            let len = u16::try_from(elements.len()).ok()?;
            let elements = elements
                .iter()
                .map(|e| match reg_of_src(e) {
                    Some(r) => Some(Arg::Reg(r)),
                    None => constant_of(e, literals).map(Arg::Const),
                })
                .collect::<Option<Vec<_>>>()?;
            args.extend(elements);
            Op::PutTuple {
                start,
                len,
                dst: reg_of_dst(dst),
            }
        }
        _ => return None,
    })
}
