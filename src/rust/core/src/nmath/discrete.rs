//! The negative binomial and hypergeometric distributions: `dnbinom.c` (with `dnbinom_mu`),
//! `pnbinom.c` (with `pnbinom_mu`), `qnbinom.c`, `qnbinom_mu.c`, `dhyper.c`, `phyper.c`,
//! `qhyper.c`.

use super::binom::{dbinom_raw, q_discrete_body};
use super::distn::{dpois_raw, ppois, qpois};
use super::gamma::{lfastchoose, lgamma1p};
use super::*;

/// `R_DT_val(x)`: a lower-tail probability on the scale asked for.
pub(crate) fn dt_val(x: f64, lower_tail: bool, log_p: bool) -> f64 {
    if lower_tail {
        d_val(x, log_p)
    } else {
        d_clog(x, log_p)
    }
}

/// `dnbinom(x, size, prob, log)` (dnbinom.c).
pub fn dnbinom(x: f64, size: f64, prob: f64, give_log: bool) -> f64 {
    if x.is_nan() || size.is_nan() || prob.is_nan() {
        return x + size + prob;
    }
    if prob <= 0. || prob > 1. || size < 0. {
        return ML_NAN;
    }
    if let Some(v) = d_nonint_check(x, give_log) {
        return v;
    }
    if x < 0. || !x.is_finite() {
        return d0(give_log);
    }
    let x = forceint(x);
    if x == 0. {
        if size == 0. {
            return d1(give_log);
        }
        return if give_log { size * prob.ln() } else { prob.powf(size) };
    }
    let size = if size.is_finite() { size } else { DBL_MAX };
    if x < 1e-10 * size {
        d_exp(
            size * prob.ln() + x * (size.ln() + (-prob).ln_1p()) - lgamma1p(x) + (x * (x - 1.) / (2. * size)).ln_1p(),
            give_log,
        )
    } else {
        let p = if give_log {
            if x < size {
                (-x / (size + x)).ln_1p()
            } else {
                (size / (size + x)).ln()
            }
        } else {
            size / (size + x)
        };
        let ans = dbinom_raw(size, x + size, prob, 1. - prob, give_log);
        if give_log {
            p + ans
        } else {
            p * ans
        }
    }
}

/// `dnbinom_mu(x, size, mu, log)` (dnbinom.c).
pub fn dnbinom_mu(x: f64, size: f64, mu: f64, give_log: bool) -> f64 {
    if x.is_nan() || size.is_nan() || mu.is_nan() {
        return x + size + mu;
    }
    if mu < 0. || size < 0. {
        return ML_NAN;
    }
    if let Some(v) = d_nonint_check(x, give_log) {
        return v;
    }
    if x < 0. || !x.is_finite() {
        return d0(give_log);
    }
    if x == 0. && size == 0. {
        return d1(give_log);
    }
    let x = forceint(x);
    if !size.is_finite() {
        return dpois_raw(x, mu, give_log);
    }
    if x == 0. {
        return d_exp(size * if size < mu { (size / (size + mu)).ln() } else { (-mu / (size + mu)).ln_1p() }, give_log);
    }
    if x < 1e-10 * size {
        let p = if size < mu { (size / (1. + size / mu)).ln() } else { (mu / (1. + mu / size)).ln() };
        d_exp(x * p - mu - lgamma1p(x) + (x * (x - 1.) / (2. * size)).ln_1p(), give_log)
    } else {
        let p = if give_log {
            if x < size {
                (-x / (size + x)).ln_1p()
            } else {
                (size / (size + x)).ln()
            }
        } else {
            size / (size + x)
        };
        let ans = dbinom_raw(size, x + size, size / (size + mu), mu / (size + mu), give_log);
        if give_log {
            p + ans
        } else {
            p * ans
        }
    }
}

/// `pnbinom(x, size, prob, lower_tail, log_p)` (pnbinom.c).
pub fn pnbinom(x: f64, size: f64, prob: f64, lower_tail: bool, log_p: bool) -> f64 {
    if x.is_nan() || size.is_nan() || prob.is_nan() {
        return x + size + prob;
    }
    if !size.is_finite() || !prob.is_finite() {
        return ML_NAN;
    }
    if size < 0. || prob <= 0. || prob > 1. {
        return ML_NAN;
    }
    if size == 0. {
        return if x >= 0. { dt1(lower_tail, log_p) } else { dt0(lower_tail, log_p) };
    }
    if x < 0. {
        return dt0(lower_tail, log_p);
    }
    if !x.is_finite() {
        return dt1(lower_tail, log_p);
    }
    let x = (x + 1e-7).floor();
    super::beta::pbeta(prob, size, x + 1., lower_tail, log_p)
}

/// `pnbinom_mu(x, size, mu, lower_tail, log_p)` (pnbinom.c): `bratio()` directly.
pub fn pnbinom_mu(x: f64, size: f64, mu: f64, lower_tail: bool, log_p: bool) -> f64 {
    if x.is_nan() || size.is_nan() || mu.is_nan() {
        return x + size + mu;
    }
    if !mu.is_finite() {
        return ML_NAN;
    }
    if size < 0. || mu < 0. {
        return ML_NAN;
    }
    if size == 0. {
        return if x >= 0. { dt1(lower_tail, log_p) } else { dt0(lower_tail, log_p) };
    }
    if x < 0. {
        return dt0(lower_tail, log_p);
    }
    if !x.is_finite() {
        return dt1(lower_tail, log_p);
    }
    if !size.is_finite() {
        return ppois(x, mu, lower_tail, log_p);
    }
    let x = (x + 1e-7).floor();
    let (w, wc, ierr) = super::toms708::bratio(size, x + 1., size / (size + mu), mu / (size + mu), log_p);
    if ierr != 0 {
        warning(format!("pnbinom_mu() -> bratio() gave error code {ierr}"));
    }
    if lower_tail {
        w
    } else {
        wc
    }
}

/// `qnbinom(p, size, prob, lower_tail, log_p)` (qnbinom.c).
pub fn qnbinom(p: f64, size: f64, prob: f64, lower_tail: bool, log_p: bool) -> f64 {
    if p.is_nan() || size.is_nan() || prob.is_nan() {
        return p + size + prob;
    }
    if prob == 0. && size == 0. {
        return 0.;
    }
    if prob <= 0. || prob > 1. || size < 0. {
        return ML_NAN;
    }
    if prob == 1. || size == 0. {
        return 0.;
    }
    if let Some(v) = q_p01_boundaries(p, 0., ML_POSINF, lower_tail, log_p) {
        return v;
    }
    let q = 1.0 / prob;
    let pp = (1.0 - prob) * q;
    let mu = size * pp;
    let sigma = (size * pp * q).sqrt();
    let gamma = (q + pp) / sigma;
    let pdist = |y: f64| pnbinom(y, size, prob, lower_tail, log_p);
    q_discrete_body(p, mu, sigma, gamma, &pdist, None, lower_tail, log_p)
}

/// `qnbinom_mu(p, size, mu, lower_tail, log_p)` (qnbinom_mu.c).
pub fn qnbinom_mu(p: f64, size: f64, mu: f64, lower_tail: bool, log_p: bool) -> f64 {
    if size == ML_POSINF {
        return qpois(p, mu, lower_tail, log_p);
    }
    if p.is_nan() || size.is_nan() || mu.is_nan() {
        return p + size + mu;
    }
    if mu == 0. || size == 0. {
        return 0.;
    }
    if mu < 0. || size < 0. {
        return ML_NAN;
    }
    if let Some(v) = q_p01_boundaries(p, 0., ML_POSINF, lower_tail, log_p) {
        return v;
    }
    let q = 1. + mu / size;
    let pp = mu / size;
    let sigma = (size * pp * q).sqrt();
    let gamma = (q + pp) / sigma;
    let pdist = |y: f64| pnbinom_mu(y, size, mu, lower_tail, log_p);
    q_discrete_body(p, mu, sigma, gamma, &pdist, None, lower_tail, log_p)
}

/// `R_D_negInonint(x)`: negative or not an integer.
fn neg_inonint(x: f64) -> bool {
    x < 0. || nonint(x)
}

/// `dhyper(x, r, b, n, log)` (dhyper.c).
pub fn dhyper(x: f64, r: f64, b: f64, n: f64, give_log: bool) -> f64 {
    if x.is_nan() || r.is_nan() || b.is_nan() || n.is_nan() {
        return x + r + b + n;
    }
    if neg_inonint(r) || neg_inonint(b) || neg_inonint(n) || n > r + b {
        return ML_NAN;
    }
    if x < 0. {
        return d0(give_log);
    }
    if let Some(v) = d_nonint_check(x, give_log) {
        return v;
    }
    let (x, r, b, n) = (forceint(x), forceint(r), forceint(b), forceint(n));
    if n < x || r < x || n - x > b {
        return d0(give_log);
    }
    if n == 0. {
        return if x == 0. { d1(give_log) } else { d0(give_log) };
    }
    let p = n / (r + b);
    let q = (r + b - n) / (r + b);
    let p1 = dbinom_raw(x, r, p, q, give_log);
    let p2 = dbinom_raw(n - x, b, p, q, give_log);
    let p3 = dbinom_raw(n, r + b, p, q, give_log);
    if give_log {
        p1 + p2 - p3
    } else {
        p1 * p2 / p3
    }
}

/// `pdhyper` (phyper.c): `phyper / dhyper` by the series. R sums in `long double`; here in
/// double (the terms shrink geometrically; the sum differs from R's in the last bits at most).
fn pdhyper(mut x: f64, nr: f64, nb: f64, n: f64, log_p: bool) -> f64 {
    let mut sum = 0.0;
    let mut term = 1.0;
    while x > 0. && term >= DBL_EPSILON * sum {
        term *= x * (nb - n + x) / (n + 1. - x) / (nr + 1. - x);
        sum += term;
        x -= 1.;
    }
    if log_p {
        sum.ln_1p()
    } else {
        1. + sum
    }
}

/// `phyper(x, NR, NB, n, lower_tail, log_p)` (phyper.c).
pub fn phyper(x: f64, nr: f64, nb: f64, n: f64, lower_tail: bool, log_p: bool) -> f64 {
    if x.is_nan() || nr.is_nan() || nb.is_nan() || n.is_nan() {
        return x + nr + nb + n;
    }
    let mut x = (x + 1e-7).floor();
    let (mut nr, mut nb, n) = (forceint(nr), forceint(nb), forceint(n));
    let mut lower_tail = lower_tail;
    if nr < 0. || nb < 0. || !(nr + nb).is_finite() || n < 0. || n > nr + nb {
        return ML_NAN;
    }
    if x * (nr + nb) > n * nr {
        std::mem::swap(&mut nr, &mut nb);
        x = n - x - 1.;
        lower_tail = !lower_tail;
    }
    if x < 0. || x < n - nb {
        return dt0(lower_tail, log_p);
    }
    if x >= nr || x >= n {
        return dt1(lower_tail, log_p);
    }
    let d = dhyper(x, nr, nb, n, log_p);
    if (!log_p && d == 0.) || (log_p && d == ML_NEGINF) {
        return dt0(lower_tail, log_p);
    }
    let pd = pdhyper(x, nr, nb, n, log_p);
    if log_p {
        // R_DT_Log(d + pd)
        if lower_tail {
            d + pd
        } else {
            log1_exp(d + pd)
        }
    } else {
        d_lval(d * pd, lower_tail)
    }
}

/// `qhyper(p, NR, NB, n, lower_tail, log_p)` (qhyper.c).
pub fn qhyper(p: f64, nr: f64, nb: f64, n: f64, lower_tail: bool, log_p: bool) -> f64 {
    if p.is_nan() || nr.is_nan() || nb.is_nan() || n.is_nan() {
        return p + nr + nb + n;
    }
    if !p.is_finite() || !nr.is_finite() || !nb.is_finite() || !n.is_finite() {
        return ML_NAN;
    }
    let (mut nr, mut nb) = (forceint(nr), forceint(nb));
    let big_n = nr + nb;
    let n = forceint(n);
    if nr < 0. || nb < 0. || n < 0. || n > big_n {
        return ML_NAN;
    }
    let xstart = fmax2(0., n - nb);
    let xend = fmin2(n, nr);
    if let Some(v) = q_p01_boundaries(p, xstart, xend, lower_tail, log_p) {
        return v;
    }
    let mut xr = xstart;
    let mut xb = n - xr;
    let small_n = big_n < 1000.;
    let mut term = lfastchoose(nr, xr) + lfastchoose(nb, xb) - lfastchoose(big_n, n);
    if small_n {
        term = term.exp();
    }
    nr -= xr;
    nb -= xb;
    let mut p = p;
    if !lower_tail || log_p {
        p = dt_qiv(p, lower_tail, log_p);
    }
    p *= 1. - 1000. * DBL_EPSILON;
    let mut sum = if small_n { term } else { term.exp() };
    while sum < p && xr < xend {
        xr += 1.;
        nb += 1.;
        if small_n {
            term *= (nr / xr) * (xb / nb);
        } else {
            term += ((nr / xr) * (xb / nb)).ln();
        }
        sum += if small_n { term } else { term.exp() };
        xb -= 1.;
        nr -= 1.;
    }
    xr
}
