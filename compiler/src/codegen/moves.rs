//! Parallel moves into argument registers before a call: every argument is
//! read before any argument register is overwritten, breaking cycles
//! (`f(B, A)` where A is in x0 and B in x1) through a scratch register.

use super::function::FunCtx;
use crate::bytecode::{Dst, Instr, Src};

impl FunCtx<'_> {
    /// Moves `args[i]` into `x[i]` for all i at once.
    pub fn move_args(&mut self, args: &[Src]) {
        let mut pending: Vec<(u16, Src)> = args
            .iter()
            .enumerate()
            .filter(|(i, s)| **s != Src::X(*i as u16))
            .map(|(i, s)| (i as u16, *s))
            .collect();
        while !pending.is_empty() {
            let ready = pending
                .iter()
                .position(|(d, _)| !pending.iter().any(|(_, s)| *s == Src::X(*d)));
            match ready {
                Some(k) => {
                    let (d, s) = pending.remove(k);
                    self.emit(Instr::Move {
                        src: s,
                        dst: Dst::X(d),
                    });
                }
                None => {
                    // A cycle: park the first destination's current value.
                    let (d, _) = pending[0];
                    let scratch = self.next_x.max(args.len() as u16);
                    self.next_x = self.next_x.max(scratch + 1);
                    self.emit(Instr::Move {
                        src: Src::X(d),
                        dst: Dst::X(scratch),
                    });
                    for (_, s) in pending.iter_mut() {
                        if *s == Src::X(d) {
                            *s = Src::X(scratch);
                        }
                    }
                }
            }
        }
    }
}
