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
