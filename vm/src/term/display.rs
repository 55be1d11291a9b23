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
//! Map entries print in OTP's iteration order ([`map_iteration_order`]):
//! stored key order up to 32 keys, OTP's hash order beyond when it can be
//! reproduced.
//!
//! Submodules: `pretty` (the intermediate form, `print_length`), `layout`
//! (`cind` and `pp`), `testparse` (tests only: terms from Erlang syntax).

mod layout;
mod pretty;
#[cfg(test)]
pub(crate) mod testparse;

pub use pretty::{print_term, print_term_with, PrintOptions};

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

/// The order in which Erlang/OTP iterates and prints a map's entries, as
/// indices into its sorted keys (`Term::map_sorted_entries`): key order up
/// to 32 keys; beyond that OTP's hash order when it can be reproduced (see
/// `hash::otp_map_order`).
pub fn map_iteration_order(keys: &[Term]) -> Vec<usize> {
    if keys.len() > super::map::FLAT_MAP_LIMIT {
        if let Some(order) = super::hash::otp_map_order(keys) {
            return order;
        }
    }
    (0..keys.len()).collect()
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
pub(super) fn write_simple(t: Term, unicode: bool) -> String {
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
pub(super) fn binary_segments(t: Term, mut depth: i64) -> Vec<String> {
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
            Some(BoxKind::Map | BoxKind::HashMap) => {
                if d == 1 || t.map_size() == 0 {
                    out.push_str("#{}");
                    return;
                }
                let d0 = d - 1;
                out.push_str("#{");
                // write_map_body/4 checks the depth before looking for a next pair.
                let mut dd = d0;
                let entries = t.map_sorted_entries();
                let (keys, values) = (&entries.keys, &entries.values);
                for (i, j) in map_iteration_order(keys).into_iter().enumerate() {
                    let (k, v) = (&keys[j], &values[j]);
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

#[cfg(test)]
mod tests {
    use super::testparse::parse;
    use super::*;
    use crate::heap::{build, Heap};
    use crate::term::atom;

    fn w(src: &str) -> String {
        let mut h = Heap::new();
        let t = parse(&mut h, src);
        write_term(t)
    }

    fn p(src: &str, col: usize) -> String {
        let mut h = Heap::new();
        let t = parse(&mut h, src);
        print_term(t, col)
    }

    // Every expectation below was printed by Erlang/OTP 25.

    #[test]
    fn write_like_tilde_w() {
        assert_eq!(w("[1|2]"), "[1|2]");
        assert_eq!(w("[1,2|3]"), "[1,2|3]");
        assert_eq!(w("{}"), "{}");
        assert_eq!(w("\"abc\""), "[97,98,99]");
        assert_eq!(w("<<\"abc\">>"), "<<97,98,99>>");
        assert_eq!(w("<<1,2,3:4>>"), "<<1,2,3:4>>");
        assert_eq!(w("#{b => 2, a => 1}"), "#{a => 1,b => 2}");
        assert_eq!(
            w("[1.0e10, 0.1, -0.0, 5.0e-324]"),
            "[1.0e10,0.1,-0.0,5.0e-324]"
        );
        assert_eq!(
            w("123456789012345678901234567890"),
            "123456789012345678901234567890"
        );
        assert_eq!(w("<0.42.0>"), "<0.42.0>");
        assert_eq!(w("#Ref<0.0.0.7>"), "#Ref<0.0.0.7>");
        assert_eq!(w("fun 'A b':'C'/1"), "fun 'A b':'C'/1");
        assert_eq!(w("fun lists:map/2"), "fun lists:map/2");
        assert_eq!(
            write_term_with(parse(&mut Heap::new(), "[1,2,3,4,5]"), 3, false),
            "[1,2|...]"
        );
    }

    #[test]
    fn atoms() {
        let cases = [
            ("'[]'", "'[]'"),
            ("'hello world'", "'hello world'"),
            ("'Caps'", "'Caps'"),
            ("'case'", "'case'"),
            ("maybe", "maybe"),
            ("a@b", "a@b"),
            ("'a.b'", "'a.b'"),
            ("'_x'", "'_x'"),
            ("''", "''"),
            ("'a\\nb'", "'a\\nb'"),
            ("'\\x{100}'", "'\\x{100}'"),
            ("'\\d\\200ab'", "'\\d\\200ab'"),
            ("'é'", "é"),
            ("'Éa'", "'Éa'"),
            ("'aÉ'", "aÉ"),
            ("'a÷'", "'a÷'"),
        ];
        for (src, want) in cases {
            assert_eq!(w(src), want, "{}", src);
        }
        let a = atom::intern("a\u{100}").unwrap();
        assert_eq!(write_atom(a, true), "'a\u{100}'");
    }

    #[test]
    fn strings_and_binaries_in_p() {
        assert_eq!(p("\"abc\\n\\t\\e\\\"\\\\\"", 0), "\"abc\\n\\t\\e\\\"\\\\\"");
        assert_eq!(p("[127]", 0), "[127]");
        assert_eq!(p("[7]", 0), "[7]");
        assert_eq!(p("[97, 300]", 0), "[97,300]");
        assert_eq!(p("<<1:4>>", 0), "<<1:4>>");
        assert_eq!(p("<<\"abc\", 1>>", 0), "<<97,98,99,1>>");
        assert_eq!(p("<<\"é\"/utf8>>", 0), "<<\"\u{c3}\u{a9}\">>");
        let mut h = Heap::new();
        let utf8 = build::binary(&mut h, "é".as_bytes());
        let opts = PrintOptions {
            unicode: true,
            ..PrintOptions::default()
        };
        assert_eq!(print_term_with(utf8, &opts), "<<\"é\"/utf8>>");
        let long: String = "a".repeat(100);
        assert_eq!(p(&format!("\"{}\"", long), 0), format!("\"{}\"", long));
    }

    /// `Format<TAB>Arguments (written by ~w)<TAB>Output` from
    /// `io_lib:format/2` in Erlang/OTP 25.
    const LAYOUT: &str = r##"
"~p"	[[{1,1},{2,4},{3,9},{4,16},{5,25},{6,36},{7,49},{8,64},{9,81},{10,100},{11,121},{12,144},{13,169},{14,196},{15,225},{16,256},{17,289},{18,324},{19,361},{20,400},{21,441},{22,484},{23,529},{24,576},{25,625},{26,676},{27,729},{28,784},{29,841},{30,900}]]	"[{1,1},\n {2,4},\n {3,9},\n {4,16},\n {5,25},\n {6,36},\n {7,49},\n {8,64},\n {9,81},\n {10,100},\n {11,121},\n {12,144},\n {13,169},\n {14,196},\n {15,225},\n {16,256},\n {17,289},\n {18,324},\n {19,361},\n {20,400},\n {21,441},\n {22,484},\n {23,529},\n {24,576},\n {25,625},\n {26,676},\n {27,729},\n {28,784},\n {29,841},\n {30,900}]"
"~p"	[#{config => #{cache => #{max_size => 1000000,policy => lru,ttl => 3600},db => #{host => [108,111,99,97,108,104,111,115,116],opts => [{timeout,5000},{pool_size,10},{ssl,false}],port => 5432}},name => <<109,121,95,97,112,112,108,105,99,97,116,105,111,110>>,nodes => [node1@host,node2@host,node3@host],version => {1,2,3}}]	"#{config =>\n      #{cache => #{max_size => 1000000,policy => lru,ttl => 3600},\n        db =>\n            #{host => \"localhost\",\n              opts => [{timeout,5000},{pool_size,10},{ssl,false}],\n              port => 5432}},\n  name => <<\"my_application\">>,\n  nodes => [node1@host,node2@host,node3@host],\n  version => {1,2,3}}"
"~p"	[[[97,108,112,104,97],[98,101,116,97],[103,97,109,109,97],[100,101,108,116,97],[101,112,115,105,108,111,110],[122,101,116,97],[101,116,97],[116,104,101,116,97],[105,111,116,97],[107,97,112,112,97],[108,97,109,98,100,97],[109,117],[110,117],[120,105],[111,109,105,99,114,111,110],[112,105],[114,104,111],[115,105,103,109,97],[116,97,117],[117,112,115,105,108,111,110]]]	"[\"alpha\",\"beta\",\"gamma\",\"delta\",\"epsilon\",\"zeta\",\"eta\",\"theta\",\"iota\",\"kappa\",\n \"lambda\",\"mu\",\"nu\",\"xi\",\"omicron\",\"pi\",\"rho\",\"sigma\",\"tau\",\"upsilon\"]"
"~p"	[{state,[1,2,3,4,5,6,7,8,9,10],#{count => 42,name => [97,32,102,97,105,114,108,121,32,108,111,110,103,32,110,97,109,101,32,104,101,114,101]},{pending,[req1,req2,req3]},<<98,105,110,97,114,121,32,112,97,121,108,111,97,100>>}]	"{state,[1,2,3,4,5,6,7,8,9,10],\n       #{count => 42,name => \"a fairly long name here\"},\n       {pending,[req1,req2,req3]},\n       <<\"binary payload\">>}"
"~p"	[[aaaaaaaaaa,bbbbbbbbbb,cccccccccc,dddddddddd,eeeeeeeeee,ffffffffff,gggggggggg|hhhhhhhhhh]]	"[aaaaaaaaaa,bbbbbbbbbb,cccccccccc,dddddddddd,eeeeeeeeee,ffffffffff,gggggggggg|\n hhhhhhhhhh]"
"~p"	[<<1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99,100>>]	"<<1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,\n  29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,\n  54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,\n  79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99,100>>"
"Result: ~p~n"	[[{key,[118,97,108,117,101]},{other_key,[1,2,3]},{third,#{a => 1}},{fourth,{nested,tuple,here}}]]	"Result: [{key,\"value\"},\n         {other_key,[1,2,3]},\n         {third,#{a => 1}},\n         {fourth,{nested,tuple,here}}]\n"
"~p"	[{very_long_tag_name_for_a_tuple_that_is_long,[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25]}]	"{very_long_tag_name_for_a_tuple_that_is_long,\n    [1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25]}"
"~p"	[#{short => 1,{complex,key,with,[109,97,110,121],elements} => [value,with,many,elements,inside,it,more]}]	"#{short => 1,\n  {complex,key,with,\"many\",elements} =>\n      [value,with,many,elements,inside,it,more]}"
"~p"	[{error,{badmatch,[1,2,3]},[{mod,func,2,[{file,[115,114,99,47,109,111,100,46,101,114,108]},{line,42}]},{mod2,func2,1,[{file,[115,114,99,47,109,111,100,50,46,101,114,108]},{line,7}]}]}]	"{error,{badmatch,[1,2,3]},\n       [{mod,func,2,[{file,\"src/mod.erl\"},{line,42}]},\n        {mod2,func2,1,[{file,\"src/mod2.erl\"},{line,7}]}]}"
"~p"	[[<<97,32,108,111,110,103,32,98,105,110,97,114,121,32,116,104,97,116,32,100,111,101,115,32,110,111,116,32,102,105,116,32,111,110,32,97,32,115,105,110,103,108,101,32,108,105,110,101,32,111,102,32,101,105,103,104,116,121,32,99,104,97,114,97,99,116,101,114,115,32,97,116,32,97,108,108,44,32,110,111>>,<<1,2,3>>]]	"[<<\"a long binary that does not fit on a single line of eighty characters at all, no\">>,\n <<1,2,3>>]"
"~p"	[{[116,97,98,9,104,101,114,101],'quoted atom',[],'[]',<<>>,#{},{},[113,117,111,116,101,34,115],[98,97,99,107,92,115,108,97,115,104],'case',x@y}]	"{\"tab\\there\",'quoted atom',[],'[]',<<>>,#{},{},\"quote\\\"s\",\"back\\\\slash\",\n 'case',x@y}"
"~p"	[[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50]]	"[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,\n 29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50]"
"~p"	[{{a,b},[{c,d},{e,f}],[{ok,[115,116,114,105,110,103]},{ok,[115,116,114,105,110,103]},{ok,[115,116,114,105,110,103]},{ok,[115,116,114,105,110,103]},{ok,[115,116,114,105,110,103]},{ok,[115,116,114,105,110,103]},{ok,[115,116,114,105,110,103]},{ok,[115,116,114,105,110,103]},{ok,[115,116,114,105,110,103]},{ok,[115,116,114,105,110,103]},{ok,[115,116,114,105,110,103]},{ok,[115,116,114,105,110,103]}]}]	"{{a,b},\n [{c,d},{e,f}],\n [{ok,\"string\"},\n  {ok,\"string\"},\n  {ok,\"string\"},\n  {ok,\"string\"},\n  {ok,\"string\"},\n  {ok,\"string\"},\n  {ok,\"string\"},\n  {ok,\"string\"},\n  {ok,\"string\"},\n  {ok,\"string\"},\n  {ok,\"string\"},\n  {ok,\"string\"}]}"
"~40p"	[{record_like,field_one,field_two,field_three,field_four}]	"{record_like,field_one,field_two,\n             field_three,field_four}"
"~p"	[[{a,1}|improper_tail_atom_that_is_very_long_and_will_need_to_be_broken_somewhere_here]]	"[{a,1}|\n improper_tail_atom_that_is_very_long_and_will_need_to_be_broken_somewhere_here]"
"##;

    #[test]
    fn pretty_layout_matches_otp() {
        super::testparse::check_format_cases(LAYOUT);
    }
}
