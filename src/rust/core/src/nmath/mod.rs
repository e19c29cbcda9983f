//! R's mathematical library (`src/nmath`, R 4.2.2), ported function by function: the special
//! functions (gamma, beta, their logarithms, choose, digamma, ...), the densities, distribution
//! functions and quantiles R's `d*()`, `p*()` and `q*()` compute, and R's rounding. Each function
//! follows its C code's algorithm and order of floating-point operations, so that results agree
//! with R's to the last bit where the C library's `exp`, `log`, `pow` ... do (the simulator calls
//! the same C library); the C file is named at each function.
//!
//! Pure numerics: nothing here knows the simulator. Warnings R's nmath raises (`ML_WARNING`,
//! `MATHLIB_WARNING`) are collected ([`take_warnings`]) for the caller to raise as R does.

// The constants are written as R's C code writes them (more digits than a double holds), and
// expressions keep the C code's form and order of operations.
#![allow(
    clippy::excessive_precision,
    clippy::approx_constant,
    clippy::assign_op_pattern,
    clippy::needless_range_loop,
    clippy::manual_range_contains
)]

use std::cell::RefCell;

pub mod beta;
pub mod binom;
pub mod discrete;
pub mod distn;
pub mod gamma;
pub mod noncentral;
pub mod normal;
pub mod polygamma;
pub mod ranks;
pub mod round;
pub mod t;
pub mod toms708;
pub mod tukey;

pub use gamma::{beta as beta_fn, choose, gammafn, lbeta, lchoose, lgammafn, lgammafn_sign};

pub const ML_NAN: f64 = f64::NAN;
pub const ML_POSINF: f64 = f64::INFINITY;
pub const ML_NEGINF: f64 = f64::NEG_INFINITY;
pub const DBL_EPSILON: f64 = f64::EPSILON;
pub const DBL_MIN: f64 = f64::MIN_POSITIVE;
pub const DBL_MAX: f64 = f64::MAX;
pub const M_PI: f64 = std::f64::consts::PI;
pub const M_LN2: f64 = std::f64::consts::LN_2;
pub const M_SQRT2: f64 = std::f64::consts::SQRT_2;
pub const M_2PI: f64 = 6.283185307179586476925286766559;
pub const M_1_PI: f64 = 0.318309886183790671537767526745;
pub const M_SQRT_32: f64 = 5.656854249492380195206754896838;
pub const M_LOG10_2: f64 = 0.301029995663981195213738894724;
pub const M_SQRT_PI: f64 = 1.772453850905516027298167483341;
pub const M_1_SQRT_2PI: f64 = 0.398942280401432677939946059934;
pub const M_SQRT_2DPI: f64 = 0.797884560802865355879892119869;
pub const M_LN_2PI: f64 = 1.837877066409345483560659472811;
pub const M_LN_SQRT_PI: f64 = 0.572364942924700087071713675677;
pub const M_LN_SQRT_2PI: f64 = 0.918938533204672741780329736406;
pub const M_LN_SQRT_PID2: f64 = 0.225791352644727432363097614947;

thread_local! {
    static WARNINGS: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

/// `MATHLIB_WARNING`: R's `warning()` with the message (a trailing newline dropped, as
/// `warning()` drops it).
pub(crate) fn warning(msg: String) {
    let msg = msg.strip_suffix('\n').map(str::to_string).unwrap_or(msg);
    WARNINGS.with(|w| w.borrow_mut().push(msg));
}

/// `ML_WARNING(ME_PRECISION, s)` and friends (`nmath.h`): domain errors are silent (the callers
/// collect NaNs into one warning), the others warn.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Me {
    Domain,
    Range,
    NoConv,
    Precision,
    Underflow,
}

pub(crate) fn ml_warning(kind: Me, s: &str) {
    let msg = match kind {
        Me::Domain => return,
        Me::Range => "value out of range in '%s'\n",
        Me::NoConv => "convergence failed in '%s'\n",
        Me::Precision => "full precision may not have been achieved in '%s'\n",
        Me::Underflow => "underflow occurred in '%s'\n",
    };
    warning(msg.replace("%s", s));
}

/// The warnings raised since the last call, in order.
pub fn take_warnings() -> Vec<String> {
    WARNINGS.with(|w| std::mem::take(&mut *w.borrow_mut()))
}

// ---- C library helpers -------------------------------------------------------------------------

/// `R_forceint` (`nearbyint` in the default rounding mode: ties to even).
#[inline]
pub fn forceint(x: f64) -> f64 {
    x.round_ties_even()
}

/// `R_nonint`.
#[inline]
pub fn nonint(x: f64) -> bool {
    (x - forceint(x)).abs() > 1e-7 * fmax2(1., x.abs())
}

/// `fmax2` / `fmin2` (NaN-propagating).
#[inline]
pub fn fmax2(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x < y {
        y
    } else {
        x
    }
}

#[inline]
pub fn fmin2(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x < y {
        x
    } else {
        y
    }
}

/// `ldexp(x, e)`: `x * 2^e`, exact.
#[inline]
pub fn ldexp(x: f64, e: i32) -> f64 {
    if e > 1000 {
        return ldexp(x * 2f64.powi(1000), e - 1000);
    }
    if e < -1000 {
        return ldexp(x * 2f64.powi(-1000), e + 1000);
    }
    x * 2f64.powi(e)
}

/// `frexp(x)`: `(r, e)` with `x = r * 2^e`, `0.5 <= |r| < 1`.
pub fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // subnormal: scale up first
        let (r, e) = frexp(x * 2f64.powi(64));
        return (r, e - 64);
    }
    let e = exp - 1022;
    let r = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (r, e)
}

// ---- dpq.h ---------------------------------------------------------------------------------------

#[inline]
pub(crate) fn d0(log_p: bool) -> f64 {
    if log_p {
        ML_NEGINF
    } else {
        0.
    }
}
#[inline]
pub(crate) fn d1(log_p: bool) -> f64 {
    if log_p {
        0.
    } else {
        1.
    }
}
#[inline]
pub(crate) fn dt0(lower_tail: bool, log_p: bool) -> f64 {
    if lower_tail {
        d0(log_p)
    } else {
        d1(log_p)
    }
}
#[inline]
pub(crate) fn dt1(lower_tail: bool, log_p: bool) -> f64 {
    if lower_tail {
        d1(log_p)
    } else {
        d0(log_p)
    }
}
#[inline]
pub(crate) fn d_half(log_p: bool) -> f64 {
    if log_p {
        -M_LN2
    } else {
        0.5
    }
}
/// `R_D_Lval`, `R_D_Cval`.
#[inline]
pub(crate) fn d_lval(p: f64, lower_tail: bool) -> f64 {
    if lower_tail {
        p
    } else {
        0.5 - p + 0.5
    }
}
#[inline]
pub(crate) fn d_cval(p: f64, lower_tail: bool) -> f64 {
    if lower_tail {
        0.5 - p + 0.5
    } else {
        p
    }
}
/// `R_D_val`, `R_D_qIv`, `R_D_exp`, `R_D_log`, `R_D_Clog`.
#[inline]
pub(crate) fn d_val(x: f64, log_p: bool) -> f64 {
    if log_p {
        x.ln()
    } else {
        x
    }
}
#[inline]
pub(crate) fn d_qiv(p: f64, log_p: bool) -> f64 {
    if log_p {
        p.exp()
    } else {
        p
    }
}
#[inline]
pub(crate) fn d_exp(x: f64, log_p: bool) -> f64 {
    if log_p {
        x
    } else {
        x.exp()
    }
}
#[inline]
pub(crate) fn d_log(p: f64, log_p: bool) -> f64 {
    if log_p {
        p
    } else {
        p.ln()
    }
}
#[inline]
pub(crate) fn d_clog(p: f64, log_p: bool) -> f64 {
    if log_p {
        (-p).ln_1p()
    } else {
        0.5 - p + 0.5
    }
}
/// `R_Log1_Exp`: `log(1 - exp(x))`.
#[inline]
pub fn log1_exp(x: f64) -> f64 {
    if x > -M_LN2 {
        (-x.exp_m1()).ln()
    } else {
        (-x.exp()).ln_1p()
    }
}
#[inline]
pub(crate) fn d_lexp(x: f64, log_p: bool) -> f64 {
    if log_p {
        log1_exp(x)
    } else {
        (-x).ln_1p()
    }
}
/// `R_DT_qIv`: the lower-tail probability `p` stands for.
#[inline]
pub(crate) fn dt_qiv(p: f64, lower_tail: bool, log_p: bool) -> f64 {
    if log_p {
        if lower_tail {
            p.exp()
        } else {
            -p.exp_m1()
        }
    } else {
        d_lval(p, lower_tail)
    }
}
/// `R_DT_CIv`: the upper-tail probability.
#[inline]
pub(crate) fn dt_civ(p: f64, lower_tail: bool, log_p: bool) -> f64 {
    if log_p {
        if lower_tail {
            -p.exp_m1()
        } else {
            p.exp()
        }
    } else {
        d_cval(p, lower_tail)
    }
}
#[inline]
pub(crate) fn dt_log(p: f64, lower_tail: bool, log_p: bool) -> f64 {
    if lower_tail {
        d_log(p, log_p)
    } else {
        d_lexp(p, log_p)
    }
}
#[inline]
pub(crate) fn dt_clog(p: f64, lower_tail: bool, log_p: bool) -> f64 {
    if lower_tail {
        d_lexp(p, log_p)
    } else {
        d_log(p, log_p)
    }
}

/// `R_Q_P01_check`: whether `p` is outside the probabilities (then the quantile is NaN).
#[inline]
pub(crate) fn q_p01_bad(p: f64, log_p: bool) -> bool {
    (log_p && p > 0.) || (!log_p && !(0. ..=1.).contains(&p))
}

/// `R_Q_P01_boundaries(p, left, right)`: the quantile at the ends, NaN outside, `None` inside.
#[inline]
pub(crate) fn q_p01_boundaries(p: f64, left: f64, right: f64, lower_tail: bool, log_p: bool) -> Option<f64> {
    if log_p {
        if p > 0. {
            return Some(ML_NAN);
        }
        if p == 0. {
            return Some(if lower_tail { right } else { left });
        }
        if p == ML_NEGINF {
            return Some(if lower_tail { left } else { right });
        }
    } else {
        if !(0. ..=1.).contains(&p) {
            return Some(ML_NAN);
        }
        if p == 0. {
            return Some(if lower_tail { left } else { right });
        }
        if p == 1. {
            return Some(if lower_tail { right } else { left });
        }
    }
    None
}

/// `R_D_nonint_check(x)`: a non-integer `x` of a discrete density warns and has density 0.
#[inline]
pub(crate) fn d_nonint_check(x: f64, log_p: bool) -> Option<f64> {
    if nonint(x) {
        warning(format!("non-integer x = {}", crate::nmath::fmt_f(x)));
        return Some(d0(log_p));
    }
    None
}

/// C's `%f`: six decimals.
pub(crate) fn fmt_f(x: f64) -> String {
    format!("{x:.6}")
}
