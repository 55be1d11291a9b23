//! Build script: generates the parser from `src/syntax/grammar.lalrpop`
//! into `$OUT_DIR/syntax/grammar.rs` (included by `syntax/mod.rs`).

fn main() {
    println!("cargo:rerun-if-changed=src/syntax/grammar.lalrpop");
    lalrpop::Configuration::new()
        .use_cargo_dir_conventions()
        .emit_rerun_directives(true)
        .process_file("src/syntax/grammar.lalrpop")
        .expect("generating the parser from grammar.lalrpop");
}
