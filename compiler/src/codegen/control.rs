//! `try`, `catch` and `receive`: the constructs that need a frame because
//! they keep state (a catch marker, a message) in y registers.

use super::function::FunCtx;
use super::Result;
use crate::bytecode::{CmpOp, Dst, Instr, Src};
use crate::syntax::ast::{After, CaseClause, Expr, ExprKind, Try};
use std::collections::HashSet;

impl FunCtx<'_> {
    pub fn try_expr(&mut self, t: &Try) -> Result<Src> {
        if t.after.is_empty() {
            return self.try_catch(t);
        }
        let r = self.new_y();
        let marker = self.new_y();
        let handler = self.new_label();
        let done = self.new_label();
        let before = self.bound.clone();
        self.emit(Instr::Try {
            y: y_index(marker),
            handler,
        });
        let v = if t.of_clauses.is_empty() && t.catch_clauses.is_empty() {
            self.body(&t.body)?
        } else {
            self.try_catch(t)?
        };
        self.emit(Instr::TryEnd { y: y_index(marker) });
        self.emit(Instr::Move { src: v, dst: r });
        self.body(&t.after)?;
        self.emit(Instr::Jump { to: done });
        self.bind(handler);
        self.emit(Instr::TryCase { y: y_index(marker) });
        let (class, reason, stack) = self.save_exception();
        self.bound = before.clone();
        self.body(&t.after)?;
        self.emit(Instr::Reraise {
            class,
            reason,
            stack,
        });
        self.bind(done);
        self.bound = before;
        Ok(r.into())
    }

    /// x0..x2 (class, reason, stacktrace at a handler) into y registers.
    fn save_exception(&mut self) -> (Src, Src, Src) {
        let mut out = [Src::Nil; 3];
        for (i, slot) in out.iter_mut().enumerate() {
            let y = self.new_y();
            self.emit(Instr::Move {
                src: Src::X(i as u16),
                dst: y,
            });
            *slot = y.into();
        }
        (out[0], out[1], out[2])
    }

    fn try_catch(&mut self, t: &Try) -> Result<Src> {
        let line = self.current_line();
        let r = self.new_y();
        let marker = self.new_y();
        let handler = self.new_label();
        let end = self.new_label();
        let before = self.bound.clone();
        self.emit(Instr::Try {
            y: y_index(marker),
            handler,
        });
        let v = self.body(&t.body)?;
        let v = self.stable(v);
        self.emit(Instr::TryEnd { y: y_index(marker) });
        if t.of_clauses.is_empty() {
            self.emit(Instr::Move { src: v, dst: r });
            self.emit(Instr::Jump { to: end });
        } else {
            for c in &t.of_clauses {
                self.bound = before.clone();
                let next = self.new_label();
                self.set_line(c.span);
                self.pattern(&c.pattern, v, next)?;
                self.guard(&c.guard, next)?;
                self.clause_body(&c.body, Some(r), end)?;
                self.bind(next);
            }
            self.set_line_of(line);
            self.emit(Instr::TryCaseEnd { value: v });
        }
        self.bind(handler);
        self.emit(Instr::TryCase { y: y_index(marker) });
        let (class, reason, stack) = self.save_exception();
        for c in &t.catch_clauses {
            self.bound = before.clone();
            let next = self.new_label();
            self.set_line(c.span);
            match &c.class {
                None => {
                    let throw = self.atom("throw");
                    self.emit(Instr::Compare {
                        op: CmpOp::ExactEq,
                        fail: next,
                        a: class,
                        b: throw,
                    });
                }
                Some(p) => self.pattern(p, class, next)?,
            }
            self.pattern(&c.reason, reason, next)?;
            if let Some(s) = &c.stack {
                if let ExprKind::Var(name) = &s.kind {
                    if name != "_" {
                        self.bind_var(name, stack);
                    }
                }
            }
            self.guard(&c.guard, next)?;
            self.clause_body(&c.body, Some(r), end)?;
            self.bind(next);
        }
        self.emit(Instr::Reraise {
            class,
            reason,
            stack,
        });
        self.bind(end);
        self.bound = before;
        Ok(r.into())
    }

    pub fn catch_expr(&mut self, inner: &Expr) -> Result<Src> {
        let marker = self.new_y();
        let handler = self.new_label();
        let before = self.bound.clone();
        self.emit(Instr::Catch {
            y: y_index(marker),
            handler,
        });
        let v = self.expr(inner)?;
        self.emit(Instr::Move {
            src: v,
            dst: Dst::X(0),
        });
        self.bind(handler);
        self.emit(Instr::CatchEnd { y: y_index(marker) });
        self.bound = before;
        let r = self.new_y();
        self.emit(Instr::Move {
            src: Src::X(0),
            dst: r,
        });
        Ok(r.into())
    }

    /// `receive`. With `result`, clause values are moved there; without,
    /// clause bodies are in tail position.
    pub fn receive(
        &mut self,
        clauses: &[CaseClause],
        after: Option<&After>,
        result: Option<Dst>,
    ) -> Result<()> {
        let lloop = self.new_label();
        let lwait = self.new_label();
        let end = self.new_label();
        let before = self.bound.clone();
        let mut merged: Option<HashSet<String>> = None;
        // Waiting for a reference made just before: skip the messages that
        // were queued before it existed (they cannot match).
        if !clauses.is_empty() {
            let marker = self
                .ref_vars
                .iter()
                .filter(|v| before.contains(*v))
                .find(|v| {
                    clauses
                        .iter()
                        .all(|c| super::expr::pattern_requires(&c.pattern, v))
                })
                .cloned();
            if let Some(v) = marker {
                if let Some(&home) = self.homes.get(&v) {
                    self.emit(Instr::RecvMarkerUse {
                        reference: home.into(),
                    });
                }
            }
        }
        self.bind(lloop);
        if !clauses.is_empty() {
            self.emit(Instr::LoopRec {
                fail: lwait,
                dst: Dst::X(0),
            });
            let msg = self.new_y();
            self.emit(Instr::Move {
                src: Src::X(0),
                dst: msg,
            });
            for c in clauses {
                self.bound = before.clone();
                let next = self.new_label();
                self.set_line(c.span);
                self.pattern(&c.pattern, msg.into(), next)?;
                self.guard(&c.guard, next)?;
                self.emit(Instr::RemoveMessage {});
                self.clause_body(&c.body, result, end)?;
                merged = Some(merge(merged, &self.bound));
                self.bind(next);
            }
            self.emit(Instr::LoopRecEnd { to: lloop });
        }
        self.bind(lwait);
        match after {
            None => self.emit(Instr::Wait { to: lloop }),
            Some(a) => {
                self.bound = before.clone();
                let t = self.expr(&a.timeout)?;
                self.emit(Instr::WaitTimeout {
                    to: lloop,
                    timeout: t,
                });
                self.emit(Instr::Timeout {});
                self.bound = before.clone();
                self.clause_body(&a.body, result, end)?;
                merged = Some(merge(merged, &self.bound));
            }
        }
        self.bind(end);
        self.bound = merged.unwrap_or(before);
        Ok(())
    }
}

fn merge(acc: Option<HashSet<String>>, b: &HashSet<String>) -> HashSet<String> {
    match acc {
        None => b.clone(),
        Some(a) => a.intersection(b).cloned().collect(),
    }
}

fn y_index(d: Dst) -> u16 {
    match d {
        Dst::Y(i) | Dst::X(i) => i,
    }
}
