//! Tests of the `joist` command line itself (exit codes, --help, errors
//! for bad input). Having an integration test here also makes
//! `cargo test --workspace` build the `joist` binary that the whole-program
//! runners in tests/ use.

use std::process::Command;

fn joist() -> Command {
    Command::new(env!("CARGO_BIN_EXE_joist"))
}

fn temp_file(name: &str, contents: &[u8]) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("joist-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, contents).unwrap();
    p
}

#[test]
fn help_on_every_command() {
    for args in [
        vec!["--help"],
        vec!["run", "--help"],
        vec!["check", "--help"],
        vec!["compile", "--help"],
        vec!["dis", "--help"],
    ] {
        let out = joist().args(&args).output().unwrap();
        assert!(out.status.success(), "{args:?}");
        assert!(
            String::from_utf8_lossy(&out.stdout).contains("Usage"),
            "{args:?}"
        );
    }
}

#[test]
fn runs_hello_and_exits_zero() {
    let p = temp_file(
        "cli_hello.erl",
        b"-module(cli_hello).\n-export([main/0]).\nmain() -> io:format(\"hi~n\").\n",
    );
    let out = joist().arg("run").arg(&p).output().unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "hi\n");
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn main1_gets_arguments() {
    let p = temp_file(
        "cli_args.erl",
        b"-module(cli_args).\n-export([main/1]).\nmain(A) -> io:format(\"~p~n\", [A]).\n",
    );
    let out = joist()
        .arg("run")
        .arg(&p)
        .args(["x", "yz"])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "[\"x\",\"yz\"]\n");
}

#[test]
fn syntax_error_exits_two_with_caret() {
    let p = temp_file("cli_bad.erl", b"-module(cli_bad).\nmain() -> (1.\n");
    let out = joist().arg("run").arg(&p).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("cli_bad.erl:2:"), "{err}");
    assert!(err.contains('^'), "{err}");
}

#[test]
fn uncaught_error_exits_one() {
    let p = temp_file(
        "cli_crash.erl",
        b"-module(cli_crash).\n-export([main/0]).\nmain() -> 1 = length([a]) + 1.\n",
    );
    let out = joist().arg("run").arg(&p).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("** exception error: no match of right hand side value 2"),
        "{err}"
    );
    assert!(
        err.contains("cli_crash:main/0 (cli_crash.erl, line 3)"),
        "{err}"
    );
}

#[test]
fn malformed_bytecode_is_an_error() {
    let p = temp_file("cli_junk.jbc", b"JOIST\0BC\x01garbage");
    let out = joist().arg("run").arg(&p).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a valid bytecode file"));
}

#[test]
fn compile_then_run_bytecode() {
    let p = temp_file("cli_jbc.erl", b"-module(cli_jbc).\n-export([main/0]).\nmain() -> io:format(\"~p~n\", [lists:reverse([1,2,3])]).\n");
    let out_file = p.with_extension("jbc");
    let st = joist()
        .arg("compile")
        .arg(&p)
        .arg("-o")
        .arg(&out_file)
        .status()
        .unwrap();
    assert!(st.success());
    let out = joist().arg("run").arg(&out_file).output().unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "[3,2,1]\n");
    let dis = joist().arg("dis").arg(&p).output().unwrap();
    assert!(String::from_utf8_lossy(&dis.stdout).contains("call_ext"));
}
