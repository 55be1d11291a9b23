//! `erlang:phash2/1,2`: a port of OTP's portable term hash `make_hash2`
//! (erts/emulator/beam/utils.c, Bob Jenkins' mix over 32-bit words) and of
//! the atom table's hashpjw, so that Joist computes the same values as
//! Erlang/OTP for the same terms.
//!
//! Exact for integers of any size, floats, atoms, lists, strings, tuples,
//! binaries and bitstrings, maps, external funs (`fun m:f/a`), pids and
//! references (which hash only their number). Closures cannot match OTP,
//! whose value depends on the BEAM file's lambda table checksum.

use super::display::fun_module_name;
use super::{BoxKind, Term};

const HCONST: u32 = 0x9e37_79b9;
const HCONST_2: u32 = 0x3c6e_f372;
const HCONST_3: u32 = 0xdaa6_6d2b;
const HCONST_4: u32 = 0x78dd_e6e4;
const HCONST_5: u32 = 0x1715_609d;
const HCONST_7: u32 = 0x5384_540f;
const HCONST_9: u32 = 0x8ff3_4781;
const HCONST_10: u32 = 0x2e2a_c13a;
const HCONST_11: u32 = 0xcc62_3af3;
const HCONST_12: u32 = 0x6a99_b4ac;
const HCONST_13: u32 = 0x08d1_2e65;
const HCONST_14: u32 = 0xa708_a81e;
const HCONST_15: u32 = 0x4540_21d7;
const HCONST_16: u32 = 0xe377_9b90;
const HCONST_17: u32 = 0x81af_1549;
const HCONST_18: u32 = 0x1fe6_8f02;
const HCONST_19: u32 = 0xbe1e_08bb;
const HCONST_22: u32 = 0x98c4_75e6;
const INTERNAL_HASH_SALT: u32 = 3_432_918_353;

/// The value OTP mixes in for `[]` when it is not the first thing hashed
/// (erl_term.h's `NIL_DEF`).
const NIL_DEF: u32 = 0x2;

/// `erlang:phash2/1`: a hash in `0..2^27`.
pub fn phash2(t: Term) -> u32 {
    make_hash2(t) & ((1 << 27) - 1)
}

/// `erlang:phash2/2`: a hash in `0..range`, for `1 <= range <= 2^32`.
pub fn phash2_range(t: Term, range: u64) -> u32 {
    let h = make_hash2(t);
    if range == 0 || range >= 1 << 32 {
        h
    } else {
        (h as u64 % range) as u32
    }
}

/// hashpjw over the atom's UTF-8 text, with OTP's "latin1 clutch": a
/// two-byte sequence `C2/C3 xx` counts as its latin1 character (truncated
/// to a byte, as the C code does).
pub fn atom_hash(name: &str) -> u32 {
    let b = name.as_bytes();
    let mut h: u32 = 0;
    let mut i = 0;
    while i < b.len() {
        let mut v = b[i];
        i += 1;
        if i < b.len() && (v & 0xfe) == 0xc2 && (b[i] & 0xc0) == 0x80 {
            v = (v << 6) | (b[i] & 0x3f);
            i += 1;
        }
        h = (h << 4).wrapping_add(v as u32);
        let g = h & 0xf000_0000;
        if g != 0 {
            h ^= g >> 24;
            h ^= g;
        }
    }
    h
}

#[inline]
fn mix(a: u32, b: u32, c: u32) -> u32 {
    mix3(a, b, c).2
}

/// `UINT32_HASH_2(x, y, k)`.
#[inline]
fn hash2(hash: u32, x: u32, y: u32, k: u32) -> u32 {
    mix(k.wrapping_add(x), k.wrapping_add(y), hash)
}

/// `UINT32_HASH(x, k)`.
#[inline]
fn hash1(hash: u32, x: u32, k: u32) -> u32 {
    hash2(hash, x, 0, k)
}

/// Bob Jenkins' `block_hash` over a byte buffer, seeded with `initval`.
fn block_hash(k: &[u8], initval: u32) -> u32 {
    let word = |s: &[u8]| u32::from_le_bytes([s[0], s[1], s[2], s[3]]);
    let (mut a, mut b, mut c) = (HCONST, HCONST, initval);
    let mut chunks = k.chunks_exact(12);
    for ch in &mut chunks {
        a = a.wrapping_add(word(&ch[0..4]));
        b = b.wrapping_add(word(&ch[4..8]));
        c = c.wrapping_add(word(&ch[8..12]));
        (a, b, c) = mix3(a, b, c);
    }
    let rest = chunks.remainder();
    c = c.wrapping_add(k.len() as u32);
    let byte = |i: usize| rest.get(i).copied().unwrap_or(0) as u32;
    c = c.wrapping_add(byte(8) << 8 | byte(9) << 16 | byte(10) << 24);
    b = b.wrapping_add(byte(4) | byte(5) << 8 | byte(6) << 16 | byte(7) << 24);
    a = a.wrapping_add(byte(0) | byte(1) << 8 | byte(2) << 16 | byte(3) << 24);
    mix(a, b, c)
}

/// Bob Jenkins' MIX, returning all three words.
fn mix3(mut a: u32, mut b: u32, mut c: u32) -> (u32, u32, u32) {
    macro_rules! step {
        ($x:ident, $y:ident, $z:ident, $op:tt, $n:expr) => {
            $x = $x.wrapping_sub($y).wrapping_sub($z);
            $x ^= $z $op $n;
        };
    }
    step!(a, b, c, >>, 13);
    step!(b, c, a, <<, 8);
    step!(c, a, b, >>, 13);
    step!(a, b, c, >>, 12);
    step!(b, c, a, <<, 16);
    step!(c, a, b, >>, 5);
    step!(a, b, c, >>, 3);
    step!(b, c, a, <<, 10);
    step!(c, a, b, >>, 15);
    (a, b, c)
}

/// Work items of the explicit stack (OTP's ESTACK).
enum Item {
    Term(Term),
    /// End of a map: restore the outer hash and pair accumulator.
    MapTail {
        hash: u32,
        xor: u32,
    },
    /// End of one key-value pair of a map.
    MapPair,
}

fn is_byte(t: Term) -> Option<u32> {
    t.as_small()
        .filter(|v| (0..=255).contains(v))
        .map(|v| v as u32)
}

/// Hashes a magnitude given as little-endian 64-bit limbs.
fn hash_big(mut hash: u32, limbs: impl Iterator<Item = u64>, negative: bool) -> u32 {
    let con = if negative { HCONST_10 } else { HCONST_11 };
    for limb in limbs {
        hash = hash2(hash, limb as u32, (limb >> 32) as u32, con);
    }
    hash
}

/// The binary step shared by both hashes: Jenkins' block hash of the bytes,
/// then any trailing bits.
fn hash_binary(hash: u32, term: Term) -> u32 {
    let Some(bits) = term.as_bits() else {
        return hash;
    };
    let con = HCONST_13.wrapping_add(hash);
    let (sz, bitsize) = (bits.bit_len / 8, bits.bit_len % 8);
    if bits.bit_len == 0 {
        return con;
    }
    let buf = bits.to_bytes();
    let mut hash = block_hash(&buf[..sz], con);
    if bitsize > 0 {
        let last = (buf[sz] >> (8 - bitsize)) as u32;
        hash = hash2(hash, bitsize as u32, last, HCONST_15);
    }
    hash
}

/// OTP's `make_hash2`.
pub fn make_hash2(t: Term) -> u32 {
    let mut hash: u32 = 0;
    let mut xor: u32 = 0;
    let mut stack: Vec<Item> = Vec::new();
    let mut term = t;
    loop {
        // Each arm either hashes a leaf (then falls through to popping the
        // next item) or replaces `term` and `continue`s.
        if term.is_cons() {
            let (mut c, mut sh) = (0u32, 0u32);
            let mut cell = term;
            while let Some(b) = is_byte(cell.head()) {
                sh = (sh << 8).wrapping_add(b);
                if c == 3 {
                    hash = hash1(hash, sh, HCONST_4);
                    c = 0;
                    sh = 0;
                } else {
                    c += 1;
                }
                term = cell.tail();
                if !term.is_cons() {
                    break;
                }
                cell = term;
            }
            if c > 0 {
                hash = hash1(hash, sh, HCONST_4);
            }
            if term.is_cons() {
                stack.push(Item::Term(cell.tail()));
                term = cell.head();
            }
            continue;
        }
        if let Some(v) = term.as_small() {
            if (-(1 << 27)..(1 << 27)).contains(&v) {
                let y = v as i32;
                if y < 0 {
                    hash = hash1(hash, y.wrapping_neg() as u32, HCONST);
                }
                hash = hash1(hash, y as u32, HCONST);
            } else {
                hash = hash_big(hash, std::iter::once(v.unsigned_abs()), v < 0);
            }
        } else if let Some(a) = term.as_atom() {
            let ah = atom_hash(a.name());
            hash = if hash == 0 {
                ah
            } else {
                hash1(hash, ah, HCONST_3)
            };
        } else if term.is_nil() {
            hash = if hash == 0 {
                3_468_870_702
            } else {
                hash1(hash, NIL_DEF, HCONST_2)
            };
        } else if term.is_pid() {
            hash = hash1(hash, term.pid_number() as u32, HCONST_5);
        } else {
            match term.box_kind() {
                Some(BoxKind::Tuple) => {
                    let elems = term.tuple_elements();
                    hash = hash1(hash, elems.len() as u32, HCONST_9);
                    if let Some((first, rest)) = elems.split_first() {
                        for e in rest.iter().rev() {
                            stack.push(Item::Term(*e));
                        }
                        term = *first;
                        continue;
                    }
                }
                Some(BoxKind::Map | BoxKind::HashMap) => {
                    // Pairs hash independently and combine by xor, so any
                    // iteration order (flat or trie) gives OTP's value.
                    hash = hash1(hash, term.map_size() as u32, HCONST_16);
                    if term.map_size() > 0 {
                        stack.push(Item::MapTail { hash, xor });
                        hash = 0;
                        xor = 0;
                        for (k, v) in term.map_iter() {
                            stack.push(Item::MapPair);
                            stack.push(Item::Term(v));
                            stack.push(Item::Term(k));
                        }
                    }
                }
                Some(BoxKind::Float) => {
                    let f = term.float_value();
                    let bits = if f == 0.0 { 0 } else { f.to_bits() };
                    hash = hash2(hash, (bits >> 32) as u32, bits as u32, HCONST_12);
                }
                Some(kind @ (BoxKind::BigPos | BoxKind::BigNeg)) => {
                    let limbs = term.box_words().iter().map(|w| w.0);
                    hash = hash_big(hash, limbs, kind == BoxKind::BigNeg);
                }
                Some(BoxKind::Binary | BoxKind::SubBinary) => hash = hash_binary(hash, term),
                Some(BoxKind::Export) => {
                    let (m, f, arity) = term.export_mfa();
                    hash = hash2(hash, arity as u32, atom_hash(m.name()), HCONST);
                    hash = hash1(hash, atom_hash(f.name()), HCONST_14);
                }
                Some(BoxKind::Fun) => {
                    let id = term.fun_lambda();
                    let free = term.fun_free();
                    let module = atom_hash(&fun_module_name(id.module));
                    hash = hash2(hash, free.len() as u32, module, HCONST);
                    hash = hash2(hash, id.index, 0, HCONST);
                    if let Some((first, rest)) = free.split_first() {
                        for e in rest.iter().rev() {
                            stack.push(Item::Term(*e));
                        }
                        term = *first;
                        continue;
                    }
                }
                Some(BoxKind::Ref) => {
                    hash = hash1(hash, term.ref_number() as u32, HCONST_7);
                }
                // Trie nodes are never terms on their own.
                Some(BoxKind::HashNode | BoxKind::HashCollision) | None => {}
            }
        }
        // hash2_common: pop the next thing to do.
        loop {
            match stack.pop() {
                None => return hash,
                Some(Item::Term(next)) => {
                    term = next;
                    break;
                }
                Some(Item::MapPair) => {
                    xor ^= hash;
                    hash = 0;
                }
                Some(Item::MapTail {
                    hash: outer,
                    xor: outer_xor,
                }) => {
                    hash = hash1(outer, xor, HCONST_19);
                    xor = outer_xor;
                }
            }
        }
    }
}

// ---- the hash of map keys --------------------------------------------------

/// A replacement for [`map_key_hash`] (tests only).
#[cfg(test)]
pub type KeyHashFn = fn(Term) -> u32;

#[cfg(test)]
thread_local! {
    /// Tests replace [`map_key_hash`] on their own thread (for example
    /// with one that has only a few distinct values) to force deep tries
    /// and collision nodes.
    pub static TEST_MAP_KEY_HASH: std::cell::Cell<Option<KeyHashFn>> =
        const { std::cell::Cell::new(None) };
}

/// The 32-bit hash that places a key in a hash map's trie (`term::map`).
///
/// Equal under `=:=` implies equal hashes, so `1` and `1.0` may differ and
/// do: this is `make_hash2` (phash2 before its 27-bit mask), which already
/// hashes integers and floats apart, binaries by their bits whatever their
/// representation, and maps independently of entry order. Atoms take a
/// shortcut, their table index: `make_hash2` would hash the name, which
/// needs the atom table's lock. The value is therefore stable within one
/// run of the VM only, which is all a trie needs: nothing observable (no
/// printing, listing or comparison) follows the trie's own order.
pub fn map_key_hash(t: Term) -> u32 {
    #[cfg(test)]
    if let Some(f) = TEST_MAP_KEY_HASH.with(|h| h.get()) {
        return f(t);
    }
    if let Some(a) = t.as_atom() {
        return hash1(HCONST_3, a.0, HCONST_3);
    }
    make_hash2(t)
}

// ---- map iteration order --------------------------------------------------

/// OTP stores maps of more than 32 keys as hash array mapped tries and
/// iterates (and prints) them in the order of each key's internal hash,
/// taken four bits at a time from the least significant end. Returns the
/// order of `keys` (indices) that Erlang/OTP 25 would use for such a map,
/// or `None` when it cannot be reproduced: keys holding atoms, pids,
/// references, funs or large maps hash by VM-internal numbers.
pub fn otp_map_order(keys: &[Term]) -> Option<Vec<usize>> {
    let mut sort_keys = Vec::with_capacity(keys.len());
    for (i, k) in keys.iter().enumerate() {
        let h0 = internal_hash(*k, 0)?;
        let h1 = internal_hash(*k, 1)?;
        sort_keys.push((
            (nibble_reverse(h0) as u64) << 32 | nibble_reverse(h1) as u64,
            i,
        ));
    }
    sort_keys.sort_unstable();
    Some(sort_keys.into_iter().map(|(_, i)| i).collect())
}

fn nibble_reverse(h: u32) -> u32 {
    (0..8).fold(0, |acc, i| acc << 4 | ((h >> (4 * i)) & 0xf))
}

/// A BEAM word for an immediate with reproducible bits: small integers
/// (BEAM's 60-bit range) and `[]`.
fn beam_immediate(t: Term) -> Option<u64> {
    if t.is_nil() {
        return Some(0x3b);
    }
    let v = t.as_small()?;
    ((-(1i64 << 59))..(1i64 << 59))
        .contains(&v)
        .then_some(((v as u64) << 4) | 0xf)
}

enum IItem {
    Term(Term),
    Cdr,
}

/// OTP 25's `make_internal_hash(Term, Salt)` for terms it can reproduce.
fn internal_hash(t: Term, salt: u32) -> Option<u32> {
    let mut hash = salt ^ INTERNAL_HASH_SALT;
    let mut stack: Vec<IItem> = Vec::new();
    let mut term = t;
    let const_hash = |h: u32, k: u32| (h ^ k).rotate_left(17);
    loop {
        if term.is_cons() {
            let (mut c, mut sh) = (0u32, 0u32);
            let mut cell = term;
            while let Some(b) = is_byte(cell.head()) {
                sh = (sh << 8).wrapping_add(b);
                if c == 3 {
                    hash = hash1(hash, sh, HCONST_4);
                    c = 0;
                    sh = 0;
                } else {
                    c += 1;
                }
                term = cell.tail();
                if !term.is_cons() {
                    break;
                }
                cell = term;
            }
            if c > 0 {
                hash = hash2(hash, sh, c, HCONST_22);
            }
            if term.is_cons() {
                let tail = cell.tail();
                hash = const_hash(hash, HCONST_17);
                stack.push(IItem::Term(tail));
                if !tail.is_cons() {
                    stack.push(IItem::Cdr);
                }
                term = cell.head();
            }
            continue;
        }
        if let Some(raw) = beam_immediate(term) {
            hash = hash2(hash, raw as u32, (raw >> 32) as u32, HCONST);
        } else if let Some(v) = term.as_small() {
            hash = hash_big(hash, std::iter::once(v.unsigned_abs()), v < 0);
        } else {
            match term.box_kind()? {
                BoxKind::Tuple => {
                    let elems = term.tuple_elements();
                    hash = hash1(hash, elems.len() as u32, HCONST_9);
                    if let Some((first, rest)) = elems.split_first() {
                        stack.extend(rest.iter().rev().map(|e| IItem::Term(*e)));
                        term = *first;
                        continue;
                    }
                }
                BoxKind::Map => {
                    hash = hash1(hash, term.map_size() as u32, HCONST_16);
                    let (keys, values) = (term.flat_map_keys(), term.flat_map_values());
                    for (k, v) in keys.iter().zip(values).rev() {
                        stack.push(IItem::Term(*v));
                        stack.push(IItem::Term(*k));
                    }
                }
                BoxKind::Float => {
                    let f = term.float_value();
                    let bits = if f == 0.0 { 0 } else { f.to_bits() };
                    hash = hash2(hash, bits as u32, (bits >> 32) as u32, HCONST_12);
                }
                kind @ (BoxKind::BigPos | BoxKind::BigNeg) => {
                    let limbs = term.box_words().iter().map(|w| w.0);
                    hash = hash_big(hash, limbs, kind == BoxKind::BigNeg);
                }
                BoxKind::Binary | BoxKind::SubBinary => hash = hash_binary(hash, term),
                _ => return None,
            }
        }
        loop {
            match stack.pop() {
                None => return Some(hash),
                Some(IItem::Cdr) => hash = const_hash(hash, HCONST_18),
                Some(IItem::Term(next)) => {
                    term = next;
                    break;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::term::display::testparse::parse;

    /// `erlang:phash2/1` and `phash2(T, 4294967296)` as printed by Erlang/OTP 25.
    const CASES: &[(&str, u32, u32)] = &[
        // (term, phash2/1, phash2(T, 1 bsl 32))
        (r#"0"#, 88723725, 3175731469),
        (r#"1"#, 2614250, 539485162),
        (r#"-1"#, 44071773, 1117813597),
        (r#"42"#, 30328728, 701417368),
        (r#"255"#, 44734653, 715823293),
        (r#"256"#, 37021655, 3929335767),
        (r#"-256"#, 87258916, 2771613476),
        (r#"134217727"#, 112602999, 4273352567),
        (r#"134217728"#, 12354923, 2562491755),
        (r#"-134217728"#, 69672967, 874979335),
        (r#"-134217729"#, 76739502, 1418916782),
        (r#"576460752303423488"#, 26969617, 2442888721),
        (r#"1152921504606846976"#, 31803508, 1373980788),
        (r#"-1152921504606846976"#, 93212959, 1301172511),
        (r#"18446744073709551616"#, 103122609, 2519041713),
        (r#"1267650600228229401496703205376"#, 126219984, 528873168),
        (r#"-1267650600228229401496703205376"#, 124857544, 3614518472),
        (r#"123456789012345678901234567890"#, 132143600, 3353369072),
        (r#"0.0"#, 20875736, 423528920),
        (r#"-0.0"#, 20875736, 423528920),
        (r#"1.0"#, 77147068, 3029937084),
        (r#"-1.5"#, 13753666, 1758584130),
        (r#"3.14159"#, 4008880, 1211968432),
        (r#"1.0e100"#, 52341048, 186558776),
        (r#"5.0e-324"#, 107647591, 3731526247),
        (r#"a"#, 97, 97),
        (r#"ok"#, 1883, 1883),
        (r#"'hello world'"#, 18131988, 18131988),
        (r#"''"#, 0, 0),
        (r#"é"#, 233, 233),
        (r#"'\x{3A9}'"#, 3465, 3465),
        (r#"zzzzzzzzzzzzzzzzzzzzzzzz"#, 109611130, 243828858),
        (r#"[]"#, 113427502, 3468870702),
        (r#"[a]"#, 23864141, 1634476877),
        (r#"[1]"#, 84609158, 2768963718),
        (r#"[1,2]"#, 13006701, 3234232173),
        (r#"[97,98,99]"#, 117343302, 519996486),
        (r#"[97,98,99,100]"#, 7922743, 1752753207),
        (r#"[97,98,99,100,101]"#, 71169904, 2487089008),
        (
            r#"[104,101,108,108,111,32,119,111,114,108,100]"#,
            124727853,
            2943300141,
        ),
        (r#"[256]"#, 73608398, 1684221134),
        (r#"[1,256,2]"#, 27752983, 2041018903),
        (r#"[a|b]"#, 74710280, 2356411656),
        (r#"[1|2]"#, 86124794, 3844221178),
        (r#"[97,98,x,99,100]"#, 124399520, 2674536352),
        (r#"[[1,2],[3]]"#, 118504057, 1192245881),
        (r#"{}"#, 87486268, 221703996),
        (r#"{a}"#, 35332806, 2853905094),
        (r#"{a,b}"#, 101277806, 1980325998),
        (r#"{1,2,3}"#, 28734975, 2847307263),
        (r#"{[],{}}"#, 6216999, 2690571559),
        (r#"<<>>"#, 13708901, 147926629),
        (r#"<<1>>"#, 76691218, 881997586),
        (r#"<<97,98,99>>"#, 98228475, 1306188027),
        (
            r#"<<97,98,99,100,101,102,103,104,105,106,107,108>>"#,
            15432855,
            686521495,
        ),
        (
            r#"<<97,98,99,100,101,102,103,104,105,106,107,108,109>>"#,
            11441572,
            3501102500,
        ),
        (r#"<<1:1>>"#, 102233125, 3994547237),
        (r#"<<1:4>>"#, 78534516, 1018058612),
        (r#"<<1,2,3:5>>"#, 6593870, 946117966),
        (r#"#{}"#, 39679005, 844985373),
        (r#"#{a => 1}"#, 59617982, 1401795262),
        (r#"#{a => 1,b => 2}"#, 103634663, 1982682855),
        (r#"#{1 => a,2.0 => b}"#, 21645860, 2034911780),
        (r#"#{1 => a,2.0 => b}"#, 21645860, 2034911780),
        (r#"#{{} => {},[] => []}"#, 56809607, 727898247),
        (
            r#"#{16 => 256,18 => 324,5 => 25,19 => 361,27 => 729,35 => 1225,10 => 100,24 => 576,36 => 1296,4 => 16,21 => 441,22 => 484,17 => 289,3 => 9,8 => 64,1 => 1,7 => 49,2 => 4,14 => 196,15 => 225,20 => 400,40 => 1600,13 => 169,38 => 1444,6 => 36,28 => 784,25 => 625,34 => 1156,32 => 1024,9 => 81,37 => 1369,11 => 121,31 => 961,26 => 676,39 => 1521,30 => 900,29 => 841,23 => 529,12 => 144,33 => 1089}"#,
            37357662,
            708446302,
        ),
        (r#"fun lists:map/2"#, 34981515, 840287883),
        (r#"fun erlang:'+'/2"#, 30008331, 835314699),
        (
            r#"#{2 => <<98,105,110,97,114,121,32,100,97,116,97,32,115,116,114,105,110,103,32,119,105,116,104>>,'Quoted key' => {#{a => [[[103,97,109,109,97,95,100,101,108,116,97,95,101,112,115,105,108,111,110],[103,97,109,109,97,95,100,101,108,116,97,95,101,112,115,105,108,111,110],[97,108,112,104,97],[97,108,112,104,97],[103,97,109,109,97,95,100,101,108,116,97,95,101,112,115,105,108,111,110],[97,108,112,104,97]],[116,104,101,32,113,117,105,99,107,32,98,114,111,119,110,32,102,111,120,32,106,117,109,112,115,32,111,118,101,114,32,116,104,101,32,108,97,122,121,32,100,111,103,44,32,97,103,97,105,110,32,97,110,100,32,97,103],2.0]}},<<98,105,110>> => {'EXIT',[{reply,{},[1,2,3,4,5,6,7]}|1.5]}}"#,
            76271004,
            1686883740,
        ),
        (r#"156"#, 33290477, 1643903213),
        (r#"<0.5.0>"#, 131498469, 1742111205),
        (r#"<0.123.0>"#, 1163477573 & 0x7ff_ffff, 1163477573),
        (r#"#Ref<0.0.0.5>"#, 962821904 & 0x7ff_ffff, 962821904),
    ];

    #[test]
    fn matches_otp() {
        let mut heap = crate::heap::Heap::new();
        for (src, want27, want32) in CASES {
            let t = parse(&mut heap, src);
            assert_eq!(phash2(t), *want27, "phash2({})", src);
            assert_eq!(phash2_range(t, 1 << 32), *want32, "phash2({}, 2^32)", src);
        }
    }

    #[test]
    fn atom_hash_is_hashpjw() {
        assert_eq!(atom_hash(""), 0);
        assert_eq!(atom_hash("a"), 97);
        assert_eq!(atom_hash("ab"), 97 * 16 + 98);
    }
}
