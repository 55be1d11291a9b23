//! Binary construction (`bs_create`) and matching (`bs_start`, `bs_get`,
//! `bs_test_tail`). Matching keeps the binary and a bit position in two
//! registers instead of a mutable match context, so heap objects stay
//! immutable.

use super::function::FunCtx;
use super::{CodegenError, Result};
use crate::bytecode::{seg_flags, Instr, Label, Literal, SegKind, Segment, Src};
use crate::syntax::ast::{BinElement, Expr, ExprKind};
use num_bigint::BigInt;
use std::collections::HashSet;

struct Spec {
    kind: SegKind,
    unit: u8,
    flags: u8,
}

fn spec(el: &BinElement) -> Result<Spec> {
    let mut kind = SegKind::Integer;
    let mut unit: Option<u8> = None;
    let mut flags = 0;
    for s in &el.specs {
        match s.name.as_str() {
            "integer" => kind = SegKind::Integer,
            "float" => kind = SegKind::Float,
            "binary" | "bytes" => {
                kind = SegKind::Binary;
                unit = unit.or(Some(8));
            }
            "bitstring" | "bits" => {
                kind = SegKind::Binary;
                unit = unit.or(Some(1));
            }
            "utf8" => kind = SegKind::Utf8,
            "signed" => flags |= seg_flags::SIGNED,
            "unsigned" => flags &= !seg_flags::SIGNED,
            "little" => flags |= seg_flags::LITTLE,
            "big" | "native" => flags &= !seg_flags::LITTLE,
            "unit" => match s.value {
                Some(u) if (1..=256).contains(&u) => unit = Some(u.min(255) as u8),
                _ => return Err(CodegenError::new("bad unit in binary segment", s.span)),
            },
            "utf16" | "utf32" => {
                return Err(CodegenError::new(
                    format!("the binary type `{}` is not supported yet", s.name),
                    s.span,
                ))
            }
            other => {
                return Err(CodegenError::new(
                    format!("unknown binary type specifier `{other}`"),
                    s.span,
                ))
            }
        }
    }
    // `binary` re-read after `unit:` would reset it; the explicit unit wins.
    if let Some(u) = el
        .specs
        .iter()
        .find(|s| s.name == "unit")
        .and_then(|s| s.value)
    {
        unit = Some(u.min(255) as u8);
    }
    Ok(Spec {
        kind,
        unit: unit.unwrap_or(1),
        flags,
    })
}

/// String segments (`"abc"` or `"abc"/utf8`) become one segment per character.
fn expand_strings(segs: &[BinElement]) -> Vec<BinElement> {
    let mut out = Vec::new();
    for s in segs {
        if let ExprKind::String(chars) = &s.value.kind {
            for c in chars {
                out.push(BinElement {
                    value: Expr::new(ExprKind::Integer(BigInt::from(*c)), s.value.span),
                    size: s.size.clone(),
                    specs: s.specs.clone(),
                    span: s.span,
                });
            }
        } else {
            out.push(s.clone());
        }
    }
    out
}

impl FunCtx<'_> {
    pub fn build_binary(&mut self, segs: &[BinElement]) -> Result<Src> {
        let segs = expand_strings(segs);
        // A binary of constant bytes is a literal.
        if let Some(bytes) = self.constant_bytes(&segs) {
            let bits = bytes.len() as u64 * 8;
            return Ok(self.literal(Literal::Binary(bytes, bits)));
        }
        let mut out = Vec::new();
        for s in &segs {
            let sp = spec(s)?;
            let value = self.expr(&s.value)?;
            let size = match &s.size {
                Some(z) => self.expr(z)?,
                None => match sp.kind {
                    SegKind::Integer => Src::Int(8),
                    SegKind::Float => Src::Int(64),
                    _ => Src::Nil,
                },
            };
            out.push(Segment {
                kind: sp.kind,
                value,
                size,
                unit: sp.unit,
                flags: sp.flags,
            });
        }
        let dst = self.temp();
        self.emit(Instr::BsCreate {
            segments: out.into(),
            dst,
            fail: None,
        });
        Ok(dst.into())
    }

    fn constant_bytes(&mut self, segs: &[BinElement]) -> Option<Vec<u8>> {
        let mut bytes = Vec::new();
        for s in segs {
            let plain = s.specs.is_empty() || (s.specs.len() == 1 && s.specs[0].name == "integer");
            if !plain {
                return None;
            }
            let default_size = match &s.size {
                None => true,
                Some(Expr {
                    kind: ExprKind::Integer(i),
                    ..
                }) => *i == BigInt::from(8),
                _ => false,
            };
            if !default_size {
                return None;
            }
            match &s.value.kind {
                ExprKind::Integer(i) => bytes.push(u8::try_from(i & BigInt::from(0xff)).ok()?),
                ExprKind::Char(c) => bytes.push(*c as u8),
                _ => return None,
            }
        }
        Some(bytes)
    }

    pub(super) fn match_binary(
        &mut self,
        segs: &[BinElement],
        v: Src,
        fail: Label,
        shadow: &mut Option<HashSet<String>>,
    ) -> Result<()> {
        let segs = expand_strings(segs);
        let bin = self.in_register(v);
        let pos = self.temp();
        self.emit(Instr::BsStart {
            fail,
            src: bin,
            pos,
        });
        let mut rest_taken = false;
        for (i, s) in segs.iter().enumerate() {
            let sp = spec(s)?;
            let last = i + 1 == segs.len();
            let size = match &s.size {
                Some(z) => self.guard_expr(z, fail)?,
                None => match sp.kind {
                    SegKind::Integer => Src::Int(8),
                    SegKind::Float => Src::Int(64),
                    SegKind::Utf8 => Src::Nil,
                    SegKind::Binary => {
                        if !last {
                            return Err(CodegenError::new(
                                "a binary segment without a size must be the last one",
                                s.span,
                            ));
                        }
                        rest_taken = true;
                        Src::Nil
                    }
                },
            };
            let dst = self.temp();
            self.emit(Instr::BsGet {
                fail,
                bin,
                pos,
                segment: Segment {
                    kind: sp.kind,
                    value: Src::Nil,
                    size,
                    unit: sp.unit,
                    flags: sp.flags,
                },
                dst,
            });
            self.segment_pattern(&s.value, dst.into(), fail, shadow)?;
        }
        if !rest_taken {
            self.emit(Instr::BsTestTail {
                fail,
                bin,
                pos: pos.into(),
                bits: 0,
            });
        }
        Ok(())
    }
}
