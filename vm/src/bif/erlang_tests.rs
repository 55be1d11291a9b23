//! Unit tests for `erlang.rs`, and the table-driven checker the other
//! bif test modules share: each case is a line `mod:fun(Args) => Result` as
//! printed by erl (`~w` of the value, or `Class:Reason`), so expectations
//! can be pasted from the oracle.

use crate::bif::{lookup, BifContext, ExcClass};
use crate::process::Process;
use crate::term::display::testparse::parse;
use crate::term::display::write_term;

/// Calls `module:function(args)` (args in Erlang syntax, without the
/// parentheses) in a fresh process; returns the result as erl's `~w`, or
/// `class:reason`.
pub(crate) fn call(p: &mut Process, module: &str, function: &str, args: &str) -> String {
    let list = parse(&mut p.heap, &format!("[{}]", args));
    let argv = super::list_to_vec(list).unwrap();
    let f = lookup(module, function, argv.len())
        .unwrap_or_else(|| panic!("no BIF {}:{}/{}", module, function, argv.len()));
    let mut ctx = BifContext::new(p);
    match f(&mut ctx, &argv) {
        Ok(t) => write_term(t),
        Err(e) => {
            let class = match e.class {
                ExcClass::Error => "error",
                ExcClass::Exit => "exit",
                ExcClass::Throw => "throw",
                ExcClass::Halt(_) => "halt",
                ExcClass::Signal => "signal",
                ExcClass::Trap => "trap",
            };
            format!("{}:{}", class, write_term(e.reason))
        }
    }
}

/// Checks every `mod:fun(Args) => Result` line of `table`, each in a fresh
/// process.
pub(crate) fn check(table: &str) {
    let mut failures = Vec::new();
    for line in table.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let (call_text, want) = line
            .rsplit_once(") => ")
            .unwrap_or_else(|| panic!("bad case {:?}", line));
        let (module, rest) = call_text.split_once(':').unwrap();
        let (function, args) = rest.split_once('(').unwrap();
        let function = function.trim_matches('\'');
        let mut p = Process::new(0, false);
        let got = call(&mut p, module, function, args);
        if got != want {
            failures.push(format!("{}\n   want {}\n    got {}", call_text, want, got));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn terms_against_erl() {
    check(
        r#"
erlang:'=='(1, 1.0) => true
erlang:'/='(1, 1.0) => false
erlang:'=:='(1, 1.0) => false
erlang:'=/='(1, 1.0) => true
erlang:'<'(1, a) => true
erlang:'>'({1}, []) => false
erlang:'=<'(1.0, 1) => true
erlang:'>='(<<1>>, [1]) => true
erlang:'and'(true, 1) => error:badarg
erlang:'and'(1, false) => error:badarg
erlang:'and'(true, false) => false
erlang:'or'(false, true) => true
erlang:'or'(true, 1) => error:badarg
erlang:'xor'(true, true) => false
erlang:'not'(1) => error:badarg
erlang:'not'(false) => true
erlang:is_atom(a) => true
erlang:is_atom("a") => false
erlang:is_binary(<<1:1>>) => false
erlang:is_bitstring(<<1:1>>) => true
erlang:is_boolean(false) => true
erlang:is_boolean(0) => false
erlang:is_float(1) => false
erlang:is_integer(123456789012345678901234567890) => true
erlang:is_list([a|b]) => true
erlang:is_map(#{}) => true
erlang:is_number(1.5) => true
erlang:is_pid(a) => false
erlang:is_port(a) => false
erlang:is_reference(a) => false
erlang:is_tuple({}) => true
erlang:is_function(fun erlang:abs/1) => true
erlang:is_function(fun erlang:abs/1, 1) => true
erlang:is_function(fun erlang:abs/1, 2) => false
erlang:is_function(fun erlang:abs/1, -1) => error:badarg
erlang:is_function(fun erlang:abs/1, a) => error:badarg
erlang:is_function(a, 1) => false
erlang:is_function(fun erlang:abs/1, 1180591620717411303424) => false
erlang:element(0, {1}) => error:badarg
erlang:element(1, {a}) => a
erlang:element(2, {a}) => error:badarg
erlang:element(1, [1]) => error:badarg
erlang:element(1.0, {1}) => error:badarg
erlang:element(1180591620717411303424, {1}) => error:badarg
erlang:setelement(2, {1}, 2) => error:badarg
erlang:setelement(1, {1}, 2) => {2}
erlang:setelement(1, [], 2) => error:badarg
erlang:tuple_size([]) => error:badarg
erlang:tuple_size({a,b}) => 2
erlang:size(<<1,2:3>>) => 1
erlang:size({1,2}) => 2
erlang:size([]) => error:badarg
erlang:byte_size(<<1,2:3>>) => 2
erlang:bit_size(<<1,2:3>>) => 11
erlang:byte_size(a) => error:badarg
erlang:bit_size({}) => error:badarg
erlang:tuple_to_list({1,2}) => [1,2]
erlang:tuple_to_list([]) => error:badarg
erlang:list_to_tuple([1,2]) => {1,2}
erlang:list_to_tuple([1|2]) => error:badarg
erlang:list_to_tuple([]) => {}
erlang:length([1,2,3]) => 3
erlang:length([1|2]) => error:badarg
erlang:length(a) => error:badarg
erlang:hd([]) => error:badarg
erlang:hd([1|2]) => 1
erlang:tl([]) => error:badarg
erlang:tl([1|2]) => 2
erlang:'++'([1,2], 3) => [1,2|3]
erlang:'++'([1|2], [3]) => error:badarg
erlang:'++'(a, []) => error:badarg
erlang:'++'([], a) => a
erlang:'--'([1,2,1,3], [1,3,4]) => [2,1]
erlang:'--'([1|2], [1]) => error:badarg
erlang:'--'([1,2], [1|2]) => error:badarg
erlang:'--'([1,2], a) => error:badarg
erlang:'--'([1, 1.0], [1.0]) => [1]
erlang:'--'([1], [1.0]) => [1]
erlang:'--'([a,b,c,a,b], [b,a,b,b]) => [c,a]
erlang:abs(-5) => 5
erlang:abs(-5.5) => 5.5
erlang:abs(-1180591620717411303424) => 1180591620717411303424
erlang:abs(a) => error:badarg
erlang:max(1, 1.0) => 1
erlang:max(1.0, 1) => 1.0
erlang:min(1, 1.0) => 1
erlang:min(1.0, 1) => 1.0
erlang:max(a, 1) => a
erlang:min(a, 1) => 1
erlang:round(2.5) => 3
erlang:round(-2.5) => -3
erlang:round(5) => 5
erlang:round(1.0e20) => 100000000000000000000
erlang:round(0.49999999999999994) => 0
erlang:round(-0.4) => 0
erlang:trunc(-2.7) => -2
erlang:trunc(a) => error:badarg
erlang:floor(-2.5) => -3
erlang:ceil(-2.5) => -2
erlang:floor(3) => 3
erlang:ceil(1.0e300) => 1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160
erlang:float(3) => 3.0
erlang:float(a) => error:badarg
erlang:float(1.5) => 1.5
erlang:float(1180591620717411303424) => 1.1805916207174113e21
erlang:map_get(a, #{}) => error:{badkey,a}
erlang:map_get(a, x) => error:{badmap,x}
erlang:map_get(a, #{a => 1}) => 1
erlang:map_size(x) => error:{badmap,x}
erlang:map_size(#{a => 1}) => 1
erlang:is_map_key(a, x) => error:{badmap,x}
erlang:is_map_key(a, #{a => 1}) => true
erlang:is_map_key(1.0, #{1 => 1}) => false
erlang:make_tuple(3, x) => {x,x,x}
erlang:make_tuple(0, x) => {}
erlang:make_tuple(-1, x) => error:badarg
erlang:make_tuple(a, x) => error:badarg
erlang:make_tuple(16777216, x) => error:badarg
erlang:make_tuple(3, x, [{1,a},{3,c}]) => {a,x,c}
erlang:make_tuple(3, x, [{4,a}]) => error:badarg
erlang:make_tuple(3, x, [{0,a}]) => error:badarg
erlang:make_tuple(3, x, [a]) => error:badarg
erlang:make_tuple(3, x, [{1,a}|b]) => error:badarg
erlang:make_tuple(3, x, [{1,a},{1,b}]) => {b,x,x}
erlang:append_element({1,2}, 3) => {1,2,3}
erlang:append_element([], 3) => error:badarg
erlang:insert_element(1, {a,b}, x) => {x,a,b}
erlang:insert_element(3, {a,b}, x) => {a,b,x}
erlang:insert_element(4, {a,b}, x) => error:badarg
erlang:insert_element(0, {a,b}, x) => error:badarg
erlang:delete_element(1, {a,b}) => {b}
erlang:delete_element(3, {a,b}) => error:badarg
erlang:delete_element(1, []) => error:badarg
"#,
    );
}

/// Every BIF of the erlang, lists, maps, io and io_lib modules returns
/// (never panics) for all combinations of odd arguments.
#[test]
fn no_bif_panics_on_odd_arguments() {
    let skip = ["halt"];
    let mut calls = 0usize;
    for (module, function, arity) in crate::bif::all() {
        if !["erlang", "lists", "maps", "io", "io_lib", "os"].contains(&module)
            || skip.contains(&function)
        {
            continue;
        }
        let mut p = Process::new(0, false);
        let many = "0, 1, -1, 3, 1152921504606846975, -1152921504606846976, \
            1180591620717411303424, -1180591620717411303424, 1.5, -0.0, 1.0e300, ok, true, \
            [], [1,2,3], [1|2], \"abc\", [[1],<<2>>], {a,1}, {}, <<1,2,3>>, <<1:3>>, \
            #{a => 1}, <0.3.0>, #Ref<0.0.0.1>, fun lists:map/2, [{a,1},{b}|c], 2";
        let few = "0, 1, -1, 1180591620717411303424, 1.5, ok, [], [1|2], \"abc\", \
            {a,1}, <<1:3>>, #{a => 1}, [{a,1},{b}]";
        let samples = parse(
            &mut p.heap,
            &format!("[{}]", if arity <= 2 { many } else { few }),
        );
        let samples = super::list_to_vec(samples).unwrap();
        let f = lookup(module, function, arity).unwrap();
        let mut idx = vec![0usize; arity];
        loop {
            let args: Vec<_> = idx.iter().map(|&i| samples[i]).collect();
            let _ = crate::output::capture(|| f(&mut BifContext::new(&mut p), &args));
            calls += 1;
            // Next combination.
            let mut k = 0;
            while k < arity {
                idx[k] += 1;
                if idx[k] < samples.len() {
                    break;
                }
                idx[k] = 0;
                k += 1;
            }
            if k == arity {
                break;
            }
        }
    }
    assert!(calls > 100_000, "only {} calls", calls);
}
