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
//!
//! The translation from portable instructions is in `specialize.rs`.

use crate::term::Term;
use compiler::bytecode::{ArithOp, CmpOp, TypeTest, X_REGISTERS};

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
