//! Terms: one tagged 64-bit word (DESIGN.md, "Terms").
//!
//! ```text
//!  63                                         3 2 1 0
//! +--------------------------------------------+-----+
//! |                 payload                    | tag |
//! +--------------------------------------------+-----+
//!  tag 000  BOXED    pointer to a header word (8-byte aligned); 0 is NON_VALUE
//!  tag 001  LIST     pointer to a cons cell [head, tail], plus 1
//!  tag 010  SMALL    signed 61-bit integer (payload = value)
//!  tag 011  ATOM     index into the global atom table
//!  tag 100  PID      local process number
//!  tag 101  SPECIAL  `[]` (payload 0)
//!  tag 110  HEADER   first word of a boxed object; never a term on its own
//!  tag 111  CODE     return address or catch marker; only on the stack
//! ```
//!
//! Header word: `arity << 8 | kind << 3 | 0b110`, where `arity` is the number
//! of words that follow the header and `kind` is a [`BoxKind`].
//!
//! # Safety model
//!
//! 1. A BOXED or LIST term always points at a live, initialised object: in
//!    the owning process's heap (young, old or a fragment), in a loaded
//!    module's literal area (immutable, never freed), or in memory reachable
//!    only through such an object. Nothing else constructs pointer terms.
//! 2. Objects are immutable once built. The only writes are by the code that
//!    allocated the words before the term escapes, and by the GC, which owns
//!    the from-space exclusively while it runs.
//! 3. A process's terms are used only by the thread running that process.
//!    Literals are shared read-only.
//!
//! Reading through a pointer term is therefore sound whenever the term came
//! from a register, stack slot, heap object or literal of the current
//! process: every accessor below relies on rule 1.
#![allow(unsafe_code)]

pub mod atom;
pub mod bignum;
pub mod binary;
pub mod boxed;
pub mod display;
pub mod float_fmt;
pub mod hash;
pub mod map;
pub mod order;

use std::fmt;

pub use atom::Atom;

/// One Erlang term. `Copy`, 8 bytes.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct Term(pub u64);

const _: () = assert!(std::mem::size_of::<Term>() == 8);

pub const TAG_BITS: u32 = 3;
pub const TAG_MASK: u64 = 0b111;
pub const TAG_BOXED: u64 = 0b000;
pub const TAG_LIST: u64 = 0b001;
pub const TAG_SMALL: u64 = 0b010;
pub const TAG_ATOM: u64 = 0b011;
pub const TAG_PID: u64 = 0b100;
pub const TAG_SPECIAL: u64 = 0b101;
pub const TAG_HEADER: u64 = 0b110;
pub const TAG_CODE: u64 = 0b111;

/// Largest and smallest integers stored immediately.
pub const SMALL_MAX: i64 = (1 << 60) - 1;
pub const SMALL_MIN: i64 = -(1 << 60);

/// The kinds of boxed objects, stored in bits 3..8 of a header word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum BoxKind {
    /// `arity` elements follow.
    Tuple = 0,
    /// One word: the f64 bits.
    Float = 1,
    /// `arity` little-endian u64 limbs of the magnitude.
    BigPos = 2,
    BigNeg = 3,
    /// Flat map (at most 32 keys): `arity / 2` sorted keys, then the values
    /// in the same order.
    Map = 4,
    /// Heap binary: a bit-length word, then the bytes packed into words.
    Binary = 5,
    /// Sub-binary: bit offset word, bit length word, the underlying binary term.
    SubBinary = 6,
    /// Closure: lambda word (module index << 32 | lambda index), then free variables.
    Fun = 7,
    /// External fun `fun m:f/a`: module atom, function atom, arity (small).
    Export = 8,
    /// Reference: one word of unique id.
    Ref = 9,
    /// Map of more than 32 keys: the root node of a hash array mapped trie,
    /// a size word (small), then a node's payload (see `map.rs`).
    HashMap = 10,
    /// Inner HAMT node: bitmap word (small), key-value pairs, subnodes.
    /// Never a term on its own: reachable only from a `HashMap`.
    HashNode = 11,
    /// HAMT leaf for keys whose whole hash is equal: key-value pairs sorted
    /// by key. Never a term on its own.
    HashCollision = 12,
}

impl BoxKind {
    pub fn from_bits(bits: u64) -> Option<BoxKind> {
        use BoxKind::*;
        Some(match bits {
            0 => Tuple,
            1 => Float,
            2 => BigPos,
            3 => BigNeg,
            4 => Map,
            5 => Binary,
            6 => SubBinary,
            7 => Fun,
            8 => Export,
            9 => Ref,
            10 => HashMap,
            11 => HashNode,
            12 => HashCollision,
            _ => return None,
        })
    }

    /// Whether this kind's payload words are raw data (never terms):
    /// collectors and copiers skip them.
    #[inline(always)]
    pub fn has_raw_payload(self) -> bool {
        matches!(
            self,
            BoxKind::Float | BoxKind::BigPos | BoxKind::BigNeg | BoxKind::Binary | BoxKind::Ref
        )
    }
}

impl Term {
    /// Marks "no value": an empty slot, a failed lookup. Never visible to programs.
    pub const NON_VALUE: Term = Term(0);
    pub const NIL: Term = Term(TAG_SPECIAL);

    #[inline(always)]
    pub fn tag(self) -> u64 {
        self.0 & TAG_MASK
    }

    #[inline(always)]
    pub fn is_non_value(self) -> bool {
        self.0 == 0
    }

    // ---- small integers -------------------------------------------------

    #[inline(always)]
    pub fn small(value: i64) -> Term {
        debug_assert!((SMALL_MIN..=SMALL_MAX).contains(&value));
        Term(((value as u64) << TAG_BITS) | TAG_SMALL)
    }

    /// Whether both terms are small integers (one test for the pair).
    #[inline(always)]
    pub fn both_small(self, other: Term) -> bool {
        ((self.0 ^ TAG_SMALL) | (other.0 ^ TAG_SMALL)) & TAG_MASK == 0
    }

    /// `self + other` if both are small integers and so is the sum, else
    /// `None`. Works on the tagged words (BEAM's trick): small values fill
    /// the whole word above the tag, so the sum overflows the machine word
    /// exactly when it leaves the small range.
    #[inline(always)]
    pub fn small_add(self, other: Term) -> Option<Term> {
        if !self.both_small(other) {
            return None;
        }
        (self.0 as i64 - TAG_SMALL as i64)
            .checked_add(other.0 as i64)
            .map(|r| Term(r as u64))
    }

    /// `self - other` if both are small integers and so is the result.
    #[inline(always)]
    pub fn small_sub(self, other: Term) -> Option<Term> {
        if !self.both_small(other) {
            return None;
        }
        (self.0 as i64)
            .checked_sub(other.0 as i64 - TAG_SMALL as i64)
            .map(|r| Term(r as u64))
    }

    /// `self + n` if this is a small integer and so is the sum.
    #[inline(always)]
    pub fn small_add_i32(self, n: i32) -> Option<Term> {
        if !self.is_small() {
            return None;
        }
        (self.0 as i64)
            .checked_add((n as i64) << TAG_BITS)
            .map(|r| Term(r as u64))
    }

    #[inline(always)]
    pub fn fits_small(value: i64) -> bool {
        (SMALL_MIN..=SMALL_MAX).contains(&value)
    }

    #[inline(always)]
    pub fn is_small(self) -> bool {
        self.tag() == TAG_SMALL
    }

    #[inline(always)]
    pub fn small_value(self) -> i64 {
        debug_assert!(self.is_small());
        (self.0 as i64) >> TAG_BITS
    }

    #[inline(always)]
    pub fn as_small(self) -> Option<i64> {
        if self.is_small() {
            Some(self.small_value())
        } else {
            None
        }
    }

    // ---- atoms ----------------------------------------------------------

    #[inline(always)]
    pub fn atom(a: Atom) -> Term {
        Term(((a.0 as u64) << TAG_BITS) | TAG_ATOM)
    }

    #[inline(always)]
    pub fn is_atom(self) -> bool {
        self.tag() == TAG_ATOM
    }

    #[inline(always)]
    pub fn as_atom(self) -> Option<Atom> {
        if self.is_atom() {
            Some(Atom((self.0 >> TAG_BITS) as u32))
        } else {
            None
        }
    }

    pub fn bool(b: bool) -> Term {
        if b {
            Term::atom(atom::TRUE)
        } else {
            Term::atom(atom::FALSE)
        }
    }

    pub fn is_boolean(self) -> bool {
        self == Term::atom(atom::TRUE) || self == Term::atom(atom::FALSE)
    }

    // ---- pids -----------------------------------------------------------

    pub fn pid(number: u64) -> Term {
        Term((number << TAG_BITS) | TAG_PID)
    }

    pub fn is_pid(self) -> bool {
        self.tag() == TAG_PID
    }

    pub fn pid_number(self) -> u64 {
        debug_assert!(self.is_pid());
        self.0 >> TAG_BITS
    }

    // ---- lists ----------------------------------------------------------

    #[inline(always)]
    pub fn is_nil(self) -> bool {
        self == Term::NIL
    }

    #[inline(always)]
    pub fn is_cons(self) -> bool {
        self.tag() == TAG_LIST
    }

    #[inline(always)]
    pub fn is_list(self) -> bool {
        self.is_cons() || self.is_nil()
    }

    /// A LIST term for the cons cell at `cell`.
    #[inline(always)]
    pub fn cons_ptr(cell: *const Term) -> Term {
        debug_assert!(cell as u64 & TAG_MASK == 0);
        Term(cell as u64 | TAG_LIST)
    }

    #[inline(always)]
    pub fn cons_cell(self) -> *const Term {
        debug_assert!(self.is_cons());
        (self.0 & !TAG_MASK) as *const Term
    }

    /// The cell a LIST term points at; for any other term, a static
    /// `[[] | []]` cell. Compiled code tests for a cons before it takes a
    /// head or tail, but the loader cannot prove that malformed bytecode
    /// does: with the static cell its `get_list` reads `[]` instead of
    /// memory it does not own. A select, not a branch.
    #[inline(always)]
    fn cell_or_nil(self) -> *const Term {
        static NIL_CELL: [Term; 2] = [Term::NIL, Term::NIL];
        if self.is_cons() {
            self.cons_cell()
        } else {
            NIL_CELL.as_ptr()
        }
    }

    /// The head of a cons cell (`[]` for any other term).
    #[inline(always)]
    pub fn head(self) -> Term {
        // SAFETY: rule 1 — a LIST term points at an initialised two-word
        // cell; any other term reads the static cell.
        unsafe { *self.cell_or_nil() }
    }

    /// The tail of a cons cell (`[]` for any other term).
    #[inline(always)]
    pub fn tail(self) -> Term {
        // SAFETY: as in `head`.
        unsafe { *self.cell_or_nil().add(1) }
    }

    /// `(head, tail)` if this is a cons cell.
    #[inline(always)]
    pub fn as_cons(self) -> Option<(Term, Term)> {
        if self.is_cons() {
            Some((self.head(), self.tail()))
        } else {
            None
        }
    }

    // ---- boxed ----------------------------------------------------------

    #[inline(always)]
    pub fn is_boxed(self) -> bool {
        self.tag() == TAG_BOXED && self.0 != 0
    }

    /// Whether this word points at memory (a boxed object or a cons cell):
    /// tags BOXED (0) and LIST (1), but not the null word.
    #[inline(always)]
    pub fn is_pointer(self) -> bool {
        self.tag() <= TAG_LIST && self.0 != 0
    }

    #[inline(always)]
    pub fn boxed_ptr(obj: *const Term) -> Term {
        debug_assert!(obj as u64 & TAG_MASK == 0 && !obj.is_null());
        Term(obj as u64)
    }

    #[inline(always)]
    pub fn box_ptr(self) -> *const Term {
        debug_assert!(self.is_boxed());
        self.0 as *const Term
    }

    /// The header word of a boxed term.
    #[inline(always)]
    pub fn box_header(self) -> Header {
        // SAFETY: rule 1 — a BOXED term points at a header word.
        Header(unsafe { (*self.box_ptr()).0 })
    }

    /// Word `i` after the header (0-based). `i` must be below the arity.
    #[inline(always)]
    pub fn box_word(self, i: usize) -> Term {
        debug_assert!(i < self.box_header().arity());
        // SAFETY: rule 1, and the caller keeps `i` below the header's arity.
        unsafe { *self.box_ptr().add(1 + i) }
    }

    #[inline(always)]
    pub fn box_kind(self) -> Option<BoxKind> {
        if self.is_boxed() {
            Some(self.box_header().kind())
        } else {
            None
        }
    }

    // ---- tuples ---------------------------------------------------------

    #[inline(always)]
    pub fn is_tuple(self) -> bool {
        self.box_kind() == Some(BoxKind::Tuple)
    }

    pub fn tuple_arity(self) -> usize {
        self.box_header().arity()
    }

    /// Whether this is a tuple of `arity` elements: a header word holds
    /// nothing but kind and arity, so this is one word compare.
    #[inline(always)]
    pub fn is_tuple_of(self, arity: usize) -> bool {
        self.is_boxed() && self.box_header().0 == Header::new(BoxKind::Tuple, arity).0
    }

    /// Element `i` (0-based) of a tuple; `None` if this is not a tuple of
    /// more than `i` elements.
    #[inline(always)]
    pub fn tuple_get(self, i: usize) -> Option<Term> {
        if !self.is_boxed() {
            return None;
        }
        let h = self.box_header();
        if h.0 & 0xff != Header::new(BoxKind::Tuple, 0).0 || i >= h.arity() {
            return None;
        }
        // SAFETY: rule 1 — a tuple has `arity` initialised words after its
        // header, and `i` is below it.
        Some(unsafe { *self.box_ptr().add(1 + i) })
    }

    /// The elements of a tuple (empty if the term is not a tuple).
    pub fn tuple_elements<'a>(self) -> &'a [Term] {
        if !self.is_tuple() {
            return &[];
        }
        let n = self.tuple_arity();
        // SAFETY: rule 1 — a tuple has `n` initialised words after its header,
        // immutable (rule 2) for as long as the term is reachable.
        unsafe { std::slice::from_raw_parts(self.box_ptr().add(1), n) }
    }

    /// The words after the header of any boxed object.
    pub fn box_words<'a>(self) -> &'a [Term] {
        let n = self.box_header().arity();
        // SAFETY: rule 1 — the header's arity counts the initialised words that follow.
        unsafe { std::slice::from_raw_parts(self.box_ptr().add(1), n) }
    }

    // ---- numbers --------------------------------------------------------

    pub fn is_float(self) -> bool {
        self.box_kind() == Some(BoxKind::Float)
    }

    pub fn float_value(self) -> f64 {
        f64::from_bits(self.box_word(0).0)
    }

    pub fn as_float(self) -> Option<f64> {
        if self.is_float() {
            Some(self.float_value())
        } else {
            None
        }
    }

    pub fn is_bignum(self) -> bool {
        matches!(self.box_kind(), Some(BoxKind::BigPos | BoxKind::BigNeg))
    }

    pub fn is_integer(self) -> bool {
        self.is_small() || self.is_bignum()
    }

    pub fn is_number(self) -> bool {
        self.is_integer() || self.is_float()
    }

    // ---- others ---------------------------------------------------------

    /// A flat map or a hash map (the two representations of one type).
    pub fn is_map(self) -> bool {
        matches!(self.box_kind(), Some(BoxKind::Map | BoxKind::HashMap))
    }

    pub fn is_bitstring(self) -> bool {
        matches!(self.box_kind(), Some(BoxKind::Binary | BoxKind::SubBinary))
    }

    pub fn is_function(self) -> bool {
        matches!(self.box_kind(), Some(BoxKind::Fun | BoxKind::Export))
    }

    pub fn is_ref(self) -> bool {
        self.box_kind() == Some(BoxKind::Ref)
    }

    // ---- code words (stack only) ----------------------------------------

    pub fn is_code(self) -> bool {
        self.tag() == TAG_CODE
    }
}

/// A boxed object's first word.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Header(pub u64);

impl Header {
    pub const fn new(kind: BoxKind, arity: usize) -> Header {
        Header(((arity as u64) << 8) | ((kind as u64) << TAG_BITS) | TAG_HEADER)
    }

    #[inline(always)]
    pub fn arity(self) -> usize {
        (self.0 >> 8) as usize
    }

    #[inline(always)]
    pub fn kind(self) -> BoxKind {
        debug_assert_eq!(self.0 & TAG_MASK, TAG_HEADER);
        // Headers are only written by `Header::new`, so the kind bits are valid.
        BoxKind::from_bits((self.0 >> TAG_BITS) & 0x1f).unwrap_or(BoxKind::Tuple)
    }

    /// How many words a scan over a heap block steps past at this header:
    /// the whole object when its payload is raw data (nothing in it to
    /// scan), else the header alone (its payload words are terms).
    #[inline(always)]
    pub fn scan_step(self) -> usize {
        if self.kind().has_raw_payload() {
            1 + self.arity()
        } else {
            1
        }
    }

    pub fn as_term(self) -> Term {
        Term(self.0)
    }
}

impl fmt::Debug for Term {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.tag() {
            TAG_SMALL => write!(f, "{}", self.small_value()),
            TAG_ATOM => write!(
                f,
                "'{}'",
                atom::name(self.as_atom().unwrap_or(atom::NIL_ATOM))
            ),
            TAG_SPECIAL if self.is_nil() => write!(f, "[]"),
            TAG_PID => write!(f, "<0.{}.0>", self.pid_number()),
            TAG_LIST => write!(f, "[{:?}|{:?}]", self.head(), self.tail()),
            TAG_BOXED if self.is_non_value() => write!(f, "NON_VALUE"),
            TAG_BOXED => write!(f, "#box<{:?}>", self.box_header().kind()),
            _ => write!(f, "#raw<{:#x}>", self.0),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tagged_small_arithmetic_matches_i64_and_detects_leaving_the_range() {
        let vals = [
            0,
            1,
            -1,
            7,
            -8,
            123_456_789,
            SMALL_MAX,
            SMALL_MIN,
            SMALL_MAX - 1,
            SMALL_MIN + 1,
            1 << 59,
            -(1 << 59),
        ];
        for &a in &vals {
            for &b in &vals {
                let (ta, tb) = (Term::small(a), Term::small(b));
                assert!(ta.both_small(tb));
                let sum = Some(a + b).filter(|r| Term::fits_small(*r));
                assert_eq!(ta.small_add(tb), sum.map(Term::small), "{a} + {b}");
                let diff = Some(a - b).filter(|r| Term::fits_small(*r));
                assert_eq!(ta.small_sub(tb), diff.map(Term::small), "{a} - {b}");
                if let Ok(n) = i32::try_from(b) {
                    assert_eq!(ta.small_add_i32(n), sum.map(Term::small), "{a} + {n}");
                }
            }
        }
        assert!(!Term::small(1).both_small(Term::NIL));
        assert!(!Term::atom(Atom(3)).both_small(Term::small(1)));
    }

    #[test]
    fn small_round_trip() {
        for v in [0, 1, -1, SMALL_MAX, SMALL_MIN, 42, -123456789] {
            let t = Term::small(v);
            assert!(t.is_small());
            assert_eq!(t.small_value(), v);
        }
        assert!(!Term::fits_small(SMALL_MAX + 1));
        assert!(!Term::fits_small(SMALL_MIN - 1));
    }

    #[test]
    fn tags_are_distinct() {
        assert!(Term::NIL.is_nil() && Term::NIL.is_list() && !Term::NIL.is_cons());
        assert!(Term::atom(atom::OK).is_atom());
        assert!(!Term::NON_VALUE.is_boxed());
        let h = Header::new(BoxKind::Tuple, 3);
        assert_eq!(h.arity(), 3);
        assert_eq!(h.kind(), BoxKind::Tuple);
        assert_eq!(Header::new(BoxKind::Ref, 1).kind(), BoxKind::Ref);
    }
}
