//! Least-squares fits of stats (`src/library/stats/src/lm.c`, `src/appl/dqrdc2.f`, `dqrsl.f`,
//! `dqrls.f`): `lm.fit()`'s `.Call(C_Cdqrls, x, y, tol, FALSE)`, the Householder QR with
//! LINPACK's limited column pivoting, computed as the Fortran does it.

use std::rc::Rc;

use super::dotcall::{native, native_error, Native};
use crate::heap::{Body, Num, SexpType, Val};
use crate::lang::eval::{ArgVal, CallCtx};
use crate::lang::interp::{EvalResult, Interp};

pub(super) const NATIVES: &[Native] = &[
    native("stats", "C_Cdqrls", cdqrls),
    native("base", ".F_dqrdc2", f_dqrdc2),
    native("base", ".F_dqrcf", |it, _, a| dqrutl(it, a, 100)),
    native("base", ".F_dqrqty", |it, _, a| dqrutl(it, a, 1000)),
    native("base", ".F_dqrqy", |it, _, a| dqrutl(it, a, 10000)),
    native("base", ".F_dqrrsd", |it, _, a| dqrutl(it, a, 10)),
    native("base", ".F_dqrxb", |it, _, a| dqrutl(it, a, 1)),
];

/// `dqrutl.f`: `dqrcf`, `dqrqty`, `dqrqy`, `dqrrsd`, `dqrxb(x, n, k, qraux, y, ny, out[, info])`,
/// `dqrsl` with one `job` for each of the `ny` columns of `y`, written into `out` (the 7th
/// argument). `dqrcf`, `dqrrsd` and `dqrxb` pass `y` as `dqrsl`'s `qty`, so `y` ends as Q'y;
/// `dqrcf` sets `info`.
fn dqrutl(it: &mut Interp, a: &[ArgVal], job: u32) -> EvalResult<Val> {
    let obj = |i: usize| match a.get(i).map(|v| v.value) {
        Some(Val::Obj(o)) => o,
        _ => crate::heap::NIL,
    };
    let int = |it: &Interp, i: usize| a.get(i).and_then(|v| it.num_elt(v.value, 0)).map(|v| v as usize);
    let y_is_qty = matches!(job, 100 | 10 | 1);
    let (n, k, ny) = (int(it, 1), int(it, 2), int(it, 5));
    let vals = |it: &Interp, i: usize| a.get(i).and_then(|v| it.num_values(v.value));
    let set = |it: &mut Interp, o, v: Num| it.heap.obj_mut(o).body = Body::Num(v);
    let known = match (n, k, ny, vals(it, 0), vals(it, 3), vals(it, 4)) {
        (Some(n), Some(k), Some(ny), Some(x), Some(qraux), Some(y))
            if n > 0 && x.len() >= n * k && qraux.len() >= k && y.len() >= n * ny =>
        {
            Some((n, k, ny, x, qraux, y))
        }
        _ => None,
    };
    let Some((n, k, ny, mut x, qraux, mut y)) = known else {
        set(it, obj(6), Num::Unknown);
        if y_is_qty {
            set(it, obj(4), Num::Unknown);
        }
        return Ok(Val::Obj(crate::heap::NIL));
    };
    let rows = if job == 100 { k } else { n };
    let mut out = vec![0.0; rows * ny];
    let mut info = 0;
    for j in 0..ny {
        let col = &y[j * n..(j + 1) * n];
        let o = dqrsl(&mut x, n, k, &qraux, col, job);
        let res = match job {
            100 => &o.b,
            1000 => &o.qty,
            10000 => &o.qy,
            10 => &o.rsd,
            _ => &o.xb,
        };
        out[j * rows..j * rows + rows.min(res.len())].copy_from_slice(&res[..rows.min(res.len())]);
        info = o.info;
        if y_is_qty {
            y[j * n..(j + 1) * n].copy_from_slice(&o.qty);
        }
    }
    set(it, obj(6), Num::Values(Rc::new(out)));
    if y_is_qty {
        set(it, obj(4), Num::Values(Rc::new(y)));
    }
    if job == 100 {
        set(it, obj(7), Num::Fill(info as f64));
    }
    Ok(Val::Obj(crate::heap::NIL))
}

/// `.Fortran(.F_dqrdc2, qr = x, n, n, p, tol, rank = integer(1L), qraux = double(p), pivot, work)`
/// (qr.default): LINPACK's `dqrdc2` on the vectors `do_dotCode` handed over, written in place: the
/// decomposition into `x`, the rank, `qraux` and the pivot (`work` is scratch). Values the
/// simulator does not know leave those unknown.
fn f_dqrdc2(it: &mut Interp, _ctx: &CallCtx, a: &[ArgVal]) -> EvalResult<Val> {
    let obj = |i: usize| match a[i].value {
        Val::Obj(o) => o,
        _ => crate::heap::NIL,
    };
    let int = |it: &Interp, i: usize| it.num_elt(a[i].value, 0).map(|v| v as usize);
    let (x, rank, qraux, pivot) = (obj(0), obj(5), obj(6), obj(7));
    let (ldx, n, p, tol) = (int(it, 1), int(it, 2), int(it, 3), it.num_elt(a[4].value, 0));
    let known = match (ldx, n, p, tol, it.num_values(a[0].value), it.num_values(a[7].value)) {
        (Some(ldx), Some(n), Some(p), Some(tol), Some(xv), Some(pv))
            if ldx == n && xv.len() == n * p && pv.len() >= p =>
        {
            Some((n, p, tol, xv, pv))
        }
        _ => None,
    };
    let set = |it: &mut Interp, o, v: Num| it.heap.obj_mut(o).body = Body::Num(v);
    match known {
        Some((n, p, tol, mut xv, pv)) => {
            let mut qa = vec![0.0; p];
            let mut jpvt: Vec<i32> = pv[..p].iter().map(|&v| v as i32).collect();
            let k = dqrdc2(&mut xv, n, p, tol, &mut qa, &mut jpvt);
            set(it, x, Num::Values(Rc::new(xv)));
            set(it, rank, Num::Fill(k as f64));
            set(it, qraux, Num::Values(Rc::new(qa)));
            set(it, pivot, Num::Values(Rc::new(jpvt.iter().map(|&v| v as f64).collect())));
        }
        None => {
            for o in [x, rank, qraux, pivot] {
                set(it, o, Num::Unknown);
            }
        }
    }
    Ok(Val::Obj(crate::heap::NIL))
}

/// The reference BLAS `dnrm2` of LAPACK 3.10 and later (`dnrm2.f90`, the BLAS R 4.2.2 runs with
/// here: `extSoftVersion()["BLAS"]` is libblas 3.11): Blue's algorithm, three accumulators of
/// squares (small values scaled up, large scaled down, the rest as they are), combined at the end.
pub(crate) fn dnrm2(x: &[f64]) -> f64 {
    let (tsml, tbig) = (2f64.powi(-511), 2f64.powi(486));
    let (ssml, sbig) = (2f64.powi(537), 2f64.powi(-538));
    let (mut asml, mut amed, mut abig) = (0.0f64, 0.0f64, 0.0f64);
    let mut notbig = true;
    for &v in x {
        let ax = v.abs();
        if ax > tbig {
            abig += (ax * sbig) * (ax * sbig);
            notbig = false;
        } else if ax < tsml {
            if notbig {
                asml += (ax * ssml) * (ax * ssml);
            }
        } else {
            amed += ax * ax;
        }
    }
    let (scl, sumsq) = if abig > 0.0 {
        if amed > 0.0 || amed > f64::MAX || amed.is_nan() {
            abig += (amed * sbig) * sbig;
        }
        (1.0 / sbig, abig)
    } else if asml > 0.0 {
        if amed > 0.0 || amed > f64::MAX || amed.is_nan() {
            let amed = amed.sqrt();
            let asml = asml.sqrt() / ssml;
            let (ymin, ymax) = if asml > amed { (amed, asml) } else { (asml, amed) };
            (1.0, ymax * ymax * (1.0 + (ymin / ymax) * (ymin / ymax)))
        } else {
            (1.0 / ssml, asml)
        }
    } else {
        (1.0, amed)
    };
    scl * sumsq.sqrt()
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

/// What `dqrsl` computes for one column `y`, by the digits of `job` (`abcde`: Qy, Q'y, the
/// coefficients, the residuals, the fitted values); `info` is the first zero diagonal element met
/// by the back substitution (0 when none).
#[derive(Default)]
struct Qrsl {
    qy: Vec<f64>,
    qty: Vec<f64>,
    b: Vec<f64>,
    rsd: Vec<f64>,
    xb: Vec<f64>,
    info: usize,
}

/// LINPACK `dqrsl(x, ldx = n, n, k, qraux, y, qy, qty, b, rsd, xb, job, info)` as the Fortran
/// runs it (`x` is restored on return). The outputs not asked for stay empty.
fn dqrsl(x: &mut [f64], n: usize, k: usize, qraux: &[f64], y: &[f64], job: u32) -> Qrsl {
    let cqy = job / 10000 != 0;
    let cqty = !job.is_multiple_of(10000);
    let cb = (job % 1000) / 100 != 0;
    let cr = (job % 100) / 10 != 0;
    let cxb = !job.is_multiple_of(10);
    let ju = k.min(n.saturating_sub(1));
    let mut o = Qrsl::default();
    if ju == 0 {
        // n = 1 (or k = 0)
        if cqy {
            o.qy = vec![y[0]];
        }
        if cqty {
            o.qty = vec![y[0]];
        }
        if cxb {
            o.xb = vec![y[0]];
        }
        if cb {
            o.b = vec![0.0; k.max(1)];
            if x[0] != 0.0 {
                o.b[0] = y[0] / x[0];
            } else {
                o.info = 1;
            }
        }
        if cr {
            o.rsd = vec![0.0];
        }
        return o;
    }
    // one Householder transformation j (1-based) applied to v
    let reflect = |x: &mut [f64], v: &mut [f64], j: usize| {
        if qraux[j - 1] == 0.0 {
            return;
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
    };
    if cqy {
        o.qy = y.to_vec();
        for j in (1..=ju).rev() {
            reflect(x, &mut o.qy, j);
        }
    }
    if cqty {
        o.qty = y.to_vec();
        for j in 1..=ju {
            reflect(x, &mut o.qty, j);
        }
    }
    if cb {
        o.b = o.qty[..k].to_vec();
    }
    if cxb {
        o.xb = vec![0.0; n];
        o.xb[..k].copy_from_slice(&o.qty[..k]);
    }
    if cr {
        o.rsd = vec![0.0; n];
        if k < n {
            o.rsd[k..].copy_from_slice(&o.qty[k..]);
        }
    }
    if cb {
        for j in (1..=k).rev() {
            let jj = (j - 1) * n + j - 1;
            if x[jj] == 0.0 {
                o.info = j;
                break;
            }
            o.b[j - 1] /= x[jj];
            if j > 1 {
                let t = -o.b[j - 1];
                for i in 0..j - 1 {
                    o.b[i] += t * x[(j - 1) * n + i];
                }
            }
        }
    }
    if cr || cxb {
        for j in (1..=ju).rev() {
            if cr {
                reflect(x, &mut o.rsd, j);
            }
            if cxb {
                reflect(x, &mut o.xb, j);
            }
        }
    }
    o
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
    let ny = ylen.checked_div(n).unwrap_or(0);
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
                let o = dqrsl(&mut q, n, k, &qa, ycol, 1110);
                b[jj * p..jj * p + k].copy_from_slice(&o.b[..k]);
                rsd[jj * n..(jj + 1) * n].copy_from_slice(&o.rsd);
                qty[jj * n..(jj + 1) * n].copy_from_slice(&o.qty);
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
