//! Diagnostics as data, and the one place that renders them.
//!
//! Every compiler stage returns its own error enum and turns it into
//! [`Diagnostic`]s; all wording lives in those conversions. This module is
//! the only user of `codespan-reporting`. Voice: a short noun-phrase title,
//! a label that says what is wrong at the span, sentences in notes, and a
//! `hint:` that says how to fix it. Colour is the caller's choice.

use crate::source::Span;
use codespan_reporting::diagnostic as cs;
use codespan_reporting::files::SimpleFile;
use codespan_reporting::term;
use codespan_reporting::term::termcolor::{Ansi, NoColor};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Warning,
    Error,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Label {
    pub span: Span,
    pub message: String,
    /// The primary label carries the caret (`^^^`); secondary ones use `---`.
    pub primary: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub title: String,
    pub labels: Vec<Label>,
    /// Sentences shown under the source excerpt.
    pub notes: Vec<String>,
    pub hint: Option<String>,
}

impl Diagnostic {
    pub fn error(title: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            title: title.into(),
            labels: Vec::new(),
            notes: Vec::new(),
            hint: None,
        }
    }

    pub fn warning(title: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(title)
        }
    }

    pub fn with_label(mut self, span: Span, message: impl Into<String>) -> Diagnostic {
        self.labels.push(Label {
            span,
            message: message.into(),
            primary: true,
        });
        self
    }

    pub fn with_secondary(mut self, span: Span, message: impl Into<String>) -> Diagnostic {
        self.labels.push(Label {
            span,
            message: message.into(),
            primary: false,
        });
        self
    }

    pub fn with_note(mut self, note: impl Into<String>) -> Diagnostic {
        self.notes.push(note.into());
        self
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Diagnostic {
        self.hint = Some(hint.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// Start of the primary label, used to order diagnostics by position.
    pub fn position(&self) -> u32 {
        self.labels
            .iter()
            .find(|l| l.primary)
            .or(self.labels.first())
            .map(|l| l.span.start)
            .unwrap_or(0)
    }

    fn to_codespan(&self, source_len: usize) -> cs::Diagnostic<()> {
        let severity = match self.severity {
            Severity::Error => cs::Severity::Error,
            Severity::Warning => cs::Severity::Warning,
        };
        let clamp = |s: Span| {
            let start = (s.start as usize).min(source_len);
            let end = (s.end as usize).clamp(start, source_len);
            start..end
        };
        let labels = self
            .labels
            .iter()
            .map(|l| {
                let style = if l.primary {
                    cs::LabelStyle::Primary
                } else {
                    cs::LabelStyle::Secondary
                };
                cs::Label::new(style, (), clamp(l.span)).with_message(l.message.clone())
            })
            .collect();
        let mut notes = self.notes.clone();
        if let Some(hint) = &self.hint {
            notes.push(format!("hint: {hint}"));
        }
        cs::Diagnostic::new(severity)
            .with_message(self.title.clone())
            .with_labels(labels)
            .with_notes(notes)
    }
}

/// Renders diagnostics for one file, in order, the way rustc and Gleam do.
/// `colour` adds ANSI escapes; tests render without them.
pub fn render(diagnostics: &[Diagnostic], file_name: &str, source: &str, colour: bool) -> String {
    let file = SimpleFile::new(file_name, source);
    let config = term::Config::default();
    let mut out = Vec::new();
    for d in diagnostics {
        let cs = d.to_codespan(source.len());
        let result = if colour {
            term::emit(&mut Ansi::new(&mut out), &config, &file, &cs)
        } else {
            term::emit(&mut NoColor::new(&mut out), &config, &file, &cs)
        };
        if result.is_err() {
            // Rendering into a Vec cannot fail for I/O reasons; fall back to the bare title.
            out.extend_from_slice(format!("error: {}\n", d.title).as_bytes());
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_caret_and_hint() {
        let src = "-module(a).\nf() -> X.\n";
        let d = Diagnostic::error("unbound variable")
            .with_label(Span::new(19, 20), "`X` is not bound here")
            .with_hint("bind `X` before using it");
        let text = render(&[d], "a.erl", src, false);
        assert!(text.contains("error: unbound variable"), "{text}");
        assert!(text.contains("a.erl:2:8"), "{text}");
        assert!(text.contains("^"), "{text}");
        assert!(text.contains("hint: bind `X`"), "{text}");
    }
}
