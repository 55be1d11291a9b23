//! Reading integers of any size. Bignums are boxed: a header of kind
//! `BigPos`/`BigNeg` followed by the magnitude as little-endian u64 limbs,
//! normalised (no high zero limb, and never a value that fits a small).
//! Construction is in `heap::build`.

use super::{BoxKind, Term};
use num_bigint::{BigInt, BigUint, Sign};

impl Term {
    /// The value of an integer term (small or bignum) as a `BigInt`.
    pub fn to_bigint(self) -> Option<BigInt> {
        if let Some(v) = self.as_small() {
            return Some(BigInt::from(v));
        }
        let sign = match self.box_kind()? {
            BoxKind::BigPos => Sign::Plus,
            BoxKind::BigNeg => Sign::Minus,
            _ => return None,
        };
        let limbs = self.box_words();
        let mut digits = Vec::with_capacity(limbs.len() * 2);
        for limb in limbs {
            digits.push(limb.0 as u32);
            digits.push((limb.0 >> 32) as u32);
        }
        Some(BigInt::from_biguint(sign, BigUint::new(digits)))
    }

    /// The value as an `f64` if this is any number (bignums may round).
    pub fn to_f64(self) -> Option<f64> {
        if let Some(v) = self.as_small() {
            return Some(v as f64);
        }
        if let Some(f) = self.as_float() {
            return Some(f);
        }
        use num_traits::ToPrimitive;
        self.to_bigint().and_then(|b| b.to_f64())
    }
}
