use super::*;

fn exprs(src: &str) -> Exprs {
    match parse(src) {
        Ok(Input::Exprs(e)) => e,
        other => panic!("{src}: {other:?}"),
    }
}

fn ctx<'a>(bindings: &'a [String], functions: &'a [Function]) -> Context<'a> {
    Context {
        module: "erl_eval",
        bindings,
        functions,
    }
}

#[test]
fn tells_definitions_from_expressions() {
    assert!(matches!(
        parse("add(A, B) -> A + B."),
        Ok(Input::Function(_))
    ));
    assert!(matches!(
        parse("f(X) when X > 1 -> X."),
        Ok(Input::Function(_))
    ));
    assert!(matches!(parse("add(1, 2)."), Ok(Input::Exprs(_))));
    assert!(matches!(parse("X = 1, Y = 2."), Ok(Input::Exprs(_))));
    assert!(matches!(parse("f((1)) + 2."), Ok(Input::Exprs(_))));
}

#[test]
fn bindings_after_an_input_are_returned_sorted() {
    let e = exprs("X = 1, {Y, _} = {2, 3}, case 1 of 1 -> Z = 1; _ -> ok end, X + Y.");
    let m = compile_exprs(&e, &ctx(&[], &[])).expect("compiles");
    assert_eq!(m.bindings, vec!["X", "Y"]);
    let old = vec!["A".to_string()];
    let e = exprs("B = A.");
    let m = compile_exprs(&e, &ctx(&old, &[])).expect("compiles");
    assert_eq!(m.bindings, vec!["A", "B"]);
}

#[test]
fn errors_are_in_input_coordinates() {
    let e = exprs("1 + Y.");
    let d = compile_exprs(&e, &ctx(&[], &[])).expect_err("Y is unbound");
    assert_eq!(d[0].title, "unbound variable");
    assert_eq!(d[0].labels[0].span, Span::new(4, 5));
    let d = parse("foo(.").expect_err("syntax error");
    assert_eq!(d[0].labels[0].span, Span::new(4, 5), "{d:?}");
}

#[test]
fn unknown_local_calls_and_shell_functions() {
    let f = match parse("add(A, B) -> A + B.") {
        Ok(Input::Function(f)) => f,
        other => panic!("{other:?}"),
    };
    assert!(check_function(&f, "add(A, B) -> A + B.", &ctx(&[], &[])).is_ok());
    let fs = vec![f];
    let e = exprs("add(1, 2) + nope(3).");
    assert!(compile_exprs(&e, &ctx(&[], &fs)).is_ok());
    let bad = match parse("g() -> X.") {
        Ok(Input::Function(f)) => f,
        other => panic!("{other:?}"),
    };
    assert!(check_function(&bad, "g() -> X.", &ctx(&[], &fs)).is_err());
}

mod props {
    use super::*;
    use proptest::prelude::*;

    const WORDS: &[&str] = &[
        "X",
        "Y",
        "_",
        "=",
        "1",
        "2.5",
        "+",
        "-",
        "/",
        "(",
        ")",
        "{",
        "}",
        ",",
        "[",
        "]",
        "|",
        "||",
        "<-",
        "fun",
        "end",
        "->",
        "case",
        "of",
        ";",
        "a",
        "\"s.t\"",
        "v(1)",
        "v(X)",
        "f(",
        "add(",
        "#{",
        "=>",
        ":=",
        "begin",
        "catch",
        "try",
        "after",
        "receive",
        "when",
        "<<",
        ">>",
        "lists:seq(",
        "!",
        "not",
        "andalso",
        "$.",
        "%",
        "\n",
        ".",
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(500))]
        /// Any input parses or fails with diagnostics, and compiles or
        /// fails with diagnostics: never a panic.
        #[test]
        fn shell_inputs_never_panic(words in prop::collection::vec(0..WORDS.len(), 0..14)) {
            let mut src: String = words.iter().map(|&i| WORDS[i]).collect::<Vec<_>>().join(" ");
            src.push_str(".\n");
            let bindings = vec!["X".to_string()];
            let functions = match parse("add(A, B) -> A + B.") {
                Ok(Input::Function(f)) => vec![f],
                _ => Vec::new(),
            };
            match parse(&src) {
                Ok(Input::Exprs(e)) => {
                    let _ = value_references(&e, &functions);
                    let _ = compile_exprs(&e, &ctx(&bindings, &functions));
                }
                Ok(Input::Function(f)) => {
                    let _ = check_function(&f, &src, &ctx(&bindings, &functions));
                }
                Err(d) => prop_assert!(!d.is_empty()),
            }
        }
    }
}
