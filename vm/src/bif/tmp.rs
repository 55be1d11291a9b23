//! TEMPORARY scaffolding until the real BIF modules land.
use super::*;
use compiler::bytecode::ArithOp;
use num_bigint::BigInt;

pub fn arith(heap: &mut Heap, op: ArithOp, a: Term, b: Term) -> Result<Term, Exception> {
    if let (Some(x), Some(y)) = (a.to_bigint(), b.to_bigint()) {
        let r: BigInt = match op {
            ArithOp::Add => x + y,
            ArithOp::Sub => x - y,
            ArithOp::Mul => x * y,
            ArithOp::IntDiv if y != BigInt::from(0) => x / y,
            ArithOp::Rem if y != BigInt::from(0) => x % y,
            ArithOp::Div => {
                let (fx, fy) = (a.to_f64().unwrap(), b.to_f64().unwrap());
                if fy == 0.0 {
                    return Err(badarith());
                }
                return Ok(build::float(heap, fx / fy));
            }
            _ => return Err(badarith()),
        };
        return Ok(build::bigint(heap, &r));
    }
    let (Some(x), Some(y)) = (a.to_f64(), b.to_f64()) else {
        return Err(badarith());
    };
    let r = match op {
        ArithOp::Add => x + y,
        ArithOp::Sub => x - y,
        ArithOp::Mul => x * y,
        ArithOp::Div if y != 0.0 => x / y,
        _ => return Err(badarith()),
    };
    Ok(build::float(heap, r))
}

fn format2(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let s = format::format(args[0], args[1]).map_err(|_| badarg())?;
    let _ = ctx;
    print!("{s}");
    Ok(Term::atom(atom::OK))
}
fn format1(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    format2(ctx, &[args[0], Term::NIL])
}
pub const BIFS: &[(&str, &str, usize, BifFn)] =
    &[("io", "format", 2, format2), ("io", "format", 1, format1)];
