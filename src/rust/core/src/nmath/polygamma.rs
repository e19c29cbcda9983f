//! The polygamma functions (`polygamma.c`): `dpsifn` (Amos' algorithm 610) as R calls it, with
//! `kode = 1` and `m = 1`, and `digamma`, `trigamma`, `psigamma` on top.

use super::beta::r_pow_di;
use super::*;

const N_MAX: i32 = 100;

/// `d_n_cot(x, n)`: the `n`-th derivative of `cot(x)`.
fn d_n_cot(x: f64, n: i32) -> f64 {
    match n {
        0 => x.cos() / x.sin(),
        1 => -1. / r_pow_di(x.sin(), 2),
        2 => 2. * x.cos() / r_pow_di(x.sin(), 3),
        3 => {
            let sin2 = r_pow_di(x.sin(), 2);
            -2. * (3. - 2. * sin2) / r_pow_di(sin2, 2)
        }
        4 => {
            let co = x.cos();
            8. * co * (r_pow_di(co, 2) + 2.) / r_pow_di(x.sin(), 5)
        }
        5 => {
            let co2 = r_pow_di(x.cos(), 2);
            -8. * (2. * r_pow_di(co2, 2) + 11. * co2 + 2.) / r_pow_di(x.sin(), 6)
        }
        _ => ML_NAN,
    }
}

const BVALUES: [f64; 22] = [
    1.00000000000000000e+00,
    -5.00000000000000000e-01,
    1.66666666666666667e-01,
    -3.33333333333333333e-02,
    2.38095238095238095e-02,
    -3.33333333333333333e-02,
    7.57575757575757576e-02,
    -2.53113553113553114e-01,
    1.16666666666666667e+00,
    -7.09215686274509804e+00,
    5.49711779448621554e+01,
    -5.29124242424242424e+02,
    6.19212318840579710e+03,
    -8.65802531135531136e+04,
    1.42551716666666667e+06,
    -2.72982310678160920e+07,
    6.01580873900642368e+08,
    -1.51163157670921569e+10,
    4.29614643061166667e+11,
    -1.37116552050883328e+13,
    4.88332318973593167e+14,
    -1.92965793419400681e+16,
];

/// `dpsifn(x, n, kode = 1, m = 1)`: `(-1)^(n+1) / gamma(n+1) * psi(n, x)`, or the error code.
fn dpsifn(x: f64, n: i32) -> Result<f64, i32> {
    if n < 0 {
        return Err(1);
    }
    if x <= 0. {
        if x == x.round() {
            return Ok(if n % 2 != 0 { ML_POSINF } else { ML_NAN });
        }
        let mut ans = dpsifn(1. - x, n)?;
        if n > 5 {
            return Err(4);
        }
        let xpi = x * M_PI;
        let (mut t1, mut t2, mut s) = (1., 1., 1.);
        let mut k = 0;
        let mut j = k - n;
        while j < 1 {
            t1 *= M_PI;
            if k >= 2 {
                t2 *= k as f64;
            }
            if j >= 0 {
                ans = s * (ans + t1 / t2 * d_n_cot(xpi, k));
            }
            k += 1;
            j += 1;
            s = -s;
        }
        return Ok(ans);
    }
    let xln = x.ln();
    let lrg = 1. / (2. * DBL_EPSILON);
    if n == 0 && x * xln > lrg {
        return Ok(-xln);
    } else if n >= 1 && x > n as f64 * lrg {
        return Ok((-(n as f64) * xln).exp() / n as f64);
    }
    let nx0 = 1021;
    let r1m5 = M_LOG10_2;
    let r1m4 = DBL_EPSILON * 0.5;
    let wdtol = fmax2(r1m4, 0.5e-18);
    let elim = 2.302 * (nx0 as f64 * r1m5 - 3.0);
    let rln = fmin2(r1m5 * 53., 18.06);
    let mut fln = fmax2(rln, 3.0) - 3.0;
    let yint = 3.50 + 0.40 * fln;
    let slope = 0.21 + fln * (0.0006038 * fln + 0.008677);
    let nn = n;
    let fn_ = nn as f64;
    let mut t = (fn_ + 1.) * xln;
    let (mut xdmy, mut xdmln, mut xinc) = (x, xln, 0.0);
    let mut asymptotic = false;
    if t.abs() > elim {
        if t <= 0.0 {
            return Err(2);
        }
    } else {
        if x < wdtol {
            return Ok(r_pow_di(x, -n - 1));
        }
        let mut xm = yint + slope * fn_;
        let mx = xm as i32 + 1;
        let xmin = mx as f64;
        let mut series = false;
        if n != 0 {
            xm = -2.302 * rln - fmin2(0.0, xln);
            let arg = fmin2(0., xm / n as f64);
            let eps = arg.exp();
            xm = if arg.abs() < 1.0e-3 { -arg } else { 1. - eps };
            fln = x * xm / eps;
            xm = xmin - x;
            if xm > 7.0 && fln < 15.0 {
                series = true;
            }
        }
        if series {
            // the series: fln + 1 terms
            let nn = fln as i32 + 1;
            let np = n + 1;
            let t1 = (n + 1) as f64 * xln;
            let t = (-t1).exp();
            let mut s = t;
            let mut den = x;
            for _ in 1..=nn {
                den += 1.;
                s += den.powf(-np as f64);
            }
            return Ok(s);
        }
        if x < xmin {
            let nx = x as i32;
            xinc = xmin - nx as f64;
            xdmy = x + xinc;
            xdmln = xdmy.ln();
        }
        t = fn_ * xdmln;
        let t1 = xdmln + xdmln;
        let t2 = t + xdmln;
        let tk = fmax2(t.abs(), fmax2(t1.abs(), t2.abs()));
        if tk <= elim {
            asymptotic = true;
        }
    }
    if !asymptotic {
        // underflow
        return Ok(0.);
    }
    // L10:
    let tss = (-t).exp();
    let tt = 0.5 / xdmy;
    let mut t1 = tt;
    let tst = wdtol * tt;
    if nn != 0 {
        t1 = tt + 1.0 / fn_;
    }
    let rxsq = 1.0 / (xdmy * xdmy);
    let ta = 0.5 * rxsq;
    t = (fn_ + 1.) * ta;
    let mut s = t * BVALUES[2];
    if s.abs() >= tst {
        let mut tk = 2.0;
        for k in 4..=22 {
            t = t * ((tk + fn_ + 1.) / (tk + 1.0)) * ((tk + fn_) / (tk + 2.0)) * rxsq;
            let trm = t * BVALUES[k - 1];
            if trm.abs() < tst {
                break;
            }
            s += trm;
            tk += 2.;
        }
    }
    s = (s + t1) * tss;
    let mut nx = 0;
    if xinc != 0.0 {
        nx = xinc as i32;
        let np = nn + 1;
        if nx > N_MAX {
            return Err(3);
        }
        if nn != 0 {
            let mut xm = xinc - 1.0;
            let mut fx = x + xm;
            for _ in 1..=nx {
                s += fx.powf(-np as f64);
                xm -= 1.;
                fx = x + xm;
            }
        } else {
            // L20:
            for i in 1..=nx {
                s += 1. / (x + (nx - i) as f64);
            }
            return Ok(s - xdmln);
        }
    }
    if fn_ == 0. {
        // L30:
        return Ok(s - xdmln);
    }
    let _ = nx;
    Ok(s)
}

/// `digamma(x)`.
pub fn digamma(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    match dpsifn(x, 0) {
        Ok(a) => -a,
        Err(_) => ML_NAN,
    }
}

/// `trigamma(x)`.
pub fn trigamma(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    dpsifn(x, 1).unwrap_or(ML_NAN)
}

/// `psigamma(x, deriv)`.
pub fn psigamma(x: f64, deriv: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    let deriv = forceint(deriv);
    let n = deriv as i32;
    if n > N_MAX {
        warning(format!("deriv = {n} > {N_MAX} (= n_max)\n"));
        return ML_NAN;
    }
    let Ok(mut ans) = dpsifn(x, n) else { return ML_NAN };
    ans = -ans;
    for k in 1..=n {
        ans *= -(k as f64);
    }
    ans
}
