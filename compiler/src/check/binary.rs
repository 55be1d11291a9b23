//! Static checks of binary segments (`Value:Size/Spec-Spec-...`) that do
//! not depend on values: known type specifiers, no conflicting ones, a
//! valid `unit`, no size on `utf8/16/32`, no unit without a size, and in
//! patterns an unsized `binary`/`bitstring` segment only at the end; a
//! warning for a literal `float` size other than 16, 32 or 64 bits.
//!
//! Invariant: each specifier is classified once into one group (type,
//! signedness, endianness, unit); every error is reported at the span of
//! the specifier or segment at fault, and a segment with an unknown
//! specifier still gets its other specifiers checked.

use super::error::CheckError;
use super::similar::closest;
use super::walk::Walker;
use crate::source::Span;
use crate::syntax::ast::{BinElement, Expr, ExprKind};

const TYPES: &[&str] = &[
    "integer",
    "float",
    "binary",
    "bytes",
    "bitstring",
    "bits",
    "utf8",
    "utf16",
    "utf32",
];
const SIGNEDNESS: &[&str] = &["signed", "unsigned"];
const ENDIANNESS: &[&str] = &["big", "little", "native"];

#[derive(Clone, Copy, PartialEq, Eq)]
enum Group {
    Type,
    Sign,
    Endian,
    Unit,
}

fn group(name: &str) -> Option<Group> {
    if TYPES.contains(&name) {
        Some(Group::Type)
    } else if SIGNEDNESS.contains(&name) {
        Some(Group::Sign)
    } else if ENDIANNESS.contains(&name) {
        Some(Group::Endian)
    } else if name == "unit" {
        Some(Group::Unit)
    } else {
        None
    }
}

fn all_specifiers() -> impl Iterator<Item = &'static str> {
    TYPES
        .iter()
        .chain(SIGNEDNESS)
        .chain(ENDIANNESS)
        .copied()
        .chain(std::iter::once("unit"))
}

impl Walker<'_> {
    /// Checks the specifiers of one segment. `last` says whether it is the
    /// last segment of its binary; `pattern` whether the binary is a pattern.
    pub(crate) fn check_segment(&mut self, seg: &BinElement, pattern: bool, last: bool) {
        let mut chosen: [Option<(&str, Span)>; 3] = [None; 3];
        let mut unit: Option<Span> = None;
        let mut unit_value: Option<u32> = None;
        for spec in &seg.specs {
            let g = group(&spec.name);
            if g.is_none() || (spec.value.is_some() && g != Some(Group::Unit)) {
                let (name, suggestion) = match spec.value {
                    Some(v) => (format!("{}:{v}", spec.name), None),
                    None => (spec.name.clone(), closest(&spec.name, all_specifiers())),
                };
                self.report(CheckError::UnknownBinType {
                    name,
                    span: spec.span,
                    suggestion,
                });
                continue;
            }
            let slot = match g {
                Some(Group::Type) => 0,
                Some(Group::Sign) => 1,
                Some(Group::Endian) => 2,
                _ => {
                    match spec.value {
                        Some(v @ 1..=256) => {
                            unit = Some(spec.span);
                            unit_value = Some(v);
                        }
                        _ => self.report(CheckError::BadUnit { span: spec.span }),
                    }
                    continue;
                }
            };
            match chosen[slot] {
                Some((first, first_span)) if first != spec.name => {
                    self.report(CheckError::ConflictingBinTypes {
                        span: spec.span,
                        first: first.to_string(),
                        second: spec.name.clone(),
                        first_span,
                    });
                }
                Some(_) => {}
                None => chosen[slot] = Some((&spec.name, spec.span)),
            }
        }
        let ty = chosen[0].map(|(t, _)| t).unwrap_or("integer");
        let is_utf = matches!(ty, "utf8" | "utf16" | "utf32");
        let is_binary = matches!(ty, "binary" | "bytes" | "bitstring" | "bits");
        if is_utf {
            if seg.size.is_some() || unit.is_some() {
                self.report(CheckError::UtfSizeOrUnit { span: seg.span });
            }
        } else if let (Some(unit_span), None, false) = (unit, &seg.size, is_binary) {
            self.report(CheckError::UnitWithoutSize { span: unit_span });
        }
        if let (
            "float",
            Some(Expr {
                kind: ExprKind::Integer(size),
                ..
            }),
        ) = (ty, &seg.size)
        {
            let bits = size * unit_value.unwrap_or(1);
            if ![16, 32, 64].iter().any(|&n| bits == n.into()) {
                self.report(CheckError::BadFloatSize {
                    span: seg.size.as_ref().map_or(seg.span, |s| s.span),
                });
            }
        }
        if pattern && !last && is_binary && seg.size.is_none() {
            self.report(CheckError::UnsizedBinaryNotAtEnd { span: seg.span });
        }
    }
}
