//! Reading flat maps: a header of kind `Map` with arity `2n`, the `n` keys
//! sorted by the exact term order (`order::cmp_exact`), then the `n` values
//! in the same order. Keys are unique under exact equality.

use super::order::cmp_exact;
use super::{BoxKind, Term};
use std::cmp::Ordering;

impl Term {
    pub fn map_size(self) -> usize {
        debug_assert_eq!(self.box_kind(), Some(BoxKind::Map));
        self.box_header().arity() / 2
    }

    pub fn map_keys<'a>(self) -> &'a [Term] {
        let n = self.map_size();
        &self.box_words()[..n]
    }

    pub fn map_values<'a>(self) -> &'a [Term] {
        let n = self.map_size();
        &self.box_words()[n..]
    }

    /// The value under `key` (exact match), if any.
    pub fn map_get(self, key: Term) -> Option<Term> {
        let keys = self.map_keys();
        let i = map_search(keys, key).ok()?;
        Some(self.map_values()[i])
    }
}

/// Binary search for `key` among sorted `keys`.
pub fn map_search(keys: &[Term], key: Term) -> Result<usize, usize> {
    keys.binary_search_by(|k| {
        let o = cmp_exact(*k, key);
        if o == Ordering::Equal {
            Ordering::Equal
        } else {
            o
        }
    })
}
