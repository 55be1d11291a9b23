//! Unit tests of the parser on invalid input: what each diagnostic says and
//! where it points, recovery across forms, and unsupported constructs.

use super::parse;
use crate::diagnostic::{render, Diagnostic};

fn diags(src: &str) -> Vec<Diagnostic> {
    parse(src).1
}

/// The only diagnostic of `src`.
fn one(src: &str) -> Diagnostic {
    let mut ds = diags(src);
    assert_eq!(ds.len(), 1, "{}", render(&ds, "t.erl", src, false));
    ds.remove(0)
}

/// The text under the primary label.
fn primary<'a>(d: &Diagnostic, src: &'a str) -> &'a str {
    let label = d
        .labels
        .iter()
        .find(|l| l.primary)
        .expect("a primary label");
    &src[label.span.range()]
}

fn primary_message(d: &Diagnostic) -> &str {
    &d.labels
        .iter()
        .find(|l| l.primary)
        .expect("a primary label")
        .message
}

fn secondary<'a>(d: &Diagnostic, src: &'a str) -> Option<&'a str> {
    d.labels
        .iter()
        .find(|l| !l.primary)
        .map(|l| &src[l.span.range()])
}

#[test]
fn unexpected_token_says_what_was_expected() {
    let src = "f() -> foo(1 2).\n";
    let d = one(src);
    assert_eq!(d.title, "syntax error");
    assert_eq!(primary_message(&d), "unexpected integer `2`");
    assert_eq!(primary(&d, src), "2");
    assert_eq!(d.notes, ["Expected one of `)`, `,` or an operator."]);
    assert_eq!(secondary(&d, src), Some("("));
}

#[test]
fn expected_an_expression() {
    let src = "f() -> foo(1, ).\n";
    let d = one(src);
    assert_eq!(primary_message(&d), "unexpected `)`");
    assert_eq!(d.notes, ["Expected an expression."]);
    let d = one("f() -> X = .\n");
    assert_eq!(primary_message(&d), "unexpected end of form");
    assert_eq!(d.notes, ["Expected an expression."]);
}

#[test]
fn unbalanced_brackets() {
    let src = "f() -> [1, 2).\n";
    let d = one(src);
    assert_eq!(primary(&d, src), ")");
    assert_eq!(secondary(&d, src), Some("["));
    assert!(d.notes[0].contains("`]`"), "{:?}", d.notes);
    let src = "f() -> {a, [b}.\n";
    let d = one(src);
    assert_eq!(primary(&d, src), "}");
    assert_eq!(secondary(&d, src), Some("["));
}

#[test]
fn missing_end() {
    let src = "f(X) ->\n    case X of\n        a -> 1\n    .\ng() -> ok.\n";
    let (module, ds) = parse(src);
    assert_eq!(ds.len(), 1);
    let d = &ds[0];
    assert_eq!(primary_message(d), "unexpected end of form");
    assert_eq!(primary(d, src), ".");
    assert_eq!(secondary(d, src), Some("case"));
    assert!(d.notes[0].contains("`end`"), "{:?}", d.notes);
    assert!(d
        .labels
        .iter()
        .any(|l| l.message.contains("no matching `end`")));
    // The next form still parses.
    assert_eq!(module.forms.len(), 1);
}

#[test]
fn unexpected_end_of_file() {
    let src = "f() -> case X of a -> [1";
    let d = one(src);
    assert_eq!(primary_message(&d), "unexpected end of file");
    let label = d.labels.iter().find(|l| l.primary).unwrap();
    assert_eq!(label.span.range(), src.len()..src.len());
    assert_eq!(secondary(&d, src), Some("["));
}

#[test]
fn missing_final_dot() {
    let src = "-module(m).\nf() -> ok";
    let (module, ds) = parse(src);
    assert_eq!(ds.len(), 1);
    assert_eq!(ds[0].title, "missing `.` at end of form");
    assert_eq!(ds[0].labels[0].span.start as usize, src.len());
    // The form itself is still returned.
    assert_eq!(module.forms.len(), 2);
}

#[test]
fn dot_without_whitespace() {
    let src = "-module(m).-export([f/0]).\n";
    let d = one(src);
    assert_eq!(primary_message(&d), "unexpected `.`");
    assert!(d.hint.as_deref().unwrap_or("").contains("whitespace"));
}

#[test]
fn chained_comparison() {
    let d = one("f() -> 1 < 2 < 3.\n");
    assert_eq!(primary_message(&d), "unexpected `<`");
    assert!(d.hint.as_deref().unwrap_or("").contains("andalso"));
}

#[test]
fn bad_form_start() {
    let d = one("X = 1.\n");
    assert_eq!(primary_message(&d), "unexpected variable `X`");
    assert_eq!(d.notes, ["Expected a function definition or an attribute."]);
    let d = one("f() -> ok.\n.\n");
    assert_eq!(primary_message(&d), "unexpected `.`");
}

#[test]
fn stray_end_and_keywords() {
    let d = one("f() -> ok end.\n");
    assert_eq!(primary_message(&d), "unexpected `end`");
    assert_eq!(d.notes, ["Expected one of `,`, `;`, `.` or an operator."]);
    let d = one("f() -> a:b.\n");
    assert_eq!(d.notes, ["Expected `(`."]);
    let d = one("f() -> try ok end.\n");
    assert!(
        d.notes[0].contains("`catch`") && d.notes[0].contains("`after`"),
        "{:?}",
        d.notes
    );
}

#[test]
fn lexical_errors() {
    let cases: &[(&str, &str, &str)] = &[
        ("f() -> `x.\n", "unexpected character", "`"),
        ("f() -> ¤.\n", "unexpected character", "¤"),
        ("f() -> \"abc.\n", "unterminated string", "\""),
        ("f() -> 'abc.\n", "unterminated quoted atom", "'"),
        ("f() -> $", "missing character after `$`", "$"),
        (
            "f() -> \"a\\x{110000}\".\n",
            "invalid escape sequence",
            "\\x{110000}",
        ),
        ("f() -> \"a\\xZ\".\n", "invalid escape sequence", "\\x"),
        ("f() -> $\\x4.\n", "invalid escape sequence", "\\x4"),
        ("f() -> 37#1.\n", "invalid integer base", "37#1"),
        ("f() -> 1#0.\n", "invalid integer base", "1#0"),
        ("f() -> 2#102.\n", "invalid digit in integer", "2"),
        ("f() -> 16#fg.\n", "invalid digit in integer", "g"),
        ("f() -> 1.5e.\n", "invalid float", "1.5e"),
        ("f() -> 1.0e999.\n", "float out of range", "1.0e999"),
    ];
    for &(src, title, at) in cases {
        let d = one(src);
        assert_eq!(d.title, title, "{src:?}");
        assert_eq!(primary(&d, src), at, "{src:?}");
    }
}

#[test]
fn bad_escape_does_not_swallow_the_file() {
    let src = "f() -> \"a\\x{zz}b\".\ng() -> ok.\n";
    let (module, ds) = parse(src);
    assert_eq!(ds.len(), 1);
    assert_eq!(module.forms.len(), 1);
}

#[test]
fn unsupported_constructs_are_named() {
    let cases: &[(&str, &str, &str)] = &[
        (
            "-record(r, {a, b}).\n",
            "records are not supported yet",
            "record",
        ),
        ("f() -> #r{a = 1}.\n", "records are not supported yet", "#r"),
        ("f(X) -> X#r.a.\n", "records are not supported yet", "#r"),
        (
            "f(X) -> X#r{a = 2}.\n",
            "records are not supported yet",
            "#r",
        ),
        ("f() -> #r.a.\n", "records are not supported yet", "#r"),
        ("f(#r{}) -> ok.\n", "records are not supported yet", "#r"),
        (
            "f() -> ?MODULE.\n",
            "macros are not supported yet",
            "?MODULE",
        ),
        ("f() -> ?x(1).\n", "macros are not supported yet", "?x"),
        ("f(X) -> ??X.\n", "macros are not supported yet", "??X"),
        (
            "-define(X, 1).\n",
            "the preprocessor (`-define`) is not supported yet",
            "define",
        ),
        (
            "-undef(X).\n",
            "the preprocessor (`-undef`) is not supported yet",
            "undef",
        ),
        (
            "-ifdef(X).\n",
            "the preprocessor (`-ifdef`) is not supported yet",
            "ifdef",
        ),
        (
            "-ifndef(X).\n",
            "the preprocessor (`-ifndef`) is not supported yet",
            "ifndef",
        ),
        (
            "-else.\n",
            "the preprocessor (`-else`) is not supported yet",
            "else",
        ),
        (
            "-endif.\n",
            "the preprocessor (`-endif`) is not supported yet",
            "endif",
        ),
        (
            "-if(true).\n",
            "the preprocessor (`-if`) is not supported yet",
            "if",
        ),
        (
            "-include(\"x.hrl\").\n",
            "the preprocessor (`-include`) is not supported yet",
            "include",
        ),
        (
            "-include_lib(\"k/include/x.hrl\").\n",
            "the preprocessor (`-include_lib`) is not supported yet",
            "include_lib",
        ),
        (
            "f() -> maybe {ok, X} ?= g(), X end.\n",
            "`maybe` expressions are not supported yet",
            "maybe",
        ),
        (
            "f() -> cond X -> 1 end.\n",
            "`cond` expressions are not supported",
            "cond",
        ),
        (
            "f() -> let X = 1 in X.\n",
            "`let` expressions are not supported",
            "let",
        ),
        (
            "f(X) -> X ?= 1.\n",
            "`maybe` expressions are not supported yet",
            "?=",
        ),
    ];
    for &(src, title, at) in cases {
        let ds = diags(src);
        assert!(!ds.is_empty(), "{src:?}");
        assert_eq!(ds[0].title, title, "{src:?}");
        assert_eq!(primary(&ds[0], src), at, "{src:?}");
        assert!(ds.iter().all(|d| d.title != "syntax error"), "{src:?}");
    }
}

#[test]
fn unsupported_in_skipped_attributes_is_fine() {
    let (module, ds) = parse("-type t() :: #rec{} | ?T.\n-spec f(#r{}) -> ok.\n");
    assert!(ds.is_empty());
    assert_eq!(module.forms.len(), 2);
}

#[test]
fn every_broken_form_is_reported() {
    let src = "-module(m).\n\
               f() -> (1.\n\
               g() -> ok.\n\
               h() -> \"abc\\xQ\".\n\
               -record(r, {}).\n\
               i() -> ?MODULE.\n\
               j() -> [1 2].\n\
               k() -> ok.\n";
    let (module, ds) = parse(src);
    let titles: Vec<&str> = ds.iter().map(|d| d.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "syntax error",
            "invalid escape sequence",
            "records are not supported yet",
            "macros are not supported yet",
            "syntax error"
        ]
    );
    assert_eq!(module.forms.len(), 3);
    // Diagnostics come in source order.
    let positions: Vec<u32> = ds.iter().map(Diagnostic::position).collect();
    assert!(positions.windows(2).all(|w| w[0] <= w[1]));
}

#[test]
fn clause_for_another_function() {
    let src = "f(0) -> 1; g(1) -> 2; f(1, 2) -> 3; f(2) -> 4.\n";
    let (module, ds) = parse(src);
    assert_eq!(ds.len(), 2);
    assert_eq!(ds[0].title, "clause for a different function");
    assert_eq!(primary_message(&ds[0]), "this clause is for `g/1`");
    assert_eq!(primary(&ds[1], src), "f");
    assert_eq!(primary_message(&ds[1]), "this clause is for `f/2`");
    let super::ast::Form::Function(f) = &module.forms[0] else {
        panic!()
    };
    assert_eq!(f.clauses.len(), 2);
}

#[test]
fn fun_clause_names_must_agree() {
    let src = "f() -> fun F(0) -> 1; G(1) -> 2 end.\n";
    let d = one(src);
    assert_eq!(d.title, "inconsistent fun clause");
    assert_eq!(primary(&d, src), "G");
    let d = one("f() -> fun (0) -> 1; G(1) -> 2 end.\n");
    assert_eq!(d.title, "inconsistent fun clause");
}

#[test]
fn bad_attributes() {
    let cases = [
        ("-module(1).\n", "invalid `-module` attribute"),
        ("-module(a, b).\n", "invalid `-module` attribute"),
        ("-export(f/1).\n", "invalid `-export` attribute"),
        ("-export([f]).\n", "invalid `-export` attribute"),
        ("-import(lists).\n", "invalid `-import` attribute"),
        ("-compile().\n", "invalid `-compile` attribute"),
    ];
    for (src, title) in cases {
        assert_eq!(one(src).title, title, "{src:?}");
    }
}

#[test]
fn too_large_integers() {
    assert_eq!(
        one("f() -> fun g/99999999999999999999999.\n").title,
        "integer too large"
    );
    assert_eq!(
        one("f() -> <<X:8/unit:99999999999>>.\n").title,
        "integer too large"
    );
}

#[test]
fn degenerate_inputs_do_not_panic() {
    let inputs = [
        "",
        " ",
        ".",
        ". ",
        "-",
        "-.",
        "f",
        "f(",
        "f(.",
        "\"",
        "'",
        "$",
        "$\\",
        "16#",
        "1.",
        "<<",
        "fun",
        "end.",
        "-module",
        "-module(",
        "-spec",
        "?",
        "#",
        "#{",
        "a:b:c:d.",
        "\u{0}",
        "f() -> $\\x{",
        "f() -> \"\\",
        "日本.",
        "f() -> 'ä'.",
        "%",
        "% only a comment\n",
        "-export([f/1",
        "try catch",
        "f() -> fun",
        "f() -> fun (",
        "f() -> fun X",
    ];
    for src in inputs {
        let _ = parse(src);
    }
    assert!(diags("").is_empty());
    assert!(diags("% only a comment\n").is_empty());
}
