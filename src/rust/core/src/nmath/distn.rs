//! The Poisson, gamma, chi-squared, exponential, uniform, log-normal, logistic, Cauchy, Weibull
//! and geometric distributions: `dpois.c`, `ppois.c`, `qpois.c`, `dgamma.c`, `pgamma.c`,
//! `qgamma.c`, `[dpq]chisq.c`, `[dpq]exp.c`, `[dpq]unif.c`, `[dpq]lnorm.c`, `[dpq]logis.c`,
//! `[dpq]cauchy.c`, `[dpq]weibull.c`, `[dpq]geom.c`.

use super::binom::{dbinom_raw, q_discrete_body};
use super::gamma::{ebd0, lgamma1p, lgammafn, log1pmx, stirlerr, SCALEFACTOR};
use super::normal::{dnorm, pnorm, qnorm};
use super::*;

/// `dpois_raw(x, lambda, log)` (dpois.c).
pub fn dpois_raw(x: f64, lambda: f64, give_log: bool) -> f64 {
    const M_SQRT_2PI: f64 = 2.50662827463100050241576528481104525301;
    const X_LRG: f64 = 2.86111748575702815380240589208115399625e+307;
    if lambda == 0. {
        return if x == 0. { d1(give_log) } else { d0(give_log) };
    }
    if !lambda.is_finite() {
        return d0(give_log);
    }
    if x < 0. {
        return d0(give_log);
    }
    if x <= lambda * DBL_MIN {
        return d_exp(-lambda, give_log);
    }
    if lambda < x * DBL_MIN {
        if !x.is_finite() {
            return d0(give_log);
        }
        return d_exp(-lambda + x * lambda.ln() - lgammafn(x + 1.), give_log);
    }
    let (yh, mut yl) = ebd0(x, lambda);
    yl += stirlerr(x);
    let lrg_x = x >= X_LRG;
    let r = if lrg_x { M_SQRT_2PI * x.sqrt() } else { M_2PI * x };
    if give_log {
        -yl - yh - if lrg_x { r.ln() } else { 0.5 * r.ln() }
    } else {
        (-yl).exp() * (-yh).exp() / if lrg_x { r } else { r.sqrt() }
    }
}

/// `dpois(x, lambda, log)` (dpois.c).
pub fn dpois(x: f64, lambda: f64, give_log: bool) -> f64 {
    if x.is_nan() || lambda.is_nan() {
        return x + lambda;
    }
    if lambda < 0. {
        return ML_NAN;
    }
    if let Some(v) = d_nonint_check(x, give_log) {
        return v;
    }
    if x < 0. || !x.is_finite() {
        return d0(give_log);
    }
    dpois_raw(forceint(x), lambda, give_log)
}

/// `ppois` (ppois.c).
pub fn ppois(x: f64, lambda: f64, lower_tail: bool, log_p: bool) -> f64 {
    if x.is_nan() || lambda.is_nan() {
        return x + lambda;
    }
    if lambda < 0. {
        return ML_NAN;
    }
    if x < 0. {
        return dt0(lower_tail, log_p);
    }
    if lambda == 0. || !x.is_finite() {
        return dt1(lower_tail, log_p);
    }
    let x = (x + 1e-7).floor();
    pgamma(lambda, x + 1., 1., !lower_tail, log_p)
}

/// `qpois` (qpois.c).
pub fn qpois(p: f64, lambda: f64, lower_tail: bool, log_p: bool) -> f64 {
    if p.is_nan() || lambda.is_nan() {
        return p + lambda;
    }
    if !lambda.is_finite() || lambda < 0. {
        return ML_NAN;
    }
    if q_p01_bad(p, log_p) {
        return ML_NAN;
    }
    if lambda == 0. {
        return 0.;
    }
    if p == dt0(lower_tail, log_p) {
        return 0.;
    }
    if p == dt1(lower_tail, log_p) {
        return ML_POSINF;
    }
    let mu = lambda;
    let sigma = lambda.sqrt();
    let gamma = 1.0 / sigma;
    let pdist = |y: f64| ppois(y, lambda, lower_tail, log_p);
    q_discrete_body(p, mu, sigma, gamma, &pdist, None, lower_tail, log_p)
}

/// `dgamma` (dgamma.c).
pub fn dgamma(x: f64, shape: f64, scale: f64, give_log: bool) -> f64 {
    if x.is_nan() || shape.is_nan() || scale.is_nan() {
        return x + shape + scale;
    }
    if shape < 0. || scale <= 0. {
        return ML_NAN;
    }
    if x < 0. {
        return d0(give_log);
    }
    if shape == 0. {
        return if x == 0. { ML_POSINF } else { d0(give_log) };
    }
    if x == 0. {
        if shape < 1. {
            return ML_POSINF;
        }
        if shape > 1. {
            return d0(give_log);
        }
        return if give_log { -scale.ln() } else { 1. / scale };
    }
    if shape < 1. {
        let pr = dpois_raw(shape, x / scale, give_log);
        return if give_log {
            pr + if (shape / x).is_finite() { (shape / x).ln() } else { shape.ln() - x.ln() }
        } else {
            pr * shape / x
        };
    }
    let pr = dpois_raw(shape - 1., x / scale, give_log);
    if give_log {
        pr - scale.ln()
    } else {
        pr / scale
    }
}

/// `M_cutoff` (pgamma.c): `M_LN2 * DBL_MAX_EXP / DBL_EPSILON`.
const M_CUTOFF: f64 = M_LN2 * 1024. / DBL_EPSILON;

/// `dpois_wrap` (pgamma.c): `dpois(x_plus_1 - 1, lambda)`.
fn dpois_wrap(x_plus_1: f64, lambda: f64, give_log: bool) -> f64 {
    if !lambda.is_finite() {
        return d0(give_log);
    }
    if x_plus_1 > 1. {
        return dpois_raw(x_plus_1 - 1., lambda, give_log);
    }
    if lambda > (x_plus_1 - 1.).abs() * M_CUTOFF {
        return d_exp(-lambda - lgammafn(x_plus_1), give_log);
    }
    let d = dpois_raw(x_plus_1, lambda, give_log);
    if give_log {
        d + (x_plus_1 / lambda).ln()
    } else {
        d * (x_plus_1 / lambda)
    }
}

/// `pgamma_smallx` (pgamma.c): Abramowitz and Stegun 6.5.29.
fn pgamma_smallx(x: f64, alph: f64, lower_tail: bool, log_p: bool) -> f64 {
    let mut sum = 0.;
    let mut c = alph;
    let mut n = 0.;
    loop {
        n += 1.;
        c *= -x / n;
        let term = c / (alph + n);
        sum += term;
        if term.abs() <= DBL_EPSILON * sum.abs() {
            break;
        }
    }
    if lower_tail {
        let f1 = if log_p { sum.ln_1p() } else { 1. + sum };
        let f2 = if alph > 1. {
            let f = dpois_raw(alph, x, log_p);
            if log_p {
                f + x
            } else {
                f * x.exp()
            }
        } else if log_p {
            alph * x.ln() - lgamma1p(alph)
        } else {
            x.powf(alph) / lgamma1p(alph).exp()
        };
        if log_p {
            f1 + f2
        } else {
            f1 * f2
        }
    } else {
        let lf2 = alph * x.ln() - lgamma1p(alph);
        if log_p {
            log1_exp(sum.ln_1p() + lf2)
        } else {
            let f1m1 = sum;
            let f2m1 = lf2.exp_m1();
            -(f1m1 + f2m1 + f1m1 * f2m1)
        }
    }
}

fn pd_upper_series(x: f64, mut y: f64, log_p: bool) -> f64 {
    let mut term = x / y;
    let mut sum = term;
    loop {
        y += 1.;
        term *= x / y;
        sum += term;
        if term <= sum * DBL_EPSILON {
            break;
        }
    }
    if log_p {
        sum.ln()
    } else {
        sum
    }
}

/// `pd_lower_cf` (pgamma.c): a continued fraction for the scaled upper tail.
fn pd_lower_cf(y: f64, d: f64) -> f64 {
    const MAX_IT: f64 = 200000.;
    let mut f = 0.0;
    if y == 0. {
        return 0.;
    }
    let mut f0 = y / d;
    if (y - 1.).abs() < d.abs() * DBL_EPSILON {
        return f0;
    }
    if f0 > 1. {
        f0 = 1.;
    }
    let mut c2 = y;
    let mut c4 = d;
    let mut a1 = 0.;
    let mut b1 = 1.;
    let mut a2 = y;
    let mut b2 = d;
    while b2 > SCALEFACTOR {
        a1 /= SCALEFACTOR;
        b1 /= SCALEFACTOR;
        a2 /= SCALEFACTOR;
        b2 /= SCALEFACTOR;
    }
    let mut i = 0.;
    let mut of = -1.;
    while i < MAX_IT {
        i += 1.;
        c2 -= 1.;
        let mut c3 = i * c2;
        c4 += 2.;
        a1 = c4 * a2 + c3 * a1;
        b1 = c4 * b2 + c3 * b1;
        i += 1.;
        c2 -= 1.;
        c3 = i * c2;
        c4 += 2.;
        a2 = c4 * a1 + c3 * a2;
        b2 = c4 * b1 + c3 * b2;
        if b2 > SCALEFACTOR {
            a1 /= SCALEFACTOR;
            b1 /= SCALEFACTOR;
            a2 /= SCALEFACTOR;
            b2 /= SCALEFACTOR;
        }
        if b2 != 0. {
            f = a2 / b2;
            if (f - of).abs() <= DBL_EPSILON * fmax2(f0, f.abs()) {
                return f;
            }
            of = f;
        }
    }
    warning(format!(" ** NON-convergence in pgamma()'s pd_lower_cf() f= {f}.\n"));
    f
}

fn pd_lower_series(lambda: f64, mut y: f64) -> f64 {
    let mut term = 1.;
    let mut sum = 0.;
    while y >= 1. && term > sum * DBL_EPSILON {
        term *= y / lambda;
        sum += term;
        y -= 1.;
    }
    if y != y.floor() {
        let f = pd_lower_cf(y, lambda + 1. - y);
        sum += term * f;
    }
    sum
}

/// `dpnorm` (pgamma.c): `dnorm(x) / pnorm(x)`, with `lp` the log of the latter.
fn dpnorm(x: f64, lower_tail: bool, lp: f64) -> f64 {
    let (mut x, mut lower_tail) = (x, lower_tail);
    if x < 0. {
        x = -x;
        lower_tail = !lower_tail;
    }
    if x > 10. && !lower_tail {
        let mut term = 1. / x;
        let mut sum = term;
        let x2 = x * x;
        let mut i = 1.;
        loop {
            term *= -i / x2;
            sum += term;
            i += 2.;
            if term.abs() <= DBL_EPSILON * sum {
                break;
            }
        }
        1. / sum
    } else {
        let d = dnorm(x, 0., 1., false);
        d / lp.exp()
    }
}

/// `ppois_asymp` (pgamma.c).
fn ppois_asymp(x: f64, lambda: f64, lower_tail: bool, log_p: bool) -> f64 {
    const COEFS_A: [f64; 8] = [
        -1e99,
        2. / 3.,
        -4. / 135.,
        8. / 2835.,
        16. / 8505.,
        -8992. / 12629925.,
        -334144. / 492567075.,
        698752. / 1477701225.,
    ];
    const COEFS_B: [f64; 8] = [
        -1e99,
        1. / 12.,
        1. / 288.,
        -139. / 51840.,
        -571. / 2488320.,
        163879. / 209018880.,
        5246819. / 75246796800.,
        -534703531. / 902961561600.,
    ];
    let dfm = lambda - x;
    let pt_ = -log1pmx(dfm / x);
    let mut s2pt = (2. * x * pt_).sqrt();
    if dfm < 0. {
        s2pt = -s2pt;
    }
    let mut res12 = 0.;
    let mut res1_term = x.sqrt();
    let mut res1_ig = res1_term;
    let mut res2_term = s2pt;
    let mut res2_ig = res2_term;
    for i in 1..8 {
        res12 += res1_ig * COEFS_A[i];
        res12 += res2_ig * COEFS_B[i];
        res1_term *= pt_ / i as f64;
        res2_term *= 2. * pt_ / (2 * i + 1) as f64;
        res1_ig = res1_ig / x + res1_term;
        res2_ig = res2_ig / x + res2_term;
    }
    let mut elfb = x;
    let mut elfb_term = 1.;
    for c in COEFS_B.iter().skip(1) {
        elfb += elfb_term * c;
        elfb_term /= x;
    }
    if !lower_tail {
        elfb = -elfb;
    }
    let f = res12 / elfb;
    let np = pnorm(s2pt, 0.0, 1.0, !lower_tail, log_p);
    if log_p {
        let n_d_over_p = dpnorm(s2pt, !lower_tail, np);
        np + (f * n_d_over_p).ln_1p()
    } else {
        let nd = dnorm(s2pt, 0., 1., log_p);
        np + f * nd
    }
}

/// `pgamma_raw(x, alph, lower_tail, log_p)` (pgamma.c).
pub fn pgamma_raw(x: f64, alph: f64, lower_tail: bool, log_p: bool) -> f64 {
    if x <= 0. {
        return dt0(lower_tail, log_p);
    }
    if x >= ML_POSINF {
        return dt1(lower_tail, log_p);
    }
    let res;
    if x < 1. {
        res = pgamma_smallx(x, alph, lower_tail, log_p);
    } else if x <= alph - 1. && x < 0.8 * (alph + 50.) {
        let sum = pd_upper_series(x, alph, log_p);
        let d = dpois_wrap(alph, x, log_p);
        res = if !lower_tail {
            if log_p {
                log1_exp(d + sum)
            } else {
                1. - d * sum
            }
        } else if log_p {
            sum + d
        } else {
            sum * d
        };
    } else if alph - 1. < x && alph < 0.8 * (x + 50.) {
        let sum;
        let d = dpois_wrap(alph, x, log_p);
        if alph < 1. {
            if x * DBL_EPSILON > 1. - alph {
                sum = d1(log_p);
            } else {
                let f = pd_lower_cf(alph, x - (alph - 1.)) * x / alph;
                sum = if log_p { f.ln() } else { f };
            }
        } else {
            let s = pd_lower_series(x, alph - 1.);
            sum = if log_p { s.ln_1p() } else { 1. + s };
        }
        res = if !lower_tail {
            if log_p {
                sum + d
            } else {
                sum * d
            }
        } else if log_p {
            log1_exp(d + sum)
        } else {
            1. - d * sum
        };
    } else {
        res = ppois_asymp(alph - 1., x, !lower_tail, log_p);
    }
    if !log_p && res < DBL_MIN / DBL_EPSILON {
        pgamma_raw(x, alph, lower_tail, true).exp()
    } else {
        res
    }
}

/// `pgamma(x, alph, scale, lower_tail, log_p)` (pgamma.c).
pub fn pgamma(x: f64, alph: f64, scale: f64, lower_tail: bool, log_p: bool) -> f64 {
    if x.is_nan() || alph.is_nan() || scale.is_nan() {
        return x + alph + scale;
    }
    if alph < 0. || scale <= 0. {
        return ML_NAN;
    }
    let x = x / scale;
    if x.is_nan() {
        return x;
    }
    if alph == 0. {
        return if x <= 0. { dt0(lower_tail, log_p) } else { dt1(lower_tail, log_p) };
    }
    pgamma_raw(x, alph, lower_tail, log_p)
}

/// `qchisq_appr` (qgamma.c): the starting approximation of `qgamma`.
pub(crate) fn qchisq_appr(p: f64, nu: f64, g: f64, lower_tail: bool, log_p: bool, tol: f64) -> f64 {
    const C7: f64 = 4.67;
    const C8: f64 = 6.66;
    const C9: f64 = 6.73;
    const C10: f64 = 13.32;
    if p.is_nan() || nu.is_nan() {
        return p + nu;
    }
    if q_p01_bad(p, log_p) {
        return ML_NAN;
    }
    if nu <= 0. {
        return ML_NAN;
    }
    let alpha = 0.5 * nu;
    let c = alpha - 1.;
    let p1 = dt_log(p, lower_tail, log_p);
    let mut ch;
    if nu < (-1.24) * p1 {
        let lgam1pa = if alpha < 0.5 { lgamma1p(alpha) } else { alpha.ln() + g };
        ch = ((lgam1pa + p1) / alpha + M_LN2).exp();
    } else if nu > 0.32 {
        let x = qnorm(p, 0., 1., lower_tail, log_p);
        let p1 = 2. / (9. * nu);
        ch = nu * (x * p1.sqrt() + 1. - p1).powf(3.);
        if ch > 2.2 * nu + 6. {
            ch = -2. * (dt_clog(p, lower_tail, log_p) - c * (0.5 * ch).ln() + g);
        }
    } else {
        ch = 0.4;
        let a = dt_clog(p, lower_tail, log_p) + g + c * M_LN2;
        loop {
            let q = ch;
            let p1 = 1. / (1. + ch * (C7 + ch));
            let p2 = ch * (C9 + ch * (C8 + ch));
            let t = -0.5 + (C7 + 2. * ch) * p1 - (C9 + ch * (C10 + 3. * ch)) / p2;
            ch -= (1. - (a + 0.5 * ch).exp() * p2 * p1) / t;
            if (q - ch).abs() <= tol * ch.abs() {
                break;
            }
        }
    }
    ch
}

/// `qgamma(p, alpha, scale, lower_tail, log_p)` (qgamma.c): AS 91 and Newton steps.
pub fn qgamma(p: f64, alpha: f64, scale: f64, lower_tail: bool, log_p: bool) -> f64 {
    const EPS1: f64 = 1e-2;
    const EPS2: f64 = 5e-7;
    const EPS_N: f64 = 1e-15;
    const MAXIT: i32 = 1000;
    const P_MIN: f64 = 1e-100;
    const P_MAX: f64 = 1. - 1e-14;
    const I420: f64 = 1. / 420.;
    const I2520: f64 = 1. / 2520.;
    const I5040: f64 = 1. / 5040.;
    if p.is_nan() || alpha.is_nan() || scale.is_nan() {
        return p + alpha + scale;
    }
    if let Some(v) = q_p01_boundaries(p, 0., ML_POSINF, lower_tail, log_p) {
        return v;
    }
    if alpha < 0. || scale <= 0. {
        return ML_NAN;
    }
    if alpha == 0. {
        return 0.;
    }
    let mut max_it_newton = 1;
    if alpha < 1e-10 {
        max_it_newton = 7;
    }
    let mut p_ = dt_qiv(p, lower_tail, log_p);
    let mut g = lgammafn(alpha);
    let mut ch = qchisq_appr(p, 2. * alpha, g, lower_tail, log_p, EPS1);
    'end: {
        if !ch.is_finite() {
            max_it_newton = 0;
            break 'end;
        }
        if ch < EPS2 {
            max_it_newton = 20;
            break 'end;
        }
        if p_ > P_MAX || p_ < P_MIN {
            max_it_newton = 20;
            break 'end;
        }
        let c = alpha - 1.;
        let s6 = (120. + c * (346. + 127. * c)) * I5040;
        let ch0 = ch;
        for _ in 1..=MAXIT {
            let q = ch;
            let p1 = 0.5 * ch;
            let p2 = p_ - pgamma_raw(p1, alpha, true, false);
            if !p2.is_finite() || ch <= 0. {
                ch = ch0;
                max_it_newton = 27;
                break 'end;
            }
            let t = p2 * (alpha * M_LN2 + g + p1 - c * ch.ln()).exp();
            let b = t / ch;
            let a = 0.5 * t - b * c;
            let s1 = (210. + a * (140. + a * (105. + a * (84. + a * (70. + 60. * a))))) * I420;
            let s2 = (420. + a * (735. + a * (966. + a * (1141. + 1278. * a)))) * I2520;
            let s3 = (210. + a * (462. + a * (707. + 932. * a))) * I2520;
            let s4 = (252. + a * (672. + 1182. * a) + c * (294. + a * (889. + 1740. * a))) * I5040;
            let s5 = (84. + 2264. * a + c * (1175. + 606. * a)) * I2520;
            ch += t * (1. + 0.5 * t * s1 - b * c * (s1 - b * (s2 - b * (s3 - b * (s4 - b * (s5 - b * s6))))));
            if (q - ch).abs() < EPS2 * ch {
                break 'end;
            }
            if (q - ch).abs() > 0.1 * ch {
                ch = if ch < q { 0.9 * q } else { 1.1 * q };
            }
        }
    }
    // END:
    let mut x = 0.5 * scale * ch;
    if max_it_newton > 0 {
        let (mut p, mut log_p) = (p, log_p);
        if !log_p {
            p = p.ln();
            log_p = true;
        }
        if x == 0. {
            let one_p = 1. + 1e-7;
            let one_m = 1. - 1e-7;
            x = DBL_MIN;
            p_ = pgamma(x, alpha, scale, lower_tail, log_p);
            if (lower_tail && p_ > p * one_p) || (!lower_tail && p_ < p * one_m) {
                return 0.;
            }
        } else {
            p_ = pgamma(x, alpha, scale, lower_tail, log_p);
        }
        if p_ == ML_NEGINF {
            return 0.;
        }
        for i in 1..=max_it_newton {
            let p1 = p_ - p;
            if p1.abs() < (EPS_N * p).abs() {
                break;
            }
            g = dgamma(x, alpha, scale, log_p);
            if g == d0(log_p) {
                break;
            }
            let mut t = if log_p { p1 * (p_ - g).exp() } else { p1 / g };
            t = if lower_tail { x - t } else { x + t };
            p_ = pgamma(t, alpha, scale, lower_tail, log_p);
            if (p_ - p).abs() > p1.abs() || (i > 1 && (p_ - p).abs() == p1.abs()) {
                break;
            }
            x = t;
        }
    }
    x
}

pub fn dchisq(x: f64, df: f64, give_log: bool) -> f64 {
    dgamma(x, df / 2., 2., give_log)
}

pub fn pchisq(x: f64, df: f64, lower_tail: bool, log_p: bool) -> f64 {
    pgamma(x, df / 2., 2., lower_tail, log_p)
}

pub fn qchisq(p: f64, df: f64, lower_tail: bool, log_p: bool) -> f64 {
    qgamma(p, 0.5 * df, 2.0, lower_tail, log_p)
}

/// `dexp` (dexp.c), with the scale `1/rate` R passes.
pub fn dexp(x: f64, scale: f64, give_log: bool) -> f64 {
    if x.is_nan() || scale.is_nan() {
        return x + scale;
    }
    if scale <= 0.0 {
        return ML_NAN;
    }
    if x < 0. {
        return d0(give_log);
    }
    if give_log {
        (-x / scale) - scale.ln()
    } else {
        (-x / scale).exp() / scale
    }
}

pub fn pexp(x: f64, scale: f64, lower_tail: bool, log_p: bool) -> f64 {
    if x.is_nan() || scale.is_nan() {
        return x + scale;
    }
    if scale < 0. {
        return ML_NAN;
    }
    if x <= 0. {
        return dt0(lower_tail, log_p);
    }
    let x = -(x / scale);
    if lower_tail {
        if log_p {
            log1_exp(x)
        } else {
            -x.exp_m1()
        }
    } else {
        d_exp(x, log_p)
    }
}

pub fn qexp(p: f64, scale: f64, lower_tail: bool, log_p: bool) -> f64 {
    if p.is_nan() || scale.is_nan() {
        return p + scale;
    }
    if scale < 0. {
        return ML_NAN;
    }
    if q_p01_bad(p, log_p) {
        return ML_NAN;
    }
    if p == dt0(lower_tail, log_p) {
        return 0.;
    }
    -scale * dt_clog(p, lower_tail, log_p)
}

pub fn dunif(x: f64, a: f64, b: f64, give_log: bool) -> f64 {
    if x.is_nan() || a.is_nan() || b.is_nan() {
        return x + a + b;
    }
    if b <= a {
        return ML_NAN;
    }
    if a <= x && x <= b {
        if give_log {
            -(b - a).ln()
        } else {
            1. / (b - a)
        }
    } else {
        d0(give_log)
    }
}

pub fn punif(x: f64, a: f64, b: f64, lower_tail: bool, log_p: bool) -> f64 {
    if x.is_nan() || a.is_nan() || b.is_nan() {
        return x + a + b;
    }
    if b < a || !a.is_finite() || !b.is_finite() {
        return ML_NAN;
    }
    if x >= b {
        return dt1(lower_tail, log_p);
    }
    if x <= a {
        return dt0(lower_tail, log_p);
    }
    if lower_tail {
        d_val((x - a) / (b - a), log_p)
    } else {
        d_val((b - x) / (b - a), log_p)
    }
}

pub fn qunif(p: f64, a: f64, b: f64, lower_tail: bool, log_p: bool) -> f64 {
    if p.is_nan() || a.is_nan() || b.is_nan() {
        return p + a + b;
    }
    if q_p01_bad(p, log_p) {
        return ML_NAN;
    }
    if !a.is_finite() || !b.is_finite() || b < a {
        return ML_NAN;
    }
    if b == a {
        return a;
    }
    a + dt_qiv(p, lower_tail, log_p) * (b - a)
}

pub fn dlnorm(x: f64, meanlog: f64, sdlog: f64, give_log: bool) -> f64 {
    if x.is_nan() || meanlog.is_nan() || sdlog.is_nan() {
        return x + meanlog + sdlog;
    }
    if sdlog < 0. {
        return ML_NAN;
    }
    if !x.is_finite() && x.ln() == meanlog {
        return ML_NAN;
    }
    if sdlog == 0. {
        return if x.ln() == meanlog { ML_POSINF } else { d0(give_log) };
    }
    if x <= 0. {
        return d0(give_log);
    }
    let y = (x.ln() - meanlog) / sdlog;
    if give_log {
        -(M_LN_SQRT_2PI + 0.5 * y * y + (x * sdlog).ln())
    } else {
        M_1_SQRT_2PI * (-0.5 * y * y).exp() / (x * sdlog)
    }
}

pub fn plnorm(x: f64, meanlog: f64, sdlog: f64, lower_tail: bool, log_p: bool) -> f64 {
    if x.is_nan() || meanlog.is_nan() || sdlog.is_nan() {
        return x + meanlog + sdlog;
    }
    if sdlog < 0. {
        return ML_NAN;
    }
    if x > 0. {
        return pnorm(x.ln(), meanlog, sdlog, lower_tail, log_p);
    }
    dt0(lower_tail, log_p)
}

pub fn qlnorm(p: f64, meanlog: f64, sdlog: f64, lower_tail: bool, log_p: bool) -> f64 {
    if p.is_nan() || meanlog.is_nan() || sdlog.is_nan() {
        return p + meanlog + sdlog;
    }
    if let Some(v) = q_p01_boundaries(p, 0., ML_POSINF, lower_tail, log_p) {
        return v;
    }
    qnorm(p, meanlog, sdlog, lower_tail, log_p).exp()
}

pub fn dlogis(x: f64, location: f64, scale: f64, give_log: bool) -> f64 {
    if x.is_nan() || location.is_nan() || scale.is_nan() {
        return x + location + scale;
    }
    if scale <= 0.0 {
        return ML_NAN;
    }
    let x = ((x - location) / scale).abs();
    let e = (-x).exp();
    let f = 1.0 + e;
    if give_log {
        -(x + (scale * f * f).ln())
    } else {
        e / (scale * f * f)
    }
}

/// `log1pexp` (plogis.c): `log(1 + exp(x))`.
pub fn log1pexp(x: f64) -> f64 {
    if x <= 18. {
        return x.exp().ln_1p();
    }
    if x > 33.3 {
        return x;
    }
    x + (-x).exp()
}

pub fn plogis(x: f64, location: f64, scale: f64, lower_tail: bool, log_p: bool) -> f64 {
    if x.is_nan() || location.is_nan() || scale.is_nan() {
        return x + location + scale;
    }
    if scale <= 0.0 {
        return ML_NAN;
    }
    let x = (x - location) / scale;
    if x.is_nan() {
        return ML_NAN;
    }
    if !x.is_finite() {
        return if x > 0. { dt1(lower_tail, log_p) } else { dt0(lower_tail, log_p) };
    }
    if log_p {
        -log1pexp(if lower_tail { -x } else { x })
    } else {
        1. / (1. + (if lower_tail { -x } else { x }).exp())
    }
}

pub fn qlogis(p: f64, location: f64, scale: f64, lower_tail: bool, log_p: bool) -> f64 {
    if p.is_nan() || location.is_nan() || scale.is_nan() {
        return p + location + scale;
    }
    if let Some(v) = q_p01_boundaries(p, ML_NEGINF, ML_POSINF, lower_tail, log_p) {
        return v;
    }
    if scale < 0. {
        return ML_NAN;
    }
    if scale == 0. {
        return location;
    }
    let p = if log_p {
        if lower_tail {
            p - log1_exp(p)
        } else {
            log1_exp(p) - p
        }
    } else {
        (if lower_tail { p / (1. - p) } else { (1. - p) / p }).ln()
    };
    location + scale * p
}

pub fn dcauchy(x: f64, location: f64, scale: f64, give_log: bool) -> f64 {
    if x.is_nan() || location.is_nan() || scale.is_nan() {
        return x + location + scale;
    }
    if scale <= 0. {
        return ML_NAN;
    }
    let y = (x - location) / scale;
    if give_log {
        -(M_PI * scale * (1. + y * y)).ln()
    } else {
        1. / (M_PI * scale * (1. + y * y))
    }
}

pub fn pcauchy(x: f64, location: f64, scale: f64, lower_tail: bool, log_p: bool) -> f64 {
    if x.is_nan() || location.is_nan() || scale.is_nan() {
        return x + location + scale;
    }
    if scale <= 0. {
        return ML_NAN;
    }
    let mut x = (x - location) / scale;
    if x.is_nan() {
        return ML_NAN;
    }
    if !x.is_finite() {
        return if x < 0. { dt0(lower_tail, log_p) } else { dt1(lower_tail, log_p) };
    }
    if !lower_tail {
        x = -x;
    }
    if x.abs() > 1. {
        let y = (1. / x).atan() / M_PI;
        if x > 0. {
            d_clog(y, log_p)
        } else {
            d_val(-y, log_p)
        }
    } else {
        d_val(0.5 + x.atan() / M_PI, log_p)
    }
}

pub fn qcauchy(p: f64, location: f64, scale: f64, lower_tail: bool, log_p: bool) -> f64 {
    if p.is_nan() || location.is_nan() || scale.is_nan() {
        return p + location + scale;
    }
    if q_p01_bad(p, log_p) {
        return ML_NAN;
    }
    if scale <= 0. || !scale.is_finite() {
        if scale == 0. {
            return location;
        }
        return ML_NAN;
    }
    let my_inf = |lower: bool| location + (if lower { scale } else { -scale }) * ML_POSINF;
    let (mut p, mut lower_tail) = (p, lower_tail);
    if log_p {
        if p > -1. {
            if p == 0. {
                return my_inf(lower_tail);
            }
            lower_tail = !lower_tail;
            p = -p.exp_m1();
        } else {
            p = p.exp();
        }
    } else if p > 0.5 {
        if p == 1. {
            return my_inf(lower_tail);
        }
        p = 1. - p;
        lower_tail = !lower_tail;
    }
    if p == 0.5 {
        return location;
    }
    if p == 0. {
        return location + (if lower_tail { scale } else { -scale }) * ML_NEGINF;
    }
    location + (if lower_tail { -scale } else { scale }) / super::gamma::tanpi(p)
}

pub fn dweibull(x: f64, shape: f64, scale: f64, give_log: bool) -> f64 {
    if x.is_nan() || shape.is_nan() || scale.is_nan() {
        return x + shape + scale;
    }
    if shape <= 0. || scale <= 0. {
        return ML_NAN;
    }
    if x < 0. || !x.is_finite() {
        return d0(give_log);
    }
    if x == 0. && shape < 1. {
        return ML_POSINF;
    }
    let tmp1 = (x / scale).powf(shape - 1.);
    let tmp2 = tmp1 * (x / scale);
    if give_log {
        -tmp2 + (shape * tmp1 / scale).ln()
    } else {
        shape * tmp1 * (-tmp2).exp() / scale
    }
}

pub fn pweibull(x: f64, shape: f64, scale: f64, lower_tail: bool, log_p: bool) -> f64 {
    if x.is_nan() || shape.is_nan() || scale.is_nan() {
        return x + shape + scale;
    }
    if shape <= 0. || scale <= 0. {
        return ML_NAN;
    }
    if x <= 0. {
        return dt0(lower_tail, log_p);
    }
    let x = -(x / scale).powf(shape);
    if lower_tail {
        if log_p {
            log1_exp(x)
        } else {
            -x.exp_m1()
        }
    } else {
        d_exp(x, log_p)
    }
}

pub fn qweibull(p: f64, shape: f64, scale: f64, lower_tail: bool, log_p: bool) -> f64 {
    if p.is_nan() || shape.is_nan() || scale.is_nan() {
        return p + shape + scale;
    }
    if shape <= 0. || scale <= 0. {
        return ML_NAN;
    }
    if let Some(v) = q_p01_boundaries(p, 0., ML_POSINF, lower_tail, log_p) {
        return v;
    }
    scale * (-dt_clog(p, lower_tail, log_p)).powf(1. / shape)
}

pub fn dgeom(x: f64, p: f64, give_log: bool) -> f64 {
    if x.is_nan() || p.is_nan() {
        return x + p;
    }
    if p <= 0. || p > 1. {
        return ML_NAN;
    }
    if let Some(v) = d_nonint_check(x, give_log) {
        return v;
    }
    if x < 0. || !x.is_finite() || p == 0. {
        return d0(give_log);
    }
    let x = forceint(x);
    let prob = dbinom_raw(0., x, p, 1. - p, give_log);
    if give_log {
        p.ln() + prob
    } else {
        p * prob
    }
}

pub fn pgeom(x: f64, p: f64, lower_tail: bool, log_p: bool) -> f64 {
    if x.is_nan() || p.is_nan() {
        return x + p;
    }
    if p <= 0. || p > 1. {
        return ML_NAN;
    }
    if x < 0. {
        return dt0(lower_tail, log_p);
    }
    if !x.is_finite() {
        return dt1(lower_tail, log_p);
    }
    let x = (x + 1e-7).floor();
    if p == 1. {
        let x = if lower_tail { 1. } else { 0. };
        return if log_p { f64::ln(x) } else { x };
    }
    let x = (-p).ln_1p() * (x + 1.);
    if log_p {
        dt_clog(x, lower_tail, log_p)
    } else if lower_tail {
        -x.exp_m1()
    } else {
        x.exp()
    }
}

pub fn qgeom(p: f64, prob: f64, lower_tail: bool, log_p: bool) -> f64 {
    if p.is_nan() || prob.is_nan() {
        return p + prob;
    }
    if prob <= 0. || prob > 1. {
        return ML_NAN;
    }
    if q_p01_bad(p, log_p) {
        return ML_NAN;
    }
    if prob == 1. {
        return 0.;
    }
    if let Some(v) = q_p01_boundaries(p, 0., ML_POSINF, lower_tail, log_p) {
        return v;
    }
    fmax2(0., (dt_clog(p, lower_tail, log_p) / (-prob).ln_1p() - 1. - 1e-12).ceil())
}
