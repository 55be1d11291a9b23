//! Unit tests for `io.rs`: output captured per thread, expected bytes
//! from erl (`erl -noshell`, standard output redirected to a file).

use super::super::erlang::tests::{call, check};
use crate::output;
use crate::process::Process;
use crate::term::display::testparse::parse;

/// Calls an io BIF and returns (result, bytes written to standard output).
fn run(module: &str, function: &str, args: &str) -> (String, Vec<u8>) {
    let mut p = Process::new(0, false);
    output::capture(|| call(&mut p, module, function, args))
}

#[test]
fn format_and_put_chars() {
    let cases: &[(&str, &str, &str, &str, &[u8])] = &[
        (
            "io",
            "format",
            r#""~p ~w~n", [{a,"b"}, [1.5]]"#,
            "ok",
            b"{a,\"b\"} [1.5]\n",
        ),
        ("io", "format", r#""hello~n""#, "ok", b"hello\n"),
        ("io", "format", r#""~p~n""#, "error:badarg", b""),
        ("io", "format", r#""~p", y"#, "error:badarg", b""),
        ("io", "format", r#""~s", [[233]]"#, "ok", b"\xe9"),
        ("io", "format", r#""~ts|", [[20320]]"#, "ok", b"\\x{4F60}|"),
        ("io", "format", r#"standard_io, "x~n", []"#, "ok", b"x\n"),
        ("io", "format", r#"nowhere, "x~n", []"#, "error:badarg", b""),
        ("io", "fwrite", r#""~.2b", [5]"#, "ok", b"101"),
        ("io", "put_chars", r#"[20320]"#, "ok", b"\\x{4F60}"),
        ("io", "put_chars", r#"<<228,189,160>>"#, "ok", b"\\x{4F60}"),
        ("io", "put_chars", r#"<<233>>"#, "error:badarg", b""),
        ("io", "put_chars", r#"foo"#, "error:badarg", b""),
        ("io", "put_chars", r#"[-1]"#, "error:badarg", b""),
        (
            "io",
            "put_chars",
            r#"["ab", [<<"c">>, $d] | <<"e">>]"#,
            "ok",
            b"abcde",
        ),
        ("io", "put_chars", r#"[<<1:1>>]"#, "error:badarg", b""),
        ("io", "put_chars", r#"standard_io, "x""#, "ok", b"x"),
        ("io", "nl", "", "ok", b"\n"),
        ("io", "write", r#"{foo, "ab"}"#, "ok", b"{foo,[97,98]}"),
        (
            "io_lib",
            "format",
            r#""~p ~w", [x, {y}]"#,
            // OTP: ["x",32,[123,["y"],125]] (deeper)
            "[[120],32,[123,121,125]]",
            b"",
        ),
        (
            "io_lib",
            "format",
            r#""~s", [[20320]]"#,
            "error:badarg",
            b"",
        ),
        ("io_lib", "format", r#""~ts", [[20320]]"#, "[[20320]]", b""),
        ("io_lib", "format", r#"x, []"#, "[120]", b""),
        (
            "io_lib",
            "write",
            r#"{a,[1,2],"s"}"#,
            "[123,97,44,91,49,44,50,93,44,91,49,49,53,93,125]",
            b"",
        ),
        (
            "io_lib",
            "print",
            r#"{a,"s"}"#,
            "[123,97,44,34,115,34,125]",
            b"",
        ),
        ("erlang", "display", r#"{a, "b"}"#, "true", b"{a,\"b\"}\r\n"),
    ];
    for (m, f, a, want, out) in cases {
        let (got, bytes) = run(m, f, a);
        assert_eq!(&got, want, "{}:{}({})", m, f, a);
        assert_eq!(&bytes[..], *out, "{}:{}({}) output", m, f, a);
    }
}

#[test]
fn display_against_erl() {
    let cases: &[(&str, &[u8])] = &[
        (r#""a\nb""#, b"\"a\\nb\""),
        (r#"[233]"#, b"\"\xe9\""),
        (r#"[]"#, b"[]"),
        (r#"<<1,2,1,44>>"#, b"<<1,2,1,44>>"),
        (r#"<<1:3>>"#, b"<<1:3>>"),
        (r#"<<97,10>>"#, b"<<97,10>>"),
        (r#"'hello world'"#, b"'hello world'"),
        (r#"'A'"#, b"'A'"),
        (r#"'it\'s'"#, b"'it\\'s'"),
        (r#"[1.5,123456789012345678901234567890,-3,1.0e-10,3.14159265358979,1.0e300,-1.5e-300]"#, b"[1.500000e+00,123456789012345678901234567890,-3,1.000000e-10,3.141593e+00,1.000000e+300,-1.500000e-300]"),
        (r#"#{b => 2,a => 1,"x" => []}"#, b"#{a=>1,b=>2,\"x\"=>[]}"),
        (r#"{}"#, b"{}"),
        (r#"[a|b]"#, b"[a|b]"),
        (r#""\t\"q\\""#, b"\"\x09\\\"q\\\""),
        (r#"[127]"#, b"[127]"),
        (r#"[31]"#, b"[31]"),
        (r#"[126,32]"#, b"\"~ \""),
        (r#"[97|b]"#, b"[97|b]"),
        (r#"[97,98,99,1000]"#, b"[97,98,99,1000]"),
        (r#"<<195,169>>"#, b"<<195,169>>"),
        (r#"'\x{e9}'"#, b"\xc3\xa9"),
        (r#"'\n'"#, b"'\\n'"),
        (r#"[[]]"#, b"[[]]"),
        (r#"true"#, b"true"),
        (r#"'[]'"#, b"'[]'"),
        (r#"'_x'"#, b"'_x'"),
        (r#"'and'"#, b"and"),
        (r#"'a\x{e9}'"#, b"a\xc3\xa9"),
        (r#"'\x{c9}a'"#, b"'\xc3\x89a'"),
        (r#"'a@b'"#, b"'a@b'"),
        (r#"'a.b'"#, b"'a.b'"),
        (r#"'\x{f1}'"#, b"\xc3\xb1"),
        (r#"'a\x{4F60}'"#, b"'a\xe4\xbd\xa0'"),
        (r#"aB9_"#, b"aB9_"),
        (r#"'a b'"#, b"'a b'"),
        (r#"'\t'"#, b"'\\t'"),
        (r#"'a\\b'"#, b"'a\\\\b'"),
        (r#"<<1,2,3:4>>"#, b"<<1,2,3:4>>"),
        (r#"<<>>"#, b"<<>>"),
        (r#"<<0:1>>"#, b"<<0:1>>"),
        (r#"[1,2|3]"#, b"[1,2|3]"),
        (r#"-12345678901234567890123"#, b"-12345678901234567890123"),
        (r#"0.0"#, b"0.000000e+00"),
        (r#"-0.0"#, b"-0.000000e+00"),
        (r#"1.0e15"#, b"1.000000e+15"),
        (r#"123.456"#, b"1.234560e+02"),
        (r#"#{1 => #{}}"#, b"#{1=>#{}}"),
        (r#"{a,{b,[c]}}"#, b"{a,{b,[c]}}"),
        (r#"[97,10,98]"#, b"\"a\\nb\""),
        (r#"[0]"#, b"[0]"),
        (r#"[8,9,10,11,12,13]"#, b"[8,9,10,11,12,13]"),
        (r#"[9,10,13]"#, b"\"\x09\\n\x0d\""),
        (r#"[255]"#, b"\"\xff\""),
        (r#"[256]"#, b"[256]"),
        (r#"5.0e-324"#, b"4.940656e-324"),
        (r#"1.7976931348623157e308"#, b"1.797693e+308"),
        (r#"[128]"#, b"[128]"),
        (r#"[160]"#, b"\"\xa0\""),
        (r#"'a\x{80}'"#, b"'a\\200'"),
        (r#"'a\x{1}'"#, b"'a\\001'"),
        (r#"'a\x{7f}'"#, b"'a\x7f'"),
        (r#"'a\r\b\f\v'"#, b"'a\\r\\b\\f\\v'"),
        (r#"''"#, b"''"),
        (r#""a\rb""#, b"\"a\x0db\""),
        (r#"'a\x{d7}'"#, b"'a\xc3\x97'"),
        (r#"'a\x{f7}'"#, b"'a\xc3\xb7'"),
        (r#"'\x{df}'"#, b"\xc3\x9f"),
        (r#"'aA0\x{c0}'"#, b"aA0\xc3\x80"),
        (r#"<<"a b">>"#, b"<<\"a b\">>"),
        (r#"<<233>>"#, b"<<233>>"),
        (r#"<<"a\tb">>"#, b"<<97,9,98>>"),
        (r#"<<"abc",1:1>>"#, b"<<97,98,99,1:1>>"),
        (r#"<<"~!@#$%^&*()_+{}|:\"<>?">>"#, b"<<\"~!@#$%^&*()_+{}|:\\\"<>?\">>"),
        (r#"<<"\\">>"#, b"<<\"\\\">>"),
        (r#"<<127>>"#, b"<<127>>"),
        (r#"<<"a'b">>"#, b"<<\"a'b\">>"),
        (r#"<<0>>"#, b"<<0>>"),
        (r#"<0.5.0>"#, b"<0.5.0>"),
        (r#"fun lists:map/2"#, b"fun lists:map/2"),
        (r#"{1,[2,{3}],<<"x">>,"y"}"#, b"{1,[2,{3}],<<\"x\">>,\"y\"}"),
    ];
    let mut failures = Vec::new();
    for (text, want) in cases {
        let mut p = Process::new(0, false);
        let t = parse(&mut p.heap, text);
        let got = super::display_bytes(t);
        if &got[..] != *want {
            failures.push(format!(
                "{}: want {:?} got {:?}",
                text,
                String::from_utf8_lossy(want),
                String::from_utf8_lossy(&got)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn io_lib_against_erl() {
    check(
        r##"
io_lib:format("a~nb~p", [x]) => [97,10,98,[120]]
io_lib:format("~p", [1.0e-10]) => [[49,46,48,101,45,49,48]]
io_lib:format("~c~~~b~.2f~e~g", [$a, 5, 1.5, 1.5, 1.5]) => [97,126,53,49,46,53,48,49,46,53,48,48,48,48,101,43,48,49,46,53,48,48,48,48]
io_lib:format("~p", ["abc"]) => [[34,97,98,99,34]]
io_lib:format("~p", [abc]) => [[97,98,99]]
io_lib:format("~i~p", [a, b]) => [[98]]
io_lib:format("", []) => []
io_lib:format("abc", []) => [97,98,99]
io_lib:format("~10p|", [ab]) => [[97,98],124]
io_lib:format("~s and ~s", [abc, "def"]) => [97,98,99,32,97,110,100,32,[100,101,102]]
io_lib:format("~*.*.0f|~3..0b", [8, 2, 1.5, 7]) => [48,48,48,48,49,46,53,48,124,48,48,55]
io_lib:format(<<"~p!">>, [1]) => [[49],33]
io_lib:format(hi, []) => [104,105]
io_lib:format("~p ~w", [x]) => error:badarg
io_lib:format("~ts", [[20320]]) => [[20320]]
io_lib:format("~-6s|", [abc]) => [97,98,99,32,32,32,124]
io_lib:format("~.16X|~.16x", [255, "0x", 255, "#"]) => [48,120,70,70,124,35,102,102]
io_lib:format("~#|~+", [255, 255]) => [49,48,35,50,53,53,124,49,48,35,50,53,53]
io_lib:write_atom(hello) => [104,101,108,108,111]
io_lib:write_atom(a) => [97]
io_lib:write_atom("a") => error:badarg
io_lib:write_atom('hello world') => [39,104,101,108,108,111,32,119,111,114,108,100,39]
io_lib:write_string("quote\"d") => [34,113,117,111,116,101,92,34,100,34]
io_lib:write_string(a) => error:function_clause
io_lib:write_string([20320]) => [34,20320,34]
io_lib:write_string("ab", $') => [39,97,98,39]
io_lib:write_char($a) => [36,97]
io_lib:write_char(10) => [36,92,110]
io_lib:write_char($ ) => [36,92,115]
io_lib:printable_list("abc") => true
io_lib:printable_list([20320]) => false
io_lib:printable_list([]) => true
io_lib:printable_list(a) => false
io_lib:printable_list([97|b]) => false
io_lib:printable_latin1_list([233]) => true
io_lib:printable_unicode_list([20320]) => true
io_lib:printable_unicode_list([1]) => false
io_lib:write(x, 3) => [120]
io_lib:nl() => [10]
io_lib:char_list("abc") => true
io_lib:char_list([-1]) => false
io_lib:char_list(a) => false
io_lib:deep_char_list(["a",[$b]]) => true
io_lib:deep_char_list(["a",[a]]) => false
io_lib:print(abc, 1, 80, -1) => [97,98,99]
"##,
    );
}
