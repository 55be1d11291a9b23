//! Property tests of `compiler::syntax::parse`: it never panics, on any
//! input, and every diagnostic it returns points at a valid range of the
//! source (so rendering it cannot panic either).

use compiler::diagnostic::{render, Diagnostic};
use compiler::syntax::{lexer, parse};
use proptest::prelude::*;

/// A program that uses most of Level 1's syntax.
const PROGRAM: &str = r#"-module(sample).
-export([main/0, fact/1, run/2]).
-import(lists, [map/2]).
-compile([export_all, nowarn_unused_vars]).
-spec fact(integer()) -> integer().

%% Factorial with a guard.
fact(0) -> 1;
fact(N) when is_integer(N), N > 0; N < -100 -> N * fact(N - 1).

run(Pid, Msg) ->
    Pid ! {self(), Msg},
    receive
        {ok, #{value := V} = M} when V >= 16#10 -> M#{seen => true};
        {error, _} = E -> E
    after 1000 -> timeout
    end.

main() ->
    L = [X * 2 || X <- [1, 2, 3], X rem 2 =:= 1],
    B = << <<C:8/little-signed>> || <<C>> <= <<"abc", 0:4/integer-unit:2>> >>,
    F = fun Loop(0) -> done; Loop(K) -> Loop(K - 1) end,
    G = fun erlang:abs/1,
    S = "str" "ing" ++ [$a, $\n, $\x{41}],
    R = try F(3) of done -> ok catch error:Reason:Stack -> {Reason, Stack}; throw:T -> T after ok end,
    case catch 1.5e3 + 2#1010 of
        {'EXIT', _} -> io:format("~p~n", [L]);
        Other -> if Other > 0 andalso not false -> begin G(-Other) end; true -> B end
    end,
    {L, B, S, R, [a, b | []], fun main/0}.
"#;

/// Erlang tokens and keywords, for random token soup.
const VOCAB: &[&str] = &[
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ",",
    ";",
    ":",
    "::",
    "|",
    "||",
    "->",
    "=>",
    ":=",
    "<-",
    "<=",
    "<<",
    ">>",
    "#",
    ".",
    ". ",
    "!",
    "=",
    "==",
    "/=",
    "=:=",
    "=/=",
    "<",
    ">",
    "=<",
    ">=",
    "+",
    "-",
    "*",
    "/",
    "++",
    "--",
    "?",
    "...",
    "..",
    "after",
    "and",
    "andalso",
    "band",
    "begin",
    "bnot",
    "bor",
    "bsl",
    "bsr",
    "bxor",
    "case",
    "catch",
    "cond",
    "div",
    "end",
    "fun",
    "if",
    "let",
    "not",
    "of",
    "or",
    "orelse",
    "receive",
    "rem",
    "try",
    "when",
    "xor",
    "maybe",
    "else",
    "ok",
    "f",
    "'q a'",
    "X",
    "_",
    "_Y",
    "0",
    "42",
    "16#ff",
    "1.5",
    "2.0e-3",
    "$a",
    "$\\n",
    "\"s\"",
    "\"a\\tb\"",
    "-module",
    "-export",
    "-record",
    "-define",
    "-spec",
    "%c\n",
    "\n",
    "integer",
    "binary",
    "unit",
    "/binary",
    "#{",
    "fun f/1",
    "m:f",
    "error",
    "throw",
];

fn check(source: &str) {
    let (_module, diagnostics) = parse(source);
    for d in &diagnostics {
        check_spans(source, d);
    }
    let _ = render(&diagnostics, "t.erl", source, false);
}

fn check_spans(source: &str, d: &Diagnostic) {
    for label in &d.labels {
        let (start, end) = (label.span.start as usize, label.span.end as usize);
        assert!(
            start <= end && end <= source.len(),
            "span {start}..{end} out of range in {source:?}"
        );
        assert!(
            source.is_char_boundary(start) && source.is_char_boundary(end),
            "span {start}..{end} splits a character in {source:?}"
        );
    }
}

#[derive(Clone, Debug)]
enum Mutation {
    DeleteChar(usize),
    InsertChar(usize, char),
    DuplicateChar(usize),
    DeleteToken(usize),
    DuplicateToken(usize),
    SwapTokens(usize, usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let interesting = prop::sample::select(vec![
        '.', ',', ';', '(', ')', '[', ']', '{', '}', '<', '>', '#', '"', '\'', '$', '\\', '%', ' ',
        '\n', '-', '=', '|', ':', '?', 'a', 'X', '0', 'é',
    ]);
    prop_oneof![
        any::<usize>().prop_map(Mutation::DeleteChar),
        (any::<usize>(), interesting).prop_map(|(i, c)| Mutation::InsertChar(i, c)),
        any::<usize>().prop_map(Mutation::DuplicateChar),
        any::<usize>().prop_map(Mutation::DeleteToken),
        any::<usize>().prop_map(Mutation::DuplicateToken),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::SwapTokens(a, b)),
    ]
}

/// Byte offsets of char starts in `s`, plus its length.
fn char_starts(s: &str) -> Vec<usize> {
    s.char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(s.len()))
        .collect()
}

fn apply(source: &str, m: &Mutation) -> String {
    let mut s = source.to_string();
    let starts = char_starts(source);
    let token_ranges: Vec<(usize, usize)> = lexer::tokens(source)
        .into_iter()
        .filter_map(|t| t.ok().map(|(l, _, r)| (l, r)))
        .collect();
    let pick = |i: usize, n: usize| i % n.max(1);
    match *m {
        Mutation::DeleteChar(i) if starts.len() > 1 => {
            let k = pick(i, starts.len() - 1);
            s.replace_range(starts[k]..starts[k + 1], "");
        }
        Mutation::InsertChar(i, c) => {
            let at = starts[pick(i, starts.len())];
            s.insert(at, c);
        }
        Mutation::DuplicateChar(i) if starts.len() > 1 => {
            let k = pick(i, starts.len() - 1);
            let piece = source[starts[k]..starts[k + 1]].to_string();
            s.insert_str(starts[k], &piece);
        }
        Mutation::DeleteToken(i) if !token_ranges.is_empty() => {
            let (l, r) = token_ranges[pick(i, token_ranges.len())];
            s.replace_range(l..r, "");
        }
        Mutation::DuplicateToken(i) if !token_ranges.is_empty() => {
            let (l, r) = token_ranges[pick(i, token_ranges.len())];
            let piece = format!("{} ", &source[l..r]);
            s.insert_str(l, &piece);
        }
        Mutation::SwapTokens(a, b) if token_ranges.len() > 1 => {
            let (mut x, mut y) = (pick(a, token_ranges.len()), pick(b, token_ranges.len()));
            if x > y {
                std::mem::swap(&mut x, &mut y);
            }
            if x != y {
                let (xl, xr) = token_ranges[x];
                let (yl, yr) = token_ranges[y];
                s = format!(
                    "{}{}{}{}{}",
                    &source[..xl],
                    &source[yl..yr],
                    &source[xr..yl],
                    &source[xl..xr],
                    &source[yr..]
                );
            }
        }
        _ => {}
    }
    s
}

#[test]
fn sample_program_is_valid() {
    let (module, diagnostics) = parse(PROGRAM);
    assert!(
        diagnostics.is_empty(),
        "{}",
        render(&diagnostics, "sample.erl", PROGRAM, false)
    );
    assert_eq!(module.forms.len(), 8);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        check(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn arbitrary_text(text in "\\PC{0,200}") {
        check(&text);
    }

    #[test]
    fn token_soup(words in prop::collection::vec(prop::sample::select(VOCAB), 0..80)) {
        check(&words.join(" "));
    }

    #[test]
    fn token_soup_with_form_ends(
        forms in prop::collection::vec(prop::collection::vec(prop::sample::select(VOCAB), 0..25), 1..6)
    ) {
        let text: Vec<String> = forms.iter().map(|f| format!("{}.\n", f.join(" "))).collect();
        check(&text.concat());
    }

    #[test]
    fn mutated_program(mutations in prop::collection::vec(mutation(), 1..5)) {
        let mut source = PROGRAM.to_string();
        for m in &mutations {
            source = apply(&source, m);
        }
        check(&source);
    }
}
