//! Unit tests of the parser on valid input: every construct's AST shape
//! (printed as compact S-expressions), operator precedence, literals and
//! forms. Error cases are in `tests_errors.rs`.

use super::ast::*;
use super::parse;
use super::tests_sexp::sexp;
use crate::diagnostic::render;

/// Parses a module that must have no diagnostics.
pub(super) fn forms(src: &str) -> Vec<Form> {
    let (module, diags) = parse(src);
    assert!(
        diags.is_empty(),
        "unexpected diagnostics:\n{}",
        render(&diags, "t.erl", src, false)
    );
    module.forms
}

/// Parses `f() -> <src>.` and returns the single body expression.
pub(super) fn expr(src: &str) -> Expr {
    let text = format!("f() -> {src}.\n");
    let mut fs = forms(&text);
    let Some(Form::Function(f)) = fs.pop() else {
        panic!("not a function")
    };
    let mut body = f.clauses.into_iter().next().expect("a clause").body;
    assert_eq!(body.len(), 1, "one body expression in {src}");
    body.remove(0)
}

/// `expr` printed as an S-expression (see `tests_sexp.rs`).
fn s(src: &str) -> String {
    sexp(&expr(src))
}

#[test]
fn arithmetic_precedence() {
    assert_eq!(s("1 + 2 * 3"), "(+ 1 (* 2 3))");
    assert_eq!(s("(1 + 2) * 3"), "(* (+ 1 2) 3)");
    assert_eq!(s("1 - 2 - 3"), "(- (- 1 2) 3)");
    assert_eq!(s("8 / 4 / 2"), "(/ (/ 8 4) 2)");
    assert_eq!(s("- 2 + 3"), "(+ (- 2) 3)");
    assert_eq!(s("-2 * 3"), "(* (- 2) 3)");
    assert_eq!(s("- - 1"), "(- (- 1))");
    assert_eq!(s("A div B rem C"), "(rem (div A B) C)");
    assert_eq!(s("A bor B band C"), "(bor A (band B C))");
    assert_eq!(s("bnot A bsl 2"), "(bsl (bnot A) 2)");
    assert_eq!(s("A or B and C"), "(or A (and B C))");
    assert_eq!(s("not A xor B"), "(xor (not A) B)");
}

#[test]
fn list_and_comparison_precedence() {
    assert_eq!(s("A ++ B ++ C"), "(++ A (++ B C))");
    assert_eq!(s("A -- B ++ C"), "(-- A (++ B C))");
    assert_eq!(s("A ++ B + C"), "(++ A (+ B C))");
    assert_eq!(s("1 + 2 == 3"), "(== (+ 1 2) 3)");
    assert_eq!(s("A ++ B =:= C"), "(=:= (++ A B) C)");
    assert_eq!(s("X == 1 andalso Y"), "(andalso (== X 1) Y)");
    assert_eq!(s("A andalso B orelse C"), "(orelse (andalso A B) C)");
    assert_eq!(s("A orelse B andalso C"), "(orelse A (andalso B C))");
    assert_eq!(s("A andalso B andalso C"), "(andalso A (andalso B C))");
    assert_eq!(s("A =< B"), "(=< A B)");
    assert_eq!(s("A /= B"), "(/= A B)");
    assert_eq!(s("A =/= B"), "(=/= A B)");
    assert_eq!(s("A >= B"), "(>= A B)");
}

#[test]
fn match_send_and_catch_precedence() {
    assert_eq!(s("a = b ! c"), "(= 'a' (! 'b' 'c'))");
    assert_eq!(s("A = B = C"), "(= A (= B C))");
    assert_eq!(s("P ! M = x"), "(! P (= M 'x'))");
    assert_eq!(s("X = Y orelse Z"), "(= X (orelse Y Z))");
    assert_eq!(s("catch 1 + 2"), "(catch (+ 1 2))");
    assert_eq!(s("catch X = 1"), "(catch (= X 1))");
    assert_eq!(s("X = catch 1 + 2"), "(= X (catch (+ 1 2)))");
    assert_eq!(s("1 + catch 2 * 3"), "(+ 1 (catch (* 2 3)))");
    assert_eq!(s("- catch 1"), "(- (catch 1))");
    assert_eq!(s("catch catch 1"), "(catch (catch 1))");
}

#[test]
fn map_and_remote_bind_tightest() {
    assert_eq!(s("-X#{a => 1}"), "(- (update X (=> 'a' 1)))");
    assert_eq!(
        s("M#{a => 1}#{b := 2}"),
        "(update (update M (=> 'a' 1)) (:= 'b' 2))"
    );
    assert_eq!(s("#{}"), "(map )");
    assert_eq!(
        s("#{a => 1, {b} => [c]}"),
        "(map (=> 'a' 1) (=> {'b'} ['c']))"
    );
    assert_eq!(s("(f())#{a := 1}"), "(update (call f ) (:= 'a' 1))");
    assert_eq!(
        s("#{a => 1}#{a := 2}"),
        "(update (map (=> 'a' 1)) (:= 'a' 2))"
    );
    assert_eq!(s("- m:f(X)"), "(- (call 'm':'f' X))");
    assert_eq!(s("m:f(1) + 1"), "(+ (call 'm':'f' 1) 1)");
}

#[test]
fn calls() {
    assert_eq!(s("f(X)"), "(call f X)");
    assert_eq!(s("f()"), "(call f )");
    assert_eq!(s("m:f(X, Y)"), "(call 'm':'f' X Y)");
    assert_eq!(s("M:F(X)"), "(call M:F X)");
    assert_eq!(s("F(X)"), "(call (apply F) X)");
    assert_eq!(
        s("(fun(X) -> X end)(1)"),
        "(call (apply (fun ((X) -> X))) 1)"
    );
    assert_eq!(s("erlang:'+'(1, 2)"), "(call 'erlang':'+' 1 2)");
    let e = expr("foo(1)");
    let ExprKind::Call {
        target: CallTarget::Local { span, .. },
        ..
    } = e.kind
    else {
        panic!()
    };
    assert_eq!(span.range(), 7..10);
}

#[test]
fn literals() {
    assert_eq!(s("42"), "42");
    assert_eq!(s("1_000_000"), "1000000");
    assert_eq!(s("16#ff"), "255");
    assert_eq!(s("16#FF_FF"), "65535");
    assert_eq!(s("2#1010"), "10");
    assert_eq!(s("36#zz"), "1295");
    assert_eq!(
        s("123456789012345678901234567890"),
        "123456789012345678901234567890"
    );
    assert_eq!(s("1.5"), "1.5");
    assert_eq!(s("1.0e10"), "10000000000.0");
    assert_eq!(s("2.5E-3"), "0.0025");
    assert_eq!(s("1_0.2_5"), "10.25");
    assert_eq!(s("ok"), "'ok'");
    assert_eq!(s("'quoted atom'"), "'quoted atom'");
    assert_eq!(s("'a\\'b'"), "'a'b'");
    assert_eq!(s("node@host"), "'node@host'");
    assert_eq!(
        s("{after_x, endx, ofs, 'end'}"),
        "{'after_x' 'endx' 'ofs' 'end'}"
    );
    assert_eq!(s("_Foo"), "_Foo");
    assert_eq!(s("_"), "_");
}

#[test]
fn chars_and_escapes() {
    assert_eq!(s("$a"), "$97");
    assert_eq!(s("$\\n"), "$10");
    assert_eq!(s("$\\\\"), "$92");
    assert_eq!(s("$ "), "$32");
    // `$` takes the next character whatever it is: comment, quote, dot.
    assert_eq!(s("[$%, $\", $', $.]"), "[$37 $34 $39 $46]");
    let cases = [
        ("\\b", 8),
        ("\\d", 127),
        ("\\e", 27),
        ("\\f", 12),
        ("\\r", 13),
        ("\\s", 32),
        ("\\t", 9),
        ("\\v", 11),
        ("\\'", 39),
        ("\\\"", 34),
        ("\\123", 83),
        ("\\0", 0),
        ("\\777", 511),
        ("\\xFF", 255),
        ("\\x{1F600}", 0x1F600),
        ("\\^a", 1),
        ("\\^Z", 26),
        ("\\z", 122),
        ("é", 233),
    ];
    for (text, code) in cases {
        assert_eq!(s(&format!("${text}")), format!("${code}"), "${text}");
    }
}

#[test]
fn strings() {
    assert_eq!(s("\"abc\""), "\"abc\"");
    assert_eq!(s("\"ab\" \"cd\""), "\"abcd\"");
    assert_eq!(s("\"ab\"\n  \"cd\" \"\""), "\"abcd\"");
    assert_eq!(s("\"\""), "\"\"");
    let e = expr("\"a\\n\\x{1F600}\\tb\\\"é\"");
    assert_eq!(
        e.kind,
        ExprKind::String(vec![97, 10, 0x1F600, 9, 98, 34, 233])
    );
    let e = expr("\"x\" \"y\"");
    assert_eq!(e.span.range(), 7..14);
    assert_eq!(s("\"a.b\" ++ X"), "(++ \"a.b\" X)");
}

#[test]
fn tuples_and_lists() {
    assert_eq!(s("{}"), "{}");
    assert_eq!(s("{a, B, 1}"), "{'a' B 1}");
    assert_eq!(s("[]"), "[]");
    assert_eq!(s("[a, b | T]"), "['a' 'b' | T]");
    assert_eq!(s("[H | T]"), "[H | T]");
    assert_eq!(s("[[1], [2 | []]]"), "[[1] [2 | []]]");
}

#[test]
fn binaries() {
    assert_eq!(s("<<>>"), "<<>>");
    assert_eq!(
        s("<<1, X:16/little-signed, B/binary, \"abc\", F:64/float, C/utf8, X:4/integer-unit:8>>"),
        "<<1 X:16/little-signed B/binary \"abc\" F:64/float C/utf8 X:4/integer-unit:8>>"
    );
    assert_eq!(s("<<X:(N * 8)/bytes>>"), "<<X:(* N 8)/bytes>>");
    assert_eq!(s("<<-1:8/signed>>"), "<<(- 1):8/signed>>");
    assert_eq!(s("<<(X + 1):8>>"), "<<(+ X 1):8>>");
    assert_eq!(s("<<A:Size, Rest/binary>>"), "<<A:Size Rest/binary>>");
}

#[test]
fn comprehensions() {
    assert_eq!(
        s("[X*2 || X <- L, X > 1, {A,B} <- L2]"),
        "(lc (* X 2) (<- X L) (> X 1) (<- {A B} L2))"
    );
    assert_eq!(s("[X || <<X:8>> <= Bin]"), "(lc X (<= <<X:8>> Bin))");
    assert_eq!(s("<<B || <<B>> <= Bin>>"), "(bc B (<= <<B>> Bin))");
    assert_eq!(s("<< <<X>> || X <- L >>"), "(bc <<X>> (<- X L))");
    assert_eq!(
        s("[{X, Y} || X <- [1,2], Y <- [a]]"),
        "(lc {X Y} (<- X [1 2]) (<- Y ['a']))"
    );
}

#[test]
fn case_if_receive_begin() {
    assert_eq!(
        s("case X of {ok, V} when V > 0 -> V; _ -> 0 end"),
        "(case X ({'ok' V} when ((> V 0)) -> V) (_ -> 0))"
    );
    assert_eq!(
        s("if X > 1, Y; Z -> a; true -> b end"),
        "(if (when ((> X 1) Y) (Z) -> 'a') (when ('true') -> 'b'))"
    );
    assert_eq!(s("receive M -> M end"), "(receive (M -> M))");
    assert_eq!(
        s("receive {a, X} -> X after 100 -> timeout end"),
        "(receive ({'a' X} -> X) (after 100 -> 'timeout'))"
    );
    assert_eq!(
        s("receive after 0 -> ok end"),
        "(receive  (after 0 -> 'ok'))"
    );
    assert_eq!(s("begin a, b end"), "(begin 'a' 'b')");
}

#[test]
fn funs() {
    assert_eq!(s("fun (X) -> X end"), "(fun ((X) -> X))");
    assert_eq!(
        s("fun (0) -> a; (N) when N > 0 -> b end"),
        "(fun ((0) -> 'a') ((N) when ((> N 0)) -> 'b'))"
    );
    assert_eq!(
        s("fun Fact(0) -> 1; Fact(N) -> N * Fact(N-1) end"),
        "(fun Fact ((0) -> 1) ((N) -> (* N (call (apply Fact) (- N 1)))))"
    );
    assert_eq!(s("fun f/1"), "(fun f/1)");
    assert_eq!(s("fun m:f/2"), "(fun m:f/2)");
    assert_eq!(s("fun() -> ok end"), "(fun (() -> 'ok'))");
    // With variables, `fun M:F/A` is built at run time.
    assert_eq!(s("fun M:F/2"), "(call 'erlang':'make_fun' M F 2)");
    assert_eq!(s("fun m:F/A"), "(call 'erlang':'make_fun' 'm' F A)");
}

#[test]
fn maybe_and_else_are_atoms_as_in_otp_25() {
    assert_eq!(s("check(maybe)"), "(call check 'maybe')");
    assert_eq!(s("{else, maybe}"), "{'else' 'maybe'}");
    assert_eq!(s("X = maybe"), "(= X 'maybe')");
    assert_eq!(s("maybe:f(else)"), "(call 'maybe':'f' 'else')");
    assert_eq!(s("maybe(1) + 1"), "(+ (call maybe 1) 1)");
}

#[test]
fn try_catch() {
    assert_eq!(
        s("try f() of ok -> 1 catch error:R:S when R == x -> S; throw:T -> T; E -> E after done end"),
        "(try ((call f )) of (('ok' -> 1)) catch (('error' R S when ((== R 'x')) -> S) ('throw' T - -> T) (- E - -> E)) after ('done'))"
    );
    assert_eq!(
        s("try a catch _:_ -> b end"),
        "(try ('a') of () catch ((_ _ - -> 'b')) after ())"
    );
    assert_eq!(
        s("try a after b end"),
        "(try ('a') of () catch () after ('b'))"
    );
    assert_eq!(
        s("try a of X -> X after b end"),
        "(try ('a') of ((X -> X)) catch () after ('b'))"
    );
    assert_eq!(
        s("try a catch Class:{badmatch, _} = E:Stack -> b end"),
        "(try ('a') of () catch ((Class (= {'badmatch' _} E) Stack -> 'b')) after ())"
    );
    assert_eq!(
        s("try a catch exit:[H|T] -> b; {x, Y} -> Y end"),
        "(try ('a') of () catch (('exit' [H | T] - -> 'b') (- {'x' Y} - -> Y)) after ())"
    );
    assert_eq!(s("catch f()"), "(catch (call f ))");
}

#[test]
fn function_forms() {
    let fs = forms("f(0) -> 1; f(N) when N > 0, is_integer(N); N < -5 -> f(N - 1).\ng() -> ok.\n");
    assert_eq!(fs.len(), 2);
    let Form::Function(f) = &fs[0] else { panic!() };
    assert_eq!((f.name.as_str(), f.arity, f.clauses.len()), ("f", 1, 2));
    assert_eq!(f.clauses[1].guard.len(), 2);
    assert_eq!(f.clauses[1].guard[0].len(), 2);
    assert_eq!(f.clauses[0].name.as_deref(), Some("f"));
    assert_eq!(f.clauses[0].name_span.range(), 0..1);
    assert_eq!(f.span.start, 0);
    let Form::Function(g) = &fs[1] else { panic!() };
    assert_eq!((g.name.as_str(), g.arity), ("g", 0));
}

#[test]
fn attributes() {
    let src = "-module(m).\n-export([f/1, g/2]).\n-import(lists, [map/2]).\n\
               -compile(export_all).\n-compile([nowarn_unused_vars, export_all]).\n\
               -compile({nowarn_unused_function, [{f, 1}]}).\n";
    let fs = forms(src);
    assert_eq!(
        fs[0],
        Form::Module {
            name: "m".into(),
            span: super::super::source::Span::new(0, 11)
        }
    );
    let Form::Export { functions, .. } = &fs[1] else {
        panic!()
    };
    let names: Vec<(String, usize)> = functions
        .iter()
        .map(|f| (f.name.clone(), f.arity))
        .collect();
    assert_eq!(names, vec![("f".into(), 1), ("g".into(), 2)]);
    let Form::Import {
        module, functions, ..
    } = &fs[2]
    else {
        panic!()
    };
    assert_eq!((module.as_str(), functions.len()), ("lists", 1));
    assert!(matches!(
        fs[3],
        Form::Compile {
            export_all: true,
            ..
        }
    ));
    assert!(matches!(
        fs[4],
        Form::Compile {
            export_all: true,
            ..
        }
    ));
    assert!(matches!(
        fs[5],
        Form::Compile {
            export_all: false,
            ..
        }
    ));
}

#[test]
fn skipped_attributes() {
    let src = "-module(m).\n\
               -spec f(integer()) -> ok.\n\
               -type t() :: #{a => [b]} | {c, 1..2}.\n\
               -author(\"me\").\n-vsn(1).\n-behaviour(gen_server).\n-behavior(x).\n\
               -dialyzer({nowarn_function, f/1}).\n-file(\"x.erl\", 1).\n\
               -callback init(term()) -> {ok, term()}.\n-opaque o() :: #rec{}.\n\
               -custom_attr whatever ?? at all.\n\
               f(_) -> ok.\n";
    let fs = forms(src);
    let skipped: Vec<&str> = fs
        .iter()
        .filter_map(|f| match f {
            Form::Skipped { name, .. } => Some(name.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(
        skipped,
        [
            "spec",
            "type",
            "author",
            "vsn",
            "behaviour",
            "behavior",
            "dialyzer",
            "file",
            "callback",
            "opaque",
            "custom_attr"
        ]
    );
    let Form::Skipped { span, .. } = &fs[1] else {
        panic!()
    };
    assert_eq!(&src[span.range()], "-spec f(integer()) -> ok.");
    assert!(matches!(fs.last(), Some(Form::Function(_))));
}

#[test]
fn dots_and_comments() {
    // `1.` then whitespace is the integer 1 and a dot token.
    let fs = forms("f() -> 1.\ng() -> 2.%c\nh() -> [3].");
    assert_eq!(fs.len(), 3);
    // A comment may contain anything, including a dot.
    let fs = forms("% a. b. c.\nf() -> ok. % end.\n");
    assert_eq!(fs.len(), 1);
}

#[test]
fn spans_cover_constructs() {
    let e = expr("foo(1, 2) + bar");
    assert_eq!(e.span.range(), 7..22);
    let e = expr("case X of _ -> 1 end");
    assert_eq!(e.span.range(), 7..27);
    let e = expr("- 5");
    assert_eq!(e.span.range(), 7..10);
}
