pub fn flush() {
    use std::io::Write;
    let _ = std::io::stdout().flush();
}
