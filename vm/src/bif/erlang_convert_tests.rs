//! Unit tests for `erlang_convert.rs`: cases checked against erl.

use super::super::erlang::tests::check;

#[test]
fn conversions_against_erl() {
    check(
        r#"
erlang:integer_to_list(-255, 16) => [45,70,70]
erlang:integer_to_list(255, 36) => [55,51]
erlang:integer_to_list(255, 37) => error:badarg
erlang:integer_to_list(255, 1) => error:badarg
erlang:integer_to_list(1.0) => error:badarg
erlang:integer_to_list(1180591620717411303424, 7) => [54,49,48,54,52,53,52,54,52,48,53,54,49,54,51,50,53,54,51,54,53,51,49,52,50]
erlang:integer_to_list(-1180591620717411303424) => [45,49,49,56,48,53,57,49,54,50,48,55,49,55,52,49,49,51,48,51,52,50,52]
erlang:integer_to_list(0, 2) => [48]
erlang:integer_to_list(10, a) => error:badarg
erlang:integer_to_binary(-10, 2) => <<45,49,48,49,48>>
erlang:integer_to_binary(123) => <<49,50,51>>
erlang:integer_to_binary(a) => error:badarg
erlang:list_to_integer("-ff", 16) => -255
erlang:list_to_integer("+12") => 12
erlang:list_to_integer("12 ") => error:badarg
erlang:list_to_integer("") => error:badarg
erlang:list_to_integer("-") => error:badarg
erlang:list_to_integer("+") => error:badarg
erlang:list_to_integer("zZ", 36) => 1295
erlang:list_to_integer("1_000") => error:badarg
erlang:list_to_integer([49|a]) => error:badarg
erlang:list_to_integer(<<"1">>) => error:badarg
erlang:list_to_integer("99999999999999999999999") => 99999999999999999999999
erlang:list_to_integer("-0012") => -12
erlang:list_to_integer("12", 37) => error:badarg
erlang:list_to_integer("12", 2) => error:badarg
erlang:list_to_integer([49, 300]) => error:badarg
erlang:list_to_integer("1.0") => error:badarg
erlang:list_to_integer([1633]) => error:badarg
erlang:list_to_integer("--1") => error:badarg
erlang:list_to_integer(" 1") => error:badarg
erlang:binary_to_integer(<<"-0012">>) => -12
erlang:binary_to_integer(<<"12">>, 37) => error:badarg
erlang:binary_to_integer(<<>>) => error:badarg
erlang:binary_to_integer(<<"ff">>, 16) => 255
erlang:binary_to_integer(<<"1",1:1>>) => error:badarg
erlang:binary_to_integer("12") => error:badarg
erlang:list_to_float("1.5") => 1.5
erlang:list_to_float("1") => error:badarg
erlang:list_to_float("1.5e3") => 1.5e3
erlang:list_to_float("1.5E+3") => 1.5e3
erlang:list_to_float("-1.5e-3") => -0.0015
erlang:list_to_float("+1.5") => 1.5
erlang:list_to_float("1.") => error:badarg
erlang:list_to_float(".5") => error:badarg
erlang:list_to_float("1.5 ") => error:badarg
erlang:list_to_float("1e5") => error:badarg
erlang:list_to_float("1.0e400") => error:badarg
erlang:list_to_float("1.0e-400") => 0.0
erlang:list_to_float("1.0e-320") => 1.0e-320
erlang:list_to_float("0.1") => 0.1
erlang:list_to_float("1.5x") => error:badarg
erlang:list_to_float("inf") => error:badarg
erlang:list_to_float("01.50") => 1.5
erlang:list_to_float("1.5e") => error:badarg
erlang:list_to_float("-0.0") => -0.0
erlang:list_to_float("1.5e+") => error:badarg
erlang:list_to_float(a) => error:badarg
erlang:list_to_float([49,46,53|a]) => error:badarg
erlang:binary_to_float(<<"2.5">>) => 2.5
erlang:binary_to_float(<<"2">>) => error:badarg
erlang:binary_to_float(<<"2.5e-2">>) => 0.025
erlang:float_to_list(1.5) => [49,46,53,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,101,43,48,48]
erlang:float_to_list(1) => error:badarg
erlang:float_to_list(0.1) => [49,46,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,53,53,53,49,101,45,48,49]
erlang:float_to_list(-1.0e-300) => [45,49,46,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,50,53,48,54,101,45,51,48,48]
erlang:float_to_list(1.5, []) => [49,46,53,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,101,43,48,48]
erlang:float_to_list(1.5, [short]) => [49,46,53]
erlang:float_to_list(0.1, [{decimals, 3}]) => [48,46,49,48,48]
erlang:float_to_list(0.1, [{decimals, 3}, compact]) => [48,46,49]
erlang:float_to_list(0.1, [compact, {decimals, 3}]) => [48,46,49]
erlang:float_to_list(0.1, [{scientific, 3}]) => [49,46,48,48,48,101,45,48,49]
erlang:float_to_list(0.1, [{scientific, 3}, {decimals, 2}]) => [48,46,49,48]
erlang:float_to_list(0.1, [{decimals, 2}, {scientific, 3}]) => [49,46,48,48,48,101,45,48,49]
erlang:float_to_list(0.1, [{decimals, 2}, short]) => [48,46,49]
erlang:float_to_list(0.1, [short, {decimals, 2}]) => [48,46,49,48]
erlang:float_to_list(0.1, [compact]) => [49,46,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,53,53,53,49,101,45,48,49]
erlang:float_to_list(0.1, [foo]) => error:badarg
erlang:float_to_list(0.1, [{decimals, 254}]) => error:badarg
erlang:float_to_list(0.1, [{decimals, 253}]) => [48,46,49,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,53,53,53,49,49,49,53,49,50,51,49,50,53,55,56,50,55,48,50,49,49,56,49,53,56,51,52,48,52,53,52,49,48,49,53,54,50,53,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48]
erlang:float_to_list(0.1, [{decimals, -1}]) => error:badarg
erlang:float_to_list(0.1, [{scientific, 250}]) => error:badarg
erlang:float_to_list(0.1, [{scientific, 0}]) => [49,101,45,48,49]
erlang:float_to_list(0.1, {decimals,2}) => error:badarg
erlang:float_to_list(0.1, [{decimals, 2}|foo]) => error:badarg
erlang:float_to_list(1.0e20, [{decimals, 0}]) => [49,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48]
erlang:float_to_list(1.0e20, [short]) => [49,46,48,101,50,48]
erlang:float_to_list(123456.0, [short]) => [49,50,51,52,53,54,46,48]
erlang:float_to_list(2.5, [{decimals,0}]) => [51]
erlang:float_to_list(0.5, [{decimals,0}]) => [49]
erlang:float_to_list(1.005, [{decimals,2}]) => [49,46,48,48]
erlang:float_to_list(1.0, [{decimals,2}, compact]) => [49,46,48]
erlang:float_to_list(1.0e20, [{decimals,2}, compact]) => [49,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,46,48]
erlang:float_to_list(1.5, [{decimals, 1.0}]) => error:badarg
erlang:float_to_list(1.5, [{scientific, a}]) => error:badarg
erlang:float_to_binary(1.0e10, [short]) => <<49,46,48,101,49,48>>
erlang:float_to_binary(2.5, [{decimals,0}]) => <<51>>
erlang:float_to_binary(2.5) => <<50,46,53,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,101,43,48,48>>
erlang:float_to_binary(a, []) => error:badarg
erlang:atom_to_list(abc) => [97,98,99]
erlang:atom_to_list("a") => error:badarg
erlang:atom_to_binary(abc) => <<97,98,99>>
erlang:atom_to_binary('\x{4F60}') => <<228,189,160>>
erlang:atom_to_binary('\x{e9}', latin1) => <<233>>
erlang:atom_to_binary('\x{e9}', utf8) => <<195,169>>
erlang:atom_to_binary('\x{4F60}', latin1) => error:badarg
erlang:atom_to_binary(abc, utf16) => error:badarg
erlang:atom_to_binary(abc, unicode) => <<97,98,99>>
erlang:atom_to_binary("abc", utf8) => error:badarg
erlang:list_to_atom([20320]) => '\x{4F60}'
erlang:list_to_atom([-1]) => error:badarg
erlang:list_to_atom([$a|b]) => error:badarg
erlang:list_to_atom(<<"a">>) => error:badarg
erlang:list_to_atom([1114112]) => error:badarg
erlang:list_to_atom([55296]) => error:badarg
erlang:list_to_atom("") => ''
erlang:list_to_existing_atom("zzqqxx") => error:badarg
erlang:list_to_existing_atom("ok") => ok
erlang:list_to_existing_atom(ok) => error:badarg
erlang:binary_to_atom(<<"abc">>) => abc
erlang:binary_to_atom(<<233>>) => error:badarg
erlang:binary_to_atom(<<1:1>>) => error:badarg
erlang:binary_to_atom(<<"a">>, foo) => error:badarg
erlang:binary_to_atom("a", utf8) => error:badarg
erlang:binary_to_existing_atom(<<"zzqqxx2">>) => error:badarg
erlang:binary_to_existing_atom(<<"ok">>, utf8) => ok
erlang:binary_to_existing_atom(<<"ok">>, latin1) => ok
erlang:binary_to_list(<<1,2,3>>) => [1,2,3]
erlang:binary_to_list(<<1,2:3>>) => error:badarg
erlang:binary_to_list(a) => error:badarg
erlang:binary_to_list(<<1,2,3,4>>, 2, 3) => [2,3]
erlang:binary_to_list(<<1,2,3,4>>, 3, 2) => error:badarg
erlang:binary_to_list(<<1,2,3,4>>, 0, 2) => error:badarg
erlang:binary_to_list(<<1,2,3,4>>, 2, 5) => error:badarg
erlang:binary_to_list(<<1,2,3,4>>, 3, 3) => [3]
erlang:binary_to_list(<<1,2,3:4>>, 1, 2) => [1,2]
erlang:binary_to_list(<<1,2,3:4>>, 1, 3) => error:badarg
erlang:binary_to_list(<<>>) => []
erlang:list_to_binary([1,[2,<<3>>],256]) => error:badarg
erlang:list_to_binary([1,[2,<<3>>]|<<4>>]) => <<1,2,3,4>>
erlang:list_to_binary([1|2]) => error:badarg
erlang:list_to_binary(<<1>>) => error:badarg
erlang:list_to_binary([<<1:1>>]) => error:badarg
erlang:list_to_binary([]) => <<>>
erlang:list_to_binary([[],[[]]|[]]) => <<>>
erlang:list_to_binary([-1]) => error:badarg
erlang:list_to_binary([a]) => error:badarg
erlang:iolist_to_binary(<<1,2>>) => <<1,2>>
erlang:iolist_to_binary([<<1:1>>]) => error:badarg
erlang:iolist_to_binary(a) => error:badarg
erlang:iolist_to_binary(<<1:1>>) => error:badarg
erlang:iolist_to_binary([1,2|<<3>>]) => <<1,2,3>>
erlang:iolist_size([1,<<2,3>>,[[4]]|<<5>>]) => 5
erlang:iolist_size(<<1:1>>) => error:badarg
erlang:iolist_size(<<1,2>>) => 2
erlang:iolist_size([-1]) => error:badarg
erlang:iolist_size([<<1:1>>]) => error:badarg
erlang:iolist_size(a) => error:badarg
erlang:list_to_bitstring([1,<<1:1>>,<<2:2>>]) => <<1,6:3>>
erlang:list_to_bitstring([<<1:1>>, 1]) => <<128,1:1>>
erlang:list_to_bitstring([1|<<1:1>>]) => <<1,1:1>>
erlang:list_to_bitstring(<<1:1>>) => error:badarg
erlang:list_to_bitstring([256]) => error:badarg
erlang:bitstring_to_list(<<1,2:3>>) => [1,<<2:3>>]
erlang:bitstring_to_list(<<1,2>>) => [1,2]
erlang:bitstring_to_list(<<>>) => []
erlang:bitstring_to_list(a) => error:badarg
erlang:binary_part(<<1,2,3>>, 1, 2) => <<2,3>>
erlang:binary_part(<<1,2,3>>, 3, -2) => <<2,3>>
erlang:binary_part(<<1,2,3>>, 3, -4) => error:badarg
erlang:binary_part(<<1,2,3>>, {0, 4}) => error:badarg
erlang:binary_part(<<1,2,3>>, {1, 1}) => <<2>>
erlang:binary_part(<<1,2,3>>, {1, a}) => error:badarg
erlang:binary_part(<<1,2,3>>, {1, 1, 1}) => error:badarg
erlang:binary_part(<<1,2,3>>, 3, 0) => <<>>
erlang:binary_part(<<1,2,3>>, 4, 0) => error:badarg
erlang:binary_part(<<1,2,3>>, -1, 1) => error:badarg
erlang:binary_part(<<1,2,3:4>>, 0, 1) => <<1>>
erlang:binary_part(<<1,2,3:4>>, 2, 1) => error:badarg
erlang:binary_part(<<1,2,3:4>>, 0, 3) => error:badarg
erlang:binary_part(a, 0, 0) => error:badarg
erlang:split_binary(<<1,2,3>>, 1) => {<<1>>,<<2,3>>}
erlang:split_binary(<<1,2,3>>, 4) => error:badarg
erlang:split_binary(<<1,2,3>>, 3) => {<<1,2,3>>,<<>>}
erlang:split_binary(<<1,2,3>>, -1) => error:badarg
erlang:split_binary(<<1,2,3:4>>, 1) => {<<1>>,<<2,3:4>>}
erlang:split_binary(<<1,2,3:4>>, 3) => error:badarg
erlang:split_binary(<<1,2,3:4>>, 2) => {<<1,2>>,<<3:4>>}
erlang:split_binary(a, 0) => error:badarg
"#,
    );
}

#[test]
fn long_atoms_are_system_limit() {
    let a255 = format!("\"{}\"", "a".repeat(255));
    let a256 = format!("\"{}\"", "a".repeat(256));
    let mut p = crate::process::Process::new(0, false);
    let call = super::super::erlang::tests::call;
    assert_eq!(call(&mut p, "erlang", "list_to_atom", &a255).len(), 255);
    assert_eq!(
        call(&mut p, "erlang", "list_to_atom", &a256),
        "error:system_limit"
    );
    let e = "\\x{4F60}".repeat(255);
    assert!(call(&mut p, "erlang", "list_to_atom", &format!("\"{}\"", e)).starts_with('\''));
    let b256 = format!("<<\"{}\">>", "a".repeat(256));
    assert_eq!(
        call(&mut p, "erlang", "binary_to_atom", &b256),
        "error:system_limit"
    );
    assert_eq!(call(&mut p, "erlang", "atom_to_list", "'\\x{e9}'"), "[233]");
    assert_eq!(
        call(&mut p, "erlang", "binary_to_atom", "<<233>>, latin1"),
        call(&mut p, "erlang", "binary_to_atom", "<<195,169>>, utf8")
    );
}
