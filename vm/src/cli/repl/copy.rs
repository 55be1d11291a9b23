//! Copies a term from one heap into another, for the shell: bindings and
//! results move between the shell's own memory and the evaluator process.
//!
//! Safe code only: every object is rebuilt with `heap::build`. The walk is
//! iterative (a deeply nested term cannot overflow the Rust stack) and
//! preserves sharing within one copy (a term that holds the same subterm
//! twice, or a list whose tail is another binding's list, is copied once
//! per [`Copier`]). Pointers that `from` does not own (module literals,
//! which are immutable and live for the whole run) are shared, not copied.
//!
//! When processes land, message passing brings the VM's own copy; the shell
//! should then use that one.

use crate::heap::{build, Heap};
use crate::term::{BoxKind, Term};
use std::collections::HashMap;

/// What to build once the parts of an object are copied.
enum Task {
    Visit(Term),
    Tuple(Term, usize),
    Map(Term, usize),
    Fun(Term, usize),
    /// A list: the original cells (first to last) and the element count;
    /// the elements and then the tail were visited.
    List(Vec<Term>),
}

/// Copies terms from `from` into `into`, sharing what it already copied.
pub struct Copier<'a> {
    from: &'a Heap,
    into: &'a mut Heap,
    memo: HashMap<u64, Term>,
}

impl<'a> Copier<'a> {
    pub fn new(from: &'a Heap, into: &'a mut Heap) -> Copier<'a> {
        Copier {
            from,
            into,
            memo: HashMap::new(),
        }
    }

    /// Whether `t` lives in `from` (so it must be copied).
    fn owned(&self, t: Term) -> bool {
        if t.is_cons() {
            self.from.owns(t.cons_cell())
        } else if t.is_boxed() {
            self.from.owns(t.box_ptr())
        } else {
            false
        }
    }

    pub fn copy(&mut self, t: Term) -> Term {
        let mut tasks = vec![Task::Visit(t)];
        let mut done: Vec<Term> = Vec::new();
        while let Some(task) = tasks.pop() {
            match task {
                Task::Visit(t) => self.visit(t, &mut tasks, &mut done),
                Task::Tuple(src, n) => {
                    let parts = done.split_off(done.len() - n);
                    let new = build::tuple(self.into, &parts);
                    self.memo.insert(src.0, new);
                    done.push(new);
                }
                Task::Map(src, n) => {
                    let values = done.split_off(done.len() - n);
                    let keys = done.split_off(done.len() - n);
                    let new = build::map_sorted(self.into, &keys, &values);
                    self.memo.insert(src.0, new);
                    done.push(new);
                }
                Task::Fun(src, n) => {
                    let free = done.split_off(done.len() - n);
                    let new = build::fun(self.into, src.fun_lambda(), &free);
                    self.memo.insert(src.0, new);
                    done.push(new);
                }
                Task::List(cells) => {
                    let tail = done.pop().unwrap_or(Term::NIL);
                    let heads = done.split_off(done.len() - cells.len());
                    let new = build::list_with_tail(self.into, &heads, tail);
                    // Remember every cell, so lists sharing a tail share it here.
                    let mut at = new;
                    for cell in cells {
                        self.memo.insert(cell.0, at);
                        at = at.as_cons().map_or(Term::NIL, |(_, t)| t);
                    }
                    done.push(new);
                }
            }
        }
        done.pop().unwrap_or(Term::NIL)
    }

    fn visit(&mut self, t: Term, tasks: &mut Vec<Task>, done: &mut Vec<Term>) {
        if !self.owned(t) {
            done.push(t);
            return;
        }
        if let Some(&c) = self.memo.get(&t.0) {
            done.push(c);
            return;
        }
        if t.is_cons() {
            let mut cells = Vec::new();
            let mut heads = Vec::new();
            let mut l = t;
            while let Some((h, rest)) = l.as_cons() {
                cells.push(l);
                heads.push(h);
                l = rest;
                if !self.owned(l) || self.memo.contains_key(&l.0) {
                    break;
                }
            }
            tasks.push(Task::List(cells));
            tasks.push(Task::Visit(l));
            tasks.extend(heads.into_iter().rev().map(Task::Visit));
            return;
        }
        let leaf = match t.box_kind() {
            Some(BoxKind::Tuple) => {
                let es = t.tuple_elements();
                tasks.push(Task::Tuple(t, es.len()));
                tasks.extend(es.iter().rev().map(|&e| Task::Visit(e)));
                return;
            }
            Some(BoxKind::Map | BoxKind::HashMap) => {
                let entries = t.map_sorted_entries();
                let (keys, values) = (&entries.keys, &entries.values);
                tasks.push(Task::Map(t, keys.len()));
                tasks.extend(values.iter().rev().map(|&e| Task::Visit(e)));
                tasks.extend(keys.iter().rev().map(|&e| Task::Visit(e)));
                return;
            }
            Some(BoxKind::Fun) => {
                let free = t.fun_free();
                tasks.push(Task::Fun(t, free.len()));
                tasks.extend(free.iter().rev().map(|&e| Task::Visit(e)));
                return;
            }
            Some(BoxKind::Float) => build::float(self.into, t.float_value()),
            Some(BoxKind::BigPos | BoxKind::BigNeg) => match t.to_bigint() {
                Some(b) => build::bigint(self.into, &b),
                None => t,
            },
            Some(BoxKind::Binary | BoxKind::SubBinary) => match t.as_bits() {
                Some(bits) => build::bitstring(self.into, &bits.to_bytes(), bits.bit_len),
                None => t,
            },
            Some(BoxKind::Export) => {
                let (m, f, a) = t.export_mfa();
                build::export(self.into, m, f, a)
            }
            Some(BoxKind::Ref) => build::reference(self.into, t.ref_number()),
            // Trie nodes are reached only through their map, never visited.
            Some(BoxKind::HashNode | BoxKind::HashCollision) | None => t,
        };
        self.memo.insert(t.0, leaf);
        done.push(leaf);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::term::display::testparse;
    use crate::term::display::write_term;

    fn round_trip(src: &str) {
        let mut a = Heap::new();
        let t = testparse::parse(&mut a, src);
        let mut b = Heap::new();
        let c = Copier::new(&a, &mut b).copy(t);
        drop(a);
        assert_eq!(write_term(c), src);
    }

    #[test]
    fn copies_every_kind() {
        for src in [
            "[]",
            "{a,1,[1,2|3],[97,98,99]}",
            "#{a => 1,b => [2.5]}",
            "<<1,2,3>>",
            "123456789012345678901234567890",
            "-123456789012345678901234567890",
            "[{x,<0.3.0>},#Ref<0.0.0.7>]",
        ] {
            round_trip(src);
        }
    }

    #[test]
    fn deep_nesting_and_long_lists_do_not_recurse() {
        let mut a = Heap::new();
        let mut t = Term::NIL;
        for _ in 0..200_000 {
            t = build::tuple(&mut a, &[t]);
        }
        let long: Vec<Term> = (0..200_000).map(Term::small).collect();
        let l = build::list(&mut a, &long);
        let both = build::tuple(&mut a, &[t, l, l]);
        let mut b = Heap::new();
        let c = Copier::new(&a, &mut b).copy(both);
        let w = c.tuple_elements();
        assert_eq!(w[1].0, w[2].0, "shared list copied once");
        let mut depth = 0;
        let mut x = w[0];
        while x.is_tuple() {
            x = x.tuple_elements()[0];
            depth += 1;
        }
        assert_eq!(depth, 200_000);
    }
}
