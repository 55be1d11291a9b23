//! Arithmetic: an inline fast path for small integers; everything else
//! (bignums, floats, errors) goes to `bif::arith`.

use crate::bif::Exception;
use crate::process::Process;
use crate::term::Term;
use compiler::bytecode::{ArithOp, Src};

#[inline(always)]
pub fn arith(p: &mut Process, op: ArithOp, a: Term, b: Term) -> Result<Term, Exception> {
    if let (Some(x), Some(y)) = (a.as_small(), b.as_small()) {
        let r = match op {
            ArithOp::Add => Some(x + y),
            ArithOp::Sub => Some(x - y),
            ArithOp::Mul => x.checked_mul(y),
            ArithOp::IntDiv if y != 0 => Some(x / y),
            ArithOp::Rem if y != 0 => Some(x % y),
            ArithOp::Band => Some(x & y),
            ArithOp::Bor => Some(x | y),
            ArithOp::Bxor => Some(x ^ y),
            _ => None,
        };
        // Sums of two smalls cannot overflow i64 (smalls are 61-bit).
        if let Some(r) = r {
            if Term::fits_small(r) {
                return Ok(Term::small(r));
            }
        }
    }
    crate::bif::arith::arith(&mut p.heap, op, a, b)
}

/// How an arithmetic instruction on huge bignums goes (`sched::dirty`).
pub enum Heavy {
    /// Not long: done in the instruction as usual.
    Light,
    /// A dirty job was asked for: the instruction runs again after it.
    Wait,
    /// The dirty job's value, on the heap (or the error of putting it there).
    Done(Result<Term, Exception>),
}

/// Whether `a op b` is a product, quotient or remainder of integers long
/// enough (`DIRTY_LIMB_WORK`) to run as a dirty job, and if so its value
/// or the request for it. Sums, differences and bit operations are linear
/// in the operands' size and stay in the instruction.
pub fn heavy(p: &mut Process, op: ArithOp, a: Term, b: Term) -> Heavy {
    use crate::sched::dirty::{limb_work, DirtyJob, DirtyValue, DIRTY_LIMB_WORK};
    if !(a.is_bignum() || b.is_bignum()) || !(a.is_integer() && b.is_integer()) {
        return Heavy::Light;
    }
    let (la, lb) = (limbs(a), limbs(b));
    let work = match op {
        // A product past the size limit fails in the instruction.
        ArithOp::Mul if (la + lb) * 64 <= crate::bif::arith::MAX_BITS => limb_work(la, lb),
        ArithOp::IntDiv | ArithOp::Rem if b != Term::small(0) => {
            limb_work(la.saturating_sub(lb) + 1, lb)
        }
        _ => 0,
    };
    if work < DIRTY_LIMB_WORK {
        return Heavy::Light;
    }
    let key = vec![a, b, Term::small(op as i64)];
    if let Some(done) = crate::sched::dirty::take_done(p, &key) {
        return Heavy::Done(match done {
            DirtyValue::Int(r) => crate::bif::arith::big_result(&mut p.heap, &r),
            DirtyValue::Text(_) => Err(crate::bif::badarith()),
        });
    }
    let (Some(x), Some(y)) = (a.to_bigint(), b.to_bigint()) else {
        return Heavy::Light;
    };
    let work = Box::new(move || {
        DirtyValue::Int(match op {
            ArithOp::Mul => x * y,
            // BigInt's `/` and `%` truncate toward zero, like div and rem.
            ArithOp::IntDiv => x / y,
            _ => x % y,
        })
    });
    p.pending().dirty_job = Some(DirtyJob { key, work });
    Heavy::Wait
}

/// 64-bit limbs of an integer's magnitude.
fn limbs(t: Term) -> u64 {
    if t.is_bignum() {
        t.box_header().arity() as u64
    } else {
        1
    }
}

/// An arithmetic error gets the operator and its operands as the top stack
/// frame (`{erlang,'div',[1,0],[]}`), as BEAM's generic arithmetic does.
/// BEAM's own specialised forms raise without that frame, and so does
/// Joist for them: `X + N`, `N + X` and `X - N` with a literal integer N,
/// and float division `/` (measured on OTP 25).
#[cold]
pub fn operator_frame(
    p: &mut Process,
    op: ArithOp,
    a: &Src,
    b: &Src,
    x: Term,
    y: Term,
    mut e: Exception,
) -> Exception {
    use crate::heap::build;
    use crate::term::atom;
    let literal = |s: &Src| matches!(s, Src::Int(_));
    let specialised = match op {
        ArithOp::Div => true,
        ArithOp::Add => literal(a) || literal(b),
        ArithOp::Sub => literal(b),
        _ => false,
    };
    if specialised || !e.args.is_non_value() {
        return e;
    }
    let list = build::list(&mut p.heap, &[x, y]);
    let name = atom::intern_internal(op.text());
    e.args = build::tuple(
        &mut p.heap,
        &[Term::atom(atom::ERLANG), Term::atom(name), list],
    );
    e
}
