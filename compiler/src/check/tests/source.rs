//! Tests: real source through `syntax::parse`, then the checker.

use super::*;
use crate::diagnostic::render;
use crate::syntax::parse;

/// Parses `src` (which must have no syntax errors) and checks it.
fn check_src(src: &str) -> Vec<Diagnostic> {
    let (module, syntax) = parse(src);
    assert!(
        syntax.is_empty(),
        "{}",
        render(&syntax, "t.erl", src, false)
    );
    check(&module)
}

/// The rendered diagnostics, without colour.
fn rendered(src: &str) -> String {
    render(&check_src(src), "t.erl", src, false)
}

#[test]
fn idiomatic_module_is_clean() {
    let src = r#"-module(clean).
-export([main/0, loop/1]).
-import(lists, [reverse/1]).

-spec main() -> ok.
main() ->
    Pid = spawn(fun() -> loop(0) end),
    Pid ! {add, 2},
    Ref = make_ref(),
    Pid ! {get, self(), Ref},
    N = receive {Ref, V} -> V after 1000 -> timeout end,
    Result = case N of
        0 -> Msg = "zero", Msg;
        _ when is_integer(N), N > 0 -> Msg = "pos", Msg
    end,
    io:format("~p ~s~n", [N, Result]),
    Sq = [X * X || X <- reverse([1, 2, 3]), X rem 2 =:= 1],
    <<Len:8, Data:Len/binary, _/binary>> = <<3, "abcdef">>,
    Bits = << <<B>> || <<B>> <= Data >>,
    M = #{a => 1},
    #{a := A} = M,
    M2 = M#{a := A + 1, b => 2},
    Fact = fun F(0) -> 1; F(K) -> K * F(K - 1) end,
    T = try Fact(5) of 120 -> ok; Other -> {bad, Other}
        catch error:Reason:Stack -> {Reason, Stack}
        after io:format("done~n")
        end,
    C = catch throw(x),
    "ab" ++ Rest = "abc",
    {Sq, Bits, M2, T, C, Rest, fun lists:reverse/1 =/= fun erlang:length/1, -1}.

loop(S) ->
    receive
        {add, D} -> loop(S + D);
        {get, From, Ref} -> From ! {Ref, S}, loop(S)
    end.
"#;
    let ds = check_src(src);
    assert!(ds.is_empty(), "{}", render(&ds, "t.erl", src, false));
}

#[test]
fn unbound_and_unsafe_positions() {
    let src = "-module(t).\n-export([f/1]).\nf(A) ->\n    case A of 1 -> X = 1; _ -> ok end,\n    {X, Y}.\n";
    let out = rendered(src);
    assert!(
        out.contains("error: unsafe variable\n  ┌─ t.erl:5:6"),
        "{out}"
    );
    assert!(out.contains("`X` is bound here"), "{out}");
    assert!(
        out.contains("error: unbound variable\n  ┌─ t.erl:5:9"),
        "{out}"
    );
}

#[test]
fn unused_variable_and_function_positions() {
    let src = "-module(t).\n-export([f/1]).\nf(X) -> Y = 1, ok.\ng() -> ok.\n";
    let out = rendered(src);
    assert!(
        out.contains("warning: unused variable\n  ┌─ t.erl:3:3"),
        "{out}"
    );
    assert!(
        out.contains("warning: unused variable\n  ┌─ t.erl:3:9"),
        "{out}"
    );
    assert!(
        out.contains("warning: unused function\n  ┌─ t.erl:4:1"),
        "{out}"
    );
    assert!(
        out.contains("hint: if this is intentional, prefix it with an underscore: `_Y`"),
        "{out}"
    );
}

#[test]
fn undefined_functions_and_exports() {
    let src = "-module(t).\n-export([f/1, h/0]).\nf(X) -> food(X, 1) + fod(X) + fun g/3.\nfood(A, B) -> A + B.\n";
    let out = rendered(src);
    assert!(out.contains("t.erl:2:15"), "{out}"); // h/0
    assert!(out.contains("`h/0` is exported but not defined"), "{out}");
    assert!(out.contains("`fod/1` is not defined"), "{out}");
    assert!(
        out.contains("did you mean `food/2`?") || out.contains("`fod/1` is not defined"),
        "{out}"
    );
    assert!(out.contains("`g/3` is not defined"), "{out}");
    let ds = check_src(src);
    assert_eq!(errors(&ds), vec!["undefined function"; 3]);
}

#[test]
fn wrong_arity_note() {
    let src = "-module(t).\n-export([f/1]).\nf(X) -> g(X).\ng(A, B) -> {A, B}.\n";
    let out = rendered(src);
    assert!(out.contains("`g/1` is not defined"), "{out}");
    assert!(
        out.contains("`g/2` is defined, but with a different number of arguments"),
        "{out}"
    );
}

#[test]
fn patterns_and_guards() {
    let src = r#"-module(t).
-export([f/1]).
f(#{a => X}) -> X;
f(g(Y)) -> Y;
f(X) when hd(X) > 0, lists:member(X, []) -> X;
f(<<X/foo>>) -> X.
"#;
    let out = rendered(src);
    assert!(
        out.contains("error: illegal map pattern\n  ┌─ t.erl:3:5"),
        "{out}"
    );
    assert!(
        out.contains("error: illegal pattern\n  ┌─ t.erl:4:3"),
        "{out}"
    );
    assert!(
        out.contains("error: illegal guard expression\n  ┌─ t.erl:5:22"),
        "{out}"
    );
    assert!(
        out.contains("error: unknown binary type specifier\n  ┌─ t.erl:6:7"),
        "{out}"
    );
    assert!(!out.contains("t.erl:5:11"), "hd/1 is a guard BIF: {out}");
}

#[test]
fn shadowing_in_fun_heads_and_generators() {
    let src = "-module(t).\n-export([f/1]).\nf(X) -> {fun(X) -> X end, [X || X <- X]}.\n";
    let ds = check_src(src);
    assert_eq!(
        warnings(&ds),
        vec!["shadowed variable", "shadowed variable"]
    );
}

#[test]
fn module_level_problems() {
    let src = "-export([f/0]).\nf() -> ok.\nf() -> again.\n-module(t).\n";
    let ds = check_src(src);
    let mut e = errors(&ds);
    e.sort();
    assert_eq!(
        e,
        vec![
            "attribute after function definitions",
            "function defined twice",
            "missing `-module` attribute"
        ]
    );
}

/// The programs of the end-to-end test suite are valid Erlang: the
/// checker must not panic on them nor report errors.
#[test]
fn test_programs_have_no_errors() {
    let Ok(dirs) = std::fs::read_dir("../tests/programs") else {
        return;
    };
    for dir in dirs.flatten() {
        let Ok(files) = std::fs::read_dir(dir.path()) else {
            continue;
        };
        for file in files.flatten() {
            let path = file.path();
            if path.extension().is_none_or(|e| e != "erl") {
                continue;
            }
            let Ok(src) = std::fs::read_to_string(&path) else {
                continue;
            };
            let (module, syntax) = parse(&src);
            if !syntax.is_empty() {
                continue;
            }
            let ds = check(&module);
            let errs: Vec<_> = ds.iter().filter(|d| d.is_error()).cloned().collect();
            let name = path.display().to_string();
            assert!(errs.is_empty(), "{}", render(&errs, &name, &src, false));
        }
    }
}

/// Every prefix of a real module parses to some partial AST; checking it
/// must never panic.
#[test]
fn never_panics_on_truncated_source() {
    let src = "-module(t).\n-export([f/1]).\nf(#{a := X} = M) when is_map(M) ->\n    \
               Y = case X of <<N, B:N/binary, _/bits>> -> B; _ -> try X catch E:R:S -> {E, R, S} end end,\n    \
               [Z || Z <- Y, Z > 0] ++ receive {ok, V} -> V after 10 -> fun F(0) -> 0; F(K) -> F(K-1) end end.\n";
    for end in 0..=src.len() {
        if src.is_char_boundary(end) {
            let (module, _) = parse(&src[..end]);
            let _ = check(&module);
        }
    }
}
