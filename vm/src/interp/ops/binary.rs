//! Binary construction and matching. Matching reads from a binary term
//! and a bit position kept in a register (see the codegen's binary.rs).

use crate::bif::{badarg, Exception};
use crate::code::LoadedModule;
use crate::heap::build;
use crate::interp::{read, write};
use crate::process::Process;
use crate::term::binary::BitSlice;
use crate::term::Term;
use compiler::bytecode::{seg_flags, Dst, SegKind, Segment, Src};
use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

/// Appends bits to a byte buffer.
#[derive(Default)]
struct BitWriter {
    bytes: Vec<u8>,
    bits: usize,
}

impl BitWriter {
    fn push_bit(&mut self, b: bool) {
        if self.bits.is_multiple_of(8) {
            self.bytes.push(0);
        }
        if b {
            let last = self.bytes.len() - 1;
            self.bytes[last] |= 0x80 >> (self.bits % 8);
        }
        self.bits += 1;
    }

    fn push_bytes(&mut self, bytes: &[u8]) {
        if self.bits.is_multiple_of(8) {
            self.bytes.extend_from_slice(bytes);
            self.bits += bytes.len() * 8;
        } else {
            for b in bytes {
                self.push_uint(*b as u64, 8);
            }
        }
    }

    /// The low `n` bits of `v`, most significant first.
    fn push_uint(&mut self, v: u64, n: usize) {
        if self.bits.is_multiple_of(8) && n.is_multiple_of(8) {
            for i in (0..n / 8).rev() {
                self.bytes.push((v >> (8 * i)) as u8);
            }
            self.bits += n;
            return;
        }
        for i in (0..n).rev() {
            self.push_bit(i < 64 && (v >> i) & 1 == 1);
        }
    }

    fn push_slice(&mut self, s: &BitSlice) {
        if let Some(b) = s.as_bytes() {
            self.push_bytes(b);
        } else {
            for i in 0..s.bit_len {
                self.push_bit(s.bit(i));
            }
        }
    }
}

fn size_bits(p: &Process, m: &LoadedModule, seg: &Segment) -> Result<Option<usize>, Exception> {
    if seg.size == Src::Nil {
        return Ok(None);
    }
    let s = read(p, m, &seg.size);
    match s.as_small() {
        Some(n) if n >= 0 => Ok(Some(n as usize * seg.unit as usize)),
        _ => Err(badarg()),
    }
}

/// Two's complement bytes of `v` in `n` bits, big-endian, as a bit sequence.
fn int_bits(w: &mut BitWriter, v: &BigInt, n: usize, little: bool) -> Result<(), Exception> {
    if n == 0 {
        return Ok(());
    }
    let nbytes = n.div_ceil(8);
    // Two's complement of v modulo 2^(8*nbytes), little-endian bytes.
    let mut le = v.to_signed_bytes_le();
    let fill = if v.sign() == Sign::Minus { 0xff } else { 0 };
    le.resize(nbytes.max(le.len()), fill);
    le.truncate(nbytes);
    if little && n.is_multiple_of(8) {
        w.push_bytes(&le);
        return Ok(());
    }
    // Big-endian, keeping only the low n bits.
    let be: Vec<u8> = le.iter().rev().copied().collect();
    let skip = nbytes * 8 - n;
    for i in skip..nbytes * 8 {
        w.push_bit((be[i / 8] >> (7 - i % 8)) & 1 == 1);
    }
    Ok(())
}

pub fn create(p: &mut Process, m: &LoadedModule, segments: &[Segment]) -> Result<Term, Exception> {
    let mut w = BitWriter::default();
    for seg in segments {
        let v = read(p, m, &seg.value);
        let little = seg.flags & seg_flags::LITTLE != 0;
        match seg.kind {
            SegKind::Integer => {
                let n = size_bits(p, m, seg)?.unwrap_or(8);
                if let Some(x) = v.as_small() {
                    if n <= 64 && !(little && n > 8) {
                        w.push_uint(x as u64, n);
                        continue;
                    }
                }
                let big = v.to_bigint().ok_or_else(badarg)?;
                int_bits(&mut w, &big, n, little)?;
            }
            SegKind::Float => {
                let n = size_bits(p, m, seg)?.unwrap_or(64);
                let f = v.to_f64().ok_or_else(badarg)?;
                let bytes: Vec<u8> = match n {
                    64 => {
                        if little {
                            f.to_le_bytes().to_vec()
                        } else {
                            f.to_be_bytes().to_vec()
                        }
                    }
                    32 => {
                        let g = f as f32;
                        if g.is_infinite() && f.is_finite() {
                            return Err(badarg());
                        }
                        if little {
                            g.to_le_bytes().to_vec()
                        } else {
                            g.to_be_bytes().to_vec()
                        }
                    }
                    _ => return Err(badarg()),
                };
                w.push_bytes(&bytes);
            }
            SegKind::Binary => {
                let s = v.as_bits().ok_or_else(badarg)?;
                let take = match size_bits(p, m, seg)? {
                    Some(n) if n <= s.bit_len => n,
                    Some(_) => return Err(badarg()),
                    None => {
                        if !s.bit_len.is_multiple_of(seg.unit.max(1) as usize) {
                            return Err(badarg());
                        }
                        s.bit_len
                    }
                };
                let part = BitSlice { bit_len: take, ..s };
                w.push_slice(&part);
            }
            SegKind::Utf8 => {
                let c = v
                    .as_small()
                    .and_then(|c| u32::try_from(c).ok())
                    .and_then(char::from_u32)
                    .ok_or_else(badarg)?;
                let mut buf = [0u8; 4];
                w.push_bytes(c.encode_utf8(&mut buf).as_bytes());
            }
        }
    }
    p.reductions += (w.bytes.len() / 64) as u64;
    Ok(build::bitstring(&mut p.heap, &w.bytes, w.bits))
}

fn position(p: &Process, m: &LoadedModule, pos: &Dst) -> usize {
    read(p, m, &Src::from(*pos)).as_small().unwrap_or(0) as usize
}

/// Reads one segment; false if it does not match.
pub fn get(
    p: &mut Process,
    m: &LoadedModule,
    bin: &Src,
    pos: &Dst,
    seg: &Segment,
    dst: &Dst,
) -> bool {
    let b = read(p, m, bin);
    let Some(s) = b.as_bits() else { return false };
    let at = position(p, m, pos);
    let rest = s.bit_len.saturating_sub(at);
    let little = seg.flags & seg_flags::LITTLE != 0;
    let signed = seg.flags & seg_flags::SIGNED != 0;
    let Ok(size) = size_bits(p, m, seg) else {
        return false;
    };
    let (value, used) = match seg.kind {
        SegKind::Integer => {
            let n = size.unwrap_or(8);
            if n > rest {
                return false;
            }
            (read_int(p, &s, at, n, little, signed), n)
        }
        SegKind::Float => {
            let n = size.unwrap_or(64);
            if n > rest {
                return false;
            }
            let raw = s.read_bits(at, n);
            let f = match (n, little) {
                (64, false) => f64::from_bits(raw),
                (64, true) => f64::from_bits(raw.swap_bytes()),
                (32, false) => f32::from_bits(raw as u32) as f64,
                (32, true) => f32::from_bits((raw as u32).swap_bytes()) as f64,
                _ => return false,
            };
            if !f.is_finite() {
                return false;
            }
            (build::float(&mut p.heap, f), n)
        }
        SegKind::Binary => {
            let n = match size {
                Some(n) => n,
                None => {
                    if !rest.is_multiple_of(seg.unit.max(1) as usize) {
                        return false;
                    }
                    rest
                }
            };
            if n > rest {
                return false;
            }
            (build::sub_binary(&mut p.heap, b, at, n), n)
        }
        SegKind::Utf8 => match decode_utf8(&s, at, rest) {
            Some((c, n)) => (Term::small(c as i64), n),
            None => return false,
        },
    };
    write(p, dst, value);
    write(p, pos, Term::small((at + used) as i64));
    true
}

fn read_int(
    p: &mut Process,
    s: &BitSlice,
    at: usize,
    n: usize,
    little: bool,
    signed: bool,
) -> Term {
    if n <= 64 && !(little && n > 8) {
        let raw = s.read_bits(at, n);
        if n == 0 {
            return Term::small(0);
        }
        let v = if signed && n < 64 && (raw >> (n - 1)) & 1 == 1 {
            (raw | (!0u64 << n)) as i64 as i128
        } else if signed && n == 64 {
            raw as i64 as i128
        } else {
            raw as i128
        };
        return build::int_i128(&mut p.heap, v);
    }
    // Wide or little-endian integers: collect bytes big-endian.
    let mut bytes = Vec::with_capacity(n.div_ceil(8));
    let mut i = 0;
    let lead = n % 8;
    if lead != 0 {
        bytes.push(s.read_bits(at, lead) as u8);
        i = lead;
    }
    while i < n {
        bytes.push(s.read_bits(at + i, 8) as u8);
        i += 8;
    }
    if little {
        bytes.reverse();
    }
    let mut v = BigInt::from_bytes_be(Sign::Plus, &bytes);
    if signed && n > 0 && v.bit(n as u64 - 1) {
        v -= BigInt::from(1) << n;
    }
    match v.to_i64() {
        Some(x) => build::int(&mut p.heap, x),
        None => build::bigint(&mut p.heap, &v),
    }
}

fn decode_utf8(s: &BitSlice, at: usize, rest: usize) -> Option<(u32, usize)> {
    if rest < 8 {
        return None;
    }
    let b0 = s.read_bits(at, 8) as u8;
    let len = match b0 {
        0x00..=0x7f => 1,
        0xc2..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf4 => 4,
        _ => return None,
    };
    if rest < len * 8 {
        return None;
    }
    let bytes: Vec<u8> = (0..len).map(|i| s.read_bits(at + 8 * i, 8) as u8).collect();
    let c = std::str::from_utf8(&bytes).ok()?.chars().next()?;
    Some((c as u32, len * 8))
}

pub fn skip(p: &mut Process, m: &LoadedModule, bin: &Src, pos: &Dst, bits: &Src) -> bool {
    let Some(s) = read(p, m, bin).as_bits() else {
        return false;
    };
    let at = position(p, m, pos);
    let Some(n) = read(p, m, bits).as_small().filter(|n| *n >= 0) else {
        return false;
    };
    if at + n as usize > s.bit_len {
        return false;
    }
    write(p, pos, Term::small(at as i64 + n));
    true
}

pub fn test_tail(p: &mut Process, m: &LoadedModule, bin: &Src, pos: &Src, bits: u32) -> bool {
    let Some(s) = read(p, m, bin).as_bits() else {
        return false;
    };
    let at = read(p, m, pos).as_small().unwrap_or(0) as usize;
    s.bit_len.saturating_sub(at) == bits as usize && at <= s.bit_len
}

pub fn get_tail(p: &mut Process, m: &LoadedModule, bin: &Src, pos: &Src) -> Term {
    let b = read(p, m, bin);
    let len = b.as_bits().map_or(0, |s| s.bit_len);
    let at = (read(p, m, pos).as_small().unwrap_or(0) as usize).min(len);
    build::sub_binary(&mut p.heap, b, at, len - at)
}
