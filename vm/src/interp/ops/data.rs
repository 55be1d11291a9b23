//! Type tests, comparisons and term building.

use crate::code::LoadedModule;
use crate::heap::build;
use crate::interp::read;
use crate::process::Process;
use crate::term::boxed::LambdaId;
use crate::term::{order, Term};
use compiler::bytecode::{CmpOp, Src, TypeTest};

#[inline]
pub fn type_test(kind: TypeTest, t: Term) -> bool {
    match kind {
        TypeTest::Integer => t.is_integer(),
        TypeTest::Float => t.is_float(),
        TypeTest::Number => t.is_number(),
        TypeTest::Atom => t.is_atom(),
        TypeTest::Boolean => t.is_boolean(),
        TypeTest::Nil => t.is_nil(),
        TypeTest::List => t.is_list(),
        TypeTest::Cons => t.is_cons(),
        TypeTest::Tuple => t.is_tuple(),
        TypeTest::Map => t.is_map(),
        TypeTest::Binary => t.is_binary(),
        TypeTest::Bitstring => t.is_bitstring(),
        TypeTest::Function => t.is_function(),
        TypeTest::Pid => t.is_pid(),
        TypeTest::Reference => t.is_ref(),
        TypeTest::Port => false,
    }
}

#[inline]
pub fn compare(op: CmpOp, a: Term, b: Term) -> bool {
    if let (Some(x), Some(y)) = (a.as_small(), b.as_small()) {
        return match op {
            CmpOp::Lt => x < y,
            CmpOp::Ge => x >= y,
            CmpOp::Eq | CmpOp::ExactEq => x == y,
            CmpOp::Ne | CmpOp::ExactNe => x != y,
        };
    }
    // Immediates (atoms, pids, [], smalls) are equal exactly when their
    // words are; one immediate and one boxed term can only be equal
    // numerically (a small and a float), which `==` must check.
    let immediate = |t: Term| !t.is_boxed() && !t.is_cons();
    match op {
        CmpOp::ExactEq if immediate(a) || immediate(b) => return a == b,
        CmpOp::ExactNe if immediate(a) || immediate(b) => return a != b,
        CmpOp::Eq if immediate(a) && immediate(b) => return a == b,
        CmpOp::Ne if immediate(a) && immediate(b) => return a != b,
        _ => {}
    }
    match op {
        CmpOp::Lt => order::cmp(a, b).is_lt(),
        CmpOp::Ge => order::cmp(a, b).is_ge(),
        CmpOp::Eq => order::eq(a, b),
        CmpOp::Ne => !order::eq(a, b),
        CmpOp::ExactEq => order::exact_eq(a, b),
        CmpOp::ExactNe => !order::exact_eq(a, b),
    }
}

pub fn put_tuple(p: &mut Process, m: &LoadedModule, elements: &[Src]) -> Term {
    let mut buf = [Term::NIL; 16];
    if elements.len() <= buf.len() {
        for (slot, s) in buf.iter_mut().zip(elements) {
            *slot = read(p, m, s);
        }
        build::tuple(&mut p.heap, &buf[..elements.len()])
    } else {
        let v: Vec<Term> = elements.iter().map(|s| read(p, m, s)).collect();
        build::tuple(&mut p.heap, &v)
    }
}

pub fn make_fun(p: &mut Process, m: &LoadedModule, lambda: u32, free: &[Src]) -> Term {
    let l = &m.lambdas[lambda as usize];
    let id = LambdaId {
        module: m.index,
        index: lambda,
        arity: l.arity,
    };
    let v: Vec<Term> = free.iter().map(|s| read(p, m, s)).collect();
    build::fun(&mut p.heap, id, &v)
}
