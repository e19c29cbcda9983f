//! Native routines of stats' tests and density estimation, each after its C code
//! (`src/library/stats/src/*.c`), allocating what that code allocates, in its order:
//! `shapiro.test()` (`C_SWilk`, swilk.c), `ks.test()` (`C_pKolmogorov2x`, `C_pSmirnov2x`,
//! `C_pKS2`, ks.c), `ansari.test()` (`C_pAnsari`, `C_qAnsari`, ansari.c), `mantelhaen.test()`
//! (`C_d2x2xk`, d2x2xk.c), `density()` (`C_BinDist`, massdist.c) and its bandwidths
//! (`C_bw_den`, `C_bw_den_binned`, `C_bw_ucv`, `C_bw_bcv`, `C_bw_phi4`, `C_bw_phi6`,
//! bandwidths.c), `PP.test()` (`C_pp_sum`, PPsum.c) and
//! `ar.burg()` (`C_Burg`, burg.c).

// the loops keep the index arithmetic of the C and Fortran code they follow
#![allow(clippy::needless_range_loop)]
// swilk.c's constants are kept to the digits R's C code writes (0.70710678, 1.04719755119660)
#![allow(clippy::approx_constant)]

use std::rc::Rc;

use super::dotcall::{native, native_error, Native};
use crate::fxhash::FxHashMap;
use crate::heap::{Body, Elems, Num, ObjId, SexpType, Val, NIL};
use crate::lang::eval::{ArgVal, CallCtx};
use crate::lang::interp::{EvalResult, Interp};
use crate::nmath;

pub(super) const NATIVES: &[Native] = &[
    native("stats", "C_SWilk", swilk_native),
    native("stats", "C_pKolmogorov2x", p_kolmogorov2x),
    native("stats", "C_pSmirnov2x", p_smirnov2x),
    native("stats", "C_pKS2", p_ks2),
    native("stats", "C_pAnsari", |it, c, a| ansari(it, c, a, false)),
    native("stats", "C_qAnsari", |it, c, a| ansari(it, c, a, true)),
    native("stats", "C_d2x2xk", d2x2xk),
    native("stats", "C_BinDist", bin_dist),
    native("stats", "C_bw_den", bw_den),
    native("stats", "C_bw_den_binned", bw_den_binned),
    native("stats", "C_bw_ucv", |it, c, a| bw_sum(it, c, a, Bw::Ucv)),
    native("stats", "C_bw_bcv", |it, c, a| bw_sum(it, c, a, Bw::Bcv)),
    native("stats", "C_bw_phi4", |it, c, a| bw_sum(it, c, a, Bw::Phi4)),
    native("stats", "C_bw_phi6", |it, c, a| bw_sum(it, c, a, Bw::Phi6)),
    native("stats", "C_pp_sum", pp_sum),
    native("stats", "C_Burg", burg_native),
];

fn arg(a: &[ArgVal], i: usize) -> Val {
    a.get(i).map(|v| v.value).unwrap_or(Val::Obj(NIL))
}

/// `coerceVector(x, REALSXP)`, protected.
fn real(it: &mut Interp, v: Val) -> EvalResult<Val> {
    let c = super::coerce::coerce_vector(it, v, REAL)?;
    it.heap.protect(c);
    Ok(c)
}

const REAL: SexpType = SexpType::Real;

/// `asInteger(x)`: `None` for NA (or a value the simulator does not know).
fn as_int(it: &Interp, v: Val) -> Option<i32> {
    it.num_elt(v, 0).filter(|x| !x.is_nan() && x.abs() < 2147483648.0).map(|x| x as i32)
}

/// `asReal(x)`.
fn as_real(it: &Interp, v: Val) -> Option<f64> {
    it.num_elt(v, 0)
}

/// A new double vector of `n` values (unknown when `vals` is `None`), protected.
fn new_real(it: &mut Interp, n: u64, vals: Option<Vec<f64>>) -> EvalResult<ObjId> {
    let id = it.new_num(REAL, n, vals.map_or(Num::Unknown, |v| Num::Values(Rc::new(v))))?;
    it.heap.protect(Val::Obj(id));
    Ok(id)
}

fn set_values(it: &mut Interp, id: ObjId, vals: Vec<f64>) {
    let n = it.heap.obj(id).length;
    it.heap.obj_mut(id).body = Body::Num(crate::lang::interp::normalize_num(Num::Values(Rc::new(vals)), n));
}

/// `R_alloc(n, size)` (memory.c): a raw vector of `n * size + 1` bytes.
fn r_alloc(it: &mut Interp, bytes: u64) -> EvalResult<()> {
    if bytes > 0 {
        super::vectors::unknown_vector(it, SexpType::Raw, bytes + 1)?;
    }
    Ok(())
}

/// A new list of the given elements (`allocVector(VECSXP, n)` then `SET_VECTOR_ELT`).
fn new_list_of(it: &mut Interp, n: usize) -> EvalResult<ObjId> {
    let id = it.heap.alloc_vector(SexpType::Vec, n as u64, Body::Elems(Elems::Values(vec![NIL; n])))?;
    it.heap.protect(Val::Obj(id));
    Ok(id)
}

// ---- shapiro.test() ----------------------------------------------------------------------------

/// `poly(cc, nord, x)` (swilk.c, AS 181.2).
fn poly(cc: &[f64], x: f64) -> f64 {
    let nord = cc.len();
    let mut ret = cc[0];
    if nord > 1 {
        let mut p = x * cc[nord - 1];
        for j in (1..nord - 1).rev() {
            p = (p + cc[j]) * x;
        }
        ret += p;
    }
    ret
}

/// Rmath's `sign(x)`.
fn sign(x: i64) -> f64 {
    x.signum() as f64
}

/// `swilk(x, n, &w, &pw, &ifault)` (swilk.c, AS R94): the W statistic and its p-value.
fn swilk(x: &[f64]) -> (f64, f64, i32) {
    let n = x.len();
    let nn2 = n / 2;
    let mut a = vec![0.0; nn2 + 1];
    const SMALL: f64 = 1e-19;
    const G: [f64; 2] = [-2.273, 0.459];
    const C1: [f64; 6] = [0., 0.221157, -0.147981, -2.07119, 4.434685, -2.706056];
    const C2: [f64; 6] = [0., 0.042981, -0.293762, -1.752461, 5.682633, -3.582633];
    const C3: [f64; 4] = [0.544, -0.39978, 0.025054, -6.714e-4];
    const C4: [f64; 4] = [1.3822, -0.77857, 0.062767, -0.0020322];
    const C5: [f64; 4] = [-1.5861, -0.31082, -0.083751, 0.0038915];
    const C6: [f64; 3] = [-0.4803, -0.082676, 0.0030302];
    let mut pw = 1.;
    if n < 3 {
        return (0., pw, 1);
    }
    let an = n as f64;
    if n == 3 {
        a[1] = 0.70710678;
    } else {
        let an25 = an + 0.25;
        let mut summ2 = 0.;
        for i in 1..=nn2 {
            a[i] = nmath::normal::qnorm((i as f64 - 0.375) / an25, 0., 1., true, false);
            summ2 += a[i] * a[i];
        }
        summ2 *= 2.;
        let ssumm2 = summ2.sqrt();
        let rsn = 1. / an.sqrt();
        let a1 = poly(&C1, rsn) - a[1] / ssumm2;
        let (i1, fac);
        if n > 5 {
            i1 = 3;
            let a2 = -a[2] / ssumm2 + poly(&C2, rsn);
            fac = ((summ2 - 2. * (a[1] * a[1]) - 2. * (a[2] * a[2])) / (1. - 2. * (a1 * a1) - 2. * (a2 * a2))).sqrt();
            a[2] = a2;
        } else {
            i1 = 2;
            fac = ((summ2 - 2. * (a[1] * a[1])) / (1. - 2. * (a1 * a1))).sqrt();
        }
        a[1] = a1;
        for v in a.iter_mut().take(nn2 + 1).skip(i1) {
            *v /= -fac;
        }
    }
    let range = x[n - 1] - x[0];
    if range < SMALL {
        return (0., pw, 6);
    }
    let mut ifault = 0;
    let mut xx = x[0] / range;
    let mut sx = xx;
    let mut sa = -a[1];
    let (mut i, mut j) = (1usize, n - 1);
    while i < n {
        let xi = x[i] / range;
        if xx - xi > SMALL {
            ifault = 7;
        }
        sx += xi;
        i += 1;
        if i != j {
            sa += sign(i as i64 - j as i64) * a[i.min(j)];
        }
        xx = xi;
        j -= 1;
    }
    if n > 5000 {
        ifault = 2;
    }
    sa /= n as f64;
    sx /= n as f64;
    let (mut ssa, mut ssx, mut sax) = (0., 0., 0.);
    let mut j = n as i64 - 1;
    for i in 0..n as i64 {
        let asa = if i != j { sign(i - j) * a[1 + i.min(j) as usize] - sa } else { -sa };
        let xsx = x[i as usize] / range - sx;
        ssa += asa * asa;
        ssx += xsx * xsx;
        sax += asa * xsx;
        j -= 1;
    }
    let ssassx = (ssa * ssx).sqrt();
    let w1 = (ssassx - sax) * (ssassx + sax) / (ssa * ssx);
    let w = 1. - w1;
    if n == 3 {
        let pi6 = 1.90985931710274;
        let stqr = 1.04719755119660;
        pw = pi6 * (w.sqrt().asin() - stqr);
        if pw < 0. {
            pw = 0.;
        }
        return (w, pw, ifault);
    }
    let mut y = w1.ln();
    let xx = an.ln();
    let (m, s);
    if n <= 11 {
        let gamma = poly(&G, an);
        if y >= gamma {
            return (w, 1e-99, ifault);
        }
        y = -(gamma - y).ln();
        m = poly(&C3, an);
        s = poly(&C4, an).exp();
    } else {
        m = poly(&C5, xx);
        s = poly(&C6, xx).exp();
    }
    pw = nmath::normal::pnorm(y, m, s, false, false);
    (w, pw, ifault)
}

/// `SWilk(x)` (swilk.c): `x` coerced to double, then a double vector `c(W, pw)`.
fn swilk_native(it: &mut Interp, ctx: &CallCtx, a: &[ArgVal]) -> EvalResult<Val> {
    let x = real(it, arg(a, 0))?;
    let res = match it.num_values(x) {
        Some(xs) => {
            let (w, pw, ifault) = swilk(&xs);
            if ifault > 0 && ifault != 7 {
                return Err(native_error(it, ctx, format!("ifault={ifault}. This should not happen")));
            }
            Some(vec![w, pw])
        }
        None => None,
    };
    Ok(Val::Obj(new_real(it, 2, res)?))
}

// ---- ks.test() ---------------------------------------------------------------------------------

/// `m_multiply(A, B, C, m)` (ks.c).
fn m_multiply(a: &[f64], b: &[f64], c: &mut [f64], m: usize) {
    for i in 0..m {
        for j in 0..m {
            let mut s = 0.;
            for k in 0..m {
                s += a[i * m + k] * b[k * m + j];
            }
            c[i * m + j] = s;
        }
    }
}

/// `m_power(A, eA, V, &eV, m, n)` (ks.c).
fn m_power(a: &[f64], ea: i32, v: &mut [f64], m: usize, n: i32) -> i32 {
    if n == 1 {
        v.copy_from_slice(a);
        return ea;
    }
    let mut ev = m_power(a, ea, v, m, n / 2);
    let mut b = vec![0.0; m * m];
    m_multiply(v, v, &mut b, m);
    let eb = 2 * ev;
    if n % 2 == 0 {
        v.copy_from_slice(&b);
        ev = eb;
    } else {
        m_multiply(a, &b, v, m);
        ev = ea + eb;
    }
    if v[(m / 2) * m + (m / 2)] > 1e140 {
        for x in v.iter_mut() {
            *x *= 1e-140;
        }
        ev += 140;
    }
    ev
}

/// `K(n, d)` (ks.c): Kolmogorov's distribution (Marsaglia, Tsang and Wang 2003).
fn kolmogorov(n: i32, d: f64) -> f64 {
    let k = (n as f64 * d) as i32 + 1;
    let m = (2 * k - 1) as usize;
    let h = k as f64 - n as f64 * d;
    let mut hm = vec![0.0; m * m];
    for i in 0..m {
        for j in 0..m {
            hm[i * m + j] = if (i as i64) - (j as i64) + 1 < 0 { 0. } else { 1. };
        }
    }
    for i in 0..m {
        hm[i * m] -= nmath::beta::r_pow_di(h, i as i32 + 1);
        hm[(m - 1) * m + i] -= nmath::beta::r_pow_di(h, (m - i) as i32);
    }
    hm[(m - 1) * m] += if 2. * h - 1. > 0. { nmath::beta::r_pow_di(2. * h - 1., m as i32) } else { 0. };
    for i in 0..m {
        for j in 0..m {
            if (i as i64) - (j as i64) + 1 > 0 {
                for g in 1..=(i + 1 - j) {
                    hm[i * m + j] /= g as f64;
                }
            }
        }
    }
    let mut q = vec![0.0; m * m];
    let mut eq = m_power(&hm, 0, &mut q, m, n);
    let k = k as usize;
    let mut s = q[(k - 1) * m + k - 1];
    for i in 1..=n {
        s = s * i as f64 / n as f64;
        if s < 1e-140 {
            s *= 1e140;
            eq -= 140;
        }
    }
    s * nmath::beta::r_pow_di(10.0, eq)
}

/// `pKolmogorov2x(statistic, n)` (ks.c): `ScalarReal(K(n, st))`.
fn p_kolmogorov2x(it: &mut Interp, _: &CallCtx, a: &[ArgVal]) -> EvalResult<Val> {
    let v = match (as_int(it, arg(a, 1)), as_real(it, arg(a, 0))) {
        (Some(n), Some(st)) if n > 0 && st.is_finite() && st >= 0. => Some(vec![kolmogorov(n, st)]),
        _ => None,
    };
    Ok(Val::Obj(new_real(it, 1, v)?))
}

/// `psmirnov2x(x, m, n)` (ks.c): an `R_alloc`ed row of `n + 1` doubles.
fn psmirnov2x(x: f64, m: i32, n: i32) -> f64 {
    let (m, n) = if m > n { (n, m) } else { (m, n) };
    let (md, nd) = (m as f64, n as f64);
    let q = (0.5 + (x * md * nd - 1e-7).floor()) / (md * nd);
    let mut u: Vec<f64> = (0..=n).map(|j| if (j as f64 / nd) > q { 0. } else { 1. }).collect();
    for i in 1..=m {
        let w = i as f64 / (i + n) as f64;
        if (i as f64 / md) > q {
            u[0] = 0.;
        } else {
            u[0] *= w;
        }
        for j in 1..=n as usize {
            if (i as f64 / md - j as f64 / nd).abs() > q {
                u[j] = 0.;
            } else {
                u[j] = w * u[j] + u[j - 1];
            }
        }
    }
    u[n as usize]
}

/// `pSmirnov2x(statistic, nx, ny)` (ks.c).
fn p_smirnov2x(it: &mut Interp, _: &CallCtx, a: &[ArgVal]) -> EvalResult<Val> {
    let (nx, ny, st) = (as_int(it, arg(a, 1)), as_int(it, arg(a, 2)), as_real(it, arg(a, 0)));
    let n = match (nx, ny) {
        (Some(x), Some(y)) => x.max(y),
        _ => 0,
    };
    r_alloc(it, 8 * (n as u64 + 1))?;
    let v = match (nx, ny, st) {
        (Some(x), Some(y), Some(st)) if x > 0 && y > 0 => Some(vec![psmirnov2x(st, x, y)]),
        _ => None,
    };
    Ok(Val::Obj(new_real(it, 1, v)?))
}

/// `pkstwo(n, x, tol)` (ks.c): the two-sided asymptotic distribution.
fn pkstwo(x: f64, tol: f64) -> f64 {
    let k_max = (2. - tol.ln()).sqrt() as i32;
    if x < 1. {
        let z = -(std::f64::consts::FRAC_PI_2 * std::f64::consts::FRAC_PI_4) / (x * x);
        let w = x.ln();
        let mut s = 0.;
        let mut k = 1;
        while k < k_max {
            s += ((k * k) as f64 * z - w).exp();
            k += 2;
        }
        s / nmath::M_1_SQRT_2PI
    } else {
        let z = -2. * x * x;
        let mut s = -1.;
        let mut k = 1;
        let mut old: f64 = 0.;
        let mut new = 1.;
        while (old - new).abs() > tol {
            old = new;
            new += 2. * s * (z * (k * k) as f64).exp();
            s *= -1.;
            k += 1;
        }
        new
    }
}

/// `pKS2(statistic, tol)` (ks.c): a duplicate of `statistic`, transformed in place.
fn p_ks2(it: &mut Interp, _: &CallCtx, a: &[ArgVal]) -> EvalResult<Val> {
    let st = arg(a, 0);
    let tol = as_real(it, arg(a, 1));
    let Val::Obj(o) = st else { return Ok(st) };
    let ans = it.duplicate(o)?;
    match (it.num_values(st), tol) {
        (Some(x), Some(tol)) => set_values(it, ans, x.iter().map(|&x| pkstwo(x, tol)).collect()),
        _ => it.heap.obj_mut(ans).body = Body::Num(Num::Unknown),
    }
    Ok(Val::Obj(ans))
}

// ---- ansari.test() -----------------------------------------------------------------------------

/// `cansari(k, m, n, w)` (ansari.c), memoized in `w` as R memoizes it in `R_alloc`ed tables;
/// the sizes of the tables made, in order, go to `made`.
fn cansari(k: i32, m: i32, n: i32, w: &mut FxHashMap<(i32, i32), Vec<f64>>, made: &mut Vec<u64>) -> f64 {
    let l = (m + 1) * (m + 1) / 4;
    let u = l + m * n / 2;
    if k < l || k > u {
        return 0.;
    }
    if let std::collections::hash_map::Entry::Vacant(slot) = w.entry((m, n)) {
        slot.insert(vec![-1.; u as usize + 1]);
        made.push(u as u64 + 1);
    }
    let cur = w[&(m, n)][k as usize];
    if cur >= 0. {
        return cur;
    }
    let v = if m == 0 {
        (k == 0) as i32 as f64
    } else if n == 0 {
        (k == l) as i32 as f64
    } else {
        cansari(k, m, n - 1, w, made) + cansari(k - (m + n + 1) / 2, m - 1, n, w, made)
    };
    w.get_mut(&(m, n)).expect("table")[k as usize] = v;
    v
}

/// `pAnsari(q, m, n)` / `qAnsari(p, m, n)` (ansari.c): the argument coerced to double, the
/// result, then `w_init`'s `R_alloc` tables (`m + 1` pointers, `m + 1` rows of `n + 1`) and one
/// table of counts for each `(m, n)` the recursion reaches.
fn ansari(it: &mut Interp, ctx: &CallCtx, a: &[ArgVal], quantile: bool) -> EvalResult<Val> {
    let (m, n) = (as_int(it, arg(a, 1)), as_int(it, arg(a, 2)));
    let x = real(it, arg(a, 0))?;
    let len = it.length(x);
    let ans = new_real(it, len, None)?;
    let (Some(m), Some(n)) = (m.filter(|&m| m >= 0), n.filter(|&n| n >= 0)) else {
        return Ok(Val::Obj(ans));
    };
    r_alloc(it, 8 * (m as u64 + 1))?;
    for _ in 0..=m {
        r_alloc(it, 8 * (n as u64 + 1))?;
    }
    let Some(xs) = it.num_values(x) else { return Ok(Val::Obj(ans)) };
    let mut w = FxHashMap::default();
    let mut made = Vec::new();
    let l = (m + 1) * (m + 1) / 4;
    let u = l + m * n / 2;
    let c = nmath::choose((m + n) as f64, m as f64);
    let mut out = Vec::with_capacity(xs.len());
    for &xi in &xs {
        out.push(if quantile {
            if !(0. ..=1.).contains(&xi) {
                return Err(native_error(it, ctx, "probabilities outside [0,1] in qansari()"));
            }
            if xi == 0. {
                l as f64
            } else if xi == 1. {
                u as f64
            } else {
                let mut p = 0.;
                let mut q = 0;
                loop {
                    p += cansari(q, m, n, &mut w, &mut made) / c;
                    if p >= xi {
                        break;
                    }
                    q += 1;
                }
                q as f64
            }
        } else {
            let q = (xi + 1e-7).floor();
            if q < l as f64 {
                0.
            } else if q > u as f64 {
                1.
            } else {
                let mut p = 0.;
                let mut j = l;
                while j as f64 <= q {
                    p += cansari(j, m, n, &mut w, &mut made);
                    j += 1;
                }
                p / c
            }
        });
    }
    for size in made {
        r_alloc(it, 8 * size)?;
    }
    set_values(it, ans, out);
    Ok(Val::Obj(ans))
}

// ---- mantelhaen.test() -------------------------------------------------------------------------

/// `d2x2xk(K, m, n, t, rn)` (d2x2xk.c): `m`, `n`, `t` coerced to double, the result of `rn`
/// doubles, then `int_d2x2xk`'s `R_alloc`s (the row pointers, then one row a stratum) and the
/// convolution of the strata's hypergeometric densities, normalized.
fn d2x2xk(it: &mut Interp, _: &CallCtx, a: &[ArgVal]) -> EvalResult<Val> {
    let k = as_int(it, arg(a, 0)).unwrap_or(0).max(0) as usize;
    let rn = as_int(it, arg(a, 4)).unwrap_or(0).max(0) as u64;
    let m = real(it, arg(a, 1))?;
    let n = real(it, arg(a, 2))?;
    let t = real(it, arg(a, 3))?;
    let ans = new_real(it, rn, None)?;
    r_alloc(it, 8 * (k as u64 + 1))?;
    r_alloc(it, 8)?;
    let (Some(m), Some(n), Some(t)) = (it.num_values(m), it.num_values(n), it.num_values(t)) else {
        return Ok(Val::Obj(ans));
    };
    let mut c: Vec<f64> = vec![1.];
    let mut l = 0usize;
    for i in 0..k {
        let y = 0.max((t[i] - n[i]) as i32) as usize;
        let z = (m[i] as i32).min(t[i] as i32) as usize;
        r_alloc(it, 8 * (l + z - y + 1) as u64)?;
        let mut next = vec![0.; l + z - y + 1];
        for j in 0..=z - y {
            let u = nmath::discrete::dhyper((j + y) as f64, m[i], n[i], t[i], false);
            for w in 0..=l {
                next[w + j] += c[w] * u;
            }
        }
        l += z - y;
        c = next;
    }
    let u: f64 = c.iter().sum();
    let mut out = vec![0.; rn as usize];
    for j in 0..=l.min(out.len().saturating_sub(1)) {
        out[j] = c[j] / u;
    }
    set_values(it, ans, out);
    Ok(Val::Obj(ans))
}

// ---- density() ---------------------------------------------------------------------------------

/// `BinDist(x, weights, lo, up, n)` (massdist.c): `x` and `weights` coerced to double, then `2n`
/// doubles of linearly binned weights (the upper half zero).
fn bin_dist(it: &mut Interp, ctx: &CallCtx, a: &[ArgVal]) -> EvalResult<Val> {
    let sx = real(it, arg(a, 0))?;
    let sw = real(it, arg(a, 1))?;
    let n = as_int(it, arg(a, 4)).filter(|&n| n > 0).ok_or_else(|| native_error(it, ctx, "invalid 'n' argument"))?;
    let ans = new_real(it, 2 * n as u64, None)?;
    let (xlo, xhi) = (as_real(it, arg(a, 2)), as_real(it, arg(a, 3)));
    let (Some(x), Some(w), Some(xlo), Some(xhi)) = (it.num_values(sx), it.num_values(sw), xlo, xhi) else {
        return Ok(Val::Obj(ans));
    };
    let (ixmin, ixmax) = (0i64, n as i64 - 2);
    let xdelta = (xhi - xlo) / (n - 1) as f64;
    let mut y = vec![0.; 2 * n as usize];
    for i in 0..x.len() {
        if x[i].is_finite() {
            let xpos = (x[i] - xlo) / xdelta;
            if xpos > i32::MAX as f64 || xpos < i32::MIN as f64 {
                continue;
            }
            let ix = xpos.floor() as i64;
            let fx = xpos - ix as f64;
            let wi = w[i % w.len().max(1)];
            if ixmin <= ix && ix <= ixmax {
                y[ix as usize] += (1. - fx) * wi;
                y[ix as usize + 1] += fx * wi;
            } else if ix == -1 {
                y[0] += fx * wi;
            } else if ix == ixmax + 1 {
                y[ix as usize] += (1. - fx) * wi;
            }
        }
    }
    set_values(it, ans, y);
    Ok(Val::Obj(ans))
}

/// `bw_den(nbin, x)` (bandwidths.c): a list of the bin width (`ScalarReal`, made after the
/// counts) and the `nbin` pairwise-distance counts.
fn bw_den(it: &mut Interp, ctx: &CallCtx, a: &[ArgVal]) -> EvalResult<Val> {
    let nb = as_int(it, arg(a, 0)).unwrap_or(0).max(0) as usize;
    let sx = arg(a, 1);
    let xs = it.num_values(sx);
    let mut res = None;
    if let Some(x) = &xs {
        let (mut xmin, mut xmax) = (f64::INFINITY, f64::NEG_INFINITY);
        for (i, &v) in x.iter().enumerate() {
            if !v.is_finite() {
                return Err(native_error(it, ctx, format!("non-finite x[{}] in bandwidth calculation", i + 1)));
            }
            xmin = xmin.min(v);
            xmax = xmax.max(v);
        }
        let rang = (xmax - xmin) * 1.01;
        let dd = rang / nb as f64;
        let mut cnt = vec![0.; nb];
        for i in 1..x.len() {
            let ii = (x[i] / dd) as i32;
            for j in 0..i {
                let jj = (x[j] / dd) as i32;
                cnt[(ii - jj).unsigned_abs() as usize] += 1.0;
            }
        }
        res = Some((dd, cnt));
    }
    let ans = new_list_of(it, 2)?;
    let sc = it.new_num(REAL, nb as u64, Num::Unknown)?;
    super::models::set_vector_elt(it, ans, 1, sc);
    let dd = it.new_num(REAL, 1, Num::Unknown)?;
    super::models::set_vector_elt(it, ans, 0, dd);
    if let Some((d, cnt)) = res {
        set_values(it, sc, cnt);
        set_values(it, dd, vec![d]);
    }
    Ok(Val::Obj(ans))
}

/// `bw_den_binned(x)` (bandwidths.c): the pairwise counts of binned data.
fn bw_den_binned(it: &mut Interp, _: &CallCtx, a: &[ArgVal]) -> EvalResult<Val> {
    let sx = arg(a, 0);
    let nb = it.length(sx) as usize;
    let ans = new_real(it, nb as u64, None)?;
    if let Some(x) = it.num_values(sx) {
        let mut cnt = vec![0.; nb];
        for ii in 0..nb {
            let w = x[ii];
            cnt[0] += w * (w - 1.);
            for jj in 0..ii {
                cnt[ii - jj] += w * x[jj];
            }
        }
        if nb > 0 {
            cnt[0] *= 0.5;
        }
        set_values(it, ans, cnt);
    }
    Ok(Val::Obj(ans))
}

#[derive(Clone, Copy)]
enum Bw {
    Ucv,
    Bcv,
    Phi4,
    Phi6,
}

/// `bw_ucv`, `bw_bcv`, `bw_phi4`, `bw_phi6(n, d, cnt, h)` (bandwidths.c): a sum over the binned
/// distances, cut at `DELMAX`, as a `ScalarReal`.
fn bw_sum(it: &mut Interp, _: &CallCtx, a: &[ArgVal], kind: Bw) -> EvalResult<Val> {
    const DELMAX: f64 = 1000.;
    let (n, d, h) = (as_int(it, arg(a, 0)), as_real(it, arg(a, 1)), as_real(it, arg(a, 3)));
    let v = match (n, d, h, it.num_values(arg(a, 2))) {
        (Some(n), Some(d), Some(h), Some(x)) => {
            let nf = n as f64;
            let mut sum = 0.0;
            for (i, &xi) in x.iter().enumerate() {
                let mut delta = i as f64 * d / h;
                delta *= delta;
                if delta >= DELMAX {
                    break;
                }
                let term = match kind {
                    Bw::Ucv => (-delta / 4.).exp() - 8.0f64.sqrt() * (-delta / 2.).exp(),
                    Bw::Bcv => (-delta / 4.).exp() * (delta * delta - 12. * delta + 12.),
                    Bw::Phi4 => (-delta / 2.).exp() * (delta * delta - 6. * delta + 3.),
                    Bw::Phi6 => (-delta / 2.).exp() * (delta * delta * delta - 15. * delta * delta + 45. * delta - 15.),
                };
                sum += term * xi;
            }
            Some(match kind {
                Bw::Ucv => (0.5 + sum / nf) / (nf * h * nmath::M_SQRT_PI),
                Bw::Bcv => (1. + sum / (32.0 * nf)) / (2.0 * nf * h * nmath::M_SQRT_PI),
                Bw::Phi4 => {
                    let sum = 2. * sum + nf * 3.;
                    sum / (nf * (n - 1) as f64 * h.powf(5.0)) * nmath::M_1_SQRT_2PI
                }
                Bw::Phi6 => {
                    let sum = 2. * sum - 15. * nf;
                    sum / (nf * (n - 1) as f64 * h.powf(7.0)) * nmath::M_1_SQRT_2PI
                }
            })
        }
        _ => None,
    };
    Ok(Val::Obj(new_real(it, 1, v.map(|v| vec![v]))?))
}

// ---- PP.test(), diffinv(), ar.burg() -----------------------------------------------------------

/// `pp_sum(u, l)` (PPsum.c): `u` coerced to double, then `ScalarReal` of the Newey-West sum.
fn pp_sum(it: &mut Interp, _: &CallCtx, a: &[ArgVal]) -> EvalResult<Val> {
    let u = real(it, arg(a, 0))?;
    let l = as_int(it, arg(a, 1));
    let v = match (it.num_values(u), l) {
        (Some(u), Some(l)) => {
            let n = u.len();
            let mut tmp1 = 0.0;
            for i in 1..=l.max(0) as usize {
                let mut tmp2 = 0.0;
                for j in i..n {
                    tmp2 += u[j] * u[j - i];
                }
                tmp2 *= 1.0 - i as f64 / (l as f64 + 1.0);
                tmp1 += tmp2;
            }
            Some(vec![2.0 * tmp1 / n as f64])
        }
        _ => None,
    };
    Ok(Val::Obj(new_real(it, 1, v)?))
}

/// `burg(n, x, pmax, coefs, var1, var2)` (burg.c).
fn burg(x: &[f64], pmax: usize) -> (Vec<f64>, Vec<f64>, Vec<f64>) {
    let n = x.len();
    let mut coefs = vec![0.0; pmax * pmax];
    let (mut var1, mut var2) = (vec![0.0; pmax + 1], vec![0.0; pmax + 1]);
    let mut u = vec![0.0; n];
    let mut v = vec![0.0; n];
    let mut sum = 0.0;
    for t in 0..n {
        u[t] = x[n - 1 - t];
        v[t] = x[n - 1 - t];
        sum += x[t] * x[t];
    }
    var1[0] = sum / n as f64;
    var2[0] = sum / n as f64;
    for p in 1..=pmax {
        let mut sum = 0.0;
        let mut d = 0.;
        for t in p..n {
            sum += v[t] * u[t - 1];
            d += v[t] * v[t] + u[t - 1] * u[t - 1];
        }
        let phii = 2. * sum / d;
        coefs[pmax * (p - 1) + (p - 1)] = phii;
        if p > 1 {
            for j in 1..p {
                coefs[p - 1 + pmax * (j - 1)] =
                    coefs[p - 2 + pmax * (j - 1)] - phii * coefs[p - 2 + pmax * (p - j - 1)];
            }
        }
        let u0 = u.clone();
        for t in p..n {
            u[t] = u0[t - 1] - phii * v[t];
            v[t] -= phii * u0[t - 1];
        }
        var1[p] = var1[p - 1] * (1. - phii * phii);
        let mut d = 0.0;
        for t in p..n {
            d += v[t] * v[t] + u[t] * u[t];
        }
        var2[p] = d / (2.0 * (n - p) as f64);
    }
    (coefs, var1, var2)
}

/// `Burg(x, order)` (burg.c): `x` coerced to double, `coefs` (`pmax^2`), `var1`, `var2`
/// (`pmax + 1` each), the three `R_alloc` work vectors of `n`, then the list of the three.
fn burg_native(it: &mut Interp, _: &CallCtx, a: &[ArgVal]) -> EvalResult<Val> {
    let x = real(it, arg(a, 0))?;
    let n = it.length(x);
    let pmax = as_int(it, arg(a, 1)).unwrap_or(0).max(0) as usize;
    let coefs = new_real(it, (pmax * pmax) as u64, None)?;
    let var1 = new_real(it, pmax as u64 + 1, None)?;
    let var2 = new_real(it, pmax as u64 + 1, None)?;
    for _ in 0..3 {
        r_alloc(it, 8 * n)?;
    }
    if let Some(xs) = it.num_values(x) {
        let (c, v1, v2) = burg(&xs, pmax);
        set_values(it, coefs, c);
        set_values(it, var1, v1);
        set_values(it, var2, v2);
    }
    let ans = new_list_of(it, 3)?;
    for (i, v) in [coefs, var1, var2].into_iter().enumerate() {
        super::models::set_vector_elt(it, ans, i, v);
    }
    Ok(Val::Obj(ans))
}
