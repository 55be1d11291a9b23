//! Portable instructions to loaded ops (`op.rs`): each instruction is
//! specialised on its own, then frequent pairs are fused into
//! superinstructions.

use super::op::{compact_immediate, Arg, Op, Reg};
use crate::term::{Atom, Term};
use compiler::bytecode::{ArithOp, CmpOp, Dst, Instr, Src, TypeTest};

/// The ops of a function-laid-out code array, one per instruction.
/// `literals` are the module's built literal terms (atoms in `code` are
/// already global), `entry_of` gives the module-wide entry pc of a local
/// function, `is_self` tells whether an import is `erlang:self/0`, and
/// `args` is the module's operand pool, filled here.
pub fn specialize_all(
    code: &[Instr],
    literals: &[Term],
    entry_of: &dyn Fn(u32) -> Option<u32>,
    is_self: &dyn Fn(u32) -> bool,
    args: &mut Vec<Arg>,
) -> Box<[Op]> {
    let single: Vec<Op> = code
        .iter()
        .map(|i| specialize(i, literals, entry_of, is_self, args).unwrap_or(Op::Generic))
        .collect();
    let pairs: Vec<Op> = single
        .iter()
        .zip(single.iter().skip(1).map(Some).chain([None]))
        .map(|(&op, next)| next.and_then(|&next| fuse(op, next)).unwrap_or(op))
        .collect();
    single
        .iter()
        .zip(pairs.iter().skip(1).map(Some).chain([None]))
        .zip(&pairs)
        .map(|((&op, next), &pair)| {
            next.and_then(|&next| fuse_with_pair(op, next, args))
                .unwrap_or(pair)
        })
        .collect()
}

/// Superinstructions of three: an op and the fused pair after it.
/// A constant too big for the op goes to the operand pool `args`.
fn fuse_with_pair(first: Op, pair: Op, args: &mut Vec<Arg>) -> Option<Op> {
    Some(match (first, pair) {
        (Op::IsEqImm { a, c, fail }, Op::MoveReturn { c: ret }) => {
            let c = compact_immediate(c)?;
            match compact_immediate(ret) {
                Some(ret) => Op::IsEqImmReturn { a, fail, c, ret },
                None => {
                    let at = u32::try_from(args.len()).ok()?;
                    args.push(Arg::Const(ret));
                    Op::IsEqImmReturnPool {
                        a,
                        fail,
                        c,
                        ret: at,
                    }
                }
            }
        }
        (Op::AddRR { a, b, dst }, Op::DeallocateReturn { slots }) => {
            Op::AddRRDeallocateReturn { a, b, dst, slots }
        }
        _ => return None,
    })
}

/// Superinstructions: an op and the one after it in one dispatch. The
/// second keeps its own op at the next pc, for jumps to it.
fn fuse(first: Op, second: Op) -> Option<Op> {
    Some(match (first, second) {
        (Op::Deallocate { slots }, Op::Return) => Op::DeallocateReturn { slots },
        (Op::MoveC { c, dst: Reg(0) }, Op::Return) => Op::MoveReturn { c },
        (Op::Allocate { slots }, Op::MoveXY { src, dst }) => Op::AllocateMoveXY { slots, src, dst },
        (Op::MoveYX { src, dst }, Op::Call { entry, arity }) => Op::MoveYXCall {
            src,
            dst,
            entry,
            arity,
        },
        (Op::MoveXX { src, dst }, Op::Call { entry, arity }) => Op::MoveXXCall {
            src,
            dst,
            entry,
            arity,
        },
        (Op::MoveXX { src, dst }, Op::CallOnly { entry, arity }) => Op::MoveXXCallOnly {
            src,
            dst,
            entry,
            arity,
        },
        (Op::TestHeap { need, live }, Op::PutTuple { start, len, dst }) => Op::TestHeapPutTuple {
            need: u16::try_from(need).ok()?,
            live,
            start,
            len,
            dst,
        },
        (Op::AddRI { a, b, dst }, Op::Call { entry, arity }) => Op::AddRICall {
            a,
            b,
            dst,
            entry,
            arity,
        },
        (Op::IsEqImm { a, c, fail }, Op::GetTupleElement { src, index, dst }) => Op::IsEqImmGet {
            a,
            c: compact_immediate(c)?,
            fail,
            src,
            index: u8::try_from(index).ok()?,
            dst,
        },
        (Op::TestArity { a, arity, fail }, Op::GetTupleElement { src, index, dst }) if src == a => {
            Op::TestArityGet {
                a,
                arity,
                fail,
                index: u16::try_from(index).ok()?,
                dst,
            }
        }
        (
            Op::GetTupleElement {
                src,
                index: i1,
                dst: dst1,
            },
            Op::GetTupleElement {
                src: src2,
                index: i2,
                dst: dst2,
            },
        ) if src == src2 && dst1 != src => Op::GetTupleElement2 {
            src,
            index1: u16::try_from(i1).ok()?,
            dst1,
            index2: u16::try_from(i2).ok()?,
            dst2,
        },
        _ => return None,
    })
}

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

/// The op for one portable instruction; `None` where none fits (the
/// instruction then runs as `Op::Generic`). y indices that do not fit a
/// `Reg` (the verifier allows deep frames) stay generic.
fn specialize(
    i: &Instr,
    literals: &[Term],
    entry_of: &dyn Fn(u32) -> Option<u32>,
    is_self: &dyn Fn(u32) -> bool,
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
        Instr::LoopRec { dst, .. } => Op::LoopRec {
            dst: reg_of_dst(dst),
        },
        Instr::RemoveMessage {} => Op::RemoveMessage,
        Instr::LoopRecEnd { to } => Op::LoopRecEnd { to: to.0 },
        Instr::Bif {
            import, args, dst, ..
        } if args.is_empty() && is_self(*import) => Op::SelfPid {
            dst: reg_of_dst(dst),
        },
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::super::op::expand_immediate;
    use super::*;
    use compiler::bytecode::Label;

    fn ops_of(code: &[Instr]) -> Box<[Op]> {
        // Import 0 is `erlang:self/0`, import 1 something else.
        specialize_all(code, &[], &|_| None, &|i| i == 0, &mut Vec::new())
    }

    #[test]
    fn receive_instructions_and_self_get_their_own_ops() {
        let ops = ops_of(&[
            Instr::LoopRec {
                fail: Label(4),
                dst: Dst::Y(2),
            },
            Instr::RemoveMessage {},
            Instr::LoopRecEnd { to: Label(0) },
            Instr::Bif {
                import: 0,
                args: vec![].into(),
                dst: Dst::X(3),
                fail: None,
            },
            Instr::Bif {
                import: 1,
                args: vec![].into(),
                dst: Dst::X(3),
                fail: None,
            },
        ]);
        assert!(matches!(ops[0], Op::LoopRec { dst } if dst == Reg(2 | Reg::Y)));
        assert!(matches!(ops[1], Op::RemoveMessage));
        assert!(matches!(ops[2], Op::LoopRecEnd { to: 0 }));
        assert!(matches!(ops[3], Op::SelfPid { dst: Reg(3) }));
        assert!(matches!(ops[4], Op::Generic));
    }

    #[test]
    fn a_matched_constant_fuses_with_a_literal_return_or_the_next_element() {
        let mut heap = crate::heap::Heap::default();
        let pair = crate::heap::build::tuple(&mut heap, &[Term::NIL, Term::NIL]);
        let tag = crate::term::atom::UNDEF;
        let code = [
            Instr::Compare {
                op: CmpOp::ExactEq,
                fail: Label(3),
                a: Src::X(0),
                b: Src::Int(0),
            },
            Instr::Move {
                src: Src::Literal(0),
                dst: Dst::X(0),
            },
            Instr::Return {},
            Instr::Compare {
                op: CmpOp::ExactEq,
                fail: Label(6),
                a: Src::X(1),
                b: Src::Atom(tag.0),
            },
            Instr::GetTupleElement {
                src: Src::X(0),
                index: 1,
                dst: Dst::Y(2),
            },
            Instr::Return {},
        ];
        let mut args = Vec::new();
        let ops = specialize_all(&code, &[pair], &|_| None, &|_| false, &mut args);
        let Op::IsEqImmReturnPool { a, fail: 3, c, ret } = ops[0] else {
            panic!("{:?}", ops[0]);
        };
        assert_eq!((a, expand_immediate(c)), (Reg(0), Term::small(0)));
        assert!(matches!(args[ret as usize], Arg::Const(t) if t == pair));
        assert!(matches!(ops[1], Op::MoveReturn { c } if c == pair));
        let Op::IsEqImmGet {
            a,
            c,
            fail: 6,
            src,
            index: 1,
            dst,
        } = ops[3]
        else {
            panic!("{:?}", ops[3]);
        };
        assert_eq!((a, expand_immediate(c)), (Reg(1), Term::atom(tag)));
        assert_eq!((src, dst), (Reg(0), Reg(2 | Reg::Y)));
        // The fused element fetch keeps its own op, for jumps to it.
        assert!(matches!(ops[4], Op::GetTupleElement { index: 1, .. }));
    }
}
