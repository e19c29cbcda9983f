//! The binomial distribution (`dbinom.c`, `qbinom.c`; `pbinom` is in beta.rs) and the search of
//! the discrete quantile functions (`qDiscrete_search.h`).

use super::gamma::{bd0, stirlerr};
use super::normal::qnorm;
use super::*;

/// `dbinom_raw(x, n, p, q, log)` (dbinom.c).
pub fn dbinom_raw(x: f64, n: f64, p: f64, q: f64, give_log: bool) -> f64 {
    if p == 0. {
        return if x == 0. { d1(give_log) } else { d0(give_log) };
    }
    if q == 0. {
        return if x == n { d1(give_log) } else { d0(give_log) };
    }
    let lc;
    if x == 0. {
        if n == 0. {
            return d1(give_log);
        }
        lc = if p < 0.1 { -bd0(n, n * q) - n * p } else { n * q.ln() };
        return d_exp(lc, give_log);
    }
    if x == n {
        lc = if q < 0.1 { -bd0(n, n * p) - n * q } else { n * p.ln() };
        return d_exp(lc, give_log);
    }
    if x < 0. || x > n {
        return d0(give_log);
    }
    let lc = stirlerr(n) - stirlerr(x) - stirlerr(n - x) - bd0(x, n * p) - bd0(n - x, n * q);
    let lf = M_LN_2PI + x.ln() + (-x / n).ln_1p();
    d_exp(lc - 0.5 * lf, give_log)
}

/// `dbinom(x, n, p, log)` (dbinom.c).
pub fn dbinom(x: f64, n: f64, p: f64, give_log: bool) -> f64 {
    if x.is_nan() || n.is_nan() || p.is_nan() {
        return x + n + p;
    }
    if !(0. ..=1.).contains(&p) || n < 0. || nonint(n) {
        return ML_NAN;
    }
    if let Some(v) = d_nonint_check(x, give_log) {
        return v;
    }
    if x < 0. || !x.is_finite() {
        return d0(give_log);
    }
    let n = forceint(n);
    let x = forceint(x);
    dbinom_raw(x, n, p, 1. - p, give_log)
}

/// `do_search` (qDiscrete_search.h): from `y` with `*z = P(y)`, step by `incr` to the quantile.
#[allow(clippy::too_many_arguments)]
fn do_search(
    mut y: f64,
    z: &mut f64,
    p: f64,
    pdist: &dyn Fn(f64) -> f64,
    max_y: Option<f64>,
    incr: f64,
    lower_tail: bool,
) -> f64 {
    let left = if lower_tail { *z >= p } else { *z < p };
    if left {
        loop {
            let mut newz = -1.;
            if y > 0. {
                newz = pdist(y - incr);
            } else if y < 0. {
                y = 0.;
            }
            if y == 0. || newz.is_nan() || (if lower_tail { newz < p } else { newz >= p }) {
                return y;
            }
            y = fmax2(0., y - incr);
            *z = newz;
        }
    } else {
        loop {
            y += incr;
            match max_y {
                Some(m) => {
                    if y < m {
                        *z = pdist(y);
                    } else if y > m {
                        y = m;
                    }
                }
                None => *z = pdist(y),
            }
            if max_y == Some(y) || z.is_nan() || (if lower_tail { *z >= p } else { *z < p }) {
                return y;
            }
        }
    }
}

/// `q_DISCRETE_BODY()` (qDiscrete_search.h): the Cornish-Fisher start `mu + sigma*(z + gamma*(z^2-1)/6)`
/// and the search from there.
#[allow(clippy::too_many_arguments)]
pub(crate) fn q_discrete_body(
    p: f64,
    mu: f64,
    sigma: f64,
    gamma: f64,
    pdist: &dyn Fn(f64) -> f64,
    max_y: Option<f64>,
    lower_tail: bool,
    log_p: bool,
) -> f64 {
    let mut z = qnorm(p, 0., 1., lower_tail, log_p);
    let mut y = forceint(mu + sigma * (z + gamma * (z * z - 1.) / 6.));
    match max_y {
        Some(m) if y > m => y = m,
        _ if y < 0. => y = 0.,
        _ => {}
    }
    z = pdist(y);
    const PF_N: f64 = 8.;
    const PF_L: f64 = 2.;
    const Y_LARGE: f64 = 4096.;
    const INC_F: f64 = 1. / 64.;
    const I_SHRINK: f64 = 8.;
    const REL_TOL: f64 = 1e-15;
    const XF: f64 = 4.;
    let mut p = p;
    if log_p {
        let e = PF_L * DBL_EPSILON;
        if lower_tail && p > -DBL_MAX {
            p *= 1. + e;
        } else {
            p *= 1. - e;
        }
    } else {
        let e = PF_N * DBL_EPSILON;
        if lower_tail {
            p *= 1. - e;
        } else if 1. - p > XF * e {
            p *= 1. + e;
        }
    }
    if y < Y_LARGE {
        return do_search(y, &mut z, p, pdist, max_y, 1., lower_tail);
    }
    let mut incr = (y * INC_F).floor();
    loop {
        let oldincr = incr;
        y = do_search(y, &mut z, p, pdist, max_y, incr, lower_tail);
        incr = fmax2(1., (incr / I_SHRINK).floor());
        if !(oldincr > 1. && incr > y * REL_TOL) {
            break;
        }
    }
    y
}

/// `qbinom(p, n, pr, lower_tail, log_p)` (qbinom.c).
pub fn qbinom(p: f64, n: f64, pr: f64, lower_tail: bool, log_p: bool) -> f64 {
    if p.is_nan() || n.is_nan() || pr.is_nan() {
        return p + n + pr;
    }
    if !n.is_finite() || !pr.is_finite() {
        return ML_NAN;
    }
    if !p.is_finite() && !log_p {
        return ML_NAN;
    }
    let n = forceint(n);
    if !(0. ..=1.).contains(&pr) || n < 0. {
        return ML_NAN;
    }
    if let Some(v) = q_p01_boundaries(p, 0., n, lower_tail, log_p) {
        return v;
    }
    if pr == 0. || n == 0. {
        return 0.;
    }
    if pr == 1. {
        return n;
    }
    let q = 1. - pr;
    let mu = n * pr;
    let sigma = (n * pr * q).sqrt();
    let gamma = (q - pr) / sigma;
    let pdist = |y: f64| super::beta::pbinom(y, n, pr, lower_tail, log_p);
    q_discrete_body(p, mu, sigma, gamma, &pdist, Some(n), lower_tail, log_p)
}
