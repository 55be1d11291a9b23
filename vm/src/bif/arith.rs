//! Arithmetic with Erlang's exact semantics: `+ - * / div rem band bor
//! bxor bsl bsr` over small integers, bignums and floats, and the unary
//! `-`, `+`, `bnot` and `abs`.
//!
//! - Integer results that leave the small range become bignums; an integer
//!   whose magnitude needs more than [`MAX_BITS`] bits is `system_limit`
//!   (as on BEAM, where `1 bsl 33554367` is the largest power of two).
//! - `/` always gives a float; `div`/`rem` truncate toward zero and accept
//!   integers only; a zero divisor is `badarith`.
//! - A float result that is infinite or NaN is `badarith`, and so is a
//!   bignum too big to convert to a float. Bignums convert to floats the
//!   way BEAM's `big_to_double` does (one 64-bit digit at a time from the
//!   top, rounding at each step), so that mixed arithmetic gives BEAM's
//!   bits, not the correctly rounded ones.
//! - Bit operations use two's complement on integers of any size; a shift
//!   by a negative count shifts the other way.
//!
//! [`arith`] is the interpreter's slow path; the same operators are also
//! registered as BIFs (`erlang:'+'/2` ...) for `apply` and `fun erlang:'+'/2`.

use super::{badarg, badarith, BifContext, BifFn, BifResult, Exception};
use crate::heap::{build, Heap};
use crate::term::{atom, Term};
use compiler::bytecode::ArithOp;
use num_bigint::{BigInt, Sign};
use num_traits::{Signed, Zero};

/// The largest magnitude an integer may have, in bits (BEAM's limit).
pub const MAX_BITS: u64 = (1 << 25) - 64;

pub fn system_limit() -> Exception {
    Exception::error(Term::atom(atom::SYSTEM_LIMIT))
}

/// `a op b`.
pub fn arith(heap: &mut Heap, op: ArithOp, a: Term, b: Term) -> Result<Term, Exception> {
    if let (Some(x), Some(y)) = (a.as_small(), b.as_small()) {
        return small_arith(heap, op, x, y);
    }
    if !a.is_number() || !b.is_number() {
        return Err(badarith());
    }
    if a.is_float() || b.is_float() {
        return float_arith(heap, op, a, b);
    }
    if op == ArithOp::Div {
        return float_arith(heap, op, a, b);
    }
    let (x, y) = match (a.to_bigint(), b.to_bigint()) {
        (Some(x), Some(y)) => (x, y),
        _ => return Err(badarith()),
    };
    big_arith(heap, op, &x, &y)
}

fn small_arith(heap: &mut Heap, op: ArithOp, x: i64, y: i64) -> Result<Term, Exception> {
    // Smalls are 61-bit, so sums, differences and quotients fit an i64.
    Ok(match op {
        ArithOp::Add => build::int(heap, x + y),
        ArithOp::Sub => build::int(heap, x - y),
        ArithOp::Mul => build::int_i128(heap, x as i128 * y as i128),
        ArithOp::Div => return float_result(heap, x as f64, y as f64, ArithOp::Div),
        ArithOp::IntDiv if y == 0 => return Err(badarith()),
        ArithOp::IntDiv => build::int(heap, x / y),
        ArithOp::Rem if y == 0 => return Err(badarith()),
        ArithOp::Rem => build::int(heap, x % y),
        ArithOp::Band => Term::small(x & y),
        ArithOp::Bor => Term::small(x | y),
        ArithOp::Bxor => Term::small(x ^ y),
        ArithOp::Bsl => return shift_small(heap, x, y),
        ArithOp::Bsr => return shift_small(heap, x, y.saturating_neg()),
    })
}

/// `x bsl n` for small `x` and `n` (negative `n` shifts right).
fn shift_small(heap: &mut Heap, x: i64, n: i64) -> Result<Term, Exception> {
    if n <= 0 {
        let s = n.unsigned_abs().min(63);
        return Ok(Term::small(x >> s));
    }
    if x == 0 {
        return Ok(Term::small(0));
    }
    if n < 64 {
        return Ok(build::int_i128(heap, (x as i128) << n));
    }
    shift_big(heap, &BigInt::from(x), &BigInt::from(n))
}

/// `x bsl n` on integers of any size.
fn shift_big(heap: &mut Heap, x: &BigInt, n: &BigInt) -> Result<Term, Exception> {
    use num_traits::ToPrimitive;
    if x.is_zero() {
        return Ok(Term::small(0));
    }
    if n.is_negative() {
        let s = n.magnitude().to_u64().unwrap_or(u64::MAX);
        if s >= x.bits() {
            return Ok(Term::small(if x.is_negative() { -1 } else { 0 }));
        }
        // `>>` on a negative BigInt rounds toward negative infinity, as bsr does.
        return Ok(build::bigint(heap, &(x >> s)));
    }
    let s = n.to_u64().unwrap_or(u64::MAX);
    if s > MAX_BITS || x.bits() + s > MAX_BITS {
        return Err(system_limit());
    }
    Ok(build::bigint(heap, &(x << s)))
}

fn big_arith(heap: &mut Heap, op: ArithOp, x: &BigInt, y: &BigInt) -> Result<Term, Exception> {
    let r = match op {
        ArithOp::Add => x + y,
        ArithOp::Sub => x - y,
        ArithOp::Mul => {
            if !x.is_zero() && !y.is_zero() && x.bits() + y.bits() - 1 > MAX_BITS {
                return Err(system_limit());
            }
            x * y
        }
        ArithOp::IntDiv | ArithOp::Rem if y.is_zero() => return Err(badarith()),
        // BigInt's `/` and `%` truncate toward zero, like div and rem.
        ArithOp::IntDiv => x / y,
        ArithOp::Rem => x % y,
        ArithOp::Band => x & y,
        ArithOp::Bor => x | y,
        ArithOp::Bxor => x ^ y,
        ArithOp::Bsl => return shift_big(heap, x, y),
        ArithOp::Bsr => return shift_big(heap, x, &-y),
        ArithOp::Div => return Err(badarith()),
    };
    big_result(heap, &r)
}

/// A BigInt result, or `system_limit` if it is too big.
pub fn big_result(heap: &mut Heap, r: &BigInt) -> Result<Term, Exception> {
    if r.bits() > MAX_BITS {
        return Err(system_limit());
    }
    Ok(build::bigint(heap, r))
}

/// A number as BEAM converts it to a float for arithmetic; `None` for a
/// bignum whose value overflows (and for non-numbers).
pub fn to_f64(t: Term) -> Option<f64> {
    if let Some(v) = t.as_small() {
        return Some(v as f64);
    }
    if let Some(f) = t.as_float() {
        return Some(f);
    }
    big_to_f64(&t.to_bigint()?)
}

/// BEAM's `big_to_double`: accumulates 64-bit digits from the most
/// significant one, failing as soon as the value becomes infinite.
pub fn big_to_f64(v: &BigInt) -> Option<f64> {
    let (sign, digits) = v.to_u64_digits();
    let base = 18446744073709551616.0_f64; // 2^64
    let mut d = 0.0_f64;
    for digit in digits.iter().rev() {
        d = d * base + *digit as f64;
        if !d.is_finite() {
            return None;
        }
    }
    Some(if sign == Sign::Minus { -d } else { d })
}

fn float_arith(heap: &mut Heap, op: ArithOp, a: Term, b: Term) -> Result<Term, Exception> {
    match op {
        ArithOp::Add | ArithOp::Sub | ArithOp::Mul | ArithOp::Div => {}
        _ => return Err(badarith()),
    }
    let (Some(x), Some(y)) = (to_f64(a), to_f64(b)) else {
        return Err(badarith());
    };
    float_result(heap, x, y, op)
}

fn float_result(heap: &mut Heap, x: f64, y: f64, op: ArithOp) -> Result<Term, Exception> {
    let r = match op {
        ArithOp::Add => x + y,
        ArithOp::Sub => x - y,
        ArithOp::Mul => x * y,
        ArithOp::Div if y == 0.0 => return Err(badarith()),
        ArithOp::Div => x / y,
        _ => return Err(badarith()),
    };
    if !r.is_finite() {
        return Err(badarith());
    }
    Ok(build::float(heap, r))
}

/// Unary minus.
pub fn neg(heap: &mut Heap, a: Term) -> Result<Term, Exception> {
    if let Some(x) = a.as_small() {
        return Ok(build::int(heap, -x));
    }
    if let Some(f) = a.as_float() {
        return Ok(build::float(heap, -f));
    }
    match a.to_bigint() {
        Some(x) => Ok(build::bigint(heap, &-x)),
        None => Err(badarith()),
    }
}

/// `bnot`.
pub fn bnot(heap: &mut Heap, a: Term) -> Result<Term, Exception> {
    if let Some(x) = a.as_small() {
        return Ok(Term::small(!x));
    }
    match a.to_bigint() {
        Some(x) => big_result(heap, &!x),
        None => Err(badarith()),
    }
}

/// `abs/1` (badarg on non-numbers, as the BIF raises).
pub fn abs(heap: &mut Heap, a: Term) -> Result<Term, Exception> {
    if let Some(x) = a.as_small() {
        return Ok(build::int(heap, x.abs()));
    }
    if let Some(f) = a.as_float() {
        return Ok(build::float(heap, f.abs()));
    }
    match a.to_bigint() {
        Some(x) => Ok(build::bigint(heap, &x.abs())),
        None => Err(badarg()),
    }
}

// ---- BIFs ---------------------------------------------------------------

/// Reductions for an operation on big operands: one per 16 limbs.
fn charge_big(ctx: &mut BifContext, args: &[Term]) {
    let words: usize = args
        .iter()
        .filter(|t| t.is_bignum())
        .map(|t| t.box_header().arity())
        .sum();
    ctx.charge(words / 16);
}

fn binop(ctx: &mut BifContext, op: ArithOp, args: &[Term]) -> BifResult {
    charge_big(ctx, args);
    arith(ctx.heap(), op, args[0], args[1])
}

macro_rules! binop_bifs {
    ($($name:ident => $op:ident),* $(,)?) => {
        $(fn $name(ctx: &mut BifContext, args: &[Term]) -> BifResult {
            binop(ctx, ArithOp::$op, args)
        })*
    };
}

binop_bifs! {
    add => Add, sub => Sub, mul => Mul, fdiv => Div, int_div => IntDiv, rem => Rem,
    band => Band, bor => Bor, bxor => Bxor, bsl => Bsl, bsr => Bsr,
}

fn neg_bif(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    neg(ctx.heap(), args[0])
}

fn plus_bif(_ctx: &mut BifContext, args: &[Term]) -> BifResult {
    if args[0].is_number() {
        Ok(args[0])
    } else {
        Err(badarith())
    }
}

fn bnot_bif(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    charge_big(ctx, args);
    bnot(ctx.heap(), args[0])
}

pub const TABLE: &[(&str, &str, usize, BifFn)] = &[
    ("erlang", "+", 2, add),
    ("erlang", "-", 2, sub),
    ("erlang", "*", 2, mul),
    ("erlang", "/", 2, fdiv),
    ("erlang", "div", 2, int_div),
    ("erlang", "rem", 2, rem),
    ("erlang", "band", 2, band),
    ("erlang", "bor", 2, bor),
    ("erlang", "bxor", 2, bxor),
    ("erlang", "bsl", 2, bsl),
    ("erlang", "bsr", 2, bsr),
    ("erlang", "-", 1, neg_bif),
    ("erlang", "+", 1, plus_bif),
    ("erlang", "bnot", 1, bnot_bif),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::term::display::write_term;

    fn int(h: &mut Heap, s: &str) -> Term {
        build::bigint(h, &s.parse::<BigInt>().unwrap())
    }

    fn run(op: ArithOp, a: &str, b: &str) -> String {
        let mut h = Heap::new();
        let parse = |h: &mut Heap, s: &str| {
            if s.contains('.') || s.contains('e') {
                build::float(h, s.parse().unwrap())
            } else if s == "a" {
                Term::atom(atom::OK)
            } else {
                int(h, s)
            }
        };
        let (x, y) = (parse(&mut h, a), parse(&mut h, b));
        match arith(&mut h, op, x, y) {
            Ok(t) => write_term(t),
            Err(e) => format!("error:{}", write_term(e.reason)),
        }
    }

    #[test]
    fn small_and_overflow() {
        use ArithOp::*;
        assert_eq!(run(Add, "1152921504606846975", "1"), "1152921504606846976");
        assert_eq!(
            run(Sub, "-1152921504606846976", "1"),
            "-1152921504606846977"
        );
        assert_eq!(
            run(Mul, "1152921504606846975", "1152921504606846975"),
            "1329227995784915870597964051066650625"
        );
        assert_eq!(run(IntDiv, "-7", "2"), "-3");
        assert_eq!(run(Rem, "-7", "2"), "-1");
        assert_eq!(run(Rem, "7", "-2"), "1");
        assert_eq!(
            run(IntDiv, "-1152921504606846976", "-1"),
            "1152921504606846976"
        );
        assert_eq!(run(IntDiv, "1", "0"), "error:badarith");
        assert_eq!(run(Rem, "1", "0"), "error:badarith");
        assert_eq!(run(Add, "a", "1"), "error:badarith");
        assert_eq!(run(Div, "10", "4"), "2.5");
        assert_eq!(run(Div, "1", "0"), "error:badarith");
    }

    #[test]
    fn floats() {
        use ArithOp::*;
        assert_eq!(run(Div, "1", "0.0"), "error:badarith");
        assert_eq!(run(Div, "0.0", "0.0"), "error:badarith");
        assert_eq!(run(Mul, "1.0e308", "10"), "error:badarith");
        assert_eq!(run(Add, "1.5e308", "1.5e308"), "error:badarith");
        assert_eq!(run(Rem, "7.0", "2"), "error:badarith");
        assert_eq!(run(IntDiv, "7", "2.0"), "error:badarith");
        assert_eq!(run(Band, "1.0", "1"), "error:badarith");
        assert_eq!(run(Sub, "0.0", "0.0"), "0.0");
        assert_eq!(
            run(Div, "18446744073709551616", "3"),
            "6.148914691236517e18"
        );
        let big = format!("{}", BigInt::from(1) << 1100);
        assert_eq!(run(Div, &big, "3"), "error:badarith");
        assert_eq!(run(Add, &big, "1.0"), "error:badarith");
        // BEAM's digit-by-digit conversion: 2^128 + 2^75 + 1 becomes 2^128.
        let v: BigInt = (BigInt::from(1) << 128) + (BigInt::from(1) << 75) + 1;
        assert_eq!(big_to_f64(&v), Some(2f64.powi(128)));
        let near = (BigInt::from(1) << 1024) - (BigInt::from(1) << 970);
        assert_eq!(big_to_f64(&near), None);
        let max = (BigInt::from(1) << 1024) - (BigInt::from(1) << 971);
        assert_eq!(big_to_f64(&max), Some(f64::MAX));
    }

    #[test]
    fn bignums_and_bits() {
        use ArithOp::*;
        let p70 = format!("{}", BigInt::from(1) << 70);
        let m70 = format!("-{}", p70);
        assert_eq!(run(Band, &m70, "255"), "0");
        assert_eq!(run(Bor, &m70, "255"), "-1180591620717411303169");
        assert_eq!(run(Bxor, &m70, "-1"), "1180591620717411303423");
        assert_eq!(run(IntDiv, &p70, "-3"), "-393530540239137101141");
        assert_eq!(run(Rem, &p70, "-3"), "1");
        assert_eq!(run(Rem, &m70, "3"), "-1");
        assert_eq!(run(IntDiv, &m70, "0"), "error:badarith");
        assert_eq!(run(Bsl, "1", "64"), "18446744073709551616");
        assert_eq!(run(Bsl, "1", "100000000"), "error:system_limit");
        assert_eq!(run(Bsl, "1", &p70), "error:system_limit");
        assert_eq!(run(Bsl, "0", &p70), "0");
        assert_eq!(run(Bsr, "1", &p70), "0");
        assert_eq!(run(Bsr, "-1", &p70), "-1");
        assert_eq!(run(Bsl, "1", &m70), "0");
        assert_eq!(run(Bsr, "-1", "100"), "-1");
        assert_eq!(run(Bsl, "5", "-1"), "2");
        assert_eq!(run(Bsr, "-5", "1"), "-3");
        assert_eq!(run(Bsl, "-5", "-1"), "-3");
        assert_eq!(run(Bsr, &m70, "69"), "-2");
        assert_eq!(
            run(Bsr, &format!("-{}", (BigInt::from(1) << 70) + 1), "70"),
            "-2"
        );
        assert_eq!(run(Bsl, "1", "1.0"), "error:badarith");
        // The largest integers: 33554368 bits.
        let mut h = Heap::new();
        let top = arith(&mut h, Bsl, Term::small(-1), Term::small(33554367)).unwrap();
        assert_eq!(top.to_bigint().unwrap().bits(), MAX_BITS);
        let two = Term::small(2);
        assert_eq!(
            arith(&mut h, Mul, top, two).unwrap_err().reason,
            Term::atom(atom::SYSTEM_LIMIT)
        );
        assert_eq!(
            arith(&mut h, Add, top, top).unwrap_err().reason,
            Term::atom(atom::SYSTEM_LIMIT)
        );
        assert!(arith(&mut h, Sub, top, Term::small(-1)).is_ok());
        assert_eq!(run(Bsl, "1", "33554368"), "error:system_limit");
    }

    #[test]
    fn unary() {
        let mut h = Heap::new();
        let min = Term::small(crate::term::SMALL_MIN);
        assert_eq!(write_term(neg(&mut h, min).unwrap()), "1152921504606846976");
        assert_eq!(write_term(abs(&mut h, min).unwrap()), "1152921504606846976");
        let z = build::float(&mut h, 0.0);
        assert_eq!(write_term(neg(&mut h, z).unwrap()), "-0.0");
        assert_eq!(write_term(bnot(&mut h, Term::small(5)).unwrap()), "-6");
        let p70 = build::bigint(&mut h, &(BigInt::from(1) << 70));
        assert_eq!(
            write_term(bnot(&mut h, p70).unwrap()),
            "-1180591620717411303425"
        );
        let a = Term::atom(atom::OK);
        assert_eq!(
            neg(&mut h, a).unwrap_err().reason,
            Term::atom(atom::BADARITH)
        );
        assert_eq!(
            bnot(&mut h, z).unwrap_err().reason,
            Term::atom(atom::BADARITH)
        );
        assert_eq!(abs(&mut h, a).unwrap_err().reason, Term::atom(atom::BADARG));
        let mut p = crate::process::Process::new(0, false);
        let mut ctx = BifContext::new(&mut p);
        assert_eq!(
            plus_bif(&mut ctx, &[a]).unwrap_err().reason,
            Term::atom(atom::BADARITH)
        );
        assert_eq!(
            add(&mut ctx, &[Term::small(1), Term::small(2)]).unwrap(),
            Term::small(3)
        );
    }
}
