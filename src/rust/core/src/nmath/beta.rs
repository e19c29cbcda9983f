//! The beta distribution and those computed through it: `dbeta.c`, `pbeta.c`, `qbeta.c`,
//! `df.c`, `pf.c`, `qf.c`, `pbinom.c`.

use super::binom::dbinom_raw;
use super::distn::{dgamma, pchisq, qchisq};
use super::gamma::lbeta;
use super::toms708::bratio;
use super::*;

/// `pbeta_raw(x, a, b, lower_tail, log_p)` (pbeta.c).
pub fn pbeta_raw(x: f64, a: f64, b: f64, lower_tail: bool, log_p: bool) -> f64 {
    if a == 0. || b == 0. || !a.is_finite() || !b.is_finite() {
        if a == 0. && b == 0. {
            return if log_p { -M_LN2 } else { 0.5 };
        }
        if a == 0. || a / b == 0. {
            return dt1(lower_tail, log_p);
        }
        if b == 0. || b / a == 0. {
            return dt0(lower_tail, log_p);
        }
        return if x < 0.5 { dt0(lower_tail, log_p) } else { dt1(lower_tail, log_p) };
    }
    if x >= 1. {
        return dt1(lower_tail, log_p);
    }
    let x1 = 0.5 - x + 0.5;
    let (w, wc, ierr) = bratio(a, b, x, x1, log_p);
    if ierr != 0 && ierr != 11 && ierr != 14 {
        warning(format!(
            "pbeta_raw({x}, a={a}, b={b}, lower={}, log={}) -> bratio() gave error code {ierr}",
            lower_tail as i32, log_p as i32
        ));
    }
    if lower_tail {
        w
    } else {
        wc
    }
}

/// `pbeta` (pbeta.c).
pub fn pbeta(x: f64, a: f64, b: f64, lower_tail: bool, log_p: bool) -> f64 {
    if x.is_nan() || a.is_nan() || b.is_nan() {
        return x + a + b;
    }
    if a < 0. || b < 0. {
        return ML_NAN;
    }
    if x <= 0. {
        return dt0(lower_tail, log_p);
    }
    pbeta_raw(x, a, b, lower_tail, log_p)
}

/// `dbeta` (dbeta.c).
pub fn dbeta(x: f64, a: f64, b: f64, give_log: bool) -> f64 {
    if x.is_nan() || a.is_nan() || b.is_nan() {
        return x + a + b;
    }
    if a < 0. || b < 0. {
        return ML_NAN;
    }
    if !(0. ..=1.).contains(&x) {
        return d0(give_log);
    }
    if a == 0. || b == 0. || !a.is_finite() || !b.is_finite() {
        let at = |p: f64| if x == p { ML_POSINF } else { d0(give_log) };
        if a == 0. && b == 0. {
            return if x == 0. || x == 1. { ML_POSINF } else { d0(give_log) };
        }
        if a == 0. || a / b == 0. {
            return at(0.);
        }
        if b == 0. || b / a == 0. {
            return at(1.);
        }
        return at(0.5);
    }
    if x == 0. {
        if a > 1. {
            return d0(give_log);
        }
        if a < 1. {
            return ML_POSINF;
        }
        return d_val(b, give_log);
    }
    if x == 1. {
        if b > 1. {
            return d0(give_log);
        }
        if b < 1. {
            return ML_POSINF;
        }
        return d_val(a, give_log);
    }
    let lval = if a <= 2. || b <= 2. {
        (a - 1.) * x.ln() + (b - 1.) * (-x).ln_1p() - lbeta(a, b)
    } else {
        (a + b - 1.).ln() + dbinom_raw(a - 1., a + b - 2., x, 1. - x, true)
    };
    d_exp(lval, give_log)
}

/// `df` (df.c): the F density.
pub fn df(x: f64, m: f64, n: f64, give_log: bool) -> f64 {
    if x.is_nan() || m.is_nan() || n.is_nan() {
        return x + m + n;
    }
    if m <= 0. || n <= 0. {
        return ML_NAN;
    }
    if x < 0. {
        return d0(give_log);
    }
    if x == 0. {
        return if m > 2. {
            d0(give_log)
        } else if m == 2. {
            d1(give_log)
        } else {
            ML_POSINF
        };
    }
    if !m.is_finite() && !n.is_finite() {
        return if x == 1. { ML_POSINF } else { d0(give_log) };
    }
    if !n.is_finite() {
        return dgamma(x, m / 2., 2. / m, give_log);
    }
    if m > 1e14 {
        let dens = dgamma(1. / x, n / 2., 2. / n, give_log);
        return if give_log { dens - 2. * x.ln() } else { dens / (x * x) };
    }
    let mut f = 1. / (n + x * m);
    let q = n * f;
    let p = x * m * f;
    let dens;
    if m >= 2. {
        f = m * q / 2.;
        dens = dbinom_raw((m - 2.) / 2., (m + n - 2.) / 2., p, q, give_log);
    } else {
        f = m * m * q / (2. * p * (m + n));
        dens = dbinom_raw(m / 2., (m + n) / 2., p, q, give_log);
    }
    if give_log {
        f.ln() + dens
    } else {
        f * dens
    }
}

/// `pf` (pf.c).
pub fn pf(x: f64, df1: f64, df2: f64, lower_tail: bool, log_p: bool) -> f64 {
    if x.is_nan() || df1.is_nan() || df2.is_nan() {
        return x + df2 + df1;
    }
    if df1 <= 0. || df2 <= 0. {
        return ML_NAN;
    }
    if x <= 0. {
        return dt0(lower_tail, log_p);
    }
    if x >= ML_POSINF {
        return dt1(lower_tail, log_p);
    }
    if df2 == ML_POSINF {
        if df1 == ML_POSINF {
            if x < 1. {
                return dt0(lower_tail, log_p);
            }
            if x == 1. {
                return if log_p { -M_LN2 } else { 0.5 };
            }
            if x > 1. {
                return dt1(lower_tail, log_p);
            }
        }
        return pchisq(x * df1, df1, lower_tail, log_p);
    }
    if df1 == ML_POSINF {
        return pchisq(df2 / x, df2, !lower_tail, log_p);
    }
    let v = if df1 * x > df2 {
        pbeta(df2 / (df2 + df1 * x), df2 / 2., df1 / 2., !lower_tail, log_p)
    } else {
        pbeta(df1 * x / (df2 + df1 * x), df1 / 2., df2 / 2., lower_tail, log_p)
    };
    if v.is_nan() {
        ML_NAN
    } else {
        v
    }
}

/// `qf` (qf.c).
pub fn qf(p: f64, df1: f64, df2: f64, lower_tail: bool, log_p: bool) -> f64 {
    if p.is_nan() || df1.is_nan() || df2.is_nan() {
        return p + df1 + df2;
    }
    if df1 <= 0. || df2 <= 0. {
        return ML_NAN;
    }
    if let Some(v) = q_p01_boundaries(p, 0., ML_POSINF, lower_tail, log_p) {
        return v;
    }
    if df1 <= df2 && df2 > 4e5 {
        if !df1.is_finite() {
            return 1.;
        }
        return qchisq(p, df1, lower_tail, log_p) / df1;
    } else if df1 > 4e5 {
        return df2 / qchisq(p, df2, !lower_tail, log_p);
    }
    let v = (1. / qbeta(p, df2 / 2., df1 / 2., !lower_tail, log_p) - 1.) * (df2 / df1);
    if v.is_nan() {
        ML_NAN
    } else {
        v
    }
}

/// `pbinom` (pbinom.c).
pub fn pbinom(x: f64, n: f64, p: f64, lower_tail: bool, log_p: bool) -> f64 {
    if x.is_nan() || n.is_nan() || p.is_nan() {
        return x + n + p;
    }
    if !n.is_finite() || !p.is_finite() {
        return ML_NAN;
    }
    if nonint(n) {
        warning(format!("non-integer n = {}", fmt_f(n)));
        return ML_NAN;
    }
    let n = forceint(n);
    if n < 0. || !(0. ..=1.).contains(&p) {
        return ML_NAN;
    }
    if x < 0. {
        return dt0(lower_tail, log_p);
    }
    let x = (x + 1e-7).floor();
    if n <= x {
        return dt1(lower_tail, log_p);
    }
    pbeta(p, x + 1., n - x, !lower_tail, log_p)
}

const USE_LOG_X_CUTOFF: f64 = -5.;
const N_NEWTON_FREE: i32 = 4;
const DBL_VERY_MIN: f64 = DBL_MIN / 4.;
/// `M_LN2 * (DBL_MIN_EXP - 2)`.
const DBL_LOG_V_MIN: f64 = M_LN2 * (-1021. - 2.);
/// `1 - 2^-53`.
const DBL_1_EPS: f64 = 1. - f64::EPSILON / 2.;
const FPU: f64 = 3e-308;
const ACU_MIN: f64 = 1e-300;
const P_LO: f64 = FPU;
const P_HI: f64 = 1. - 2.22e-16;
const CONST1: f64 = 2.30753;
const CONST2: f64 = 0.27061;
const CONST3: f64 = 0.99229;
const CONST4: f64 = 0.04481;

/// `qbeta` (qbeta.c).
pub fn qbeta(alpha: f64, p: f64, q: f64, lower_tail: bool, log_p: bool) -> f64 {
    if p.is_nan() || q.is_nan() || alpha.is_nan() {
        return p + q + alpha;
    }
    if p < 0. || q < 0. {
        return ML_NAN;
    }
    qbeta_raw(alpha, p, q, lower_tail, log_p, None, USE_LOG_X_CUTOFF, N_NEWTON_FREE)[0]
}

/// `R_pow_di` (arithmetic.c): `x^n` by repeated squaring.
pub fn r_pow_di(x: f64, n: i32) -> f64 {
    let mut xn = 1.0;
    if x.is_nan() {
        return x;
    }
    if n != 0 {
        if !x.is_finite() {
            return crate::nmath::round::r_pow(x, n as f64);
        }
        let mut x = x;
        let is_neg = n < 0;
        let mut n = n.unsigned_abs();
        loop {
            if n & 1 != 0 {
                xn *= x;
            }
            n >>= 1;
            if n != 0 {
                x *= x;
            } else {
                break;
            }
        }
        if is_neg {
            xn = 1. / xn;
        }
    }
    xn
}

/// `qbeta_raw` (qbeta.c): `[qbeta(), 1 - qbeta()]`. `swap_01` `None` lets the algorithm
/// choose the tail.
#[allow(clippy::too_many_arguments)]
fn qbeta_raw(
    alpha: f64,
    p: f64,
    q: f64,
    lower_tail: bool,
    log_p: bool,
    swap_01: Option<bool>,
    log_q_cut: f64,
    n_n: i32,
) -> [f64; 2] {
    let swap_choose = swap_01.is_none();
    let give_log_q = log_q_cut == ML_POSINF;
    let mut use_log_x = give_log_q;
    let mut warned = false;
    let mut add_n_step = true;
    let mut y = -1.;
    let q0 = if give_log_q { [ML_NEGINF, 0.] } else { [0., 1.] };
    let q1 = if give_log_q { [0., ML_NEGINF] } else { [1., 0.] };
    let qhalf = if give_log_q { [-M_LN2, -M_LN2] } else { [0.5, 0.5] };

    if alpha == dt0(lower_tail, log_p) {
        return q0;
    }
    if alpha == dt1(lower_tail, log_p) {
        return q1;
    }
    if (log_p && alpha > 0.) || (!log_p && !(0. ..=1.).contains(&alpha)) {
        return [ML_NAN, ML_NAN];
    }
    if p == 0. || q == 0. || !p.is_finite() || !q.is_finite() {
        if p == 0. && q == 0. {
            if alpha < d_half(log_p) {
                return q0;
            }
            if alpha > d_half(log_p) {
                return q1;
            }
            return qhalf;
        } else if p == 0. || p / q == 0. {
            return q0;
        } else if q == 0. || q / p == 0. {
            return q1;
        }
        return qhalf;
    }

    let p_ = dt_qiv(alpha, lower_tail, log_p);
    let logbeta = lbeta(p, q);
    let mut swap_tail = if swap_choose { p_ > 0.5 } else { swap_01.unwrap_or(false) };
    let mut n_maybe_swaps = 0;
    let (mut a, mut la, mut pp, mut qq);
    let (mut u, mut xinbta, mut tx);
    let mut u_n;
    let (mut r, mut t, mut w);
    let mut skip_to_return = false;

    'maybe_swap: loop {
        if swap_tail {
            a = dt_civ(alpha, lower_tail, log_p);
            la = dt_clog(alpha, lower_tail, log_p);
            pp = q;
            qq = p;
        } else {
            a = p_;
            la = dt_log(alpha, lower_tail, log_p);
            pp = p;
            qq = q;
        }
        n_maybe_swaps += 1;
        let acu = fmax2(ACU_MIN, 10f64.powf(-13. - 2.5 / (pp * pp) - 0.5 / (a * a)));
        let u0 = (la + pp.ln() + logbeta) / pp;
        let mut rp = pp * (1. - qq) / (pp + 1.);
        let log_eps_c = M_LN2 * (1. - 53.);
        t = 0.2;
        let u0_maybe = M_LN2 * -1021. < u0 && u0 < -0.01;
        u_n = 1.;
        let direct_newton =
            u0_maybe && u0 < (t * log_eps_c - (pp * (1. - qq) * (2. - qq) / (2. * (pp + 2.))).abs().ln()) / 2.;
        if direct_newton {
            rp *= u0.exp();
            u = if rp > -1. { u0 - rp.ln_1p() / pp } else { u0 };
            xinbta = u.exp();
            tx = xinbta;
            use_log_x = true;
        } else {
            r = (-2. * la).sqrt();
            y = r - (CONST1 + CONST2 * r) / (1. + (CONST3 + CONST4 * r) * r);
            if pp > 1. && qq > 1. {
                r = (y * y - 3.) / 6.;
                let s = 1. / (pp + pp - 1.);
                t = 1. / (qq + qq - 1.);
                let h = 2. / (s + t);
                w = y * (h + r).sqrt() / h - (t - s) * (r + 5. / 6. - 2. / (3. * h));
                if w > 300. {
                    t = w + w + qq.ln() - pp.ln();
                    u = if t <= 18. { -t.exp().ln_1p() } else { -t - (-t).exp() };
                    xinbta = u.exp();
                } else {
                    xinbta = pp / (pp + qq * (w + w).exp());
                    u = -(qq / pp * (w + w).exp()).ln_1p();
                }
            } else {
                r = qq + qq;
                t = 1. / (3. * qq.sqrt());
                t = r * r_pow_di(1. + t * (-t + y), 3);
                let s = 4. * pp + r - 2.;
                if t == 0. || (t < 0. && s >= t) {
                    let l1ma =
                        if swap_tail { dt_log(alpha, lower_tail, log_p) } else { dt_clog(alpha, lower_tail, log_p) };
                    let xx = (l1ma + qq.ln() + logbeta) / qq;
                    if xx <= 0. {
                        xinbta = -xx.exp_m1();
                        u = log1_exp(xx);
                    } else {
                        let r_ = rp * u0.exp();
                        u = if r_ > -1. { u0 - r_.ln_1p() / pp } else { u0 };
                        xinbta = u.exp();
                    }
                } else {
                    t = s / t;
                    if t <= 1. {
                        u = u0;
                        xinbta = u.exp();
                    } else {
                        xinbta = 1. - 2. / (t + 1.);
                        u = (-2. / (t + 1.)).ln_1p();
                    }
                }
            }
            if swap_choose
                && ((swap_tail && u >= -log_q_cut.exp())
                    || (!swap_tail && u >= -(4. * log_q_cut).exp() && pp / qq < 1000.))
            {
                swap_tail = !swap_tail;
                if swap_tail {
                    a = dt_civ(alpha, lower_tail, log_p);
                    la = dt_clog(alpha, lower_tail, log_p);
                    pp = q;
                    qq = p;
                } else {
                    a = p_;
                    la = dt_log(alpha, lower_tail, log_p);
                    pp = p;
                    qq = q;
                }
                u = log1_exp(u);
                xinbta = u.exp();
            }
            if !use_log_x {
                use_log_x = u < log_q_cut;
            }
            let bad_u = !u.is_finite();
            let bad_init = bad_u || xinbta > P_HI;
            tx = xinbta;
            if bad_u || u < log_q_cut {
                w = pbeta_raw(DBL_VERY_MIN, pp, qq, true, log_p);
                if w > (if log_p { la } else { a }) {
                    if log_p || (w - a).abs() < (0. - a).abs() {
                        tx = DBL_VERY_MIN;
                        u_n = DBL_LOG_V_MIN;
                    } else {
                        tx = 0.;
                        u_n = ML_NEGINF;
                    }
                    use_log_x = log_p;
                    add_n_step = false;
                    skip_to_return = true;
                    r = 1. - pp;
                    t = 1. - qq;
                    break 'maybe_swap;
                } else if u < DBL_LOG_V_MIN {
                    u = DBL_LOG_V_MIN;
                    xinbta = DBL_VERY_MIN;
                }
            }
            if bad_init && !(use_log_x && tx > 0.) {
                if u == ML_NEGINF {
                    u = M_LN2 * -1021.;
                    xinbta = DBL_MIN;
                } else {
                    xinbta = if xinbta > 1.1 {
                        0.5
                    } else if xinbta < P_LO {
                        u.exp()
                    } else {
                        P_HI
                    };
                    if bad_u {
                        u = xinbta.ln();
                    }
                }
            }
        }

        // L_Newton:
        r = 1. - pp;
        t = 1. - qq;
        let mut wprev = 0.;
        let mut prev = 1.;
        let mut adj: f64 = 1.;
        if use_log_x {
            let mut converged = false;
            for i_pb in 0..1000 {
                y = pbeta_raw(xinbta, pp, qq, true, true);
                w = if y == ML_NEGINF { 0. } else { (y - la) * (y - u + logbeta + r * u + t * log1_exp(u)).exp() };
                if !w.is_finite() {
                    if n_maybe_swaps <= 1 {
                        continue 'maybe_swap;
                    }
                    return [ML_NAN, ML_NAN];
                }
                if i_pb >= n_n && w * wprev <= 0. {
                    prev = fmax2(adj.abs(), FPU);
                }
                let mut g = 1.;
                let mut done = false;
                for _ in 0..1000 {
                    adj = g * w;
                    if adj.abs() < prev {
                        u_n = u - adj;
                        if u_n <= 0. {
                            if prev <= acu || w.abs() <= acu {
                                done = true;
                            }
                            break;
                        }
                    }
                    g /= 3.;
                }
                if done {
                    converged = true;
                    break;
                }
                let d = fmin2(adj.abs(), (u_n - u).abs());
                if d <= 4e-16 * (u_n + u).abs() {
                    converged = true;
                    break;
                }
                u = u_n;
                xinbta = u.exp();
                wprev = w;
            }
            if !converged {
                warned = true;
                ml_warning(Me::Precision, "qbeta");
            }
        } else {
            let mut converged = false;
            for i_pb in 0..1000 {
                y = pbeta_raw(xinbta, pp, qq, true, log_p);
                w = if log_p {
                    (y - la) * (y + logbeta + r * xinbta.ln() + t * (-xinbta).ln_1p()).exp()
                } else {
                    (y - a) * (logbeta + r * xinbta.ln() + t * (-xinbta).ln_1p()).exp()
                };
                if !w.is_finite() {
                    if n_maybe_swaps <= 2 {
                        if !log_p && n_maybe_swaps == 2 {
                            use_log_x = true;
                        }
                        if !log_p || n_maybe_swaps <= 1 {
                            continue 'maybe_swap;
                        }
                    }
                    return [ML_NAN, ML_NAN];
                }
                if i_pb >= n_n && w * wprev <= 0. {
                    prev = fmax2(adj.abs(), FPU);
                }
                let mut g = 1.;
                let mut done = false;
                for _ in 0..1000 {
                    adj = g * w;
                    if i_pb < n_n || adj.abs() < prev {
                        tx = xinbta - adj;
                        if (0. ..=1.).contains(&tx) {
                            if prev <= acu || w.abs() <= acu {
                                done = true;
                                break;
                            }
                            if tx != 0. && tx != 1. {
                                break;
                            }
                        }
                    }
                    g /= 3.;
                }
                if done {
                    converged = true;
                    break;
                }
                if (tx - xinbta).abs() <= 4e-16 * (tx + xinbta) {
                    converged = true;
                    break;
                }
                xinbta = tx;
                if tx == 0. {
                    break;
                }
                wprev = w;
            }
            if !converged {
                warned = true;
                ml_warning(Me::Precision, "qbeta");
            }
        }
        break;
    }

    if !skip_to_return {
        // L_converged:
        let log_ = log_p || use_log_x;
        if (log_ && y == ML_NEGINF) || (!log_ && y == 0.) {
            w = pbeta_raw(DBL_VERY_MIN, pp, qq, true, log_);
            if log_ || (w - a).abs() <= (y - a).abs() {
                tx = DBL_VERY_MIN;
                u_n = DBL_LOG_V_MIN;
            }
            add_n_step = false;
        } else if !warned
            && (if log_ { (y - la).abs() > 3. } else { (y - a).abs() > 1e-4 })
            && !(log_ && y == ML_NEGINF && pbeta_raw(DBL_1_EPS, pp, qq, true, true) > la + 2.)
        {
            warning(format!(
                "qbeta(a, *) =: x0 with |pbeta(x0,*{}) - alpha| = {} is not accurate",
                if log_ { ", log_" } else { "" },
                fmt_g5((y - if log_ { la } else { a }).abs())
            ));
        }
    }
    // L_return:
    if give_log_q {
        let rr = log1_exp(u_n);
        return if swap_tail { [rr, u_n] } else { [u_n, rr] };
    }
    if use_log_x {
        if add_n_step {
            if u_n != 1. {
                xinbta = u_n.exp();
            }
            y = pbeta_raw(xinbta, pp, qq, true, log_p);
            w = if log_p {
                (y - la) * (y + logbeta + r * xinbta.ln() + t * (-xinbta).ln_1p()).exp()
            } else {
                (y - a) * (logbeta + r * xinbta.ln() + t * (-xinbta).ln_1p()).exp()
            };
            tx = if w.is_finite() { xinbta - w } else { xinbta };
        } else {
            return if swap_tail { [-u_n.exp_m1(), u_n.exp()] } else { [u_n.exp(), -u_n.exp_m1()] };
        }
    }
    if swap_tail {
        [1. - tx, tx]
    } else {
        [tx, 1. - tx]
    }
}

/// C's `%.5g`.
fn fmt_g5(x: f64) -> String {
    crate::nmath::round::fmt_g(x, 5)
}
