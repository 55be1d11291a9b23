//! A clean-up pass over one function's finished code. The register model
//! (mod.rs) keeps every variable of a frame body in a y register, so code
//! is full of `move x1 -> y0 ... move y0 -> x0` where the value was still
//! in x1. Two steps remove part of that:
//!
//! 0. **Jump threading** (`thread_jumps.rs`): a test's fail label skips
//!    the tests and extractions at its target that the failing path has
//!    already done; code no longer reached is removed (`prune.rs`).
//! 1. **Copy propagation** within straight-line code: after
//!    `move xM -> yN`, reads of yN become reads of xM for as long as both
//!    hold the same value. A label, a call, a frame change, or anything
//!    that is not known to leave x registers alone ends every copy; a
//!    `test_heap` keeps live the x registers that hold copies (their
//!    values are live anyway) as long as they extend its live range.
//! 2. **Dead y-store elimination**: a `move`, `get_tuple_element`,
//!    `get_hd` or `get_tl` into a y register that no path reads before the
//!    frame ends or the register is written again is removed (backward
//!    liveness over the function's control flow), and so is a `move` of an
//!    x register to itself.
//!
//! 3. **Frame compaction** (see `compact_frame`).
//!
//! Functions with `try` or `catch` are left alone: their handlers read y
//! registers after an exception from anywhere in the protected code.
//! Removing a store leaves the slot with `[]` or an older value, both valid
//! terms for the garbage collector. Labels and the line table are remapped.

use crate::bytecode::isa::flags;
use crate::bytecode::{Dst, Instr, Src};

/// Y registers tracked by the liveness step (a bit set); functions using
/// more skip that step.
const MAX_TRACKED_Y: u16 = 128;

pub fn optimize(code: &mut Vec<Instr>, lines: &mut Vec<(u32, u32)>) {
    if code.iter().any(has_catch) {
        return;
    }
    super::thread_jumps::thread_jumps(code);
    super::prune::remove_unreachable(code, lines);
    let targets = label_targets(code);
    propagate_copies(code, &targets);
    remove_dead_y_stores(code, lines);
    compact_frame(code);
}

/// The frame size an instruction carries, if it is one that does.
fn frame_slots(i: &mut Instr) -> Option<&mut u16> {
    match i {
        Instr::Allocate { slots, .. }
        | Instr::Deallocate { slots }
        | Instr::CallLast { slots, .. }
        | Instr::CallExtLast { slots, .. }
        | Instr::CallFunLast { slots, .. }
        | Instr::ApplyLast { slots, .. } => Some(slots),
        _ => None,
    }
}

/// Step 3, **frame compaction**: after the steps above some y registers are
/// never used at all (their stores were removed, or their values stayed
/// in x registers). When every frame of the function has the same size,
/// the used y registers are renumbered densely, keeping their order, and
/// the frame shrinks to them: `allocate` then fills fewer slots, and the
/// stack is smaller.
fn compact_frame(code: &mut [Instr]) {
    let mut size: Option<u16> = None;
    for i in code.iter_mut() {
        if let Some(&mut slots) = frame_slots(i) {
            if size.is_some_and(|s| s != slots) {
                return;
            }
            size = Some(slots);
        }
    }
    let Some(size) = size else { return };
    let mut used = vec![false; size as usize];
    let mut out_of_frame = false;
    for i in code.iter() {
        let mut mark = |y: u16| match used.get_mut(y as usize) {
            Some(u) => *u = true,
            None => out_of_frame = true,
        };
        i.visit_srcs(&mut |s| {
            if let Src::Y(y) = *s {
                mark(y)
            }
        });
        i.visit_dsts(&mut |d| {
            if let Dst::Y(y) = *d {
                mark(y)
            }
        });
    }
    if out_of_frame || used.iter().all(|&u| u) {
        return;
    }
    let mut renumber = vec![0u16; size as usize];
    let mut next = 0u16;
    for (y, &u) in used.iter().enumerate() {
        if u {
            renumber[y] = next;
            next += 1;
        }
    }
    for i in code.iter_mut() {
        i.map_srcs(&mut |s| {
            if let Src::Y(y) = s {
                *y = renumber[*y as usize];
            }
        });
        i.map_dsts(&mut |d| {
            if let Dst::Y(y) = d {
                *y = renumber[*y as usize];
            }
        });
        if let Some(slots) = frame_slots(i) {
            *slots = next;
        }
    }
}

fn has_catch(i: &Instr) -> bool {
    matches!(
        i,
        Instr::Try { .. }
            | Instr::TryEnd { .. }
            | Instr::TryCase { .. }
            | Instr::Catch { .. }
            | Instr::CatchEnd { .. }
    )
}

pub(super) fn labels_of(i: &Instr) -> Vec<usize> {
    let mut out = Vec::new();
    let mut copy = i.clone();
    copy.visit_labels(&mut |l| out.push(l.0 as usize));
    out
}

pub(super) fn label_targets(code: &[Instr]) -> Vec<bool> {
    let mut t = vec![false; code.len() + 1];
    for i in code {
        for l in labels_of(i) {
            if let Some(slot) = t.get_mut(l) {
                *slot = true;
            }
        }
    }
    t
}

/// Registers an instruction writes, if it writes nothing else (no calls,
/// no collection): `None` for everything that must end all copies.
pub(super) fn plain_writes(i: &Instr) -> Option<Vec<Dst>> {
    use Instr::*;
    let mut dsts = Vec::new();
    match i {
        Move { .. }
        | GetList { .. }
        | GetHd { .. }
        | GetTl { .. }
        | GetTupleElement { .. }
        | PutList { .. }
        | PutTuple { .. }
        | Arith { .. }
        | Bif { .. }
        | MakeFun { .. }
        | NewMap { .. }
        | PutMapAssoc { .. }
        | PutMapExact { .. }
        | GetMapElements { .. }
        | BsCreate { .. }
        | BsStart { .. }
        | BsGet { .. }
        | BsSkip { .. }
        | BsGetTail { .. }
        | Test { .. }
        | Compare { .. }
        | TestArity { .. }
        | IsTaggedTuple { .. }
        | IsFunction2 { .. }
        | BsTestTail { .. }
        | RecvMarkerBind { .. }
        | RecvMarkerUse { .. } => {
            i.visit_dsts(&mut |d| dsts.push(*d));
            Some(dsts)
        }
        _ => None,
    }
}

fn propagate_copies(code: &mut [Instr], targets: &[bool]) {
    // (y, x): y holds the same value as x.
    let mut copies: Vec<(u16, u16)> = Vec::new();
    for (pc, instr) in code.iter_mut().enumerate() {
        if targets[pc] {
            copies.clear();
        }
        if !copies.is_empty() {
            instr.map_srcs(&mut |s| {
                if let Src::Y(y) = *s {
                    if let Some(&(_, x)) = copies.iter().find(|(cy, _)| *cy == y) {
                        *s = Src::X(x);
                    }
                }
            });
        }
        match plain_writes(instr) {
            Some(dsts) => {
                for d in dsts {
                    copies.retain(|&(y, x)| match d {
                        Dst::Y(w) => w != y,
                        Dst::X(w) => w != x,
                    });
                }
                if let Instr::Move {
                    src: Src::X(x),
                    dst: Dst::Y(y),
                } = *instr
                {
                    copies.push((y, x));
                }
            }
            None => match instr {
                Instr::TestHeap { live, .. } => {
                    // An x register just past the live ones that holds a
                    // copy of a y register is made live too: its value is
                    // live already (through the y register), and the reads
                    // of the y register after the collection can then use
                    // it, which often leaves the y store dead.
                    while copies.iter().any(|&(_, x)| x == *live) {
                        *live += 1;
                    }
                    let live = *live;
                    copies.retain(|&(_, x)| x < live);
                }
                _ => copies.clear(),
            },
        }
        if instr.flags() & flags::END != 0 {
            copies.clear();
        }
    }
}

type YSet = u128;

fn y_bit(y: u16) -> YSet {
    1u128 << y
}

/// (y registers read, y registers written) by an instruction; `None` if
/// it uses one past `MAX_TRACKED_Y`.
fn y_use_def(i: &Instr) -> Option<(YSet, YSet)> {
    let (mut uses, mut defs, mut ok) = (0u128, 0u128, true);
    i.visit_srcs(&mut |s| {
        if let Src::Y(y) = *s {
            ok &= y < MAX_TRACKED_Y;
            if y < MAX_TRACKED_Y {
                uses |= y_bit(y);
            }
        }
    });
    // The bit position operand of binary matching is read and written.
    let read_write = matches!(i, Instr::BsGet { .. } | Instr::BsSkip { .. });
    i.visit_dsts(&mut |d| {
        if let Dst::Y(y) = *d {
            ok &= y < MAX_TRACKED_Y;
            if y < MAX_TRACKED_Y {
                if read_write {
                    uses |= y_bit(y);
                } else {
                    defs |= y_bit(y);
                }
            }
        }
    });
    ok.then_some((uses, defs))
}

fn remove_dead_y_stores(code: &mut Vec<Instr>, lines: &mut Vec<(u32, u32)>) {
    let n = code.len();
    let mut use_def = Vec::with_capacity(n);
    for i in code.iter() {
        match y_use_def(i) {
            Some(ud) => use_def.push(ud),
            None => return,
        }
    }
    let succs: Vec<Vec<usize>> = code
        .iter()
        .enumerate()
        .map(|(pc, i)| {
            let mut s = labels_of(i);
            if i.flags() & flags::END == 0 && pc + 1 < n {
                s.push(pc + 1);
            }
            s.retain(|&t| t < n);
            s
        })
        .collect();
    // Backward liveness to a fixed point.
    let mut live_in = vec![0u128; n];
    let mut live_out = vec![0u128; n];
    let mut changed = true;
    while changed {
        changed = false;
        for pc in (0..n).rev() {
            let out = succs[pc].iter().fold(0u128, |acc, &s| acc | live_in[s]);
            let (uses, defs) = use_def[pc];
            let inn = if matches!(code[pc], Instr::Allocate { .. }) {
                0
            } else {
                uses | (out & !defs)
            };
            if out != live_out[pc] || inn != live_in[pc] {
                live_out[pc] = out;
                live_in[pc] = inn;
                changed = true;
            }
        }
    }
    let dead = |pc: usize, i: &Instr| -> bool {
        if let Instr::Move {
            src: Src::X(a),
            dst: Dst::X(b),
        } = *i
        {
            // Left by copy propagation: `move y -> xN` with y a copy of xN.
            return a == b;
        }
        let dst = match i {
            Instr::Move { dst, .. }
            | Instr::GetTupleElement { dst, .. }
            | Instr::GetHd { dst, .. }
            | Instr::GetTl { dst, .. } => dst,
            _ => return false,
        };
        matches!(*dst, Dst::Y(y) if y < MAX_TRACKED_Y && live_out[pc] & y_bit(y) == 0)
    };
    let keep: Vec<bool> = code
        .iter()
        .enumerate()
        .map(|(pc, i)| !dead(pc, i))
        .collect();
    super::prune::retain(code, lines, &keep);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bytecode::Label;

    fn mv(src: Src, dst: Dst) -> Instr {
        Instr::Move { src, dst }
    }

    #[test]
    fn a_saved_argument_read_before_the_call_is_read_from_x_and_not_saved() {
        // allocate; move x0 -> y0; move x1 -> y1; move y0 -> x0; call;
        // move y1 -> x1 ... (y0 is not needed after the call)
        let mut code = vec![
            Instr::Allocate { slots: 2, live: 2 },
            mv(Src::X(0), Dst::Y(0)),
            mv(Src::X(1), Dst::Y(1)),
            mv(Src::Y(0), Dst::X(0)),
            Instr::Call {
                arity: 1,
                function: 0,
            },
            mv(Src::Y(1), Dst::X(0)),
            Instr::Deallocate { slots: 2 },
            Instr::Return {},
        ];
        let mut lines = vec![(0, 1), (5, 2)];
        optimize(&mut code, &mut lines);
        assert_eq!(
            code,
            // y1 is renumbered y0 and the frame shrinks to one slot.
            vec![
                Instr::Allocate { slots: 1, live: 2 },
                mv(Src::X(1), Dst::Y(0)),
                Instr::Call {
                    arity: 1,
                    function: 0,
                },
                mv(Src::Y(0), Dst::X(0)),
                Instr::Deallocate { slots: 1 },
                Instr::Return {},
            ]
        );
        assert_eq!(lines, vec![(0, 1), (3, 2)]);
    }

    #[test]
    fn copies_end_at_labels_and_calls_and_stores_read_on_any_path_stay() {
        let mut code = vec![
            Instr::Allocate { slots: 1, live: 1 },
            mv(Src::X(0), Dst::Y(0)),
            Instr::Test {
                kind: crate::bytecode::TypeTest::Atom,
                fail: Label(5),
                arg: Src::X(0),
            },
            Instr::Call {
                arity: 0,
                function: 0,
            },
            mv(Src::Y(0), Dst::X(0)),
            // L5: reached by the test's jump; y0 is read here too.
            mv(Src::Y(0), Dst::X(1)),
            Instr::Deallocate { slots: 1 },
            Instr::Return {},
        ];
        let before = code.clone();
        let mut lines = vec![(0, 1)];
        optimize(&mut code, &mut lines);
        assert_eq!(code, before);
    }

    #[test]
    fn functions_with_catch_are_untouched() {
        let mut code = vec![
            Instr::Allocate { slots: 2, live: 1 },
            mv(Src::X(0), Dst::Y(1)),
            Instr::Catch {
                y: 0,
                handler: Label(3),
            },
            Instr::CatchEnd { y: 0 },
            Instr::Deallocate { slots: 2 },
            Instr::Return {},
        ];
        let before = code.clone();
        optimize(&mut code, &mut Vec::new());
        assert_eq!(code, before);
    }

    #[test]
    fn labels_to_a_removed_store_move_to_the_next_instruction() {
        let mut code = vec![
            Instr::Allocate { slots: 1, live: 1 },
            Instr::Jump { to: Label(2) },
            // L2: a dead store (y0 is never read).
            mv(Src::X(0), Dst::Y(0)),
            Instr::Deallocate { slots: 1 },
            Instr::Return {},
        ];
        optimize(&mut code, &mut Vec::new());
        assert_eq!(
            code,
            vec![
                Instr::Allocate { slots: 0, live: 1 },
                Instr::Jump { to: Label(2) },
                Instr::Deallocate { slots: 0 },
                Instr::Return {},
            ]
        );
    }

    #[test]
    fn a_copy_just_past_the_live_registers_of_a_test_heap_is_kept_live() {
        // make/1 of binary-trees: `move x0 -> y1; test_heap live=0;
        // put_tuple [y0, y1]` becomes `test_heap live=1; put_tuple
        // [y0, x0]`, and the frame loses y1.
        let mut code = vec![
            Instr::Allocate { slots: 2, live: 1 },
            mv(Src::X(0), Dst::Y(0)),
            Instr::Call {
                arity: 1,
                function: 0,
            },
            mv(Src::X(0), Dst::Y(1)),
            Instr::TestHeap { need: 3, live: 0 },
            Instr::PutTuple {
                elements: vec![Src::Y(0), Src::Y(1)].into(),
                dst: Dst::X(0),
            },
            Instr::Deallocate { slots: 2 },
            Instr::Return {},
        ];
        optimize(&mut code, &mut Vec::new());
        assert_eq!(
            code,
            vec![
                Instr::Allocate { slots: 1, live: 1 },
                mv(Src::X(0), Dst::Y(0)),
                Instr::Call {
                    arity: 1,
                    function: 0,
                },
                Instr::TestHeap { need: 3, live: 1 },
                Instr::PutTuple {
                    elements: vec![Src::Y(0), Src::X(0)].into(),
                    dst: Dst::X(0),
                },
                Instr::Deallocate { slots: 1 },
                Instr::Return {},
            ]
        );
    }

    #[test]
    fn frames_of_different_sizes_are_not_compacted() {
        let mut code = vec![
            Instr::Allocate { slots: 3, live: 1 },
            mv(Src::X(0), Dst::Y(2)),
            Instr::Call {
                arity: 0,
                function: 0,
            },
            mv(Src::Y(2), Dst::X(0)),
            Instr::Deallocate { slots: 2 },
            Instr::Return {},
        ];
        let before = code.clone();
        optimize(&mut code, &mut Vec::new());
        assert_eq!(code, before);
    }
}
