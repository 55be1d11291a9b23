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
    /// `is_eq_exact a, c` then, when it holds, `move ret -> x0; return`
    /// (a clause returning a constant for a constant argument, like
    /// `fib(0) -> 0`). Both constants are immediates in compact form
    /// (`compact_immediate`).
    IsEqImmReturn {
        a: Reg,
        fail: u32,
        c: i32,
        ret: i32,
    },
    /// `IsEqImmReturn` for a `ret` that is not a compact immediate (a
    /// literal such as `{nil, nil}`): `ret` is its index in the operand
    /// pool, an `Arg::Const`.
    IsEqImmReturnPool {
        a: Reg,
        fail: u32,
        c: i32,
        ret: u32,
    },
    /// `is_eq_exact a, c` then, when it holds, `get_tuple_element src,
    /// index -> dst` (matching the next element of a tuple once one has
    /// matched, as `{nil, nil}` does). `c` is in compact form.
    IsEqImmGet {
        a: Reg,
        c: i32,
        fail: u32,
        src: Reg,
        index: u8,
        dst: Reg,
    },
    /// `test_heap`, then `put_tuple` (building a tuple after a call). When
    /// a collection is due it falls back to the `test_heap` alone.
    TestHeapPutTuple {
        need: u16,
        live: u16,
        start: u32,
        len: u16,
        dst: Reg,
    },
    /// `a + b -> dst` as `AddRR`, then `deallocate` and `return` (a body
    /// ending in a sum). Falls back to the arithmetic alone.
    AddRRDeallocateReturn {
        a: Reg,
        b: Reg,
        dst: Reg,
        slots: u16,
    },
    /// `loop_rec`: the message at the receive's save position into `dst`;
    /// with none queued, the portable instruction (which takes signals
    /// from the inbox and may jump to its `fail` label).
    LoopRec {
        dst: Reg,
    },
    /// `remove_message`.
    RemoveMessage,
    /// `loop_rec_end`: on to the next message, back at `to`.
    LoopRecEnd {
        to: u32,
    },
    /// `bif erlang:self/0`, which cannot fail.
    SelfPid {
        dst: Reg,
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

/// An immediate term whose word, as a signed number, fits in 32 bits
/// (small integers and atoms of moderate size), so that an op can hold it
/// in four bytes.
pub fn compact_immediate(t: Term) -> Option<i32> {
    let w = t.0 as i64;
    let c = i32::try_from(w).ok()?;
    (!t.is_boxed() && !t.is_cons()).then_some(c)
}

/// The term `compact_immediate` made `c` from.
#[inline(always)]
pub fn expand_immediate(c: i32) -> Term {
    Term(c as i64 as u64)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compact_immediates_round_trip_and_only_immediates_fit() {
        for t in [
            Term::small(0),
            Term::small(-1),
            Term::small(1 << 27),
            Term::small(-(1 << 27)),
            Term::NIL,
            Term::atom(crate::term::atom::UNDEF),
        ] {
            let c = compact_immediate(t).expect("fits");
            assert_eq!(expand_immediate(c), t);
        }
        assert_eq!(compact_immediate(Term::small(1 << 40)), None);
        let mut heap = crate::heap::Heap::default();
        let cons = crate::heap::build::cons(&mut heap, Term::NIL, Term::NIL);
        assert_eq!(compact_immediate(cons), None);
    }
}
