//! Reading binaries and bitstrings.
//!
//! A heap binary is a header of kind `Binary`, a word holding the length in
//! bits (as a small integer term), then the bytes packed into words. A
//! sub-binary (kind `SubBinary`) is a window on another binary: bit offset,
//! bit length (both small terms) and the underlying heap binary term. A
//! sub-binary never points at another sub-binary.
#![allow(unsafe_code)]

use super::{BoxKind, Term};

/// A view of the bits of a binary or bitstring term.
#[derive(Clone, Copy, Debug)]
pub struct BitSlice<'a> {
    /// The whole underlying byte buffer.
    pub bytes: &'a [u8],
    pub bit_offset: usize,
    pub bit_len: usize,
}

impl<'a> BitSlice<'a> {
    pub fn is_byte_aligned(&self) -> bool {
        self.bit_offset.is_multiple_of(8) && self.bit_len.is_multiple_of(8)
    }

    /// The bytes if the slice is byte-aligned and a whole number of bytes.
    pub fn as_bytes(&self) -> Option<&'a [u8]> {
        if self.is_byte_aligned() {
            let start = self.bit_offset / 8;
            Some(&self.bytes[start..start + self.bit_len / 8])
        } else {
            None
        }
    }

    /// Bit `i` of the slice (0 is the most significant bit of the first byte).
    pub fn bit(&self, i: usize) -> bool {
        let b = self.bit_offset + i;
        (self.bytes[b / 8] >> (7 - (b % 8))) & 1 == 1
    }

    /// Reads `n <= 64` bits starting at bit `at` as an unsigned big-endian number.
    pub fn read_bits(&self, at: usize, n: usize) -> u64 {
        let mut v: u64 = 0;
        let mut i = 0;
        // Byte-at-a-time when aligned, bit-at-a-time otherwise.
        while i < n {
            let b = self.bit_offset + at + i;
            if b.is_multiple_of(8) && n - i >= 8 {
                v = (v << 8) | self.bytes[b / 8] as u64;
                i += 8;
            } else {
                v = (v << 1) | self.bit(at + i) as u64;
                i += 1;
            }
        }
        v
    }

    /// Copies the bits into a fresh byte vector (the last byte padded with zeros).
    pub fn to_bytes(&self) -> Vec<u8> {
        if let Some(b) = self.as_bytes() {
            return b.to_vec();
        }
        let mut out = vec![0u8; self.bit_len.div_ceil(8)];
        for i in 0..self.bit_len {
            if self.bit(i) {
                out[i / 8] |= 0x80 >> (i % 8);
            }
        }
        out
    }
}

impl Term {
    /// The bytes of a heap binary object (all of its bytes).
    fn heap_binary_bytes<'a>(self) -> (&'a [u8], usize) {
        let bits = self.box_word(0).small_value() as usize;
        let nbytes = bits.div_ceil(8);
        // SAFETY: rule 1 of term's safety model: a heap binary has a bit-length
        // word followed by ceil(bits/8) initialised bytes packed into words.
        let bytes =
            unsafe { std::slice::from_raw_parts(self.box_ptr().add(2) as *const u8, nbytes) };
        (bytes, bits)
    }

    /// The bits of a binary or bitstring term.
    pub fn as_bits<'a>(self) -> Option<BitSlice<'a>> {
        match self.box_kind()? {
            BoxKind::Binary => {
                let (bytes, bits) = self.heap_binary_bytes();
                Some(BitSlice {
                    bytes,
                    bit_offset: 0,
                    bit_len: bits,
                })
            }
            BoxKind::SubBinary => {
                let offset = self.box_word(0).small_value() as usize;
                let len = self.box_word(1).small_value() as usize;
                let (bytes, _) = self.box_word(2).heap_binary_bytes();
                Some(BitSlice {
                    bytes,
                    bit_offset: offset,
                    bit_len: len,
                })
            }
            _ => None,
        }
    }

    /// The bytes of a binary (a bitstring whose length is a whole number of bytes).
    pub fn as_binary_bytes<'a>(self) -> Option<&'a [u8]> {
        let bits = self.as_bits()?;
        if !bits.bit_len.is_multiple_of(8) {
            return None;
        }
        if bits.bit_offset.is_multiple_of(8) {
            bits.as_bytes()
        } else {
            None
        }
    }

    pub fn is_binary(self) -> bool {
        self.as_bits().is_some_and(|b| b.bit_len.is_multiple_of(8))
    }
}
