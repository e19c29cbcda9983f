//! Student's t distribution: `dt.c`, `pt.c`, `qt.c`.

use super::beta::pbeta;
use super::gamma::{bd0, lbeta, stirlerr, tanpi};
use super::normal::{dnorm, pnorm, qnorm};
use super::*;

/// `dt(x, n, log)` (dt.c).
pub fn dt(x: f64, n: f64, give_log: bool) -> f64 {
    if x.is_nan() || n.is_nan() {
        return x + n;
    }
    if n <= 0. {
        return ML_NAN;
    }
    if !x.is_finite() {
        return d0(give_log);
    }
    if !n.is_finite() {
        return dnorm(x, 0., 1., give_log);
    }
    let t = -bd0(n / 2., (n + 1.) / 2.) + stirlerr((n + 1.) / 2.) - stirlerr(n / 2.);
    let x2n = x * x / n;
    let mut ax = 0.;
    let (l_x2n, u);
    let lrg_x2n = x2n > 1. / DBL_EPSILON;
    if lrg_x2n {
        ax = x.abs();
        l_x2n = ax.ln() - n.ln() / 2.;
        u = n * l_x2n;
    } else if x2n > 0.2 {
        l_x2n = (1. + x2n).ln() / 2.;
        u = n * l_x2n;
    } else {
        l_x2n = x2n.ln_1p() / 2.;
        u = -bd0(n / 2., (n + x * x) / 2.) + x * x / 2.;
    }
    if give_log {
        return t - u - (M_LN_SQRT_2PI + l_x2n);
    }
    let i_sqrt = if lrg_x2n { n.sqrt() / ax } else { (-l_x2n).exp() };
    (t - u).exp() * M_1_SQRT_2PI * i_sqrt
}

/// `pt(x, n, lower_tail, log_p)` (pt.c).
pub fn pt(x: f64, n: f64, lower_tail: bool, log_p: bool) -> f64 {
    if x.is_nan() || n.is_nan() {
        return x + n;
    }
    if n <= 0.0 {
        return ML_NAN;
    }
    if !x.is_finite() {
        return if x < 0. { dt0(lower_tail, log_p) } else { dt1(lower_tail, log_p) };
    }
    if !n.is_finite() {
        return pnorm(x, 0.0, 1.0, lower_tail, log_p);
    }
    let nx = 1. + (x / n) * x;
    let mut val = if nx > 1e100 {
        let lval = -0.5 * n * (2. * x.abs().ln() - n.ln()) - lbeta(0.5 * n, 0.5) - (0.5 * n).ln();
        if log_p {
            lval
        } else {
            lval.exp()
        }
    } else if n > x * x {
        pbeta(x * x / (n + x * x), 0.5, n / 2., false, log_p)
    } else {
        pbeta(1. / nx, n / 2., 0.5, true, log_p)
    };
    let lower_tail = if x <= 0. { !lower_tail } else { lower_tail };
    if log_p {
        if lower_tail {
            (-0.5 * val.exp()).ln_1p()
        } else {
            val - M_LN2
        }
    } else {
        val /= 2.;
        d_cval(val, lower_tail)
    }
}

/// `qt(p, ndf, lower_tail, log_p)` (qt.c): Hill's algorithm with Taylor steps.
pub fn qt(p: f64, ndf: f64, lower_tail: bool, log_p: bool) -> f64 {
    const EPS: f64 = 1.0e-12;
    if p.is_nan() || ndf.is_nan() {
        return p + ndf;
    }
    if let Some(v) = q_p01_boundaries(p, ML_NEGINF, ML_POSINF, lower_tail, log_p) {
        return v;
    }
    if ndf <= 0. {
        return ML_NAN;
    }
    let mut p = p;
    if ndf < 1. {
        const ACCU: f64 = 1e-13;
        const EPS_: f64 = 1e-11;
        let mut iter = 0;
        p = dt_qiv(p, lower_tail, log_p);
        if p > 1. - DBL_EPSILON {
            return ML_POSINF;
        }
        let mut pp = fmin2(1. - DBL_EPSILON, p * (1. + EPS_));
        let mut ux = 1.;
        while ux < DBL_MAX && pt(ux, ndf, true, false) < pp {
            ux *= 2.;
        }
        pp = p * (1. - EPS_);
        let mut lx = -1.;
        while lx > -DBL_MAX && pt(lx, ndf, true, false) > pp {
            lx *= 2.;
        }
        loop {
            let nx = 0.5 * (lx + ux);
            if pt(nx, ndf, true, false) > p {
                ux = nx;
            } else {
                lx = nx;
            }
            iter += 1;
            if !((ux - lx) / nx.abs() > ACCU && iter < 1000) {
                break;
            }
        }
        if iter >= 1000 {
            ml_warning(Me::Precision, "qt");
        }
        return 0.5 * (lx + ux);
    }
    if ndf > 1e20 {
        return qnorm(p, 0., 1., lower_tail, log_p);
    }
    let mut pp_ = d_qiv(p, log_p);
    let neg = (!lower_tail || pp_ < 0.5) && (lower_tail || pp_ > 0.5);
    let is_neg_lower = lower_tail == neg;
    pp_ = if neg {
        2. * (if log_p {
            if lower_tail {
                pp_
            } else {
                -p.exp_m1()
            }
        } else {
            d_lval(p, lower_tail)
        })
    } else {
        2. * (if log_p {
            if lower_tail {
                -p.exp_m1()
            } else {
                pp_
            }
        } else {
            d_cval(p, lower_tail)
        })
    };
    let big_p = pp_;
    let mut q;
    if (ndf - 2.).abs() < EPS {
        if big_p > DBL_MIN {
            q = if 3. * big_p < DBL_EPSILON {
                1. / big_p.sqrt()
            } else if big_p > 0.9 {
                (1. - big_p) * (2. / (big_p * (2. - big_p))).sqrt()
            } else {
                (2. / (big_p * (2. - big_p)) - 2.).sqrt()
            };
        } else if log_p {
            q = if is_neg_lower { (-p / 2.).exp() / M_SQRT2 } else { 1. / (-p.exp_m1()).sqrt() };
        } else {
            q = ML_POSINF;
        }
    } else if ndf < 1. + EPS {
        if big_p == 1. {
            q = 0.;
        } else if big_p > 0. {
            q = 1. / tanpi(big_p / 2.);
        } else if log_p {
            q = if is_neg_lower { M_1_PI * (-p).exp() } else { -1. / (M_PI * p.exp_m1()) };
        } else {
            q = ML_POSINF;
        }
    } else {
        let mut x = 0.;
        let mut y = 0.;
        let mut log_p2 = 0.;
        let a = 1. / (ndf - 0.5);
        let b = 48. / (a * a);
        let mut c = ((20700. * a / b - 98.) * a - 16.) * a + 96.36;
        let d = ((94.5 / (b + c) - 3.) / b + 1.) * (a * std::f64::consts::FRAC_PI_2).sqrt() * ndf;
        let p_ok1 = big_p > DBL_MIN || !log_p;
        let mut p_ok = p_ok1;
        if p_ok1 {
            y = (d * big_p).powf(2.0 / ndf);
            p_ok = y >= DBL_EPSILON;
        }
        if !p_ok {
            log_p2 = if is_neg_lower { d_log(p, log_p) } else { d_lexp(p, log_p) };
            x = (d.ln() + M_LN2 + log_p2) / ndf;
            y = (2. * x).exp();
        }
        if (ndf < 2.1 && big_p > 0.5) || y > 0.05 + a {
            x = if p_ok { qnorm(0.5 * big_p, 0., 1., true, false) } else { qnorm(log_p2, 0., 1., lower_tail, true) };
            y = x * x;
            if ndf < 5. {
                c += 0.3 * (ndf - 4.5) * (x + 0.6);
            }
            c = (((0.05 * d * x - 5.) * x - 7.) * x - 2.) * x + b + c;
            y = (((((0.4 * y + 6.3) * y + 36.) * y + 94.5) / c - y - 3.) / b + 1.) * x;
            y = (a * y * y).exp_m1();
            q = (ndf * y).sqrt();
        } else if !p_ok && x < -M_LN2 * 53. {
            q = ndf.sqrt() * (-x).exp();
        } else {
            y = ((1. / (((ndf + 6.) / (ndf * y) - 0.089 * d - 0.822) * (ndf + 2.) * 3.) + 0.5 / (ndf + 4.)) * y - 1.)
                * (ndf + 1.)
                / (ndf + 2.)
                + 1. / y;
            q = (ndf * y).sqrt();
        }
        if p_ok1 {
            let m = ((DBL_MAX / 2.).sqrt() - ndf).abs();
            let mut it = 0;
            loop {
                if it >= 10 {
                    break;
                }
                it += 1;
                y = dt(q, ndf, false);
                if y <= 0. {
                    break;
                }
                x = (pt(q, ndf, false, false) - big_p / 2.) / y;
                if !(x.is_finite() && x.abs() > 1e-14 * q.abs()) {
                    break;
                }
                let f =
                    if q.abs() < m { q * (ndf + 1.) / (2. * (q * q + ndf)) } else { (ndf + 1.) / (2. * (q + ndf / q)) };
                let del_q = x * (1. + x * f);
                if del_q.is_finite() && (q + del_q).is_finite() {
                    q += del_q;
                } else if x.is_finite() && (q + x).is_finite() {
                    q += x;
                } else {
                    break;
                }
            }
        }
    }
    if neg {
        -q
    } else {
        q
    }
}
