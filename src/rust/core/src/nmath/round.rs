//! Rounding and powers: `fround.c` (R 4's `round(x, digits)`), `fprec.c` (`signif()`), and
//! `R_pow`, `myfmod`, `myfloor` of `arithmetic.c`; C's `%g` for messages.

use super::beta::r_pow_di;
use super::*;

/// `DBL_MAX_10_EXP`.
const MAX10E: i32 = 308;
/// `DBL_DIG`.
const DBL_DIG: f64 = 15.;

/// C's `logb(x)`: the unbiased exponent of `x` (`floor(log2|x|)`), also for subnormals.
pub fn logb(x: f64) -> f64 {
    if x == 0. {
        return ML_NEGINF;
    }
    if !x.is_finite() {
        return x.abs();
    }
    let (_, e) = frexp(x);
    (e - 1) as f64
}

/// `fround(x, digits)` (fround.c): R 4's `round(x, digits)`, the candidate (rounded down or up)
/// nearer to `x`, ties to the even last digit.
pub fn fround(x: f64, digits: f64) -> f64 {
    let max_digits = MAX10E as f64 + DBL_DIG;
    if x.is_nan() || digits.is_nan() {
        return x + digits;
    }
    if !x.is_finite() {
        return x;
    }
    if digits > max_digits || x == 0. {
        return x;
    } else if digits < -(MAX10E as f64) {
        return 0.;
    } else if digits == 0. {
        return forceint(x);
    }
    let dig = (digits + 0.5).floor() as i32;
    let mut sgn = 1.;
    let mut x = x;
    if x < 0. {
        sgn = -1.;
        x = -x;
    }
    let l10x = M_LOG10_2 * (0.5 + logb(x));
    if l10x + dig as f64 > DBL_DIG {
        return sgn * x;
    }
    let (i10, xd, xu);
    if dig <= MAX10E {
        let pow10 = r_pow_di(10., dig);
        let x10 = x * pow10;
        i10 = x10.floor();
        xd = i10 / pow10;
        xu = x10.ceil() / pow10;
    } else {
        let e10 = dig - MAX10E;
        let p10 = r_pow_di(10., e10);
        let pow10 = r_pow_di(10., MAX10E);
        let x10 = (x * pow10) * p10;
        i10 = x10.floor();
        xd = i10 / pow10 / p10;
        xu = x10.ceil() / pow10 / p10;
    }
    let du = xu - x;
    let dd = x - xd;
    sgn * (if du < dd || (i10 % 2. == 1. && du == dd) { xu } else { xd })
}

/// `fprec(x, digits)` (fprec.c): `signif(x, digits)`.
pub fn fprec(x: f64, digits: f64) -> f64 {
    const MAX_DIGITS: i32 = 22;
    if x.is_nan() || digits.is_nan() {
        return x + digits;
    }
    if !x.is_finite() {
        return x;
    }
    let mut digits = digits;
    if !digits.is_finite() {
        if digits > 0.0 {
            return x;
        }
        digits = 1.0;
    }
    if x == 0. {
        return x;
    }
    let mut dig = digits.round() as i32;
    if dig > MAX_DIGITS {
        return x;
    } else if dig < 1 {
        dig = 1;
    }
    let mut sgn = 1.0;
    let mut x = x;
    if x < 0.0 {
        sgn = -sgn;
        x = -x;
    }
    let l10 = x.log10();
    let mut e10 = (dig as f64 - 1. - l10.floor()) as i32;
    if l10.abs() < (MAX10E - 2) as f64 {
        let mut p10 = 1.0;
        if e10 > MAX10E {
            p10 = r_pow_di(10., e10 - MAX10E);
            e10 = MAX10E;
        }
        if e10 > 0 {
            let pow10 = r_pow_di(10., e10);
            sgn * (forceint((x * pow10) * p10) / pow10) / p10
        } else {
            let pow10 = r_pow_di(10., -e10);
            sgn * (forceint(x / pow10) * pow10)
        }
    } else {
        let do_round = MAX10E as f64 - l10 >= r_pow_di(10., -dig);
        let e2 = dig + if e10 > 0 { 1 } else { -1 } * MAX_DIGITS;
        let p10 = r_pow_di(10., e2);
        x *= p10;
        let pp10 = r_pow_di(10., e10 - e2);
        x *= pp10;
        if do_round {
            x += 0.5;
        }
        x = x.floor() / p10;
        sgn * x / pp10
    }
}

/// `R_pow(x, y)` (arithmetic.c): `x ^ y` with R's special cases.
pub fn r_pow(x: f64, y: f64) -> f64 {
    if y == 2.0 {
        return x * x;
    }
    if x == 1. || y == 0. {
        return 1.;
    }
    if x == 0. {
        return if y > 0. {
            0.
        } else if y < 0. {
            ML_POSINF
        } else {
            y
        };
    }
    if x.is_finite() && y.is_finite() {
        return x.powf(y);
    }
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if !x.is_finite() {
        if x > 0. {
            return if y < 0. { 0. } else { ML_POSINF };
        } else if y.is_finite() && y == y.floor() {
            return if y < 0. {
                0.
            } else if myfmod(y, 2.) != 0. {
                x
            } else {
                -x
            };
        }
    }
    if !y.is_finite() && x >= 0. {
        if y > 0. {
            return if x >= 1. { ML_POSINF } else { 0. };
        } else {
            return if x < 1. { ML_POSINF } else { 0. };
        }
    }
    ML_NAN
}

/// `c_eps` of arithmetic.c: `DBL_EPSILON`.
const C_EPS: f64 = DBL_EPSILON;

/// `myfmod(x1, x2)` (arithmetic.c): R's `%%`. R computes the remainder in `long double`; here a
/// fused multiply-add keeps `x1 - floor(q) * x2` exact before its one rounding.
pub fn myfmod(x1: f64, x2: f64) -> f64 {
    if x2 == 0.0 {
        return ML_NAN;
    }
    if x2.abs() * C_EPS > 1. && x1.is_finite() && x1.abs() <= x2.abs() {
        return if x1.abs() == x2.abs() {
            0.
        } else if (x1 < 0. && x2 > 0.) || (x2 < 0. && x1 > 0.) {
            x1 + x2
        } else {
            x1
        };
    }
    let q = x1 / x2;
    if q.is_finite() && q.abs() * C_EPS > 1. {
        warning("probable complete loss of accuracy in modulus".to_string());
    }
    let tmp = (-q.floor()).mul_add(x2, x1);
    (-(tmp / x2).floor()).mul_add(x2, tmp)
}

/// `myfloor(x1, x2)` (arithmetic.c): R's `%/%`.
pub fn myfloor(x1: f64, x2: f64) -> f64 {
    let q = x1 / x2;
    if x2 == 0.0 || q.abs() * C_EPS > 1. || !q.is_finite() {
        return q;
    }
    if q.abs() < 1. {
        return if q < 0. || (x1 < 0. && x2 > 0.) || (x1 > 0. && x2 < 0.) { -1. } else { 0. };
    }
    let tmp = (-q.floor()).mul_add(x2, x1);
    q.floor() + (tmp / x2).floor()
}

/// C's `%.<digits>g`.
pub fn fmt_g(x: f64, digits: usize) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0. { "inf".into() } else { "-inf".into() };
    }
    if x == 0. {
        return "0".into();
    }
    let p = digits.max(1);
    let e = format!("{:.*e}", p - 1, x);
    let (mant, exp) = e.split_once('e').unwrap_or((&e, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let strip = |s: &str| -> String {
        if s.contains('.') {
            s.trim_end_matches('0').trim_end_matches('.').to_string()
        } else {
            s.to_string()
        }
    };
    if exp < -4 || exp >= p as i32 {
        format!("{}e{}{:02}", strip(mant), if exp < 0 { '-' } else { '+' }, exp.abs())
    } else {
        strip(&format!("{:.*}", (p as i32 - 1 - exp).max(0) as usize, x))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_and_signif_as_r() {
        // R 4.2.2: round(0.15, 1) 0.1; round(2.5) 2; round(-1.005, 2) -1; signif(123456, 2) 120000
        assert_eq!(fround(0.15, 1.), 0.1);
        assert_eq!(fround(2.5, 0.), 2.);
        assert_eq!(fround(-1.005, 2.), -1.);
        assert_eq!(fround(2.675, 2.), 2.67);
        assert_eq!(fround(1234.5678, -2.), 1200.);
        assert_eq!(fprec(123456., 2.), 120000.);
        assert_eq!(fprec(0.000123456, 3.), 0.000123);
        assert_eq!(fmt_g(0.000123456, 5), "0.00012346");
        assert_eq!(fmt_g(1234567., 5), "1.2346e+06");
    }

    #[test]
    fn modulus_as_r() {
        assert_eq!(myfmod(5.5, 2.), 1.5);
        assert_eq!(myfmod(-5., 3.), 1.);
        assert_eq!(myfmod(5., -3.), -1.);
        assert_eq!(myfloor(-5., 3.), -2.);
        assert_eq!(myfloor(0.3, 0.1), 2.);
        assert!(myfmod(1., 0.).is_nan());
    }
}
