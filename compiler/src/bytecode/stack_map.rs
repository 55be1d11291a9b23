//! Stack maps: for each call that leaves the caller's frame on the stack
//! (`call`, `call_ext`, `call_fun`, `apply`), which y registers of that
//! frame the caller may still read once the call returns (or once an
//! exception reaches one of its handlers), and the slots that hold its
//! catch markers. The garbage collector reads them to stop treating the
//! other slots as roots: a big term left in a frame across a long call
//! would otherwise survive every collection until the function returns.
//! The running code never looks at them, so they cost it nothing.
//!
//! A call site is named by its return address, the instruction after the
//! call (the CP the call stores), because that is what the collector finds
//! on the stack.
//!
//! Invariants (checked by [`check`], on decoding and again by the VM's
//! verifier): sites are sorted by `ret`, strictly; the instruction before
//! `ret` is one of the four calls above; `live` is sorted, strictly, and
//! below `frame`. Nothing here can prove that a map is *right*: the VM
//! also compares `frame` with the frame it finds on the stack and treats
//! every slot as live when they differ, and a wrong map can only make a
//! program read `[]` where it expected a value, never break memory safety.

use super::isa::Instr;
use super::operand::{put_uleb, DecodeError, Operand, Reader};

/// The stack map entry of one call site.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CallSite {
    /// Index (in the function) of the instruction after the call: where
    /// the call returns.
    pub ret: u32,
    /// Size of the frame (y registers) during the call.
    pub frame: u16,
    /// The y registers that stay live across the call, ascending.
    pub live: Vec<u16>,
}

/// Whether `i` is a call that stores a return address into its own
/// function (the frame stays, so the call has a stack map entry).
pub fn keeps_frame(i: &Instr) -> bool {
    matches!(
        i,
        Instr::Call { .. } | Instr::CallExt { .. } | Instr::CallFun { .. } | Instr::Apply { .. }
    )
}

/// Checks the invariants listed in the module docs against the code of
/// the function the map belongs to.
pub fn check(code: &[Instr], map: &[CallSite]) -> Result<(), String> {
    let mut prev: Option<u32> = None;
    for site in map {
        if prev.is_some_and(|p| p >= site.ret) {
            return Err(format!("stack map: site {} out of order", site.ret));
        }
        prev = Some(site.ret);
        let call = (site.ret as usize)
            .checked_sub(1)
            .and_then(|pc| code.get(pc));
        if !call.is_some_and(keeps_frame) {
            return Err(format!(
                "stack map: instruction before {} is not a call",
                site.ret
            ));
        }
        let mut below = 0u32;
        for &y in &site.live {
            if (y as u32) < below || y >= site.frame {
                return Err(format!("stack map: bad live set at {}", site.ret));
            }
            below = y as u32 + 1;
        }
    }
    Ok(())
}

pub fn encode(map: &[CallSite], out: &mut Vec<u8>) {
    put_uleb(out, map.len() as u64);
    for site in map {
        put_uleb(out, site.ret as u64);
        put_uleb(out, site.frame as u64);
        put_uleb(out, site.live.len() as u64);
        for &y in &site.live {
            put_uleb(out, y as u64);
        }
    }
}

/// Decodes a map; the caller runs [`check`] once the code is known.
pub fn decode(r: &mut Reader) -> Result<Vec<CallSite>, DecodeError> {
    let n = r.length()?;
    let mut map = Vec::with_capacity(n);
    for _ in 0..n {
        let ret = u32::decode(r)?;
        let frame = u16::decode(r)?;
        let nlive = r.length()?;
        let live = (0..nlive)
            .map(|_| u16::decode(r))
            .collect::<Result<_, _>>()?;
        map.push(CallSite { ret, frame, live });
    }
    Ok(map)
}

/// `0,2,5`, or `none`: the live set as `joist dis` shows it.
pub fn live_text(site: &CallSite) -> String {
    if site.live.is_empty() {
        return "none".into();
    }
    let ys: Vec<String> = site.live.iter().map(|y| y.to_string()).collect();
    ys.join(",")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code() -> Vec<Instr> {
        vec![
            Instr::Allocate { slots: 3, live: 0 },
            Instr::Call {
                arity: 0,
                function: 0,
            },
            Instr::CallExt {
                arity: 0,
                import: 0,
            },
            Instr::Deallocate { slots: 3 },
            Instr::Return {},
        ]
    }

    fn site(ret: u32, frame: u16, live: &[u16]) -> CallSite {
        CallSite {
            ret,
            frame,
            live: live.to_vec(),
        }
    }

    #[test]
    fn a_well_formed_map_round_trips() {
        let map = vec![site(2, 3, &[0, 2]), site(3, 3, &[])];
        assert_eq!(check(&code(), &map), Ok(()));
        let mut bytes = Vec::new();
        encode(&map, &mut bytes);
        let mut r = Reader::new(&bytes);
        assert_eq!(decode(&mut r).unwrap(), map);
        assert_eq!(r.pos, bytes.len());
        assert_eq!(live_text(&map[0]), "0,2");
        assert_eq!(live_text(&map[1]), "none");
    }

    #[test]
    fn malformed_maps_are_rejected() {
        let bad = [
            // Not after a call: the allocate, past the end, before the start.
            vec![site(1, 3, &[])],
            vec![site(6, 3, &[])],
            vec![site(0, 3, &[])],
            // Out of order or repeated.
            vec![site(3, 3, &[]), site(2, 3, &[])],
            vec![site(2, 3, &[]), site(2, 3, &[])],
            // A slot outside the frame, unsorted or repeated slots.
            vec![site(2, 3, &[3])],
            vec![site(2, 3, &[2, 0])],
            vec![site(2, 3, &[1, 1])],
        ];
        for map in bad {
            assert!(check(&code(), &map).is_err(), "{map:?}");
        }
    }

    #[test]
    fn truncated_or_oversized_maps_do_not_decode() {
        let mut bytes = Vec::new();
        encode(&[site(2, 3, &[0, 2])], &mut bytes);
        for cut in 0..bytes.len() {
            assert!(decode(&mut Reader::new(&bytes[..cut])).is_err());
        }
        // A frame size beyond u16.
        let mut big = Vec::new();
        for v in [1u64, 2, 70_000, 0] {
            put_uleb(&mut big, v);
        }
        assert!(decode(&mut Reader::new(&big)).is_err());
    }
}
