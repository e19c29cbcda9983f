//! Least-squares fits of stats (`src/library/stats/src/lm.c`, `src/appl/dqrdc2.f`, `dqrsl.f`,
//! `dqrls.f`): `lm.fit()`'s `.Call(C_Cdqrls, x, y, tol, FALSE)`, the Householder QR with
//! LINPACK's limited column pivoting, computed as the Fortran does it.

use std::rc::Rc;

use super::dotcall::{native, native_error, Native};
use crate::heap::{Body, Num, SexpType, Val};
use crate::lang::eval::{ArgVal, CallCtx};
use crate::lang::interp::{EvalResult, Interp};

pub(super) const NATIVES: &[Native] = &[native("stats", "C_Cdqrls", cdqrls)];

/// The reference BLAS `dnrm2` (scaled sum of squares).
fn dnrm2(x: &[f64]) -> f64 {
    let (mut scale, mut ssq) = (0.0f64, 1.0f64);
    for &v in x {
        if v != 0.0 {
            let a = v.abs();
            if scale < a {
                ssq = 1.0 + ssq * (scale / a) * (scale / a);
                scale = a;
            } else {
                ssq += (a / scale) * (a / scale);
            }
        }
    }
    scale * ssq.sqrt()
}

fn ddot(x: &[f64], y: &[f64]) -> f64 {
    x.iter().zip(y).map(|(a, b)| a * b).sum()
}

/// `dqrdc2(x, ldx, n, p, tol, k, qraux, jpvt, work)`: the QR decomposition of the column-major
/// `n` x `p` matrix `x` in place; columns whose norm fell below `tol` times their original norm
/// are moved to the end. Returns the rank `k`.
pub(crate) fn dqrdc2(x: &mut [f64], n: usize, p: usize, tol: f64, qraux: &mut [f64], jpvt: &mut [i32]) -> usize {
    let mut work1 = vec![0.0; p];
    let mut work2 = vec![0.0; p];
    let col = |j: usize| j * n;
    if n > 0 {
        for j in 0..p {
            qraux[j] = dnrm2(&x[col(j)..col(j) + n]);
            work1[j] = qraux[j];
            work2[j] = if qraux[j] == 0.0 { 1.0 } else { qraux[j] };
        }
    }
    let lup = n.min(p);
    let mut k = p + 1;
    for l in 1..=lup {
        // cycle negligible columns to the end
        while !(l >= k || qraux[l - 1] >= work2[l - 1] * tol) {
            for i in 0..n {
                let t = x[col(l - 1) + i];
                for j in l + 1..=p {
                    x[col(j - 2) + i] = x[col(j - 1) + i];
                }
                x[col(p - 1) + i] = t;
            }
            let (i, t, tt, ttt) = (jpvt[l - 1], qraux[l - 1], work1[l - 1], work2[l - 1]);
            for j in l + 1..=p {
                jpvt[j - 2] = jpvt[j - 1];
                qraux[j - 2] = qraux[j - 1];
                work1[j - 2] = work1[j - 1];
                work2[j - 2] = work2[j - 1];
            }
            jpvt[p - 1] = i;
            qraux[p - 1] = t;
            work1[p - 1] = tt;
            work2[p - 1] = ttt;
            k -= 1;
        }
        if l == n {
            break;
        }
        let ll = col(l - 1) + l - 1; // x(l,l)
        let m = n - l + 1;
        let mut nrmxl = dnrm2(&x[ll..ll + m]);
        if nrmxl == 0.0 {
            continue;
        }
        if x[ll] != 0.0 {
            nrmxl = nrmxl.abs().copysign(x[ll]);
        }
        let s = 1.0 / nrmxl;
        for v in &mut x[ll..ll + m] {
            *v *= s;
        }
        x[ll] += 1.0;
        for j in l + 1..=p {
            let lj = col(j - 1) + l - 1;
            let t = -ddot(&x[ll..ll + m], &x[lj..lj + m]) / x[ll];
            for i in 0..m {
                x[lj + i] += t * x[ll + i];
            }
            if qraux[j - 1] == 0.0 {
                continue;
            }
            let tt = (1.0 - (x[lj].abs() / qraux[j - 1]).powi(2)).max(0.0);
            if tt.abs() < 1e-6 {
                qraux[j - 1] = dnrm2(&x[lj + 1..lj + m]);
                work1[j - 1] = qraux[j - 1];
            } else {
                qraux[j - 1] *= tt.sqrt();
            }
        }
        qraux[l - 1] = x[ll];
        x[ll] = -nrmxl;
    }
    (k - 1).min(n)
}

/// Apply the `k` Householder transformations in `x`/`qraux` to `v` (Q'v: `forward`; Qv: reverse),
/// as `dqrsl` does.
fn apply_householder(x: &mut [f64], n: usize, k: usize, qraux: &[f64], v: &mut [f64], forward: bool) {
    let ju = k.min(n - 1);
    let order: Vec<usize> = if forward { (1..=ju).collect() } else { (1..=ju).rev().collect() };
    for j in order {
        if qraux[j - 1] == 0.0 {
            continue;
        }
        let jj = (j - 1) * n + j - 1;
        let temp = x[jj];
        x[jj] = qraux[j - 1];
        let m = n - j + 1;
        let t = -ddot(&x[jj..jj + m], &v[j - 1..j - 1 + m]) / x[jj];
        for i in 0..m {
            v[j - 1 + i] += t * x[jj + i];
        }
        x[jj] = temp;
    }
}

/// `dqrsl(..., job = 1110)` for one column `y`: Q'y, the coefficients and the residuals.
fn dqrsl_1110(
    x: &mut [f64],
    n: usize,
    k: usize,
    qraux: &[f64],
    y: &[f64],
    qty: &mut [f64],
    b: &mut [f64],
    rsd: &mut [f64],
) {
    let ju = k.min(n - 1);
    if ju == 0 {
        qty[0] = y[0];
        if x[0] != 0.0 {
            b[0] = y[0] / x[0];
        }
        rsd[0] = 0.0;
        return;
    }
    qty.copy_from_slice(y);
    apply_householder(x, n, k, qraux, qty, true);
    b[..k].copy_from_slice(&qty[..k]);
    rsd[..k].fill(0.0);
    rsd[k..n].copy_from_slice(&qty[k..n]);
    // back substitution (dtrsl-like loop of dqrsl)
    for j in (1..=k).rev() {
        let jj = (j - 1) * n + j - 1;
        if x[jj] == 0.0 {
            break;
        }
        b[j - 1] /= x[jj];
        let t = -b[j - 1];
        for i in 0..j - 1 {
            b[i] += t * x[(j - 1) * n + i];
        }
    }
    apply_householder(x, n, k, qraux, rsd, false);
}

/// `Cdqrls(x, y, tol, chk)` (lm.c): checks, then `mkNamed(VECSXP, ...)` of nine names, `qr`
/// (a shallow duplicate of `x`), the coefficients (a `p` vector, or a `p` x `ny` matrix), the
/// residuals and effects (shallow duplicates of `y`), `pivot`, `qraux`, the `R_alloc`'d work of
/// `2p` doubles, and `ScalarInteger(rank)`; `dqrls` fills them.
fn cdqrls(it: &mut Interp, ctx: &CallCtx, a: &[ArgVal]) -> EvalResult<Val> {
    let get = |i: usize| a.get(i).map(|v| v.value).unwrap_or(Val::Obj(crate::heap::NIL));
    let (x, y, tol, chk) = (get(0), get(1), get(2), get(3));
    let rtol = it.num_elt(tol, 0).unwrap_or(f64::NAN);
    let check = it.num_elt(chk, 0).is_some_and(|c| c != 0.0 && !c.is_nan());
    let dims = super::vectors::dims_of(it, x);
    if check && dims.as_ref().is_none_or(|d| d.len() != 2) {
        return Err(native_error(it, ctx, "'x' is not a matrix"));
    }
    let d = dims.unwrap_or_default();
    let (n, p) = (d.first().copied().unwrap_or(0) as usize, d.get(1).copied().unwrap_or(0) as usize);
    let ylen = it.length(y) as usize;
    let ny = if n > 0 { ylen / n } else { 0 };
    if check && n * ny != ylen {
        return Err(native_error(it, ctx, format!("dimensions of 'x' ({n},{p}) and 'y' ({ylen}) do not match")));
    }
    let x = super::coerce::coerce_vector(it, x, SexpType::Real)?;
    let y = super::coerce::coerce_vector(it, y, SexpType::Real)?;
    let xv = it.num_values(x);
    let yv = it.num_values(y);
    if xv.as_ref().is_some_and(|v| v.iter().any(|z| !z.is_finite())) {
        return Err(native_error(it, ctx, "NA/NaN/Inf in 'x'"));
    }
    if yv.as_ref().is_some_and(|v| v.iter().any(|z| !z.is_finite())) {
        return Err(native_error(it, ctx, "NA/NaN/Inf in 'y'"));
    }
    let names = ["qr", "coefficients", "residuals", "effects", "rank", "pivot", "qraux", "tol", "pivoted"];
    let nil = crate::heap::NIL;
    let ans = it.new_list(vec![nil; 9])?;
    it.heap.protect(Val::Obj(ans));
    let nm: Vec<Option<&str>> = names.iter().map(|s| Some(*s)).collect();
    let nm = it.mk_strings(&nm)?;
    it.heap.set_attr(ans, "names", nm)?;
    let (xo, yo) = (it.boxed(x)?, it.boxed(y)?);
    let qr = it.duplicate(xo)?;
    set_elt(it, ans, 0, qr);
    let coef = it.new_num(SexpType::Real, (p * ny) as u64, Num::Unknown)?;
    if ny > 1 {
        let dim = it.new_num(SexpType::Int, 2, Num::Values(Rc::new(vec![p as f64, ny as f64])))?;
        it.heap.set_attr(coef, "dim", dim)?;
    }
    set_elt(it, ans, 1, coef);
    let resid = it.duplicate(yo)?;
    set_elt(it, ans, 2, resid);
    let effects = it.duplicate(yo)?;
    set_elt(it, ans, 3, effects);
    let pivot = it.new_num(SexpType::Int, p as u64, Num::Seq { from: 1.0, by: 1.0 })?;
    set_elt(it, ans, 5, pivot);
    let qraux = it.new_num(SexpType::Real, p as u64, Num::Unknown)?;
    set_elt(it, ans, 6, qraux);
    let tol_o = it.boxed(tol)?;
    set_elt(it, ans, 7, tol_o);
    // work = R_alloc(2 * p, sizeof(double))
    super::vectors::unknown_vector(it, SexpType::Raw, (16 * p) as u64)?;

    let mut rank_v = None;
    let mut pivoted = false;
    if let (Some(mut q), Some(yv)) = (xv, yv) {
        let mut qa = vec![0.0; p];
        let mut jpvt: Vec<i32> = (1..=p as i32).collect();
        let k = dqrdc2(&mut q, n, p, rtol, &mut qa, &mut jpvt);
        let mut b = vec![0.0; p * ny];
        let mut rsd = vec![0.0; n * ny];
        let mut qty = yv.clone();
        for jj in 0..ny {
            let ycol = &yv[jj * n..(jj + 1) * n];
            if k > 0 {
                let (bq, rq, qq) =
                    (&mut b[jj * p..(jj + 1) * p], &mut rsd[jj * n..(jj + 1) * n], &mut qty[jj * n..(jj + 1) * n]);
                dqrsl_1110(&mut q, n, k, &qa, ycol, qq, bq, rq);
            } else {
                rsd[jj * n..(jj + 1) * n].copy_from_slice(ycol);
            }
            for j in k..p {
                b[jj * p + j] = 0.0;
            }
        }
        pivoted = jpvt.iter().enumerate().any(|(i, &v)| v != i as i32 + 1);
        let set = |it: &mut Interp, o, v: Vec<f64>| it.heap.obj_mut(o).body = Body::Num(Num::Values(Rc::new(v)));
        set(it, qr, q);
        set(it, coef, b);
        set(it, resid, rsd);
        set(it, effects, qty);
        set(it, qraux, qa);
        set(it, pivot, jpvt.iter().map(|&v| v as f64).collect());
        rank_v = Some(k as f64);
    } else {
        for o in [qr, resid, effects, pivot] {
            it.heap.obj_mut(o).body = Body::Num(Num::Unknown);
        }
    }
    let rank = it.new_num(SexpType::Int, 1, rank_v.map_or(Num::Unknown, Num::Fill))?;
    set_elt(it, ans, 4, rank);
    let pv = it.scalar_logical(Some(pivoted));
    let pv = it.boxed(pv)?;
    set_elt(it, ans, 8, pv);
    Ok(Val::Obj(ans))
}

/// `SET_VECTOR_ELT(ans, i, v)` into a list of NULLs.
fn set_elt(it: &mut Interp, list: crate::heap::ObjId, i: usize, v: crate::heap::ObjId) {
    super::models::set_vector_elt(it, list, i, v);
}
