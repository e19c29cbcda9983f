//! The studentized range distribution: `ptukey.c` (AS 190, Legendre quadrature) and `qtukey.c`
//! (secant method from AS 70's start). `wprob`'s sums are `long double` in R, doubles here.

use super::discrete::dt_val;
use super::gamma::lgammafn;
use super::normal::pnorm;
use super::*;

/// `wprob(w, rr, cc)` (ptukey.c): the probability integral of Hartley's form of the range.
fn wprob(w: f64, rr: f64, cc: f64) -> f64 {
    const NLEG: usize = 12;
    const IHALF: usize = 6;
    const C1: f64 = -30.;
    const C2: f64 = -50.;
    const C3: f64 = 60.;
    const BB: f64 = 8.;
    const WLAR: f64 = 3.;
    const WINCR1: f64 = 2.;
    const WINCR2: f64 = 3.;
    const XLEG: [f64; IHALF] = [
        0.981560634246719250690549090149,
        0.904117256370474856678465866119,
        0.769902674194304687036893833213,
        0.587317954286617447296702418941,
        0.367831498998180193752691536644,
        0.125233408511468915472441369464,
    ];
    const ALEG: [f64; IHALF] = [
        0.047175336386511827194615961485,
        0.106939325995318430960254718194,
        0.160078328543346226334652529543,
        0.203167426723065921749064455810,
        0.233492536538354808760849898925,
        0.249147045813402785000562436043,
    ];
    let qsqz = w * 0.5;
    if qsqz >= BB {
        return 1.0;
    }
    let mut pr_w = 2. * pnorm(qsqz, 0., 1., true, false) - 1.;
    if pr_w >= (C2 / cc).exp() {
        pr_w = pr_w.powf(cc);
    } else {
        pr_w = 0.0;
    }
    let wincr = if w > WLAR { WINCR1 } else { WINCR2 };
    let mut blb = qsqz;
    let binc = (BB - qsqz) / wincr;
    let mut bub = blb + binc;
    let mut einsum = 0.0;
    let cc1 = cc - 1.0;
    let mut wi = 1.;
    while wi <= wincr {
        let mut elsum = 0.0;
        let a = 0.5 * (bub + blb);
        let b = 0.5 * (bub - blb);
        for jj in 1..=NLEG {
            let (j, xx) = if IHALF < jj {
                let j = (NLEG - jj) + 1;
                (j, XLEG[j - 1])
            } else {
                (jj, -XLEG[jj - 1])
            };
            let c = b * xx;
            let ac = a + c;
            let qexpo = ac * ac;
            if qexpo > C3 {
                break;
            }
            let pplus = 2. * pnorm(ac, 0., 1., true, false);
            let pminus = 2. * pnorm(ac, w, 1., true, false);
            let mut rinsum = (pplus * 0.5) - (pminus * 0.5);
            if rinsum >= (C1 / cc1).exp() {
                rinsum = (ALEG[j - 1] * (-(0.5 * qexpo)).exp()) * rinsum.powf(cc1);
                elsum += rinsum;
            }
        }
        elsum *= ((2.0 * b) * cc) * M_1_SQRT_2PI;
        einsum += elsum;
        blb = bub;
        bub += binc;
        wi += 1.;
    }
    pr_w += einsum;
    if pr_w <= (C1 / rr).exp() {
        return 0.;
    }
    pr_w = pr_w.powf(rr);
    if pr_w >= 1. {
        return 1.;
    }
    pr_w
}

/// `ptukey(q, rr, cc, df, lower_tail, log_p)` (ptukey.c).
pub fn ptukey(q: f64, rr: f64, cc: f64, df: f64, lower_tail: bool, log_p: bool) -> f64 {
    const NLEGQ: usize = 16;
    const IHALFQ: usize = 8;
    const EPS1: f64 = -30.0;
    const EPS2: f64 = 1.0e-14;
    const DHAF: f64 = 100.0;
    const DQUAR: f64 = 800.0;
    const DEIGH: f64 = 5000.0;
    const DLARG: f64 = 25000.0;
    const XLEGQ: [f64; IHALFQ] = [
        0.989400934991649932596154173450,
        0.944575023073232576077988415535,
        0.865631202387831743880467897712,
        0.755404408355003033895101194847,
        0.617876244402643748446671764049,
        0.458016777657227386342419442984,
        0.281603550779258913230460501460,
        0.950125098376374401853193354250e-1,
    ];
    const ALEGQ: [f64; IHALFQ] = [
        0.271524594117540948517805724560e-1,
        0.622535239386478928628438369944e-1,
        0.951585116824927848099251076022e-1,
        0.124628971255533872052476282192,
        0.149595988816576732081501730547,
        0.169156519395002538189312079030,
        0.182603415044923588866763667969,
        0.189450610455068496285396723208,
    ];
    if q.is_nan() || rr.is_nan() || cc.is_nan() || df.is_nan() {
        return ML_NAN;
    }
    if q <= 0. {
        return dt0(lower_tail, log_p);
    }
    if df < 2. || rr < 1. || cc < 2. {
        return ML_NAN;
    }
    if !q.is_finite() {
        return dt1(lower_tail, log_p);
    }
    if df > DLARG {
        return dt_val(wprob(q, rr, cc), lower_tail, log_p);
    }
    let f2 = df * 0.5;
    let mut f2lf = ((f2 * df.ln()) - (df * M_LN2)) - lgammafn(f2);
    let f21 = f2 - 1.0;
    let ff4 = df * 0.25;
    let ulen: f64 = if df <= DHAF {
        1.0
    } else if df <= DQUAR {
        0.5
    } else if df <= DEIGH {
        0.25
    } else {
        0.125
    };
    f2lf += ulen.ln();
    let mut ans = 0.0;
    let mut otsum = 0.0;
    for i in 1..=50 {
        otsum = 0.0;
        let twa1 = (2 * i - 1) as f64 * ulen;
        for jj in 1..=NLEGQ {
            let (j, t1) = if IHALFQ < jj {
                let j = jj - IHALFQ - 1;
                (j, (f2lf + (f21 * (twa1 + (XLEGQ[j] * ulen)).ln())) - (((XLEGQ[j] * ulen) + twa1) * ff4))
            } else {
                let j = jj - 1;
                (j, (f2lf + (f21 * (twa1 - (XLEGQ[j] * ulen)).ln())) + (((XLEGQ[j] * ulen) - twa1) * ff4))
            };
            if t1 >= EPS1 {
                let qsqz = if IHALFQ < jj {
                    q * (((XLEGQ[j] * ulen) + twa1) * 0.5).sqrt()
                } else {
                    q * (((-(XLEGQ[j] * ulen)) + twa1) * 0.5).sqrt()
                };
                let wprb = wprob(qsqz, rr, cc);
                otsum += (wprb * ALEGQ[j]) * t1.exp();
            }
        }
        if i as f64 * ulen >= 1.0 && otsum <= EPS2 {
            break;
        }
        ans += otsum;
    }
    if otsum > EPS2 {
        ml_warning(Me::Precision, "ptukey");
    }
    if ans > 1. {
        ans = 1.;
    }
    dt_val(ans, lower_tail, log_p)
}

/// `qinv(p, c, v)` (qtukey.c): AS 70's start.
fn qinv(p: f64, c: f64, v: f64) -> f64 {
    const P0: f64 = 0.322232421088;
    const Q0: f64 = 0.993484626060e-01;
    const P1: f64 = -1.0;
    const Q1: f64 = 0.588581570495;
    const P2: f64 = -0.342242088547;
    const Q2: f64 = 0.531103462366;
    const P3: f64 = -0.204231210125;
    const Q3: f64 = 0.103537752850;
    const P4: f64 = -0.453642210148e-04;
    const Q4: f64 = 0.38560700634e-02;
    const C1: f64 = 0.8832;
    const C2: f64 = 0.2368;
    const C3: f64 = 1.214;
    const C4: f64 = 1.208;
    const C5: f64 = 1.4142;
    const VMAX: f64 = 120.0;
    let ps = 0.5 - 0.5 * p;
    let yi = (1.0 / (ps * ps)).ln().sqrt();
    let mut t =
        yi + ((((yi * P4 + P3) * yi + P2) * yi + P1) * yi + P0) / ((((yi * Q4 + Q3) * yi + Q2) * yi + Q1) * yi + Q0);
    if v < VMAX {
        t += (t * t * t + t) / v / 4.0;
    }
    let mut q = C1 - C2 * t;
    if v < VMAX {
        q += -C3 / v + C4 * t / v;
    }
    t * (q * (c - 1.0).ln() + C5)
}

/// `qtukey(p, rr, cc, df, lower_tail, log_p)` (qtukey.c).
pub fn qtukey(p: f64, rr: f64, cc: f64, df: f64, lower_tail: bool, log_p: bool) -> f64 {
    const EPS: f64 = 0.0001;
    const MAXITER: i32 = 50;
    if p.is_nan() || rr.is_nan() || cc.is_nan() || df.is_nan() {
        return p + rr + cc + df;
    }
    if df < 2. || rr < 1. || cc < 2. {
        return ML_NAN;
    }
    if let Some(v) = q_p01_boundaries(p, 0., ML_POSINF, lower_tail, log_p) {
        return v;
    }
    let p = dt_qiv(p, lower_tail, log_p);
    let mut x0 = qinv(p, cc, df);
    let mut valx0 = ptukey(x0, rr, cc, df, true, false) - p;
    let mut x1 = if valx0 > 0.0 { fmax2(0.0, x0 - 1.0) } else { x0 + 1.0 };
    let mut valx1 = ptukey(x1, rr, cc, df, true, false) - p;
    let mut ans = 0.0;
    for _ in 1..MAXITER {
        ans = x1 - ((valx1 * (x1 - x0)) / (valx1 - valx0));
        valx0 = valx1;
        x0 = x1;
        if ans < 0.0 {
            ans = 0.0;
        }
        valx1 = ptukey(ans, rr, cc, df, true, false) - p;
        x1 = ans;
        if (x1 - x0).abs() < EPS {
            return ans;
        }
    }
    ml_warning(Me::NoConv, "qtukey");
    ans
}
