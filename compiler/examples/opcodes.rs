//! Prints the opcode table in Markdown, for docs/bytecode.md.
fn main() {
    println!("| opcode | name | operands | flags | meaning |");
    println!("|---|---|---|---|---|");
    for op in compiler::bytecode::isa::OPCODES {
        use compiler::bytecode::isa::flags::*;
        let mut f = Vec::new();
        for (bit, name) in [
            (SAFE, "SAFE"),
            (RED, "RED"),
            (BRANCH, "BRANCH"),
            (END, "END"),
            (RAISE, "RAISE"),
        ] {
            if op.flags & bit != 0 {
                f.push(name);
            }
        }
        println!(
            "| {} | `{}` | `{}` | {} | {} |",
            op.code,
            op.name,
            op.operands.replace('|', "\\|"),
            f.join(" "),
            op.meaning.replace('|', "\\|")
        );
    }
}
