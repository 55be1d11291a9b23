//! Printing terms as Erlang/OTP 25 prints them: `~w` (`io_lib:write`, see
//! [`write_term`]) and `~p` (`io_lib_pretty:print`, see [`print_term`]),
//! including atom quoting, string and binary escapes, and `~p`'s line
//! breaking, which is a faithful port of `io_lib_pretty` (an intermediate
//! form with lengths, `cind` to choose the tuple indentation, then `pp`).
//!
//! Encodings: the default (`unicode == false`) is what `~w`/`~p` print;
//! `~tw`/`~tp` pass `unicode == true` (atoms keep characters above 255,
//! binaries holding printable UTF-8 print as `<<"..."/utf8>>`). Both use
//! OTP's default printable range (latin1), as `erl` does without `+pc unicode`.
//!
//! Map entries print in the map's stored key order.

use super::float_fmt;
use super::{Atom, BoxKind, Term};
use std::sync::OnceLock;

/// Set by the code loader: the name of the module with the given index,
/// used to print closures as `#Fun<Module.Index.Uniq>`.
pub static FUN_MODULE_NAME: OnceLock<fn(u32) -> String> = OnceLock::new();

/// The name of module `index` through [`FUN_MODULE_NAME`], or `"unknown"`.
pub fn fun_module_name(index: u32) -> String {
    match FUN_MODULE_NAME.get() {
        Some(f) => f(index),
        None => "unknown".to_string(),
    }
}

// ---- atoms and strings ---------------------------------------------------

fn is_reserved_word(s: &str) -> bool {
    matches!(
        s,
        "after"
            | "begin"
            | "case"
            | "try"
            | "cond"
            | "catch"
            | "andalso"
            | "orelse"
            | "end"
            | "fun"
            | "if"
            | "let"
            | "of"
            | "receive"
            | "when"
            | "bnot"
            | "not"
            | "div"
            | "rem"
            | "band"
            | "and"
            | "bor"
            | "bxor"
            | "bsl"
            | "bsr"
            | "or"
            | "xor"
    )
}

fn is_lower(c: char) -> bool {
    c.is_ascii_lowercase() || (('\u{df}'..='\u{ff}').contains(&c) && c != '\u{f7}')
}

fn is_name_char(c: char) -> bool {
    is_lower(c)
        || c.is_ascii_uppercase()
        || (('\u{c0}'..='\u{de}').contains(&c) && c != '\u{d7}')
        || c.is_ascii_digit()
        || c == '_'
        || c == '@'
}

/// Whether an atom must be written quoted (`io_lib:quote_atom/2`).
pub fn atom_needs_quotes(name: &str) -> bool {
    if is_reserved_word(name) {
        return true;
    }
    let mut cs = name.chars();
    match cs.next() {
        Some(c) if is_lower(c) => !cs.all(is_name_char),
        _ => true,
    }
}

/// Appends character `c` as it appears inside a quoted string or atom
/// (`io_lib:string_char/4`). With `latin1_only`, characters above 255 are
/// written `\x{HEX}` (OTP's `unicode_as_latin1`).
pub fn push_escaped_char(out: &mut String, c: u32, quote: char, latin1_only: bool) {
    let ch = char::from_u32(c).unwrap_or('\u{fffd}');
    match c {
        _ if ch == quote => {
            out.push('\\');
            out.push(quote);
        }
        0x5c => out.push_str("\\\\"),
        32..=126 | 160..=255 => out.push(ch),
        256.. if latin1_only => out.push_str(&format!("\\x{{{:X}}}", c)),
        256.. => out.push(ch),
        10 => out.push_str("\\n"),
        13 => out.push_str("\\r"),
        9 => out.push_str("\\t"),
        11 => out.push_str("\\v"),
        8 => out.push_str("\\b"),
        12 => out.push_str("\\f"),
        27 => out.push_str("\\e"),
        127 => out.push_str("\\d"),
        _ => {
            out.push('\\');
            out.push((b'0' + (c >> 6) as u8) as char);
            out.push((b'0' + ((c >> 3) & 7) as u8) as char);
            out.push((b'0' + (c & 7) as u8) as char);
        }
    }
}

/// Writes `chars` between `quote`s with escapes (`io_lib:write_string/2`
/// when `latin1_only` is false).
pub fn write_string_escaped(
    out: &mut String,
    chars: impl IntoIterator<Item = u32>,
    quote: char,
    latin1_only: bool,
) {
    out.push(quote);
    for c in chars {
        push_escaped_char(out, c, quote, latin1_only);
    }
    out.push(quote);
}

/// An atom as `~w` (`unicode == false`) or `~tw` writes it.
pub fn write_atom(a: Atom, unicode: bool) -> String {
    let name = a.name();
    if atom_needs_quotes(name) {
        let mut s = String::with_capacity(name.len() + 2);
        write_string_escaped(&mut s, name.chars().map(|c| c as u32), '\'', !unicode);
        s
    } else {
        name.to_string()
    }
}

/// A character of OTP's default (latin1) printable range.
pub fn is_printable_char(c: i64) -> bool {
    matches!(c, 32..=126 | 160..=255 | 8..=13 | 27)
}

/// The characters of a proper list if it is non-empty and printable in the
/// latin1 range (`io_lib:printable_latin1_list/1`).
pub fn printable_list(t: Term) -> Option<Vec<u32>> {
    let mut out = Vec::new();
    let mut l = t;
    while let Some((h, tl)) = l.as_cons() {
        match h.as_small() {
            Some(c) if is_printable_char(c) => out.push(c as u32),
            _ => return None,
        }
        l = tl;
    }
    (l.is_nil() && !out.is_empty()).then_some(out)
}

// ---- ~w -------------------------------------------------------------------

/// `~w`: `io_lib:write(T)`.
pub fn write_term(t: Term) -> String {
    write_term_with(t, -1, false)
}

/// `~W` / `~tw`: `io_lib:write/2` with a depth (negative: unlimited).
pub fn write_term_with(t: Term, depth: i64, unicode: bool) -> String {
    let mut out = String::new();
    write1(&mut out, t, depth, unicode);
    out
}

/// The text of a number, pid, reference or fun (the terms both printers
/// write the same way).
fn write_simple(t: Term, unicode: bool) -> String {
    if let Some(v) = t.as_small() {
        return v.to_string();
    }
    if t.is_pid() {
        return format!("<0.{}.0>", t.pid_number());
    }
    match t.box_kind() {
        Some(BoxKind::Float) => float_fmt::short(t.float_value()),
        Some(BoxKind::BigPos | BoxKind::BigNeg) => {
            t.to_bigint().map(|b| b.to_string()).unwrap_or_default()
        }
        Some(BoxKind::Ref) => format!("#Ref<0.0.0.{}>", t.ref_number()),
        Some(BoxKind::Fun) => {
            let id = t.fun_lambda();
            let module = fun_module_name(id.module);
            let uniq = (super::hash::atom_hash(&module) as u64)
                .wrapping_mul(2_654_435_761)
                .wrapping_add(id.index as u64 * 40_503 + id.arity as u64)
                % 134_217_727;
            format!("#Fun<{}.{}.{}>", module, id.index, uniq)
        }
        Some(BoxKind::Export) => {
            let (m, f, a) = t.export_mfa();
            format!(
                "fun {}:{}/{}",
                write_atom(m, unicode),
                write_atom(f, unicode),
                a
            )
        }
        _ => format!("{:?}", t),
    }
}

/// `io_lib:write_binary_body/4`: the segments of `<<...>>`, each byte as a
/// number, a trailing partial byte as `Value:Bits`, `...` past the depth.
fn binary_segments(t: Term, mut depth: i64) -> Vec<String> {
    let Some(bits) = t.as_bits() else {
        return Vec::new();
    };
    let mut segs = Vec::new();
    let mut at = 0;
    while at < bits.bit_len {
        if depth == 1 {
            segs.push("...".to_string());
            break;
        }
        let left = bits.bit_len - at;
        if left >= 8 {
            segs.push(bits.read_bits(at, 8).to_string());
            at += 8;
        } else {
            segs.push(format!("{}:{}", bits.read_bits(at, left), left));
            at += left;
        }
        depth -= 1;
    }
    segs
}

fn write1(out: &mut String, t: Term, d: i64, unicode: bool) {
    if d == 0 {
        out.push_str("...");
        return;
    }
    if let Some(a) = t.as_atom() {
        out.push_str(&write_atom(a, unicode));
    } else if t.is_nil() {
        out.push_str("[]");
    } else if t.is_cons() {
        if d == 1 {
            out.push_str("[...]");
            return;
        }
        out.push('[');
        write1(out, t.head(), d - 1, unicode);
        let (mut tail, mut d) = (t.tail(), d - 1);
        loop {
            if tail.is_nil() {
                break;
            }
            if d == 1 {
                out.push_str("|...");
                break;
            }
            match tail.as_cons() {
                Some((h, tl)) => {
                    out.push(',');
                    write1(out, h, d - 1, unicode);
                    tail = tl;
                    d -= 1;
                }
                None => {
                    out.push('|');
                    write1(out, tail, d - 1, unicode);
                    break;
                }
            }
        }
        out.push(']');
    } else {
        match t.box_kind() {
            Some(BoxKind::Tuple) => {
                let es = t.tuple_elements();
                if es.is_empty() {
                    out.push_str("{}");
                } else if d == 1 {
                    out.push_str("{...}");
                } else {
                    out.push('{');
                    let mut d = d - 1;
                    write1(out, es[0], d, unicode);
                    for e in &es[1..] {
                        if d == 1 {
                            out.push_str(",...");
                            break;
                        }
                        out.push(',');
                        write1(out, *e, d - 1, unicode);
                        d -= 1;
                    }
                    out.push('}');
                }
            }
            Some(BoxKind::Map) => {
                if d == 1 || t.map_size() == 0 {
                    out.push_str("#{}");
                    return;
                }
                let d0 = d - 1;
                out.push_str("#{");
                // write_map_body/4 checks the depth before looking for a next pair.
                let mut dd = d0;
                for (i, (k, v)) in t.map_keys().iter().zip(t.map_values()).enumerate() {
                    if i > 0 {
                        out.push(',');
                        dd -= 1;
                    }
                    write1(out, *k, d0, unicode);
                    out.push_str(" => ");
                    write1(out, *v, d0, unicode);
                    if dd == 1 {
                        out.push_str(",...");
                        break;
                    }
                }
                out.push('}');
            }
            Some(BoxKind::Binary | BoxKind::SubBinary) => {
                out.push_str("<<");
                out.push_str(&binary_segments(t, d).join(","));
                out.push_str(">>");
            }
            _ => out.push_str(&write_simple(t, unicode)),
        }
    }
}

// ---- ~p: the intermediate form -------------------------------------------

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
}

impl Default for PrintOptions {
    fn default() -> Self {
        PrintOptions {
            column: 1,
            line_length: 80,
            depth: -1,
            unicode: false,
            strings: true,
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
            Some(BoxKind::Tuple | BoxKind::Map | BoxKind::Binary | BoxKind::SubBinary)
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
    let m = lf.len;
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
struct If {
    node: Node,
    len: i64,
}

enum Node {
    /// Already-written text (atoms, numbers, strings, `[]`, `{...}`).
    Leaf(String),
    /// A non-printable binary's segments (broken over lines by `pp_binary`).
    Bin(Vec<String>),
    List(Vec<If>, Tail),
    Tuple(bool, Vec<If>, Tail),
    Map(Vec<If>, Tail),
    Pair(Box<If>, Box<If>),
}

enum Tail {
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
    fn is_leaf(&self) -> bool {
        matches!(self.node, Node::Leaf(_))
    }

    /// For a map pair: both key and value are leaves.
    fn pair_is_leaf(&self) -> bool {
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
            Some(BoxKind::Map) => self.map(t, d),
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
        for (k, v) in t.map_keys().iter().zip(t.map_values()) {
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

// ---- ~p: writing and breaking ---------------------------------------------

fn write(out: &mut String, e: &If) {
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

fn spaces(out: &mut String, n: i64) {
    for _ in 0..n.max(0) {
        out.push(' ');
    }
}

/// `last_depth/2`: 0 while more elements follow, else one more level.
fn last_depth(rest: &[If], ld: i64) -> i64 {
    if rest.is_empty() {
        ld + 1
    } else {
        0
    }
}

/// The line-breaking pass: line length, `line_max_chars` (the whole
/// term's length) and the tuple indentation chosen by `cind`.
struct Pp {
    ll: i64,
    m: i64,
    tind: i64,
}

/// `cind` found the indentation does not fit (`throw(no_good)`).
struct NoGood;

impl Pp {
    fn fits(&self, len: i64, col: i64, ld: i64, w: i64) -> bool {
        len < self.ll - col - ld && len + w + ld <= self.m
    }

    /// Whether element `e` (of written length `elen = 1 + len`) fits after
    /// the previous one on the current line (`pp_tail`'s guard).
    fn fits_inline(&self, elen: i64, col: i64, ld1: i64, w: i64, leaf: bool) -> bool {
        leaf && if ld1 == 0 {
            elen + 1 < self.ll - col && w + elen + 1 <= self.m
        } else {
            elen < self.ll - col - ld1 && w + elen + ld1 <= self.m
        }
    }

    fn pp(&self, out: &mut String, e: &If, col: i64, ind: i64, ld: i64, w: i64) {
        if self.fits(e.len, col, ld, w) {
            return write(out, e);
        }
        match &e.node {
            Node::List(es, tail) => {
                out.push('[');
                self.pp_list(out, es, tail, col + 1, ind + 1, ld, '|', w + 1);
                out.push(']');
            }
            Node::Tuple(true, es, tail) => {
                out.push('{');
                self.pp_tag_tuple(out, es, tail, col, ind, ld, w + 1);
                out.push('}');
            }
            Node::Tuple(false, es, tail) => {
                out.push('{');
                self.pp_list(out, es, tail, col + 1, ind + 1, ld, ',', w + 1);
                out.push('}');
            }
            Node::Map(es, tail) => {
                out.push_str("#{");
                self.pp_map(out, es, tail, col + 2, ind + 2, ld, w + 1);
                out.push('}');
            }
            Node::Bin(segs) => self.pp_binary(out, segs, col + 2, ind + 2, ld, w),
            Node::Leaf(_) | Node::Pair(..) => write(out, e),
        }
    }

    fn pp_tag_tuple(
        &self,
        out: &mut String,
        es: &[If],
        tail: &Tail,
        col: i64,
        ind: i64,
        ld: i64,
        w: i64,
    ) {
        let Some((tag, rest)) = es.split_first() else {
            return out.push_str("...");
        };
        let tag_ind = tag.len + 2;
        let tcol = col + tag_ind;
        write(out, tag);
        if self.tind > 0 && tag_ind > self.tind {
            self.pp_tail(
                out,
                rest,
                tail,
                col + self.tind,
                tcol,
                ind + self.tind,
                ld,
                ',',
                w + tag.len,
            );
        } else {
            out.push(',');
            self.pp_list(
                out,
                rest,
                tail,
                tcol,
                ind + tag_ind,
                ld,
                ',',
                w + tag.len + 1,
            );
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn pp_list(
        &self,
        out: &mut String,
        es: &[If],
        tail: &Tail,
        col0: i64,
        ind: i64,
        ld: i64,
        sep: char,
        w: i64,
    ) {
        let Some((e, rest)) = es.split_first() else {
            return out.push_str("...");
        };
        let we = self.pp_element(out, e, col0, ind, last_depth(rest, ld), w);
        self.pp_tail(out, rest, tail, col0, col0 + we, ind, ld, sep, w + we);
    }

    #[allow(clippy::too_many_arguments)]
    fn pp_tail(
        &self,
        out: &mut String,
        es: &[If],
        tail: &Tail,
        col0: i64,
        col: i64,
        ind: i64,
        ld: i64,
        sep: char,
        w: i64,
    ) {
        let (mut col, mut w) = (col, w);
        for (i, e) in es.iter().enumerate() {
            let ld1 = last_depth(&es[i + 1..], ld);
            let elen = 1 + e.len;
            out.push(',');
            if self.fits_inline(elen, col, ld1, w, e.is_leaf()) {
                write(out, e);
                col += elen;
                w += elen;
            } else {
                out.push('\n');
                spaces(out, ind);
                let we = self.pp_element(out, e, col0, ind, ld1, 0);
                col = col0 + we;
                w = we;
            }
        }
        match tail {
            Tail::Nil => {}
            Tail::Dots => {
                out.push(sep);
                out.push_str("...");
            }
            Tail::Improper(e) => {
                out.push(sep);
                let len = e.len;
                if e.is_leaf()
                    && len + 1 < self.ll - col - (ld + 1)
                    && len + 1 + w + (ld + 1) <= self.m
                {
                    write(out, e);
                } else {
                    out.push('\n');
                    spaces(out, ind);
                    self.pp(out, e, col0, ind, ld + 1, 0);
                }
            }
        }
    }

    fn pp_element(&self, out: &mut String, e: &If, col: i64, ind: i64, ld: i64, w: i64) -> i64 {
        if e.is_leaf() && self.fits(e.len, col, ld, w) {
            write(out, e);
            e.len
        } else {
            self.pp(out, e, col, ind, ld, w);
            self.ll
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn pp_map(
        &self,
        out: &mut String,
        es: &[If],
        tail: &Tail,
        col: i64,
        ind: i64,
        ld: i64,
        w: i64,
    ) {
        let Some((p, rest)) = es.split_first() else {
            if let Tail::Dots = tail {
                out.push_str("...");
            }
            return;
        };
        let pw = self.pp_pair(out, p, col, ind, last_depth(rest, ld), w);
        let (mut c, mut w) = (col + pw, pw);
        for (i, p) in rest.iter().enumerate() {
            let ld1 = last_depth(&rest[i + 1..], ld);
            let elen = 1 + p.len;
            out.push(',');
            if self.fits_inline(elen, c, ld1, w, p.pair_is_leaf()) {
                write(out, p);
                c += elen;
                w += elen;
            } else {
                out.push('\n');
                spaces(out, ind);
                let pw = self.pp_pair(out, p, col, ind, ld1, 0);
                c = col + pw;
                w = pw;
            }
        }
        if let Tail::Dots = tail {
            out.push_str(",...");
        }
    }

    fn pp_pair(&self, out: &mut String, p: &If, col: i64, ind: i64, ld: i64, w: i64) -> i64 {
        if self.fits(p.len, col, ld, w) {
            write(out, p);
            return if p.pair_is_leaf() { p.len } else { self.ll };
        }
        if let Node::Pair(k, v) = &p.node {
            let i = if self.tind > 0 { self.tind } else { 4 };
            self.pp(out, k, col, ind, ld, w);
            out.push_str(" =>\n");
            spaces(out, ind + i);
            self.pp(out, v, col + i, ind + i, ld, 0);
        }
        self.ll
    }

    fn pp_binary(&self, out: &mut String, segs: &[String], col: i64, ind: i64, ld: i64, w: i64) {
        let n0 = 8.max((self.ll - col).min(self.m - 4 - w) - ld);
        let mut n = n0;
        out.push_str("<<");
        for (i, s) in segs.iter().enumerate() {
            let len = s.len() as i64;
            if i + 1 < segs.len() {
                if n - (len + 1) < 0 {
                    out.push('\n');
                    spaces(out, ind);
                    n = n0 - (len + 1);
                } else {
                    n -= len + 1;
                }
                out.push_str(s);
                out.push(',');
            } else {
                if len > n {
                    out.push('\n');
                    spaces(out, ind);
                }
                out.push_str(s);
            }
        }
        out.push_str(">>");
    }

    // `cind`: would this tuple indentation keep everything on the page?

    fn cind(&self, e: &If, col: i64, ld: i64, w: i64) -> Result<(), NoGood> {
        if self.fits(e.len, col, ld, w) {
            return Ok(());
        }
        match &e.node {
            Node::List(es, tail) | Node::Tuple(false, es, tail) => {
                self.cind_list(es, tail, col + 1, ld, w + 1)
            }
            Node::Tuple(true, es, tail) => self.cind_tag_tuple(es, tail, col, ld, w + 1),
            Node::Map(es, _) => self.cind_map(es, col + 2, ld, w + 2),
            _ => Ok(()),
        }
    }

    fn cind_tag_tuple(
        &self,
        es: &[If],
        tail: &Tail,
        col: i64,
        ld: i64,
        w: i64,
    ) -> Result<(), NoGood> {
        let Some((tag, rest)) = es.split_first() else {
            return Ok(());
        };
        let tag_ind = tag.len + 2;
        let tcol = col + tag_ind;
        let ind = self.tind;
        if ind > 0 && tag_ind > ind {
            let col1 = col + ind;
            if self.m + col1 <= self.ll || col1 <= self.ll / 2 {
                self.cind_tail(rest, tail, col1, tcol, ld, w + tag.len)
            } else {
                Err(NoGood)
            }
        } else if self.m + tcol < self.ll || tcol < self.ll / 2 {
            self.cind_list(rest, tail, tcol, ld, w + tag.len + 1)
        } else {
            Err(NoGood)
        }
    }

    fn cind_map(&self, es: &[If], col: i64, ld: i64, w: i64) -> Result<(), NoGood> {
        let Some((p, rest)) = es.split_first() else {
            return Ok(());
        };
        let pw = self.cind_pair(p, col, last_depth(rest, ld), w)?;
        let (mut c, mut w) = (col + pw, w + pw);
        for (i, p) in rest.iter().enumerate() {
            let ld1 = last_depth(&rest[i + 1..], ld);
            let elen = 1 + p.len;
            if self.fits_inline(elen, c, ld1, w, p.pair_is_leaf()) {
                c += elen;
                w += elen;
            } else {
                let pw = self.cind_pair(p, col, ld1, 0)?;
                c = col + pw;
                w = pw;
            }
        }
        Ok(())
    }

    fn cind_pair(&self, p: &If, col: i64, ld: i64, w: i64) -> Result<i64, NoGood> {
        if self.fits(p.len, col, ld, w) {
            return Ok(if p.pair_is_leaf() { p.len } else { self.ll });
        }
        if let Node::Pair(k, v) = &p.node {
            self.cind(k, col, ld, w)?;
            let i = if self.tind > 0 { self.tind } else { 4 };
            self.cind(v, col + i, ld, 0)?;
        }
        Ok(self.ll)
    }

    fn cind_list(&self, es: &[If], tail: &Tail, col0: i64, ld: i64, w: i64) -> Result<(), NoGood> {
        let Some((e, rest)) = es.split_first() else {
            return Ok(());
        };
        let we = self.cind_element(e, col0, last_depth(rest, ld), w)?;
        self.cind_tail(rest, tail, col0, col0 + we, ld, w + we)
    }

    fn cind_tail(
        &self,
        es: &[If],
        tail: &Tail,
        col0: i64,
        col: i64,
        ld: i64,
        w: i64,
    ) -> Result<(), NoGood> {
        let (mut col, mut w) = (col, w);
        for (i, e) in es.iter().enumerate() {
            let ld1 = last_depth(&es[i + 1..], ld);
            let elen = 1 + e.len;
            if self.fits_inline(elen, col, ld1, w, e.is_leaf()) {
                col += elen;
                w += elen;
            } else {
                let we = self.cind_element(e, col0, ld1, 0)?;
                col = col0 + we;
                w = we;
            }
        }
        match tail {
            Tail::Improper(e) => {
                let len = e.len;
                if e.is_leaf()
                    && len + 1 < self.ll - col - (ld + 1)
                    && len + 1 + w + (ld + 1) <= self.m
                {
                    Ok(())
                } else {
                    self.cind(e, col, ld + 1, 0)
                }
            }
            _ => Ok(()),
        }
    }

    fn cind_element(&self, e: &If, col: i64, ld: i64, w: i64) -> Result<i64, NoGood> {
        if e.is_leaf() && self.fits(e.len, col, ld, w) {
            Ok(e.len)
        } else {
            self.cind(e, col, ld, w)?;
            Ok(self.ll)
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::heap::{build, Heap};
    use crate::term::atom;

    /// Builds a term from Erlang syntax (a test helper): integers, floats,
    /// `$c`, atoms, strings, tuples, lists, maps, binaries with integer,
    /// `V:Size`, string and `"..."/utf8` segments, `<0.N.0>`,
    /// `#Ref<0.0.0.N>` and `fun m:f/a`.
    pub(crate) fn parse(heap: &mut Heap, src: &str) -> Term {
        let mut p = Parser {
            s: src.chars().collect(),
            i: 0,
            heap,
        };
        let t = p.term();
        p.ws();
        assert_eq!(p.i, p.s.len(), "trailing input in {:?}", src);
        t
    }

    struct Parser<'h> {
        s: Vec<char>,
        i: usize,
        heap: &'h mut Heap,
    }

    impl Parser<'_> {
        fn ws(&mut self) {
            while self.i < self.s.len() && self.s[self.i].is_whitespace() {
                self.i += 1;
            }
        }
        fn peek(&mut self) -> char {
            self.ws();
            self.s.get(self.i).copied().unwrap_or('\0')
        }
        fn eat(&mut self, text: &str) -> bool {
            self.ws();
            let t: Vec<char> = text.chars().collect();
            if self.s[self.i..].starts_with(&t) {
                self.i += t.len();
                true
            } else {
                false
            }
        }
        fn expect(&mut self, text: &str) {
            assert!(self.eat(text), "expected {:?} at {}", text, self.i);
        }
        fn seq(&mut self, close: &str) -> (Vec<Term>, Term) {
            let mut v = Vec::new();
            let mut tail = Term::NIL;
            if self.eat(close) {
                return (v, tail);
            }
            loop {
                v.push(self.term());
                if self.eat("|") {
                    tail = self.term();
                }
                if self.eat(close) {
                    return (v, tail);
                }
                self.expect(",");
            }
        }
        fn escaped(&mut self, quote: char) -> Vec<u32> {
            let mut out = Vec::new();
            loop {
                let c = self.s[self.i];
                self.i += 1;
                if c == quote {
                    return out;
                }
                out.push(if c == '\\' { self.escape() } else { c as u32 });
            }
        }
        /// One escape sequence after a backslash.
        fn escape(&mut self) -> u32 {
            let e = self.s[self.i];
            self.i += 1;
            match e {
                'n' => 10,
                't' => 9,
                'r' => 13,
                'e' => 27,
                'v' => 11,
                'b' => 8,
                'f' => 12,
                'd' => 127,
                's' => 32,
                'x' => {
                    self.expect("{");
                    let start = self.i;
                    while self.s[self.i] != '}' {
                        self.i += 1;
                    }
                    let hex: String = self.s[start..self.i].iter().collect();
                    self.i += 1;
                    u32::from_str_radix(&hex, 16).unwrap()
                }
                '0'..='7' => {
                    let mut v = e.to_digit(8).unwrap();
                    while self.s[self.i].is_digit(8) {
                        v = v * 8 + self.s[self.i].to_digit(8).unwrap();
                        self.i += 1;
                    }
                    v
                }
                other => other as u32,
            }
        }
        fn number(&mut self) -> Term {
            let start = self.i;
            if self.s[self.i] == '-' {
                self.i += 1;
            }
            let digits = |p: &mut Self| {
                while p.i < p.s.len() && (p.s[p.i].is_ascii_digit() || p.s[p.i] == '_') {
                    p.i += 1;
                }
            };
            digits(self);
            let mut float = false;
            if self.s.get(self.i) == Some(&'.')
                && self.s.get(self.i + 1).is_some_and(|c| c.is_ascii_digit())
            {
                float = true;
                self.i += 1;
                digits(self);
                if matches!(self.s.get(self.i), Some('e' | 'E')) {
                    self.i += 1;
                    if matches!(self.s.get(self.i), Some('-' | '+')) {
                        self.i += 1;
                    }
                    digits(self);
                }
            }
            let text: String = self.s[start..self.i]
                .iter()
                .filter(|c| **c != '_')
                .collect();
            if float {
                build::float(self.heap, text.parse().unwrap())
            } else {
                build::bigint(self.heap, &text.parse().unwrap())
            }
        }
        fn atom_name(&mut self) -> String {
            let start = self.i;
            while self.i < self.s.len()
                && (self.s[self.i].is_alphanumeric() || "_@".contains(self.s[self.i]))
            {
                self.i += 1;
            }
            self.s[start..self.i].iter().collect()
        }
        fn binary(&mut self) -> Term {
            let mut bits: Vec<bool> = Vec::new();
            let push = |bits: &mut Vec<bool>, v: u64, n: usize| {
                for k in (0..n).rev() {
                    bits.push((v >> k) & 1 == 1);
                }
            };
            if !self.eat(">>") {
                loop {
                    if self.peek() == '"' {
                        self.i += 1;
                        let cs = self.escaped('"');
                        if self.eat("/utf8") {
                            let s: String =
                                cs.iter().map(|c| char::from_u32(*c).unwrap()).collect();
                            s.bytes().for_each(|b| push(&mut bits, b as u64, 8));
                        } else {
                            cs.iter().for_each(|c| push(&mut bits, *c as u64, 8));
                        }
                    } else {
                        let v = self.number().as_small().unwrap();
                        let size = if self.eat(":") {
                            self.number().as_small().unwrap() as usize
                        } else {
                            8
                        };
                        push(&mut bits, v as u64, size);
                    }
                    if self.eat(">>") {
                        break;
                    }
                    self.expect(",");
                }
            }
            let mut bytes = vec![0u8; bits.len().div_ceil(8)];
            for (i, b) in bits.iter().enumerate() {
                if *b {
                    bytes[i / 8] |= 0x80 >> (i % 8);
                }
            }
            build::bitstring(self.heap, &bytes, bits.len())
        }
        fn term(&mut self) -> Term {
            let c = self.peek();
            match c {
                '{' => {
                    self.i += 1;
                    let (v, _) = self.seq("}");
                    build::tuple(self.heap, &v)
                }
                '[' => {
                    self.i += 1;
                    let (v, tail) = self.seq("]");
                    build::list_with_tail(self.heap, &v, tail)
                }
                '"' => {
                    self.i += 1;
                    let cs: Vec<Term> = self
                        .escaped('"')
                        .into_iter()
                        .map(|c| Term::small(c as i64))
                        .collect();
                    build::list(self.heap, &cs)
                }
                '\'' => {
                    self.i += 1;
                    let name: String = self
                        .escaped('\'')
                        .into_iter()
                        .map(|c| char::from_u32(c).unwrap())
                        .collect();
                    Term::atom(atom::intern(&name).unwrap())
                }
                '$' => {
                    self.i += 1;
                    let ch = self.s[self.i];
                    self.i += 1;
                    let v = if ch == '\\' { self.escape() } else { ch as u32 };
                    Term::small(v as i64)
                }
                '#' if self.eat("#{") => {
                    let mut pairs = Vec::new();
                    if !self.eat("}") {
                        loop {
                            let k = self.term();
                            self.expect("=>");
                            let v = self.term();
                            pairs.push((k, v));
                            if self.eat("}") {
                                break;
                            }
                            self.expect(",");
                        }
                    }
                    build::map_from_pairs(self.heap, pairs)
                }
                '#' => {
                    self.expect("#Ref<0.0.0.");
                    let n = self.number().as_small().unwrap();
                    self.expect(">");
                    build::reference(self.heap, n as u64)
                }
                '<' if self.eat("<<") => self.binary(),
                '<' => {
                    self.expect("<0.");
                    let n = self.number().as_small().unwrap();
                    self.expect(".0>");
                    Term::pid(n as u64)
                }
                '-' | '0'..='9' => self.number(),
                _ if self.eat("fun ") => {
                    let m = self.term().as_atom().unwrap();
                    self.expect(":");
                    let f = self.term().as_atom().unwrap();
                    self.expect("/");
                    let a = self.number().as_small().unwrap();
                    build::export(self.heap, m, f, a as usize)
                }
                _ => {
                    let name = self.atom_name();
                    assert!(!name.is_empty(), "cannot parse at {}", self.i);
                    Term::atom(atom::intern(&name).unwrap())
                }
            }
        }
    }
}
