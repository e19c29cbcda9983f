//! Time-series and multivariate routines of stats, each after its C or Fortran code:
//! `ARMAtoMA()` (`pacf.c` `ARMAtoMA`), `ar.yw()`'s `.Fortran(C_eureka, ...)` (`eureka.f`,
//! Levinson-Durbin recursion), `diffinv()`'s `.Call(C_intgrt_vec, x, xi, lag)` (`PPsum.c`),
//! `cmdscale()`'s `.Call(C_DoubleCentre, A)` (`dblcen.c`).

use std::rc::Rc;

use super::dotcall::{native, native_error, Native};
use crate::heap::{Body, Num, SexpType, Val, NIL};
use crate::lang::eval::{ArgVal, CallCtx};
use crate::lang::interp::{EvalResult, Interp};

pub(super) const NATIVES: &[Native] = &[
    native("stats", "C_ARMAtoMA", arma_to_ma),
    native("stats", "C_eureka", f_eureka),
    native("stats", "C_intgrt_vec", intgrt_vec),
    native("stats", "C_DoubleCentre", double_centre),
];

fn arg(a: &[ArgVal], i: usize) -> Val {
    a.get(i).map(|v| v.value).unwrap_or(Val::Obj(NIL))
}

/// `ARMAtoMA(ar, ma, lag.max)`: one new double vector of the `lag.max` psi weights.
fn arma_to_ma(it: &mut Interp, ctx: &CallCtx, a: &[ArgVal]) -> EvalResult<Val> {
    let m = it.num_elt(arg(a, 2), 0).filter(|v| !v.is_nan()).map_or(0, |v| v as i64);
    if m <= 0 {
        return Err(native_error(it, ctx, "invalid value of lag.max"));
    }
    let m = m as usize;
    let values = match (it.num_values(arg(a, 0)), it.num_values(arg(a, 1))) {
        (Some(phi), Some(theta)) => {
            let mut psi = vec![0.0; m];
            for i in 0..m {
                let mut tmp = if i < theta.len() { theta[i] } else { 0.0 };
                for j in 0..(i + 1).min(phi.len()) {
                    tmp += phi[j] * if i > j { psi[i - j - 1] } else { 1.0 };
                }
                psi[i] = tmp;
            }
            Num::Values(Rc::new(psi))
        }
        _ => Num::Unknown,
    };
    Ok(Val::Obj(it.new_num(SexpType::Real, m as u64, values)?))
}

/// `EUREKA(LR, R, G, F, VAR, A)`: Levinson-Durbin for the Toeplitz system of the
/// autocovariances `r`, writing the coefficients of each order into `f` (`lr x lr`), the
/// innovation variances into `var` and the work vector `a`.
fn f_eureka(it: &mut Interp, _ctx: &CallCtx, a: &[ArgVal]) -> EvalResult<Val> {
    let obj = |i: usize| match arg(a, i) {
        Val::Obj(o) => o,
        _ => NIL,
    };
    let set = |it: &mut Interp, i: usize, v: Option<Vec<f64>>| {
        let o = obj(i);
        if o != NIL {
            it.heap.obj_mut(o).body = Body::Num(v.map_or(Num::Unknown, |v| Num::Values(Rc::new(v))));
        }
    };
    let lr = it.num_elt(arg(a, 0), 0).map(|v| v as usize);
    let known = match (lr, it.num_values(arg(a, 1)), it.num_values(arg(a, 2))) {
        (Some(lr), Some(r), Some(g)) if lr >= 1 && r.len() > lr && g.len() > lr => Some((lr, r, g)),
        _ => None,
    };
    let Some((lr, r, g)) = known else {
        for i in 3..6 {
            set(it, i, None);
        }
        return Ok(Val::Obj(NIL));
    };
    // 1-based as the Fortran: r(k) = r[k-1], f(i,j) = f[(i-1) + (j-1)*lr]
    let mut f = it.num_values(arg(a, 3)).filter(|v| v.len() >= lr * lr).unwrap_or_else(|| vec![0.0; lr * lr]);
    let mut var = it.num_values(arg(a, 4)).filter(|v| v.len() >= lr).unwrap_or_else(|| vec![0.0; lr]);
    let mut av = it.num_values(arg(a, 5)).filter(|v| v.len() >= lr).unwrap_or_else(|| vec![0.0; lr]);
    let fi = |i: usize, j: usize| (i - 1) + (j - 1) * lr;
    let mut v = r[0];
    let mut d = r[1];
    av[0] = 1.0;
    f[fi(1, 1)] = g[1] / v;
    let mut q = f[fi(1, 1)] * r[1];
    var[0] = (1.0 - f[fi(1, 1)] * f[fi(1, 1)]) * r[0];
    for l in 2..=lr {
        av[l - 1] = -d / v;
        if l > 2 {
            let l1 = (l - 2) / 2;
            let l2 = l1 + 1;
            for j in 2..=l2 {
                let hold = av[j - 1];
                let k = l - j + 1;
                av[j - 1] += av[l - 1] * av[k - 1];
                av[k - 1] += av[l - 1] * hold;
            }
            if 2 * l1 != l - 2 {
                av[l2] *= 1.0 + av[l - 1];
            }
        }
        v += av[l - 1] * d;
        f[fi(l, l)] = (g[l] - q) / v;
        for j in 1..l {
            f[fi(l, j)] = f[fi(l - 1, j)] + f[fi(l, l)] * av[l - j];
        }
        var[l - 1] = var[l - 2] * (1.0 - f[fi(l, l)] * f[fi(l, l)]);
        if l == lr {
            break;
        }
        d = 0.0;
        q = 0.0;
        for i in 1..=l {
            let k = l - i + 2;
            d += av[i - 1] * r[k - 1];
            q += f[fi(l, i)] * r[k - 1];
        }
    }
    set(it, 3, Some(f));
    set(it, 4, Some(var));
    set(it, 5, Some(av));
    Ok(Val::Obj(NIL))
}

/// `intgrt_vec(x, xi, lag)`: `x` and `xi` coerced to double, one new vector of `n + lag`.
fn intgrt_vec(it: &mut Interp, _ctx: &CallCtx, a: &[ArgVal]) -> EvalResult<Val> {
    let x = super::coerce::coerce_vector(it, arg(a, 0), SexpType::Real)?;
    it.heap.protect(x);
    let xi = super::coerce::coerce_vector(it, arg(a, 1), SexpType::Real)?;
    it.heap.protect(xi);
    let n = it.length(x) as usize;
    let lag = it.num_elt(arg(a, 2), 0).map_or(0, |v| v as usize);
    let values = match (it.num_values(x), it.num_values(xi)) {
        (Some(rx), Some(rxi)) if rxi.len() >= lag => {
            let mut y = vec![0.0; n + lag];
            y[..lag].copy_from_slice(&rxi[..lag]);
            for i in lag..lag + n {
                y[i] = rx[i - lag] + y[i - lag];
            }
            Num::Values(Rc::new(y))
        }
        _ => Num::Unknown,
    };
    Ok(Val::Obj(it.new_num(SexpType::Real, (n + lag) as u64, values)?))
}

/// `DoubleCentre(A)`: rows then columns centred in place; `A` itself is returned.
fn double_centre(it: &mut Interp, _ctx: &CallCtx, a: &[ArgVal]) -> EvalResult<Val> {
    let av = arg(a, 0);
    let Val::Obj(o) = av else { return Ok(av) };
    let n = super::vectors::dims_of(it, av).and_then(|d| d.first().copied()).unwrap_or(0) as usize;
    let values = it.num_values(av).filter(|v| v.len() >= n * n).map(|mut v| {
        for i in 0..n {
            let mut sum = 0.0;
            for j in 0..n {
                sum += v[i + j * n];
            }
            sum /= n as f64;
            for j in 0..n {
                v[i + j * n] -= sum;
            }
        }
        for j in 0..n {
            let mut sum = 0.0;
            for i in 0..n {
                sum += v[i + j * n];
            }
            sum /= n as f64;
            for i in 0..n {
                v[i + j * n] -= sum;
            }
        }
        v
    });
    it.heap.obj_mut(o).body = Body::Num(values.map_or(Num::Unknown, |v| Num::Values(Rc::new(v))));
    Ok(av)
}
