//! A loaded module's stack map: for each call that keeps its caller's
//! frame, which y registers of that frame are live once it returns (the
//! portable form and how the compiler computes it are in
//! `compiler::bytecode::stack_map`). Only the garbage collector reads it,
//! through `process::dead_slots`; the running code never does.
//!
//! Sites are sorted by module-wide return pc and found by binary search:
//! a lookup is a few compares on a few hundred entries, and a collection
//! makes one per distinct return address on the stack (`dead_slots`
//! caches the last one, so deep recursion costs one). A dense array
//! indexed by pc would cost 4 bytes per instruction of every module for
//! no measurable gain.

use compiler::bytecode::CallSite;

#[derive(Default)]
pub struct StackMap {
    /// Module-wide return pcs, ascending.
    rets: Box<[u32]>,
    /// For each entry of `rets`: frame size, and where its live set starts
    /// in `bits` (`frame.div_ceil(64)` words).
    sites: Box<[(u32, u32)]>,
    bits: Box<[u64]>,
}

/// The live y registers of a frame suspended at one call.
#[derive(Clone, Copy, Debug)]
pub struct FrameLiveness<'a> {
    /// Size of the frame the call was made with.
    pub frame: usize,
    bits: &'a [u64],
}

impl FrameLiveness<'_> {
    /// Whether y register `y` may still be read by the function.
    #[inline]
    pub fn is_live(&self, y: usize) -> bool {
        self.bits
            .get(y / 64)
            .is_some_and(|w| w & (1u64 << (y % 64)) != 0)
    }
}

impl StackMap {
    /// Builds the map from the functions' portable maps (already checked
    /// by the verifier) and their entry pcs. Sites must come function by
    /// function, in the order the code is laid out, so `rets` stays sorted.
    pub fn build<'a>(functions: impl Iterator<Item = (u32, &'a [CallSite])>) -> StackMap {
        let (mut rets, mut sites, mut bits) = (Vec::new(), Vec::new(), Vec::new());
        for (entry, map) in functions {
            for site in map {
                let ret = entry + site.ret;
                debug_assert!(rets.last().is_none_or(|&r| r < ret));
                rets.push(ret);
                sites.push((site.frame as u32, bits.len() as u32));
                let start = bits.len();
                bits.resize(start + (site.frame as usize).div_ceil(64), 0);
                for &y in &site.live {
                    bits[start + y as usize / 64] |= 1u64 << (y % 64);
                }
            }
        }
        StackMap {
            rets: rets.into(),
            sites: sites.into(),
            bits: bits.into(),
        }
    }

    /// The live set of the frame that the call returning to `ret` left on
    /// the stack, if that call has an entry.
    pub fn at(&self, ret: u32) -> Option<FrameLiveness<'_>> {
        let i = self.rets.binary_search(&ret).ok()?;
        let (frame, start) = self.sites[i];
        let (frame, start) = (frame as usize, start as usize);
        let bits = self.bits.get(start..start + frame.div_ceil(64))?;
        Some(FrameLiveness { frame, bits })
    }

    pub fn len(&self) -> usize {
        self.rets.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rets.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(ret: u32, frame: u16, live: &[u16]) -> CallSite {
        CallSite {
            ret,
            frame,
            live: live.to_vec(),
        }
    }

    #[test]
    fn sites_are_found_by_module_wide_return_pc() {
        let f0 = [site(2, 3, &[0, 2]), site(5, 3, &[])];
        let f1 = [site(1, 70, &[1, 64, 69])];
        let map = StackMap::build([(0, &f0[..]), (10, &f1[..])].into_iter());
        assert_eq!(map.len(), 3);
        let a = map.at(2).unwrap();
        assert_eq!(a.frame, 3);
        assert_eq!(
            (0..3).map(|y| a.is_live(y)).collect::<Vec<_>>(),
            [true, false, true]
        );
        let b = map.at(5).unwrap();
        assert!((0..3).all(|y| !b.is_live(y)));
        let c = map.at(11).unwrap();
        assert_eq!(c.frame, 70);
        let live: Vec<usize> = (0..70).filter(|&y| c.is_live(y)).collect();
        assert_eq!(live, [1, 64, 69]);
        assert!(!c.is_live(500));
        assert!(map.at(1).is_none() && map.at(3).is_none() && map.at(12).is_none());
    }
}
