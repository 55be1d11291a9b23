//! Frame sizes: which y registers exist at each instruction of a function.
//!
//! The interpreter reads y register `i` at `top - 1 - i` of the process
//! stack, trusting that the current frame has more than `i` slots. This
//! pass proves it for every reachable instruction, so that malformed
//! bytecode cannot make a y access reach below the stack: a function starts
//! without a frame; `allocate` (only without one) pushes one of `slots`;
//! `deallocate` and the `*_last` calls pop exactly the frame there is;
//! every other instruction keeps it, along every edge (fall-through,
//! branch, exception handler). Every path to an instruction must agree on
//! the frame, and every y operand, catch slot and try slot must be inside
//! it.
//!
//! Code that no path reaches is not checked (it never runs). The compiler
//! always produces code that passes: every clause allocates its frame once
//! and pops it before it returns or makes its tail call.

use compiler::bytecode::isa::flags;
use compiler::bytecode::stack_map::CallSite;
use compiler::bytecode::{Dst, Instr, Src};

/// The frame on entry to an instruction: its y slots, or `None`.
type Frame = Option<u16>;

/// Checks one function's code (labels already known to be in range, and
/// its last instruction one that does not fall through), and that each
/// stack-map site names the frame its call runs in (the collector trusts
/// that size when it clears dead slots).
pub fn check(code: &[Instr], map: &[CallSite]) -> Result<(), String> {
    let at = frames(code)?;
    for site in map {
        let call = (site.ret as usize).wrapping_sub(1);
        if let Some(Some(frame)) = at.get(call) {
            if *frame != Some(site.frame) {
                return Err(format!(
                    "stack map: the call before {} has {}, not {} slots",
                    site.ret,
                    describe(*frame),
                    site.frame
                ));
            }
        }
    }
    Ok(())
}

/// The frame on entry to each instruction; `None` for unreachable ones.
fn frames(code: &[Instr]) -> Result<Vec<Option<Frame>>, String> {
    let mut at: Vec<Option<Frame>> = vec![None; code.len()];
    let mut work = Vec::new();
    let mut next = Vec::new();
    if !code.is_empty() {
        at[0] = Some(None);
        work.push(0);
    }
    while let Some(pc) = work.pop() {
        let Some(frame) = at[pc] else { continue };
        let instr = &code[pc];
        if let Some(y) = highest_y(instr) {
            if frame.is_none_or(|slots| y >= slots) {
                return Err(format!(
                    "instruction {pc}: y{y} is outside the frame ({})",
                    describe(frame)
                ));
            }
        }
        let after = match *instr {
            Instr::Allocate { slots, .. } => {
                if frame.is_some() {
                    return Err(format!("instruction {pc}: allocate with a frame already"));
                }
                Some(slots)
            }
            Instr::Deallocate { slots }
            | Instr::CallLast { slots, .. }
            | Instr::CallExtLast { slots, .. }
            | Instr::CallFunLast { slots, .. }
            | Instr::ApplyLast { slots, .. } => {
                if frame != Some(slots) {
                    return Err(format!(
                        "instruction {pc}: pops a frame of {slots} slots ({})",
                        describe(frame)
                    ));
                }
                None
            }
            _ => frame,
        };
        next.clear();
        instr.clone().visit_labels(&mut |l| next.push(l.0 as usize));
        if instr.flags() & flags::END == 0 {
            next.push(pc + 1);
        }
        for &to in &next {
            let Some(slot) = at.get_mut(to) else {
                return Err(format!("instruction {pc}: runs past the end"));
            };
            match *slot {
                None => {
                    *slot = Some(after);
                    work.push(to);
                }
                Some(seen) if seen == after => {}
                Some(seen) => {
                    return Err(format!(
                        "instruction {to}: reached with different frames ({} and {})",
                        describe(seen),
                        describe(after)
                    ))
                }
            }
        }
    }
    Ok(at)
}

/// The highest y register an instruction names, if any.
fn highest_y(instr: &Instr) -> Option<u16> {
    let mut high: Option<u16> = None;
    let mut note = |y: u16| high = Some(high.map_or(y, |h| h.max(y)));
    instr.visit_srcs(&mut |s: &Src| {
        if let Src::Y(i) = *s {
            note(i)
        }
    });
    instr.visit_dsts(&mut |d: &Dst| {
        if let Dst::Y(i) = *d {
            note(i)
        }
    });
    match *instr {
        Instr::Try { y, .. }
        | Instr::TryEnd { y }
        | Instr::TryCase { y }
        | Instr::Catch { y, .. }
        | Instr::CatchEnd { y } => note(y),
        _ => {}
    }
    high
}

fn describe(frame: Frame) -> String {
    match frame {
        Some(slots) => format!("a frame of {slots} slots"),
        None => "no frame".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use compiler::bytecode::{Label, Src};

    fn ret() -> Instr {
        Instr::Return {}
    }

    #[test]
    fn a_frame_and_its_slots_pass() {
        let code = [
            Instr::Allocate { slots: 2, live: 1 },
            Instr::Move {
                src: Src::X(0),
                dst: Dst::Y(1),
            },
            Instr::Deallocate { slots: 2 },
            ret(),
        ];
        assert_eq!(check(&code, &[]), Ok(()));
    }

    #[test]
    fn y_without_a_frame_or_past_it_fails() {
        let no_frame = [
            Instr::Move {
                src: Src::Y(0),
                dst: Dst::X(0),
            },
            ret(),
        ];
        assert!(check(&no_frame, &[]).is_err());
        let past = [
            Instr::Allocate { slots: 1, live: 0 },
            Instr::Move {
                src: Src::X(0),
                dst: Dst::Y(1),
            },
            Instr::Deallocate { slots: 1 },
            ret(),
        ];
        assert!(check(&past, &[]).is_err());
    }

    #[test]
    fn paths_that_disagree_on_the_frame_fail() {
        // pc 1 branches to 3 without a frame; the fall-through reaches 3
        // with one.
        let code = [
            Instr::Jump { to: Label(2) },
            Instr::Allocate { slots: 1, live: 0 },
            Instr::Test {
                kind: compiler::bytecode::TypeTest::Atom,
                fail: Label(1),
                arg: Src::X(0),
            },
            ret(),
        ];
        assert!(check(&code, &[]).is_err());
    }

    #[test]
    fn a_stack_map_must_name_the_calls_frame() {
        let code = [
            Instr::Allocate { slots: 2, live: 0 },
            Instr::Call {
                arity: 0,
                function: 0,
            },
            Instr::Deallocate { slots: 2 },
            ret(),
        ];
        let site = |frame| CallSite {
            ret: 2,
            frame,
            live: vec![],
        };
        assert_eq!(check(&code, &[site(2)]), Ok(()));
        assert!(check(&code, &[site(3)]).is_err());
    }

    #[test]
    fn popping_the_wrong_size_fails() {
        let code = [
            Instr::Allocate { slots: 1, live: 0 },
            Instr::Deallocate { slots: 3 },
            ret(),
        ];
        assert!(check(&code, &[]).is_err());
    }
}
