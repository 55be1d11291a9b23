//! Compiles every `stdlib/*.erl` to bytecode and generates a table that
//! embeds them, so the VM starts without compiling anything.

use std::fs;
use std::path::Path;

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../stdlib");
    println!("cargo:rerun-if-changed={}", dir.display());
    let out = std::env::var("OUT_DIR").expect("OUT_DIR is set by cargo");
    let mut entries = Vec::new();
    let mut files: Vec<_> = fs::read_dir(&dir)
        .map(|rd| rd.filter_map(|e| e.ok()).map(|e| e.path()).collect())
        .unwrap_or_default();
    files.sort();
    for path in files {
        if path.extension().and_then(|e| e.to_str()) != Some("erl") {
            continue;
        }
        println!("cargo:rerun-if-changed={}", path.display());
        let name = path
            .file_stem()
            .and_then(|s| s.to_str())
            .expect("utf-8 file name")
            .to_owned();
        let source = fs::read_to_string(&path).expect("readable stdlib source");
        let file = format!("{name}.erl");
        match compiler::compile(&source, &file) {
            Ok(c) => {
                let bytes = c.module.encode();
                let target = Path::new(&out).join(format!("{name}.jbc"));
                fs::write(&target, bytes).expect("write bytecode");
                entries.push((name, target));
            }
            Err(diags) => {
                let text = compiler::diagnostic::render(
                    &diags,
                    &path.display().to_string(),
                    &source,
                    false,
                );
                panic!("the standard library module {name} does not compile:\n{text}");
            }
        }
    }
    let mut table = String::from("/// Embedded standard library: (module name, bytecode).\npub static STDLIB: &[(&str, &[u8])] = &[\n");
    for (name, target) in entries {
        table.push_str(&format!(
            "    ({name:?}, include_bytes!({:?})),\n",
            target.display().to_string()
        ));
    }
    table.push_str("];\n");
    fs::write(Path::new(&out).join("stdlib.rs"), table).expect("write stdlib table");
}
