//! The module encoder and decoder round-trip: every corpus program and the
//! standard library compile, encode and decode to an equal module; random
//! literals and operand values survive; truncated or corrupted files are
//! errors, never panics.

use compiler::bytecode::{Instr, Label, Literal, Module, Src};
use num_bigint::BigInt;
use proptest::prelude::*;
use std::path::Path;

fn erl_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            erl_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "erl") {
            out.push(p);
        }
    }
}

fn corpus() -> Vec<Module> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut files = Vec::new();
    erl_files(&root.join("tests/programs"), &mut files);
    erl_files(&root.join("stdlib"), &mut files);
    files
        .iter()
        .filter_map(|f| {
            let src = std::fs::read_to_string(f).ok()?;
            compiler::compile(&src, "x.erl").ok().map(|c| c.module)
        })
        .collect()
}

#[test]
fn corpus_modules_round_trip() {
    let modules = corpus();
    assert!(
        modules.len() > 50,
        "expected the corpus to compile, got {}",
        modules.len()
    );
    for m in modules {
        let bytes = m.encode();
        let back = Module::decode(&bytes).expect("decodes");
        assert_eq!(back, m);
    }
}

#[test]
fn corrupt_files_are_errors() {
    let m = corpus().into_iter().next().expect("a module");
    let bytes = m.encode();
    for cut in [0, 3, 8, 9, bytes.len() / 2, bytes.len() - 1] {
        assert!(Module::decode(&bytes[..cut]).is_err(), "truncated at {cut}");
    }
    let mut flipped = bytes.clone();
    flipped[9] ^= 0xff;
    let _ = Module::decode(&flipped); // must not panic
}

fn literal() -> impl Strategy<Value = Literal> {
    let leaf = prop_oneof![
        any::<i64>().prop_map(|v| Literal::Int(BigInt::from(v) * BigInt::from(v))),
        any::<f64>().prop_map(Literal::Float),
        (0u32..100).prop_map(Literal::Atom),
        Just(Literal::Nil),
        proptest::collection::vec(any::<u8>(), 0..10).prop_map(|b| {
            let bits = b.len() as u64 * 8;
            Literal::Binary(b, bits)
        }),
    ];
    leaf.prop_recursive(3, 32, 4, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4).prop_map(Literal::Tuple),
            (
                proptest::collection::vec(inner.clone(), 1..4),
                inner.clone()
            )
                .prop_map(|(es, t)| Literal::List(es, Box::new(t))),
            proptest::collection::vec((inner.clone(), inner), 0..3).prop_map(Literal::Map),
        ]
    })
}

fn src() -> impl Strategy<Value = Src> {
    prop_oneof![
        any::<u16>().prop_map(Src::X),
        any::<u16>().prop_map(Src::Y),
        any::<i32>().prop_map(Src::Int),
        any::<u32>().prop_map(Src::Atom),
        Just(Src::Nil),
        any::<u32>().prop_map(Src::Literal),
    ]
}

proptest! {
    #[test]
    fn literals_and_operands_round_trip(lits in proptest::collection::vec(literal(), 0..6),
                                        srcs in proptest::collection::vec((src(), any::<u32>()), 0..6)) {
        let code = vec![
            Instr::SelectVal { arg: Src::X(0), fail: Label(0), cases: srcs.iter().map(|(s, l)| (*s, Label(*l))).collect::<Vec<_>>().into() },
            Instr::Return {},
        ];
        let m = Module {
            name: 0,
            atoms: vec!["m".into()],
            literals: lits,
            imports: vec![],
            exports: vec![],
            lambdas: vec![],
            functions: vec![compiler::bytecode::Function { name: 0, arity: 0, code, lines: vec![(0, 1)], stack_map: vec![] }],
            file: "m.erl".into(),
        };
        let back = Module::decode(&m.encode()).unwrap();
        // NaN floats are not equal to themselves; compare encodings instead.
        prop_assert_eq!(back.encode(), m.encode());
    }

    #[test]
    fn decoding_random_bytes_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
        let mut with_magic = b"JOIST\0BC\x01".to_vec();
        with_magic.extend_from_slice(&bytes);
        let _ = Module::decode(&with_magic);
        let _ = Module::decode(&bytes);
    }
}
