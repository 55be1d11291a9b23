//! Splits what the user types into shell inputs: one input is everything
//! up to and including a dot token (a `.` followed by whitespace, `%` or
//! the end of the text), found with the compiler's own lexer, so a `.`
//! inside a string, a quoted atom, a character literal (`$.`), a comment
//! or a float (`1.5`) never ends an input.
//!
//! Invariant: [`Accumulator::pending`] never starts with a complete input;
//! every complete input is handed out by [`Accumulator::next_input`].

use compiler::syntax::lexer;
use compiler::syntax::token::Token;

#[derive(Default)]
pub struct Accumulator {
    text: String,
}

impl Accumulator {
    /// Adds one line of input (without its line terminator).
    pub fn push_line(&mut self, line: &str) {
        self.text.push_str(line);
        self.text.push('\n');
    }

    /// Adds text as it is (piped input read in blocks, tests).
    pub fn push_str(&mut self, s: &str) {
        self.text.push_str(s);
    }

    /// Takes the first complete input, if there is one: the text up to and
    /// including its dot token. What follows stays pending.
    pub fn next_input(&mut self) -> Option<String> {
        let end = end_of_first_input(&self.text)?;
        let rest = self.text.split_off(end);
        Some(std::mem::replace(&mut self.text, rest))
    }

    /// The text not yet part of a complete input.
    #[cfg(test)]
    pub fn pending(&self) -> &str {
        &self.text
    }

    /// Whether the pending text holds anything but whitespace and comments
    /// (so the next line continues an input).
    pub fn has_tokens(&self) -> bool {
        lexer::tokens(&self.text).into_iter().next().is_some()
    }

    /// Drops the pending text (Ctrl-C, or an input already dealt with).
    pub fn clear(&mut self) {
        self.text.clear();
    }

    /// Takes the pending text, leaving nothing.
    pub fn take(&mut self) -> String {
        std::mem::take(&mut self.text)
    }
}

/// The byte offset just past the first dot token, unless an unterminated
/// string or quoted atom comes first (more lines will close it).
fn end_of_first_input(text: &str) -> Option<usize> {
    // A dot at the very end of the text may be followed by more on the
    // next line (`1.` then `5` is not a float, but `X.` then `y` is still
    // two tokens); the line terminator settles it, so wait for one.
    for token in lexer::tokens(text) {
        match token {
            Ok((_, Token::EndDot, end)) if end < text.len() => return Some(end),
            Ok(_) => {}
            Err(e) if is_unterminated(&e) => return None,
            Err(_) => {}
        }
    }
    None
}

fn is_unterminated(e: &compiler::syntax::error::SyntaxError) -> bool {
    matches!(e, compiler::syntax::error::SyntaxError::Unterminated { .. })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn inputs(lines: &[&str]) -> (Vec<String>, String) {
        let mut acc = Accumulator::default();
        let mut out = Vec::new();
        for l in lines {
            acc.push_line(l);
            while let Some(i) = acc.next_input() {
                out.push(i);
            }
        }
        (out, acc.pending().to_string())
    }

    #[test]
    fn dots_inside_tokens_do_not_end_an_input() {
        let (got, rest) = inputs(&["X = \"a.b\", % c.", "Y = 1.5, Z = $., 'q.r'."]);
        assert_eq!(
            got,
            vec!["X = \"a.b\", % c.\nY = 1.5, Z = $., 'q.r'.".to_string()]
        );
        assert_eq!(rest, "\n");
    }

    #[test]
    fn several_inputs_on_one_line_and_continuations() {
        let (got, rest) = inputs(&["1. 2.", "{a,", " b}."]);
        assert_eq!(got, vec!["1.", " 2.", "\n{a,\n b}."]);
        assert_eq!(rest, "\n");
        let (got, rest) = inputs(&["\"a.", "b\"."]);
        assert_eq!(got, vec!["\"a.\nb\"."]);
        assert_eq!(rest, "\n");
    }

    #[test]
    fn blank_and_comment_lines_are_not_inputs() {
        let mut acc = Accumulator::default();
        acc.push_line("  % just a comment.");
        assert_eq!(acc.next_input(), None);
        assert!(!acc.has_tokens());
        acc.push_line("x");
        assert!(acc.has_tokens());
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]
        #[test]
        fn never_panics_and_loses_nothing(
            lines in prop::collection::vec("[ -~\u{a0}-\u{17f}\u{1F600}\t]{0,30}", 0..8)
        ) {
            let mut acc = Accumulator::default();
            let mut all = String::new();
            let mut seen = String::new();
            for l in &lines {
                acc.push_line(l);
                all.push_str(l);
                all.push('\n');
                while let Some(i) = acc.next_input() {
                    if let Ok(compiler::shell::Input::Exprs(e)) = compiler::shell::parse(&i) {
                        let ctx = compiler::shell::Context {
                            module: "erl_eval",
                            bindings: &[],
                            functions: &[],
                        };
                        let _ = compiler::shell::value_references(&e, &[]);
                        let _ = compiler::shell::compile_exprs(&e, &ctx);
                    }
                    seen.push_str(&i);
                }
            }
            let _ = acc.has_tokens();
            seen.push_str(acc.pending());
            prop_assert_eq!(seen, all);
        }
    }
}
