//! Prints every native function (for docs/compatibility.md).
fn main() {
    let mut last = "";
    for (m, f, a) in vm::bif::all() {
        if m != last {
            println!("\n**{m}**:");
            last = m;
        }
        print!(" `{f}/{a}`");
    }
    println!();
    println!(
        "\n**stdlib (written in Joist)**: {}",
        vm::cli::stdlib::names().collect::<Vec<_>>().join(", ")
    );
}
