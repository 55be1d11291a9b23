fn main() {
    let path = std::env::args().nth(1).unwrap();
    let src = std::fs::read_to_string(&path).unwrap();
    match compiler::compile(&src, &path) {
        Ok(c) => print!("{}", compiler::bytecode::disasm::module(&c.module)),
        Err(d) => print!("{}", compiler::diagnostic::render(&d, &path, &src, false)),
    }
}
