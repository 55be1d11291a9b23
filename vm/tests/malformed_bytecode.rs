//! Bytecode that the compiler would never produce, but that passes the
//! loader's checks, must still run memory-safely: the loader verifies
//! operands and labels, not the facts compiled code relies on (that a
//! `get_list` follows a cons test, a `get_tuple_element` an arity test).
//! Each case here runs such a module through `joist run` and requires a
//! normal exit: no signal, no panic, no "internal error".
//!
//! A malformed `get_list` once read the cell of whatever term it was
//! given; a mutated module made it read through `[]` and crash with a
//! segmentation fault.

use compiler::bytecode::{Instr, TypeTest};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

fn temp_path(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("joist-malformed-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

/// Runs a bytecode file with one scheduler; `None` if it was still running
/// after `limit` (a malformed module may well loop forever).
fn run_bytecode(bytes: &[u8], name: &str, limit: Duration) -> Option<Output> {
    let path = temp_path(name);
    std::fs::write(&path, bytes).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_joist"))
        .args(["run", "--schedulers", "1"])
        .arg(&path)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let start = Instant::now();
    loop {
        if child.try_wait().unwrap().is_some() {
            return Some(child.wait_with_output().unwrap());
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            return None;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
}

fn assert_ran_safely(out: &Output, what: &str) {
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        matches!(out.status.code(), Some(0..=2)),
        "{what}: exit status {:?}, stderr: {stderr}",
        out.status
    );
    for bad in ["panicked", "internal error", "RUST_BACKTRACE"] {
        assert!(!stderr.contains(bad), "{what}: {bad} in stderr: {stderr}");
    }
}

fn compile(source: &str) -> compiler::bytecode::Module {
    compiler::compile(source, "malformed.erl")
        .expect("the test program compiles")
        .module
}

#[test]
fn get_list_of_a_non_list_reads_nil() {
    let mut module = compile(
        "-module(malformed).\n-export([main/0]).\n\
         main() -> io:format(\"~p~n\", [first([])]).\n\
         first([H | _]) -> H.\n",
    );
    // Let `[]` through the clause's cons test, as a mutated file did.
    let mut patched = 0;
    for f in &mut module.functions {
        for i in &mut f.code {
            if let Instr::Test { kind, .. } = i {
                if *kind == TypeTest::Cons {
                    *kind = TypeTest::List;
                    patched += 1;
                }
            }
        }
    }
    assert!(patched > 0, "the program has a cons test to patch");
    let out = run_bytecode(&module.encode(), "get_list.jbc", Duration::from_secs(20))
        .expect("the program ends");
    assert_ran_safely(&out, "get_list of []");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "[]\n");
}

#[test]
fn get_tuple_element_past_the_arity_reads_nil() {
    let mut module = compile(
        "-module(malformed).\n-export([main/0]).\n\
         main() -> io:format(\"~p~n\", [second({a, b})]).\n\
         second({_, B}) -> B.\n",
    );
    let mut patched = 0;
    for f in &mut module.functions {
        for i in &mut f.code {
            if let Instr::GetTupleElement { index, .. } = i {
                *index += 100;
                patched += 1;
            }
        }
    }
    assert!(patched > 0, "the program reads a tuple element");
    let out = run_bytecode(&module.encode(), "get_tuple.jbc", Duration::from_secs(20))
        .expect("the program ends");
    assert_ran_safely(&out, "get_tuple_element past the arity");
}

/// Byte mutations of a compiled module: each is either rejected by the
/// loader (exit 2), runs to an end, or runs until it is stopped; none may
/// crash. A fixed seed keeps the run reproducible.
#[test]
fn mutated_modules_never_crash() {
    let module = compile(
        "-module(malformed).\n-export([main/0]).\n\
         main() ->\n\
             L = [X * 2 || X <- lists:seq(1, 20), X rem 3 =/= 0],\n\
             T = list_to_tuple(L),\n\
             M = maps:from_list([{K, K + 1} || K <- L]),\n\
             B = <<1, 2, 3, (length(L)):16>>,\n\
             <<A, _/binary>> = B,\n\
             R = try element(100, T) catch error:badarg -> caught end,\n\
             Self = self(),\n\
             Self ! {msg, A},\n\
             receive {msg, V} -> ok after 100 -> V = none end,\n\
             io:format(\"~p ~p ~p ~p ~p~n\", [lists:sum(L), maps:get(4, M), A, R, V]).\n",
    );
    let bytes = module.encode();
    let original =
        run_bytecode(&bytes, "original.jbc", Duration::from_secs(20)).expect("the original ends");
    assert_ran_safely(&original, "the original module");
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for case in 0..300 {
        let mut b = bytes.clone();
        for _ in 0..1 + next() % 4 {
            let at = (next() % b.len() as u64) as usize;
            b[at] = match next() % 4 {
                0 => next() as u8,
                1 => b[at] ^ 1,
                2 => b[at].wrapping_add(1),
                _ => 0,
            };
        }
        let name = format!("mutant{case}.jbc");
        if let Some(out) = run_bytecode(&b, &name, Duration::from_secs(5)) {
            assert_ran_safely(&out, &name);
        }
    }
}
