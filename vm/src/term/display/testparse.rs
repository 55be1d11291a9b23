//! Test helper: builds terms from Erlang syntax so tests can state cases
//! the way erl prints them.

use crate::heap::{build, Heap};
use crate::term::{atom, Term};

/// Checks `io_lib:format` cases written one per line as
/// `Format<TAB>Arguments<TAB>Expected`, all in Erlang syntax, where
/// Expected is a string literal or `badarg`.
pub(crate) fn check_format_cases(table: &str) {
    for line in table.lines().filter(|l| !l.trim().is_empty()) {
        let mut parts = line.splitn(3, '\t');
        let (f, a, want) = (
            parts.next().unwrap(),
            parts.next().unwrap(),
            parts.next().unwrap(),
        );
        let mut h = Heap::new();
        let (ft, at) = (parse(&mut h, f), parse(&mut h, a));
        let want: Option<String> = (want != "badarg").then(|| {
            let mut l = parse(&mut h, want);
            let mut s = String::new();
            while let Some((c, tl)) = l.as_cons() {
                s.push(char::from_u32(c.as_small().unwrap() as u32).unwrap());
                l = tl;
            }
            s
        });
        let got = crate::bif::format::format(ft, at).ok();
        assert_eq!(got, want, "io_lib:format({}, {})", f, a);
    }
}

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
                        let s: String = cs.iter().map(|c| char::from_u32(*c).unwrap()).collect();
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
                let start = self.i;
                while self.s[self.i].is_ascii_digit() {
                    self.i += 1;
                }
                let n: String = self.s[start..self.i].iter().collect();
                let n: u64 = n.parse().unwrap();
                self.expect(".0>");
                Term::pid(n)
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
