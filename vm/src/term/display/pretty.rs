//! `~p`'s first pass, a port of `io_lib_pretty:print_length`: the term as
//! an intermediate tree where every node knows its one-line length.

use super::layout::Pp;
use super::{
    binary_segments, is_printable_char, map_iteration_order, printable_list, write_atom,
    write_simple, write_string_escaped,
};
use crate::term::{BoxKind, Term};

/// Options of `io_lib_pretty:print/2`.
#[derive(Clone, Copy, Debug)]
pub struct PrintOptions {
    /// 1-based column where the term starts.
    pub column: i64,
    pub line_length: i64,
    /// Negative: unlimited.
    pub depth: i64,
    /// `~tp`.
    pub unicode: bool,
    /// Print printable lists as strings (false for `~lp`).
    pub strings: bool,
    /// `line_max_chars`: at most this many characters of the term on one
    /// line (negative: no limit). The shell prints results with 60.
    pub line_max_chars: i64,
}

impl Default for PrintOptions {
    fn default() -> Self {
        PrintOptions {
            column: 1,
            line_length: 80,
            depth: -1,
            unicode: false,
            strings: true,
            line_max_chars: -1,
        }
    }
}

/// `~p` with line length 80, starting after `indent_col` characters already
/// on the current line (so `~p` at the start of a line passes 0).
pub fn print_term(t: Term, indent_col: usize) -> String {
    print_term_with(
        t,
        &PrintOptions {
            column: indent_col as i64 + 1,
            ..PrintOptions::default()
        },
    )
}

/// `io_lib_pretty:print/2`.
pub fn print_term_with(t: Term, o: &PrintOptions) -> String {
    if o.depth == 0 {
        return "...".to_string();
    }
    let col = o.column.max(1);
    if let Some(a) = t.as_atom() {
        return write_atom(a, o.unicode);
    }
    let structured = t.is_list()
        || matches!(
            t.box_kind(),
            Some(
                BoxKind::Tuple
                    | BoxKind::Map
                    | BoxKind::HashMap
                    | BoxKind::Binary
                    | BoxKind::SubBinary
            )
        );
    if !structured {
        return write_simple(t, o.unicode);
    }
    let lf = Measure {
        unicode: o.unicode,
        strings: o.strings,
    }
    .node(t, o.depth);
    let mut out = String::new();
    let m = if o.line_max_chars < 0 {
        lf.len
    } else {
        o.line_max_chars
    };
    let ll = o.line_length;
    if ll == 0 || (lf.len < ll - col && lf.len <= m) {
        write(&mut out, &lf);
        return out;
    }
    let fits = |tind| Pp { ll, m, tind }.cind(&lf, col, 0, 0).is_ok();
    let tind = [-1, 4].into_iter().find(|&i| fits(i)).unwrap_or(1);
    Pp { ll, m, tind }.pp(&mut out, &lf, col, col - 1, 0, 0);
    out
}

/// One node of `io_lib_pretty`'s intermediate format with its length.
pub(super) struct If {
    pub(super) node: Node,
    pub(super) len: i64,
}

pub(super) enum Node {
    /// Already-written text (atoms, numbers, strings, `[]`, `{...}`).
    Leaf(String),
    /// A non-printable binary's segments (broken over lines by `pp_binary`).
    Bin(Vec<String>),
    List(Vec<If>, Tail),
    Tuple(bool, Vec<If>, Tail),
    Map(Vec<If>, Tail),
    Pair(Box<If>, Box<If>),
}

pub(super) enum Tail {
    Nil,
    Dots,
    Improper(Box<If>),
}

impl If {
    fn leaf(s: String) -> If {
        If {
            len: s.chars().count() as i64,
            node: Node::Leaf(s),
        }
    }

    /// OTP's `is_list(element(1, If))`: text rather than structure.
    pub(super) fn is_leaf(&self) -> bool {
        matches!(self.node, Node::Leaf(_))
    }

    /// For a map pair: both key and value are leaves.
    pub(super) fn pair_is_leaf(&self) -> bool {
        match &self.node {
            Node::Pair(k, v) => k.is_leaf() && v.is_leaf(),
            _ => false,
        }
    }
}

/// `list_length/3`: the written length of elements plus separators.
fn list_length(es: &[If], tail: &Tail, start: i64) -> i64 {
    let mut len = start;
    for (i, e) in es.iter().enumerate() {
        len += e.len + (i > 0) as i64;
    }
    match tail {
        Tail::Nil => len,
        Tail::Dots => len + 3 + (!es.is_empty()) as i64,
        Tail::Improper(e) => len + 1 + e.len,
    }
}

/// `print_length/6` (no character limit, no record definitions).
struct Measure {
    unicode: bool,
    strings: bool,
}

enum BinText {
    Plain(Vec<u32>),
    Utf8(Vec<u32>),
    PlainPrefix(Vec<u32>),
    Utf8Prefix(Vec<u32>),
}

impl Measure {
    fn node(&self, t: Term, d: i64) -> If {
        if t.is_nil() {
            return If::leaf("[]".into());
        }
        if let Some(a) = t.as_atom() {
            return If::leaf(write_atom(a, self.unicode));
        }
        if t.is_cons() {
            if d != 1 && self.strings {
                if let Some(cs) = printable_list(t) {
                    let mut s = String::new();
                    write_string_escaped(&mut s, cs, '"', false);
                    return If::leaf(s);
                }
            }
            return self.list(t, d);
        }
        match t.box_kind() {
            Some(BoxKind::Tuple) => self.tuple(t, d),
            Some(BoxKind::Map | BoxKind::HashMap) => self.map(t, d),
            Some(BoxKind::Binary | BoxKind::SubBinary) => self.bitstring(t, d),
            _ => If::leaf(write_simple(t, self.unicode)),
        }
    }

    fn list(&self, t: Term, d: i64) -> If {
        let mut es = Vec::new();
        let (mut l, mut d) = (t, d);
        let tail = loop {
            if l.is_nil() {
                break Tail::Nil;
            }
            if d == 1 {
                break Tail::Dots;
            }
            match l.as_cons() {
                Some((h, tl)) => {
                    es.push(self.node(h, d - 1));
                    l = tl;
                    d -= 1;
                }
                None => break Tail::Improper(Box::new(self.node(l, d - 1))),
            }
        };
        If {
            len: list_length(&es, &tail, 2),
            node: Node::List(es, tail),
        }
    }

    fn tuple(&self, t: Term, d: i64) -> If {
        let elems = t.tuple_elements();
        if elems.is_empty() {
            return If::leaf("{}".into());
        }
        if d == 1 {
            return If::leaf("{...}".into());
        }
        let mut es = Vec::new();
        let mut tail = Tail::Nil;
        let mut d = d;
        for e in elems {
            if d == 1 {
                tail = Tail::Dots;
                break;
            }
            es.push(self.node(*e, d - 1));
            d -= 1;
        }
        let tagged = elems.len() > 1 && elems[0].is_atom();
        If {
            len: list_length(&es, &tail, 2),
            node: Node::Tuple(tagged, es, tail),
        }
    }

    fn map(&self, t: Term, d: i64) -> If {
        if t.map_size() == 0 {
            return If::leaf("#{}".into());
        }
        if d == 1 {
            return If::leaf("#{...}".into());
        }
        let d0 = d - 1;
        let mut es = Vec::new();
        let mut tail = Tail::Nil;
        let mut d = d;
        let entries = t.map_sorted_entries();
        let (keys, values) = (&entries.keys, &entries.values);
        for (k, v) in map_iteration_order(keys)
            .into_iter()
            .map(|j| (&keys[j], &values[j]))
        {
            if d == 1 {
                tail = Tail::Dots;
                break;
            }
            let (k, v) = (self.node(*k, d0), self.node(*v, d0));
            es.push(If {
                len: k.len + 4 + v.len,
                node: Node::Pair(Box::new(k), Box::new(v)),
            });
            d -= 1;
        }
        If {
            len: list_length(&es, &tail, 3),
            node: Node::Map(es, tail),
        }
    }

    fn bitstring(&self, t: Term, d: i64) -> If {
        let Some(bits) = t.as_bits() else {
            return If::leaf(String::new());
        };
        if bits.bit_len == 0 {
            return If::leaf("<<>>".into());
        }
        if d == 1 {
            return If::leaf("<<...>>".into());
        }
        if self.strings && bits.bit_len % 8 == 0 {
            let bytes = bits.to_bytes();
            if let Some(text) = printable_bin(&bytes, d - 1, self.unicode) {
                let (cs, utf8, dots) = match text {
                    BinText::Plain(cs) => (cs, false, false),
                    BinText::Utf8(cs) => (cs, true, false),
                    BinText::PlainPrefix(cs) => (cs, false, true),
                    BinText::Utf8Prefix(cs) => (cs, true, true),
                };
                let mut s = String::from("<<");
                write_string_escaped(&mut s, cs, '"', false);
                s.push_str(match (utf8, dots) {
                    (false, false) => ">>",
                    (true, false) => "/utf8>>",
                    (false, true) => "...>>",
                    (true, true) => "/utf8...>>",
                });
                return If::leaf(s);
            }
        }
        let segs = binary_segments(t, d);
        let len = 4
            + segs.iter().map(|s| s.len() as i64).sum::<i64>()
            + segs.len().saturating_sub(1) as i64;
        If {
            node: Node::Bin(segs),
            len,
        }
    }
}

/// Decodes one UTF-8 character as Erlang's `<<C/utf8, _/binary>>` does.
fn decode_utf8(b: &[u8]) -> Option<(u32, usize)> {
    let n = match b.first()? {
        0..=0x7f => 1,
        0xc0..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf7 => 4,
        _ => return None,
    };
    let s = std::str::from_utf8(b.get(..n)?).ok()?;
    s.chars().next().map(|c| (c as u32, n))
}

/// `io_lib_pretty:printable_bin0/4` for depth `d` (negative: unlimited).
fn printable_bin(b: &[u8], d: i64, unicode: bool) -> Option<BinText> {
    let len = if d >= 0 {
        (4 * d as usize).min(b.len())
    } else {
        b.len()
    };
    if unicode {
        if let Some(t) = printable_bin_unicode(b, len, d) {
            return t;
        }
    }
    if len == 0 {
        return None;
    }
    let to_cs = |n: usize| b[..n].iter().map(|&c| c as u32).collect::<Vec<u32>>();
    let p = b[..len]
        .iter()
        .take_while(|&&c| is_printable_char(c as i64))
        .count();
    if p == len {
        if len == b.len() {
            Some(BinText::Plain(to_cs(len)))
        } else if len <= 20 || (d > 0 && len as i64 >= d) {
            Some(BinText::PlainPrefix(to_cs(len)))
        } else {
            None
        }
    } else if d > 0 && p as i64 >= d {
        Some(BinText::PlainPrefix(to_cs(p)))
    } else {
        None
    }
}

/// The UTF-8 branch of `printable_bin/4`: `None` when the bytes are not
/// valid UTF-8 (the caller falls back to latin1), `Some(None)` for false.
fn printable_bin_unicode(b: &[u8], len: usize, d: i64) -> Option<Option<BinText>> {
    // valid_utf8(Bin, Len)
    let (mut at, mut n) = (0, len);
    while at < b.len() && n > 0 {
        let (_, w) = decode_utf8(&b[at..])?;
        at += w;
        n -= 1;
    }
    // printable_unicode(Bin, Len, [], latin1)
    let (mut at, mut i, mut cs) = (0, len, Vec::new());
    while i > 0 {
        match decode_utf8(&b[at..]) {
            Some((c, w)) if is_printable_char(c as i64) => {
                cs.push(c);
                at += w;
                i -= 1;
            }
            _ => break,
        }
    }
    let plain = at == cs.len();
    Some(if at == b.len() {
        Some(if plain {
            BinText::Plain(cs)
        } else {
            BinText::Utf8(cs)
        })
    } else if d > 0 && (len - i) as i64 >= d {
        Some(if plain {
            BinText::PlainPrefix(cs)
        } else {
            BinText::Utf8Prefix(cs)
        })
    } else {
        None
    })
}

pub(super) fn write(out: &mut String, e: &If) {
    match &e.node {
        Node::Leaf(s) => out.push_str(s),
        Node::Bin(segs) => {
            out.push_str("<<");
            out.push_str(&segs.join(","));
            out.push_str(">>");
        }
        Node::List(es, tail) => {
            out.push('[');
            write_list(out, es, tail, '|');
            out.push(']');
        }
        Node::Tuple(_, es, tail) => {
            out.push('{');
            write_list(out, es, tail, ',');
            out.push('}');
        }
        Node::Map(es, tail) => {
            out.push_str("#{");
            write_list(out, es, tail, ',');
            out.push('}');
        }
        Node::Pair(k, v) => {
            write(out, k);
            out.push_str(" => ");
            write(out, v);
        }
    }
}

fn write_list(out: &mut String, es: &[If], tail: &Tail, sep: char) {
    for (i, e) in es.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        write(out, e);
    }
    match tail {
        Tail::Nil => {}
        Tail::Dots if es.is_empty() => out.push_str("..."),
        Tail::Dots => {
            out.push(sep);
            out.push_str("...");
        }
        Tail::Improper(e) => {
            out.push(sep);
            write(out, e);
        }
    }
}

pub(super) fn spaces(out: &mut String, n: i64) {
    for _ in 0..n.max(0) {
        out.push(' ');
    }
}
