//! Builds a function's stack map (`bytecode/stack_map.rs`) from its
//! finished code: for each call that keeps the frame, the y registers that
//! some path from its return reads before writing them.
//!
//! Backward liveness over the function's control flow, with one set of
//! y registers per instruction (any frame size up to `MAX_MAPPED_FRAME`),
//! and these choices, each on the side of keeping a value:
//!
//! - An instruction with a label (a test, `get_map_elements`, `bs_get`,
//!   `loop_rec`, ...) may leave its destinations unwritten when it jumps,
//!   so its writes kill nothing; neither do the read-and-written bit
//!   positions of `bs_get` and `bs_skip`.
//! - Exceptions: any call may end in an exception caught by a `try` or
//!   `catch` of the function, whose handler then reads the frame. So the
//!   live set of every call also holds everything live at every handler,
//!   and the slots of every catch marker of the function (the unwinder
//!   reads those). Instructions that raise without calling need no such
//!   edge: liveness is only asked for at calls, and whatever a handler
//!   reads after them is in its own live set, which every call gets.
//! - A function whose frames do not all have one size, or whose code names
//!   a y register outside its frame, gets no map (all slots stay live).

use crate::bytecode::stack_map::{keeps_frame, CallSite};
use crate::bytecode::{isa::flags, Dst, Instr, Src};

/// Larger frames get no map (the VM's code words hold y indices below
/// 1024, so no catch can sit in a larger frame; such frames are rare).
const MAX_MAPPED_FRAME: u16 = 1024;

/// Sets of y registers, `words` u64s each, stored end to end.
struct Sets {
    words: usize,
    bits: Vec<u64>,
}

impl Sets {
    fn new(count: usize, frame: u16) -> Sets {
        let words = (frame as usize).div_ceil(64).max(1);
        Sets {
            words,
            bits: vec![0; count * words],
        }
    }

    fn get(&self, i: usize) -> &[u64] {
        &self.bits[i * self.words..(i + 1) * self.words]
    }

    fn get_mut(&mut self, i: usize) -> &mut [u64] {
        &mut self.bits[i * self.words..(i + 1) * self.words]
    }
}

fn insert(set: &mut [u64], y: u16) {
    set[y as usize / 64] |= 1 << (y % 64);
}

fn contains(set: &[u64], y: u16) -> bool {
    set[y as usize / 64] & (1 << (y % 64)) != 0
}

/// The one frame size of the function, if it has frames and they agree.
fn frame_size(code: &[Instr]) -> Option<u16> {
    let mut size = None;
    for i in code {
        let slots = match *i {
            Instr::Allocate { slots, .. }
            | Instr::Deallocate { slots }
            | Instr::CallLast { slots, .. }
            | Instr::CallExtLast { slots, .. }
            | Instr::CallFunLast { slots, .. }
            | Instr::ApplyLast { slots, .. } => slots,
            _ => continue,
        };
        if size.is_some_and(|s| s != slots) {
            return None;
        }
        size = Some(slots);
    }
    size
}

/// The y registers `i` reads and those it surely overwrites; `None` if it
/// names one outside the frame.
fn use_def(i: &Instr, frame: u16, uses: &mut [u64], defs: &mut [u64]) -> Option<()> {
    let mut ok = true;
    i.visit_srcs(&mut |s| {
        if let Src::Y(y) = *s {
            ok &= y < frame;
            if y < frame {
                insert(uses, y);
            }
        }
    });
    let mut labels = false;
    i.clone().visit_labels(&mut |_| labels = true);
    let read_write = matches!(i, Instr::BsGet { .. } | Instr::BsSkip { .. });
    i.visit_dsts(&mut |d| {
        if let Dst::Y(y) = *d {
            ok &= y < frame;
            if y >= frame {
                return;
            }
            if read_write {
                insert(uses, y);
            } else if !labels {
                insert(defs, y);
            }
        }
    });
    ok.then_some(())
}

fn successors(code: &[Instr], pc: usize) -> Vec<usize> {
    let mut s = super::optimize::labels_of(&code[pc]);
    if code[pc].flags() & flags::END == 0 {
        s.push(pc + 1);
    }
    s.retain(|&t| t < code.len());
    s
}

/// The stack map of a function's finished code.
pub fn stack_map(code: &[Instr]) -> Vec<CallSite> {
    if !code.iter().any(keeps_frame) {
        return Vec::new();
    }
    let Some(frame) = frame_size(code).filter(|&f| f <= MAX_MAPPED_FRAME) else {
        return Vec::new();
    };
    let n = code.len();
    let (mut uses, mut defs) = (Sets::new(n, frame), Sets::new(n, frame));
    for (pc, i) in code.iter().enumerate() {
        if use_def(i, frame, uses.get_mut(pc), defs.get_mut(pc)).is_none() {
            return Vec::new();
        }
    }
    let succs: Vec<Vec<usize>> = (0..n).map(|pc| successors(code, pc)).collect();
    let mut live_in = Sets::new(n, frame);
    let mut scratch = vec![0u64; live_in.words];
    let mut changed = true;
    while changed {
        changed = false;
        for pc in (0..n).rev() {
            scratch.fill(0);
            // A frame is born empty: nothing before its `allocate` is live.
            if !matches!(code[pc], Instr::Allocate { .. }) {
                for &s in &succs[pc] {
                    for (w, &b) in scratch.iter_mut().zip(live_in.get(s)) {
                        *w |= b;
                    }
                }
                for ((w, &u), &d) in scratch.iter_mut().zip(uses.get(pc)).zip(defs.get(pc)) {
                    *w = u | (*w & !d);
                }
            }
            if live_in.get(pc) != scratch.as_slice() {
                live_in.get_mut(pc).copy_from_slice(&scratch);
                changed = true;
            }
        }
    }
    // What any call may reach through an exception.
    let mut always = vec![0u64; live_in.words];
    for i in code {
        if let Instr::Try { y, handler } | Instr::Catch { y, handler } = i {
            if *y < frame {
                insert(&mut always, *y);
            }
            let h = handler.0 as usize;
            if h < n {
                for (w, &b) in always.iter_mut().zip(live_in.get(h)) {
                    *w |= b;
                }
            }
        }
    }
    let mut map = Vec::new();
    for (pc, i) in code.iter().enumerate() {
        if !keeps_frame(i) {
            continue;
        }
        let after = (pc + 1 < n).then(|| live_in.get(pc + 1));
        let live = (0..frame)
            .filter(|&y| contains(&always, y) || after.is_some_and(|a| contains(a, y)))
            .collect();
        map.push(CallSite {
            ret: pc as u32 + 1,
            frame,
            live,
        });
    }
    map
}

#[cfg(test)]
mod tests;
