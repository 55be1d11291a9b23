//! Code addresses as terms: return addresses and catch markers live on the
//! stack as CODE-tagged words, so the GC skips them and the unwinder can
//! find them.
//!
//! ```text
//!  63        44 43              14 13    4  3  2..0
//! | module 20b | pc 30b           | y 10b | C | 111 |
//! ```
//! `C` (bit 3) marks a catch marker; `y` is the y register that holds it,
//! which tells the unwinder how to restore the frame. The loader rejects
//! modules that do not fit these widths.

use crate::term::{Term, TAG_CODE};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CodeAddr {
    pub module: u32,
    pub pc: u32,
}

pub const MAX_MODULES: u32 = 1 << 20;
pub const MAX_PC: u32 = 1 << 30;
pub const MAX_Y: u32 = 1 << 10;
const CATCH_BIT: u64 = 1 << 3;

impl CodeAddr {
    pub fn to_term(self) -> Term {
        local_return_address(module_base(self.module), self.pc as usize)
    }

    pub fn catch_marker(self, y: u16) -> Term {
        Term(self.to_term().0 | ((y as u64 & 0x3ff) << 4) | CATCH_BIT)
    }

    pub fn from_term(t: Term) -> CodeAddr {
        CodeAddr {
            module: (t.0 >> 44) as u32,
            pc: ((t.0 >> 14) & (MAX_PC as u64 - 1)) as u32,
        }
    }
}

/// The bits every plain return address into `module` shares: such a word
/// `w` is `base | pc << PC_SHIFT`. The interpreter keeps the running
/// module's base at hand, so a call makes its return address with one
/// `or`, and a return recognises one into the same module with one mask
/// and compare (catch markers and `NON_VALUE` never match).
#[inline(always)]
pub fn module_base(module: u32) -> u64 {
    ((module as u64) << 44) | TAG_CODE
}

const PC_SHIFT: u32 = 14;
const PC_FIELD: u64 = (MAX_PC as u64 - 1) << PC_SHIFT;

/// The return address of `pc` in the module with this base.
#[inline(always)]
pub fn local_return_address(base: u64, pc: usize) -> Term {
    Term(base | ((pc as u64) << PC_SHIFT))
}

/// The pc `t` returns to, if it is a plain return address into the module
/// with this base.
#[inline(always)]
pub fn local_return_pc(t: Term, base: u64) -> Option<usize> {
    if t.0 & !PC_FIELD == base {
        Some((t.0 >> PC_SHIFT) as usize & (MAX_PC as usize - 1))
    } else {
        None
    }
}

pub fn is_catch_marker(t: Term) -> bool {
    t.is_code() && t.0 & CATCH_BIT != 0
}

/// The y register index stored in a catch marker.
pub fn catch_y(t: Term) -> usize {
    ((t.0 >> 4) & 0x3ff) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let a = CodeAddr {
            module: 12345,
            pc: 987654,
        };
        assert_eq!(CodeAddr::from_term(a.to_term()), a);
        let m = a.catch_marker(77);
        assert!(is_catch_marker(m));
        assert!(!is_catch_marker(a.to_term()));
        assert_eq!(CodeAddr::from_term(m), a);
        assert_eq!(catch_y(m), 77);
        let base = module_base(a.module);
        assert_eq!(local_return_address(base, a.pc as usize), a.to_term());
        assert_eq!(local_return_pc(a.to_term(), base), Some(a.pc as usize));
        assert_eq!(local_return_pc(m, base), None);
        assert_eq!(local_return_pc(Term::NON_VALUE, base), None);
        assert_eq!(
            local_return_pc(a.to_term(), module_base(a.module + 1)),
            None
        );
    }
}
