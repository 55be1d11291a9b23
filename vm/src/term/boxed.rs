//! Reading funs, external funs and references.
//!
//! - Fun: header (arity = 1 + free count), a small term holding
//!   `module_index << 32 | lambda_index << 8 | arity`, then the free
//!   variables. (Lambda indices are below 2^24 and arities below 256: the
//!   loader rejects modules that exceed them.)
//! - Export (`fun m:f/a`): header (arity 3), module atom, function atom,
//!   arity as a small.
//! - Ref: header (arity 1), a small term with the reference number.

use super::{Atom, BoxKind, Term};

/// The identity of a closure's code: which module, which lambda in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LambdaId {
    pub module: u32,
    pub index: u32,
    pub arity: u32,
}

impl LambdaId {
    pub fn pack(self) -> i64 {
        ((self.module as i64) << 32) | ((self.index as i64) << 8) | self.arity as i64
    }
}

impl Term {
    pub fn fun_lambda(self) -> LambdaId {
        debug_assert_eq!(self.box_kind(), Some(BoxKind::Fun));
        let w = self.box_word(0).small_value() as u64;
        LambdaId {
            module: (w >> 32) as u32,
            index: ((w >> 8) & 0xff_ffff) as u32,
            arity: (w & 0xff) as u32,
        }
    }

    pub fn fun_free<'a>(self) -> &'a [Term] {
        &self.box_words()[1..]
    }

    /// `(module, function, arity)` of an external fun.
    pub fn export_mfa(self) -> (Atom, Atom, usize) {
        debug_assert_eq!(self.box_kind(), Some(BoxKind::Export));
        let w = self.box_words();
        (
            w[0].as_atom().unwrap_or(super::atom::UNDEFINED),
            w[1].as_atom().unwrap_or(super::atom::UNDEFINED),
            w[2].small_value() as usize,
        )
    }

    /// The arity of a fun or external fun.
    pub fn fun_arity(self) -> usize {
        match self.box_kind() {
            Some(BoxKind::Fun) => self.fun_lambda().arity as usize,
            Some(BoxKind::Export) => self.export_mfa().2,
            _ => 0,
        }
    }

    pub fn ref_number(self) -> u64 {
        self.box_word(0).small_value() as u64
    }
}
