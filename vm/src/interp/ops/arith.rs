//! Arithmetic: an inline fast path for small integers; everything else
//! (bignums, floats, errors) goes to `bif::arith`.

use crate::bif::Exception;
use crate::process::Process;
use crate::term::Term;
use compiler::bytecode::ArithOp;

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
