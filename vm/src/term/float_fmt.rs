//! Erlang float formatting, byte-for-byte as Erlang/OTP 25 prints floats.
//!
//! - [`short`]: the shortest round-trip form used by `~p`, `~w`, `io_lib:write`
//!   and `float_to_list(F, [short])`: the shortest digits that read back as
//!   `F`, written in plain decimal (`123456789.0`, `0.001`) or scientific
//!   (`1.0e10`, `1.2e-4`) notation, whichever is shorter (decimal on a tie).
//! - [`float_to_list`]: `float_to_list/1` (C's `%.20e`, `"1.00000000000000000000e+00"`).
//! - [`decimals`] / [`scientific`]: `float_to_list(F, [{decimals, N}])` (with
//!   `compact`) and `[{scientific, N}]`, including OTP's rounding quirks and its
//!   256-byte buffer limit (too long → `None`, which the BIF turns into badarg).
//! - [`fwrite_e`], [`fwrite_f`], [`fwrite_g`]: the digits of `io:format`'s
//!   `~e`, `~f`, `~g` for a precision (`io_lib_format`'s algorithm: 21
//!   significant digits from `%.20e`, then decimal rounding half-up).
//!   Field width and padding are applied by the caller (`bif::format`).

/// The shortest digits of `|f|` and the decimal exponent `x` such that
/// `|f| = d.ddd × 10^x`. Zero gives `("0", 0)`.
fn shortest_digits(f: f64) -> (String, i32) {
    // Rust's `{:e}` prints the shortest digits that round-trip, the closest
    // to the exact value; on an exact tie it rounds up where OTP's ryu
    // takes the even digit, so check for that case.
    let a = f.abs();
    let (d, x) = split_sci(&format!("{:e}", a));
    let last = d.as_bytes().last().map_or(0, |b| b - b'0');
    if last % 2 == 1 {
        // The same digits with the last one lowered by one (it is odd, so >= 1).
        let lower = format!("{}{}", &d[..d.len() - 1], last - 1);
        let k = x - (d.len() as i32 - 1);
        if format!("{}e{}", lower, k).parse::<f64>() == Ok(a) && is_exact_tie(a, &d, k) {
            return (lower.trim_end_matches('0').to_string(), x);
        }
    }
    (d, x)
}

/// Whether `a` lies exactly halfway between `(D - 1) * 10^k` and `D * 10^k`.
fn is_exact_tie(a: f64, d: &str, k: i32) -> bool {
    use num_bigint::BigInt;
    let bits = a.to_bits();
    let (exp_bits, frac) = ((bits >> 52) as i32, bits & ((1 << 52) - 1));
    let (m, e) = if exp_bits == 0 {
        (frac, -1074)
    } else {
        (frac | 1 << 52, exp_bits - 1075)
    };
    // 2a = (2D - 1) * 10^k, with a = m * 2^e.
    let mut lhs = BigInt::from(m);
    let mut rhs = BigInt::from(2) * d.parse::<BigInt>().unwrap_or_default() - 1;
    if e + 1 >= 0 {
        lhs <<= (e + 1) as usize;
    } else {
        rhs <<= (-(e + 1)) as usize;
    }
    if k >= 0 {
        rhs *= BigInt::from(10).pow(k as u32);
    } else {
        lhs *= BigInt::from(10).pow((-k) as u32);
    }
    lhs == rhs
}

/// Splits Rust's scientific output `d.ddde-x` into digits and exponent.
fn split_sci(s: &str) -> (String, i32) {
    let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    (digits, exp.parse().unwrap_or(0))
}

/// The sign prefix: `-` when the sign bit is set (so `-0.0` keeps its sign).
fn sign(f: f64) -> &'static str {
    if f.is_sign_negative() {
        "-"
    } else {
        ""
    }
}

/// Whether OTP's ryu `to_chars` picks fixed notation for the shortest
/// digits `d` whose last digit has weight `10^ryu_exp` (roughly: whichever
/// form is shorter, except that integers from 2^53 up go scientific).
fn use_fixed(d: &str, ryu_exp: i32, sci_exp: i32) -> bool {
    let olength = d.len() as i32;
    let (lower, upper) = if olength == 1 {
        (-4, 2)
    } else if sci_exp >= 10 {
        (-(olength + 2), 2)
    } else {
        (-(olength + 2), 1)
    };
    if !(lower..=upper).contains(&ryu_exp) {
        return false;
    }
    let output: u64 = d.parse().unwrap_or(0);
    !((output >= 1 << 53 && ryu_exp == 0)
        || (output > (1 << 52) / 5 && ryu_exp == 1)
        || (output > (1 << 51) / 25 && ryu_exp == 2))
}

/// `float_to_list(F, [short])`, `~w`, `~p`.
pub fn short(f: f64) -> String {
    let (d, x) = shortest_digits(f);
    let n = d.len() as i32;
    let body = if f == 0.0 {
        "0.0".to_string()
    } else if use_fixed(&d, x - (n - 1), x) {
        if x >= 0 {
            if n <= x + 1 {
                format!("{}{}.0", d, "0".repeat((x + 1 - n) as usize))
            } else {
                format!("{}.{}", &d[..(x + 1) as usize], &d[(x + 1) as usize..])
            }
        } else {
            format!("0.{}{}", "0".repeat((-x - 1) as usize), d)
        }
    } else {
        let frac = if n > 1 { &d[1..] } else { "0" };
        format!("{}.{}e{}", &d[..1], frac, x)
    };
    format!("{}{}", sign(f), body)
}

/// Rewrites Rust's exponent (`e-1`, `e10`) in C's style (`e-01`, `e+10`).
fn c_exponent(s: &str) -> String {
    match s.split_once('e') {
        Some((mant, exp)) => {
            let e: i32 = exp.parse().unwrap_or(0);
            let sign = if e < 0 { '-' } else { '+' };
            format!("{}e{}{:02}", mant, sign, e.abs())
        }
        None => s.to_string(),
    }
}

/// C's `printf("%.*e", n, f)` (exact decimal value, round-half-even).
fn c_sci(f: f64, n: usize) -> String {
    format!("{}{}", sign(f), c_exponent(&format!("{:.*e}", n, f.abs())))
}

/// `float_to_list/1`: `"%.20e"`.
pub fn float_to_list(f: f64) -> String {
    c_sci(f, 20)
}

/// The longest string `float_to_list/2` can return (OTP formats into a
/// 256-byte buffer and fails with badarg if the text does not fit).
const MAX_LEN: usize = 255;

/// `float_to_list(F, [{scientific, N}])`; `None` means badarg.
pub fn scientific(f: f64, n: usize) -> Option<String> {
    if n > 249 {
        return None;
    }
    let s = c_sci(f, n);
    (s.len() <= MAX_LEN).then_some(s)
}

/// OTP's `find_first_trailing_zero`: drops trailing zeros, keeping one
/// digit after a decimal point (and all of them when there is no point,
/// as OTP does).
fn strip_trailing_zeros(s: &mut String) {
    while s.ends_with('0') {
        s.pop();
    }
    if s.ends_with('.') {
        s.push('0');
    }
}

const POW10: [f64; 19] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18,
];

/// `float_to_list(F, [{decimals, N}])` and `[{decimals, N}, compact]`
/// (OTP's `sys_double_to_chars_fast`); `None` means badarg.
pub fn decimals(f: f64, n: usize, compact: bool) -> Option<String> {
    if n > 253 {
        return None;
    }
    let af = f.abs();
    if af > (1u64 << 53) as f64 || n >= POW10.len() {
        let mut s = format!("{}{:.*}", sign(f), n, af);
        if s.len() > MAX_LEN {
            return None;
        }
        if compact {
            strip_trailing_zeros(&mut s);
        }
        return Some(s);
    }
    let mut s = String::from(sign(f));
    if n > 0 {
        let int_f = af.floor();
        let frac_f = ((af - int_f) * POW10[n]).round();
        let (mut int_part, mut frac_part) = (int_f as u64, frac_f as u64);
        if frac_f >= POW10[n] {
            int_part += 1;
            frac_part = 0;
        }
        s.push_str(&format!("{}.{:0width$}", int_part, frac_part, width = n));
        if compact {
            strip_trailing_zeros(&mut s);
        }
    } else {
        s.push_str(&format!("{}", af.round() as u64));
    }
    Some(s)
}

/// The 21 significant digits of `float_to_list(|f|)` and the position of
/// the decimal point (`io_lib_format:float_data/1`: exponent + 1).
fn float_data(f: f64) -> (Vec<u8>, i32) {
    let (d, x) = split_sci(&format!("{:.20e}", f.abs()));
    (d.into_bytes(), x + 1)
}

/// `io_lib_format:float_man/2`: `dc` digits from `ds`, rounded half-up on
/// the next digit. Returns the digits and whether a carry came out.
fn float_man_frac(ds: &[u8], dc: usize) -> (Vec<u8>, bool) {
    let mut out: Vec<u8> = ds.iter().copied().take(dc).collect();
    while out.len() < dc {
        out.push(b'0');
    }
    let carry = ds.len() > dc && ds[dc] >= b'5';
    let carry = carry && propagate(&mut out);
    (out, carry)
}

/// Adds one to the decimal digits in `out` (ignoring '.'); true if it
/// carries out of the most significant digit.
fn propagate(out: &mut [u8]) -> bool {
    for c in out.iter_mut().rev() {
        match *c {
            b'.' => continue,
            b'9' => *c = b'0',
            _ => {
                *c += 1;
                return false;
            }
        }
    }
    true
}

/// `io_lib_format:float_man/3`: `i` integer digits, a point, `dc` decimals.
fn float_man(ds: &[u8], i: usize, dc: usize) -> (Vec<u8>, bool) {
    let mut out: Vec<u8> = ds.iter().copied().take(i).collect();
    if ds.len() < i {
        // float_man([], I, Dc): zeros, no rounding.
        out.resize(i, b'0');
        out.push(b'.');
        out.resize(out.len() + dc, b'0');
        return (out, false);
    }
    let (frac, carry) = float_man_frac(&ds[i..], dc);
    let carry = carry && propagate(&mut out);
    out.push(b'.');
    out.extend_from_slice(&frac);
    (out, carry)
}

fn sign_bit(f: f64) -> &'static str {
    sign(f)
}

/// The text of `~.Pe` (`P >= 2`), before field padding: `1.00000e+0`.
pub fn fwrite_e(f: f64, p: usize) -> String {
    let (ds, e) = float_data(f);
    let (man, carry) = float_man(&ds, 1, p - 1);
    let (man, e) = if carry {
        // {[$0 | Fs], true} -> [[$1 | Fs] | float_exp(E)]
        let mut m = man;
        m[0] = b'1';
        (m, e)
    } else {
        (man, e - 1)
    };
    let exp = if e >= 0 {
        format!("e+{}", e)
    } else {
        format!("e{}", e)
    };
    format!("{}{}{}", sign_bit(f), String::from_utf8_lossy(&man), exp)
}

/// The text of `~.Pf` (`P >= 1`), before field padding: `3.141590`.
pub fn fwrite_f(f: f64, p: usize) -> String {
    let (mut ds, mut e) = float_data(f);
    if e <= 0 {
        let mut z = vec![b'0'; (-e + 1) as usize];
        z.extend_from_slice(&ds);
        ds = z;
        e = 1;
    }
    let (man, carry) = float_man(&ds, e as usize, p);
    let body = String::from_utf8_lossy(&man).into_owned();
    format!("{}{}{}", sign_bit(f), if carry { "1" } else { "" }, body)
}

/// How `~g` renders a float: as `~f` or `~e` with the given precision.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GStyle {
    F(usize),
    E(usize),
}

/// `io_lib_format:fwrite_g/5`'s choice for precision `p` (`p >= 1`).
pub fn g_style(f: f64, p: usize) -> GStyle {
    let a = f.abs();
    // `None` stands for OTP's atom `fwrite_f`, which compares above every integer.
    let e: Option<i64> = if a < 1.0e-1 {
        Some(-2)
    } else if a < 1.0 {
        Some(-1)
    } else if a < 1.0e1 {
        Some(0)
    } else if a < 1.0e2 {
        Some(1)
    } else if a < 1.0e3 {
        Some(2)
    } else if a < 1.0e4 {
        Some(3)
    } else {
        None
    };
    let p = p as i64;
    match e {
        Some(e) if (p <= 1 && e == -1) || (p - 1 > e && e >= -1) => GStyle::F((p - 1 - e) as usize),
        _ if p <= 1 => GStyle::E(2),
        _ => GStyle::E(p as usize),
    }
}

/// The text of `~.Pg` before field padding.
pub fn fwrite_g(f: f64, p: usize) -> String {
    match g_style(f, p) {
        GStyle::F(p) => fwrite_f(f, p),
        GStyle::E(p) => fwrite_e(f, p),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Every expectation below was printed by Erlang/OTP 25.

    #[test]
    fn short_forms() {
        let cases: &[(f64, &str)] = &[
            (0.1, "0.1"),
            (1.0e10, "1.0e10"),
            (3.0, "3.0"),
            (1.0e-5, "1.0e-5"),
            (123456789.0, "123456789.0"),
            (-0.0, "-0.0"),
            (0.0, "0.0"),
            (1.0e100, "1.0e100"),
            (5.0e-324, "5.0e-324"),
            (10.0, "10.0"),
            (100.0, "100.0"),
            (1000.0, "1.0e3"),
            (12345.0, "12345.0"),
            (123450000.0, "1.2345e8"),
            (12345678900.0, "12345678900.0"),
            (0.001, "0.001"),
            (0.0001, "0.0001"),
            (0.00012, "1.2e-4"),
            (0.0012345, "0.0012345"),
            (1.5e-7, "1.5e-7"),
            (1.2345e20, "1.2345e20"),
            (123456789012345680.0, "1.2345678901234568e17"),
            (1.7976931348623157e308, "1.7976931348623157e308"),
            (2.2250738585072014e-308, "2.2250738585072014e-308"),
            (1.0 / 3.0, "0.3333333333333333"),
            (100.5, "100.5"),
            (9007199254740992.0, "9.007199254740992e15"),
            (12.0e3, "1.2e4"),
            (1.0001e6, "1.0001e6"),
            (0.015, "0.015"),
            (123.456e-7, "1.23456e-5"),
            (-2.5, "-2.5"),
        ];
        for (f, want) in cases {
            assert_eq!(short(*f), *want, "short({:e})", f);
        }
    }

    #[test]
    fn float_to_list_1() {
        assert_eq!(float_to_list(0.1), "1.00000000000000005551e-01");
        assert_eq!(float_to_list(1.0), "1.00000000000000000000e+00");
        assert_eq!(float_to_list(1.0e100), "1.00000000000000001590e+100");
        assert_eq!(float_to_list(5.0e-324), "4.94065645841246544177e-324");
        assert_eq!(float_to_list(-0.0), "-0.00000000000000000000e+00");
        assert_eq!(float_to_list(0.0012345), "1.23449999999999992031e-03");
    }

    #[test]
    fn decimals_and_scientific() {
        let d = |f, n, c| decimals(f, n, c).unwrap();
        assert_eq!(d(2.5, 0, false), "3");
        assert_eq!(d(0.125, 2, false), "0.13");
        assert_eq!(d(1.0, 3, true), "1.0");
        assert_eq!(d(1.5, 0, false), "2");
        assert_eq!(d(0.145, 2, false), "0.14");
        assert_eq!(d(1.005, 2, false), "1.00");
        assert_eq!(d(2.675, 2, false), "2.67");
        assert_eq!(d(0.5, 0, false), "1");
        assert_eq!(d(-2.5, 0, false), "-3");
        assert_eq!(d(123.456, 10, true), "123.456");
        assert_eq!(d(100.0, 2, true), "100.0");
        assert_eq!(d(1.0e20, 2, false), "100000000000000000000.00");
        assert_eq!(d(0.1, 20, false), "0.10000000000000000555");
        assert_eq!(d(-0.0, 2, false), "-0.00");
        assert_eq!(d(-0.001, 2, false), "-0.00");
        assert_eq!(d(0.999, 2, false), "1.00");
        assert_eq!(d(-1.0e20, 2, false), "-100000000000000000000.00");
        assert_eq!(d(1.0e16, 2, true), "10000000000000000.0");
        assert_eq!(d(1.0e20, 0, true), "1");
        assert_eq!(d(1.0e20, 3, true), "100000000000000000000.0");
        assert_eq!(d(2f64.powi(-20), 19, false), "0.0000009536743164062");
        assert_eq!(d(1.5, 253, false).len(), 255);
        assert_eq!(decimals(1.5, 254, false), None);
        assert_eq!(decimals(1.0e300, 2, false), None);
        assert_eq!(
            decimals(10f64.powi(255), 0, false).map(|s| s.len()),
            Some(255)
        );
        assert_eq!(decimals(10f64.powi(256), 0, false), None);

        assert_eq!(scientific(0.125, 1).unwrap(), "1.2e-01");
        assert_eq!(scientific(2.5, 0).unwrap(), "2e+00");
        assert_eq!(scientific(123.456, 3).unwrap(), "1.235e+02");
        assert_eq!(scientific(-0.0, 2).unwrap(), "-0.00e+00");
        assert_eq!(scientific(1.5, 249).map(|s| s.len()), Some(255));
        assert_eq!(scientific(1.5, 250), None);
    }

    #[test]
    #[allow(clippy::approx_constant)]
    fn io_format_e_f_g() {
        assert_eq!(fwrite_e(-0.0, 6), "-0.00000e+0");
        assert_eq!(fwrite_e(9.9999, 3), "1.00e+1");
        assert_eq!(fwrite_e(0.0, 2), "0.0e+0");
        assert_eq!(fwrite_e(0.125, 3), "1.25e-1");
        assert_eq!(fwrite_e(1.0, 6), "1.00000e+0");
        assert_eq!(fwrite_f(-0.0, 6), "-0.000000");
        assert_eq!(fwrite_f(0.05, 1), "0.1");
        assert_eq!(fwrite_f(0.125, 2), "0.13");
        assert_eq!(fwrite_f(2.5, 1), "2.5");
        assert_eq!(fwrite_f(3.14159, 6), "3.141590");
        assert_eq!(fwrite_f(3.14159, 3), "3.142");
        assert_eq!(fwrite_g(12345.678, 6), "1.23457e+4");
        assert_eq!(fwrite_g(0.5, 3), "0.500");
        assert_eq!(fwrite_g(0.5, 1), "0.5");
        assert_eq!(fwrite_g(1.0e-10, 6), "1.00000e-10");
        assert_eq!(fwrite_g(123456.0, 6), "1.23456e+5");
        assert_eq!(fwrite_g(1.0, 6), "1.00000");
    }
}
