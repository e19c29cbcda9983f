//! R's random variate generators (`src/nmath`), computed with the same double arithmetic in the
//! same order as R's C code, so the numbers are R's to the last bit (the densities, quantiles and
//! rounding they use come from `crate::nmath`): `runif`, `rnorm` (inversion, `snorm.c`), `rexp` (`sexp.c`, Ahrens & Dieter 1972), `rbinom`
//! (`rbinom.c`, Kachitvichyanukul & Schmeiser's BTPE), `rpois` (`rpois.c`, Ahrens & Dieter 1982,
//! with its state kept between calls as R keeps it in static variables), `rgamma` (`rgamma.c`,
//! Ahrens & Dieter's GS and GD), and those built on them: `rchisq`, `rt`, `rcauchy`, `rlnorm`,
//! `rlogis`, `rweibull`, `rgeom`, `rnbinom`.
//!
//! An invalid parameter gives NaN (`ML_WARN_return_NAN`); the caller warns "NAs produced".

// R's coefficients are kept as its C code writes them, digits beyond a double's included.
#![allow(clippy::excessive_precision)]

use super::rng::Mt;

// the special functions come from R's mathematical library, ported whole in `crate::nmath`
pub use crate::nmath::beta::r_pow_di;
pub use crate::nmath::normal::qnorm;
pub use crate::nmath::round::fround;

/// `M_1_SQRT_2PI`.
const M_1_SQRT_2PI: f64 = 0.398942280401432677939946059934;

/// `BIG` in `snorm.c`: inversion uses 27 more bits from a second uniform.
const BIG: f64 = 134217728.0;

/// `norm_rand()` with `N01_kind == INVERSION`: always two uniforms.
pub fn norm_rand(mt: &mut Mt) -> f64 {
    let u = mt.unif_rand();
    let u = (BIG * u) as i32 as f64 + mt.unif_rand();
    qnorm(u / BIG, 0.0, 1.0, true, false)
}

/// `exp_rand()`: q[k-1] = sum(log(2)^k / k!), k = 1..16.
pub fn exp_rand(mt: &mut Mt) -> f64 {
    const Q: [f64; 16] = [
        std::f64::consts::LN_2,
        0.9333736875190459,
        0.9888777961838675,
        0.9984959252914960,
        0.9998292811061389,
        0.9999833164100727,
        0.9999985691438767,
        0.9999998906925558,
        0.9999999924734159,
        0.9999999995283275,
        0.9999999999728814,
        0.9999999999985598,
        0.9999999999999289,
        0.9999999999999968,
        0.9999999999999999,
        1.0000000000000000,
    ];
    let mut a = 0.0;
    let mut u = mt.unif_rand();
    while u <= 0.0 || u >= 1.0 {
        u = mt.unif_rand();
    }
    loop {
        u += u;
        if u > 1.0 {
            break;
        }
        a += Q[0];
    }
    u -= 1.0;
    if u <= Q[0] {
        return a + u;
    }
    let mut i = 0;
    let mut umin = mt.unif_rand();
    loop {
        let ustar = mt.unif_rand();
        if umin > ustar {
            umin = ustar;
        }
        i += 1;
        if u <= Q[i] {
            break;
        }
    }
    a + umin * Q[0]
}

/// Uniforms one draw of `runif(a, b)` takes: none when the answer is NaN or `a`.
pub fn runif_draws(a: f64, b: f64) -> u64 {
    (a.is_finite() && b.is_finite() && b >= a && a != b) as u64
}

/// `runif(a, b)`.
pub fn runif(mt: &mut Mt, a: f64, b: f64) -> f64 {
    if !a.is_finite() || !b.is_finite() || b < a {
        return f64::NAN;
    }
    if a == b {
        return a;
    }
    a + (b - a) * mt.unif_rand()
}

/// Uniforms one draw of `rnorm(mu, sigma)` takes (inversion: two, or none when the answer needs
/// no draw).
pub fn rnorm_draws(mu: f64, sigma: f64) -> u64 {
    if mu.is_nan() || !sigma.is_finite() || sigma < 0.0 || sigma == 0.0 || !mu.is_finite() {
        0
    } else {
        2
    }
}

/// `rnorm(mu, sigma)`.
pub fn rnorm(mt: &mut Mt, mu: f64, sigma: f64) -> f64 {
    if mu.is_nan() || !sigma.is_finite() || sigma < 0.0 {
        return f64::NAN;
    }
    if sigma == 0.0 || !mu.is_finite() {
        return mu;
    }
    mu + sigma * norm_rand(mt)
}

/// `rexp(scale)` (R's `rexp(n, rate)` passes `1 / rate`).
pub fn rexp(mt: &mut Mt, scale: f64) -> f64 {
    if !scale.is_finite() || scale <= 0.0 {
        return if scale == 0.0 { 0.0 } else { f64::NAN };
    }
    scale * exp_rand(mt)
}

/// `rbinom(n, p)`: inversion when `n * p < 30`, else BTPE. `None` for `n >= INT_MAX`, where R
/// inverts `qbinom()` (not reproduced).
pub fn rbinom(mt: &mut Mt, nin: f64, pp: f64) -> Option<f64> {
    if !nin.is_finite() {
        return Some(f64::NAN);
    }
    let r = nin.round_ties_even();
    if r != nin {
        return Some(f64::NAN);
    }
    if !pp.is_finite() || r < 0.0 || !(0.0..=1.0).contains(&pp) {
        return Some(f64::NAN);
    }
    if r == 0.0 || pp == 0.0 {
        return Some(0.0);
    }
    if pp == 1.0 {
        return Some(r);
    }
    if r >= i32::MAX as f64 {
        return None;
    }
    let n = r as i32;
    let p = pp.min(1.0 - pp);
    let q = 1.0 - p;
    let np = n as f64 * p;
    let r = p / q;
    let g = r * (n as f64 + 1.0);
    let mut ix: i32;
    if np < 30.0 {
        // inverse cdf logic for mean less than 30
        let qn = r_pow_di(q, n);
        'outer: loop {
            ix = 0;
            let mut f = qn;
            let mut u = mt.unif_rand();
            loop {
                if u < f {
                    break 'outer;
                }
                if ix > 110 {
                    break;
                }
                u -= f;
                ix += 1;
                f *= g / ix as f64 - r;
            }
        }
    } else {
        let ffm = np + p;
        let m = ffm as i32;
        let fm = m as f64;
        let npq = np * q;
        let p1 = (2.195 * npq.sqrt() - 4.6 * q) as i32 as f64 + 0.5;
        let xm = fm + 0.5;
        let xl = xm - p1;
        let xr = xm + p1;
        let c = 0.134 + 20.5 / (15.3 + fm);
        let al = (ffm - xl) / (ffm - xl * p);
        let xll = al * (1.0 + 0.5 * al);
        let al = (xr - ffm) / (xr * q);
        let xlr = al * (1.0 + 0.5 * al);
        let p2 = p1 * (1.0 + c + c);
        let p3 = p2 + c / xll;
        let p4 = p3 + c / xlr;
        loop {
            let u = mt.unif_rand() * p4;
            let mut v = mt.unif_rand();
            // triangular region
            if u <= p1 {
                ix = (xm - p1 * v + u) as i32;
                break;
            }
            // parallelogram region
            if u <= p2 {
                let x = xl + (u - p1) / c;
                v = v * c + 1.0 - (xm - x).abs() / p1;
                if v > 1.0 || v <= 0.0 {
                    continue;
                }
                ix = x as i32;
            } else if u > p3 {
                // right tail
                ix = (xr - v.ln() / xlr) as i32;
                if ix > n {
                    continue;
                }
                v *= (u - p3) * xlr;
            } else {
                // left tail
                ix = (xl + v.ln() / xll) as i32;
                if ix < 0 {
                    continue;
                }
                v *= (u - p2) * xll;
            }
            let k = (ix - m).abs();
            if k <= 20 || k as f64 >= npq / 2.0 - 1.0 {
                // explicit evaluation
                let mut f = 1.0;
                if m < ix {
                    for i in m + 1..=ix {
                        f *= g / i as f64 - r;
                    }
                } else if m != ix {
                    for i in ix + 1..=m {
                        f /= g / i as f64 - r;
                    }
                }
                if v <= f {
                    break;
                }
            } else {
                // squeezing using upper and lower bounds on log(f(x))
                let kf = k as f64;
                let amaxp = (kf / npq) * ((kf * (kf / 3.0 + 0.625) + 0.1666666666666) / npq + 0.5);
                let ynorm = (-k).wrapping_mul(k) as f64 / (2.0 * npq);
                let alv = v.ln();
                if alv < ynorm - amaxp {
                    break;
                }
                if alv <= ynorm + amaxp {
                    // Stirling's formula to machine accuracy for the final acceptance test
                    let x1 = ix as f64 + 1.0;
                    let f1 = fm + 1.0;
                    let z = (n + 1) as f64 - fm;
                    let w = (n - ix) as f64 + 1.0;
                    let (z2, x2, f2, w2) = (z * z, x1 * x1, f1 * f1, w * w);
                    let corr = |a: f64, a2: f64| {
                        (13860.0 - (462.0 - (132.0 - (99.0 - 140.0 / a2) / a2) / a2) / a2) / a / 166320.0
                    };
                    let bound = xm * (f1 / x1).ln()
                        + ((n - m) as f64 + 0.5) * (z / w).ln()
                        + (ix - m) as f64 * (w * p / (x1 * q)).ln()
                        + corr(f1, f2)
                        + corr(z, z2)
                        + corr(x1, x2)
                        + corr(w, w2);
                    if alv <= bound {
                        break;
                    }
                }
            }
        }
    }
    if pp > 0.5 {
        ix = n - ix;
    }
    Some(ix as f64)
}

/// `rgamma(a, scale)`: GS for `a < 1`, else Ahrens & Dieter's GD (its cached constants depend on
/// `a` only, so they are recomputed here).
pub fn rgamma(mt: &mut Mt, a: f64, scale: f64) -> f64 {
    const SQRT32: f64 = 5.656854;
    const EXP_M1: f64 = 0.36787944117144232159;
    const Q: [f64; 7] = [0.04166669, 0.02083148, 0.00801191, 0.00144121, -7.388e-5, 2.4511e-4, 2.424e-4];
    const A: [f64; 7] = [0.3333333, -0.250003, 0.2000062, -0.1662921, 0.1423657, -0.1367177, 0.1233795];
    if a.is_nan() || scale.is_nan() {
        return f64::NAN;
    }
    if a <= 0.0 || scale <= 0.0 {
        return if scale == 0.0 || a == 0.0 { 0.0 } else { f64::NAN };
    }
    if !a.is_finite() || !scale.is_finite() {
        return f64::INFINITY;
    }
    if a < 1.0 {
        // GS algorithm for parameters a < 1
        let e = 1.0 + EXP_M1 * a;
        loop {
            let p = e * mt.unif_rand();
            if p >= 1.0 {
                let x = -((e - p) / a).ln();
                if exp_rand(mt) >= (1.0 - a) * x.ln() {
                    return scale * x;
                }
            } else {
                let x = (p.ln() / a).exp();
                if exp_rand(mt) >= x {
                    return scale * x;
                }
            }
        }
    }
    // Step 1
    let s2 = a - 0.5;
    let s = s2.sqrt();
    let d = SQRT32 - s * 12.0;
    // Step 2: t standard normal, x = (s, 1/2)-normal; immediate acceptance
    let mut t = norm_rand(mt);
    let x = s + 0.5 * t;
    let ret_val = x * x;
    if t >= 0.0 {
        return scale * ret_val;
    }
    // Step 3: squeeze acceptance
    let u = mt.unif_rand();
    if d * u <= t * t * t {
        return scale * ret_val;
    }
    // Step 4
    let r = 1.0 / a;
    let q0 = ((((((Q[6] * r + Q[5]) * r + Q[4]) * r + Q[3]) * r + Q[2]) * r + Q[1]) * r + Q[0]) * r;
    let (b, si, c) = if a <= 3.686 {
        (0.463 + s + 0.178 * s2, 1.235, 0.195 / s - 0.079 + 0.16 * s)
    } else if a <= 13.022 {
        (1.654 + 0.0076 * s2, 1.68 / s + 0.275, 0.062 / s + 0.024)
    } else {
        (1.77, 0.75, 0.1515 / s)
    };
    let quotient = |t: f64| {
        let v = t / (s + s);
        if v.abs() <= 0.25 {
            q0 + 0.5 * t * t * ((((((A[6] * v + A[5]) * v + A[4]) * v + A[3]) * v + A[2]) * v + A[1]) * v + A[0]) * v
        } else {
            q0 - s * t + 0.25 * t * t + (s2 + s2) * (1.0 + v).ln()
        }
    };
    // Steps 5-7: quotient acceptance
    if x > 0.0 && (1.0 - u).ln() <= quotient(t) {
        return scale * ret_val;
    }
    loop {
        // Step 8: t a (b, si)-double exponential sample
        let e = exp_rand(mt);
        let mut u = mt.unif_rand();
        u = u + u - 1.0;
        t = if u < 0.0 { b - si * e } else { b + si * e };
        // Steps 9-11: rejection below tau(1), hat acceptance
        if t >= -0.71874483771719 {
            let q = quotient(t);
            if q > 0.0 {
                let w = q.exp_m1();
                if c * u.abs() <= w * (e - 0.5 * t * t).exp() {
                    break;
                }
            }
        }
    }
    let x = s + 0.5 * t;
    scale * x * x
}

/// `rchisq(df)`.
pub fn rchisq(mt: &mut Mt, df: f64) -> f64 {
    if !df.is_finite() || df < 0.0 {
        return f64::NAN;
    }
    rgamma(mt, df / 2.0, 2.0)
}

/// `rnchisq(df, lambda)` (rnchisq.c): a Poisson mixture of central chi-squares.
pub fn rnchisq(mt: &mut Mt, st: &mut PoisState, df: f64, lambda: f64) -> f64 {
    if !df.is_finite() || !lambda.is_finite() || df < 0. || lambda < 0. {
        return f64::NAN;
    }
    if lambda == 0. {
        return if df == 0. { 0. } else { rgamma(mt, df / 2., 2.) };
    }
    let mut r = rpois(mt, st, lambda / 2.);
    if r > 0. {
        r = rchisq(mt, 2. * r);
    }
    if df > 0. {
        r += rgamma(mt, df / 2., 2.);
    }
    r
}

/// `rt(df)`.
pub fn rt(mt: &mut Mt, df: f64) -> f64 {
    if df.is_nan() || df <= 0.0 {
        return f64::NAN;
    }
    if !df.is_finite() {
        return norm_rand(mt);
    }
    let num = norm_rand(mt);
    num / (rchisq(mt, df) / df).sqrt()
}

/// `rcauchy(location, scale)`.
pub fn rcauchy(mt: &mut Mt, location: f64, scale: f64) -> f64 {
    if location.is_nan() || !scale.is_finite() || scale < 0.0 {
        return f64::NAN;
    }
    if scale == 0.0 || !location.is_finite() {
        return location;
    }
    location + scale * (std::f64::consts::PI * mt.unif_rand()).tan()
}

/// `rlnorm(meanlog, sdlog)`.
pub fn rlnorm(mt: &mut Mt, meanlog: f64, sdlog: f64) -> f64 {
    if meanlog.is_nan() || !sdlog.is_finite() || sdlog < 0.0 {
        return f64::NAN;
    }
    rnorm(mt, meanlog, sdlog).exp()
}

/// `rlogis(location, scale)`.
pub fn rlogis(mt: &mut Mt, location: f64, scale: f64) -> f64 {
    if location.is_nan() || !scale.is_finite() {
        return f64::NAN;
    }
    if scale == 0.0 || !location.is_finite() {
        return location;
    }
    let u = mt.unif_rand();
    location + scale * (u / (1.0 - u)).ln()
}

/// `rweibull(shape, scale)`.
pub fn rweibull(mt: &mut Mt, shape: f64, scale: f64) -> f64 {
    if !shape.is_finite() || !scale.is_finite() || shape <= 0.0 || scale <= 0.0 {
        return if scale == 0.0 { 0.0 } else { f64::NAN };
    }
    scale * (-mt.unif_rand().ln()).powf(1.0 / shape)
}

/// `rgeom(p)`: a Poisson draw with an exponentially distributed mean.
pub fn rgeom(mt: &mut Mt, st: &mut PoisState, p: f64) -> f64 {
    if !p.is_finite() || p <= 0.0 || p > 1.0 {
        return f64::NAN;
    }
    let mu = exp_rand(mt) * ((1.0 - p) / p);
    rpois(mt, st, mu)
}

/// `rnbinom(size, prob)`: a Poisson draw with a gamma distributed mean.
pub fn rnbinom(mt: &mut Mt, st: &mut PoisState, size: f64, prob: f64) -> f64 {
    if !prob.is_finite() || size.is_nan() || size <= 0.0 || prob <= 0.0 || prob > 1.0 {
        return f64::NAN;
    }
    let size = if size.is_finite() { size } else { f64::MAX / 2.0 };
    if prob == 1.0 {
        return 0.0;
    }
    let mu = rgamma(mt, size, (1.0 - prob) / prob);
    rpois(mt, st, mu)
}

/// `rnbinom_mu(size, mu)`.
pub fn rnbinom_mu(mt: &mut Mt, st: &mut PoisState, size: f64, mu: f64) -> f64 {
    if !mu.is_finite() || size.is_nan() || size <= 0.0 || mu < 0.0 {
        return f64::NAN;
    }
    let size = if size.is_finite() { size } else { f64::MAX / 2.0 };
    if mu == 0.0 {
        return 0.0;
    }
    let m = rgamma(mt, size, mu / size);
    rpois(mt, st, m)
}

/// `rpois()`'s static variables: they persist between calls (for the same `mu` its table of
/// cumulative probabilities grows as draws need it) and `set.seed()` does not reset them.
#[derive(Clone, Debug)]
pub struct PoisState {
    l: i32,
    m: i32,
    b1: f64,
    b2: f64,
    c: f64,
    c0: f64,
    c1: f64,
    c2: f64,
    c3: f64,
    pp: [f64; 36],
    p0: f64,
    p: f64,
    q: f64,
    s: f64,
    d: f64,
    omega: f64,
    big_l: f64,
    muprev: f64,
    muprev2: f64,
}

impl Default for PoisState {
    fn default() -> PoisState {
        PoisState {
            l: 0,
            m: 0,
            b1: 0.0,
            b2: 0.0,
            c: 0.0,
            c0: 0.0,
            c1: 0.0,
            c2: 0.0,
            c3: 0.0,
            pp: [0.0; 36],
            p0: 0.0,
            p: 0.0,
            q: 0.0,
            s: 0.0,
            d: 0.0,
            omega: 0.0,
            big_l: 0.0,
            muprev: 0.0,
            muprev2: 0.0,
        }
    }
}

/// `rpois(mu)`: table inversion for `mu < 10`, else a normal draw with squeeze and hat acceptance.
pub fn rpois(mt: &mut Mt, st: &mut PoisState, mu: f64) -> f64 {
    const A0: f64 = -0.5;
    const A1: f64 = 0.3333333;
    const A2: f64 = -0.2500068;
    const A3: f64 = 0.2000118;
    const A4: f64 = -0.1661269;
    const A5: f64 = 0.1421878;
    const A6: f64 = -0.1384794;
    const A7: f64 = 0.1250060;
    const ONE_7: f64 = 0.1428571428571428571;
    const ONE_12: f64 = 0.0833333333333333333;
    const ONE_24: f64 = 0.0416666666666666667;
    const FACT: [f64; 10] = [1., 1., 2., 6., 24., 120., 720., 5040., 40320., 362880.];

    if !mu.is_finite() || mu < 0.0 {
        return f64::NAN;
    }
    if mu <= 0.0 {
        return 0.0;
    }
    let big_mu = mu >= 10.0;
    let mut new_big_mu = false;
    if !(big_mu && mu == st.muprev) {
        if big_mu {
            new_big_mu = true;
            st.muprev = mu;
            st.s = mu.sqrt();
            st.d = 6.0 * mu * mu;
            st.big_l = (mu - 1.1484).floor();
        } else {
            if mu != st.muprev {
                st.muprev = mu;
                st.m = 1.max(mu as i32);
                st.l = 0;
                st.p0 = (-mu).exp();
                st.q = st.p0;
                st.p = st.p0;
            }
            loop {
                // Step U: uniform sample for inversion
                let u = mt.unif_rand();
                if u <= st.p0 {
                    return 0.0;
                }
                // Step T: table comparison
                if st.l != 0 {
                    let start = if u <= 0.458 { 1 } else { st.l.min(st.m) };
                    for k in start..=st.l {
                        if u <= st.pp[k as usize] {
                            return k as f64;
                        }
                    }
                    if st.l == 35 {
                        continue;
                    }
                }
                // Step C: new Poisson probabilities and their cumulatives
                st.l += 1;
                for k in st.l..=35 {
                    st.p *= mu / k as f64;
                    st.q += st.p;
                    st.pp[k as usize] = st.q;
                    if u <= st.q {
                        st.l = k;
                        return k as f64;
                    }
                }
                st.l = 35;
            }
        }
    }
    // mu >= 10. Step N: normal sample
    let g = mu + st.s * norm_rand(mt);
    let mut pois = -1.0;
    let (mut fk, mut difmuk, mut u) = (0.0, 0.0, 0.0);
    if g >= 0.0 {
        pois = g.floor();
        // Step I: immediate acceptance
        if pois >= st.big_l {
            return pois;
        }
        // Step S: squeeze acceptance
        fk = pois;
        difmuk = mu - fk;
        u = mt.unif_rand();
        if st.d * u >= difmuk * difmuk * difmuk {
            return pois;
        }
    }
    // Step P: preparations for steps Q and H
    if new_big_mu || mu != st.muprev2 {
        st.muprev2 = mu;
        st.omega = M_1_SQRT_2PI / st.s;
        st.b1 = ONE_24 / mu;
        st.b2 = 0.3 * st.b1 * st.b1;
        st.c3 = ONE_7 * st.b1 * st.b2;
        st.c2 = st.b2 - 15. * st.c3;
        st.c1 = st.b1 - 6. * st.b2 + 45. * st.c3;
        st.c0 = 1. - st.b1 + 3. * st.b2 - 15. * st.c3;
        st.c = 0.1069 / mu;
    }
    // 'subroutine' F first with kflag = 0 when g >= 0, else step E first
    let mut kflag = if g >= 0.0 { 0 } else { -1 };
    let mut e = 0.0;
    loop {
        if kflag != 0 {
            // Step E: exponential sample; t from the Laplace 'hat'
            e = exp_rand(mt);
            u = 2.0 * mt.unif_rand() - 1.0;
            let t = 1.8 + if u >= 0.0 { e.abs() } else { -e.abs() };
            if t <= -0.6744 {
                continue;
            }
            pois = (mu + st.s * t).floor();
            fk = pois;
            difmuk = mu - fk;
            kflag = 1;
        }
        // Step F: px, py, fx, fy
        let (px, py);
        if pois < 10.0 {
            px = -mu;
            py = mu.powf(pois) / FACT[pois as usize];
        } else {
            let mut del = ONE_12 / fk;
            del = del * (1. - 4.8 * del * del);
            let v = difmuk / fk;
            if v.abs() <= 0.25 {
                px = fk * v * v * (((((((A7 * v + A6) * v + A5) * v + A4) * v + A3) * v + A2) * v + A1) * v + A0) - del;
            } else {
                px = fk * (1. + v).ln() - difmuk - del;
            }
            py = M_1_SQRT_2PI / fk.sqrt();
        }
        let mut x = (0.5 - difmuk) / st.s;
        x *= x;
        let fx = -0.5 * x;
        let fy = st.omega * (((st.c3 * x + st.c2) * x + st.c1) * x + st.c0);
        if kflag > 0 {
            // Step H: hat acceptance (E is repeated on rejection)
            if st.c * u.abs() <= py * (px + e).exp() - fy * (fx + e).exp() {
                break;
            }
        } else {
            // Step Q: quotient acceptance
            if fy - u * fy <= py * (px - fx).exp() {
                break;
            }
            kflag = -1;
        }
    }
    pois
}

#[cfg(test)]
mod tests {
    use super::*;

    // Values from R 4.2.2 (print(..., digits = 17)).
    #[test]
    fn fround_is_r_s() {
        let cases = [
            (0.5, 0.0, 0.0),
            (2.5, 0.0, 2.0),
            (-1.5, 0.0, -2.0),
            (0.15, 1.0, 0.10000000000000001),
            (2.675, 2.0, 2.6699999999999999),
            (0.125, 2.0, 0.12),
            (1234.5678, -2.0, 1200.0),
            (0.285, 2.0, 0.28000000000000003),
            (1e-310, 312.0, 9.9999999999999694e-311),
            (5.5e300, -299.0, 5.5000000000000036e+300),
            (-0.0349999, 3.0, -3.5000000000000003e-02),
        ];
        for (x, d, want) in cases {
            assert_eq!(fround(x, d), want, "round({x}, {d})");
        }
    }

    #[test]
    fn draws_are_r_s() {
        let mut mt = Mt::from_seed(42);
        let u: Vec<f64> = (0..3).map(|_| runif(&mut mt, 0.0, 1.0)).collect();
        assert_eq!(u, vec![0.91480604349635541, 0.93707541329786181, 0.28613953478634357]);
        let mut mt = Mt::from_seed(1);
        let z: Vec<f64> = (0..3).map(|_| rnorm(&mut mt, 0.0, 1.0)).collect();
        assert_eq!(z, vec![-0.62645381074233242, 0.18364332422208224, -0.83562861241004716]);
        let mut mt = Mt::from_seed(-5);
        let e: Vec<f64> = (0..3).map(|_| rexp(&mut mt, 1.0)).collect();
        assert_eq!(e, vec![0.46918953582644463, 1.05191826629908114, 1.91465664646568334]);
        // set.seed(3); rbinom(5, 100, 0.3); rbinom(5, 10, 0.2); rpois(5, 3); rpois(5, 50)
        let mut mt = Mt::from_seed(3);
        let mut st = PoisState::default();
        let b: Vec<f64> = (0..5).map(|_| rbinom(&mut mt, 100.0, 0.3).unwrap()).collect();
        assert_eq!(b, vec![28., 24., 30., 27., 41.]);
        let b: Vec<f64> = (0..5).map(|_| rbinom(&mut mt, 10.0, 0.2).unwrap()).collect();
        assert_eq!(b, vec![1., 0., 1., 0., 1.]);
        let p: Vec<f64> = (0..5).map(|_| rpois(&mut mt, &mut st, 3.0)).collect();
        assert_eq!(p, vec![4., 3., 5., 3., 4.]);
        let p: Vec<f64> = (0..5).map(|_| rpois(&mut mt, &mut st, 50.0)).collect();
        assert_eq!(p, vec![47., 49., 47., 51., 45.]);
        assert_eq!(mt.seeds().take(2).collect::<Vec<_>>(), vec![43, -921191862]);
    }
}
