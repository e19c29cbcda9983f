//! `cor()`, `cov()` and `var()` of stats: `.Call(C_cor | C_cov, x, y, na.method, kendall)`
//! (`src/library/stats/src/cov.c`, `corcov`), computed as the C code computes them: sums in
//! `LDOUBLE` (x87 long double, [`LongDouble`]; plain doubles when a value is not finite), means in
//! two passes, Kendall's tau from the signs of all pairs.

use std::rc::Rc;

use super::dotcall::{native, native_error, Native};
use crate::heap::{na_real, Body, Num, ObjId, SexpType, Val, NIL};
use crate::lang::eval::{ArgVal, CallCtx};
use crate::lang::interp::{EvalResult, Interp};
use crate::lang::ldouble::LongDouble;

pub(super) const NATIVES: &[Native] = &[
    native("stats", "C_cor", |it, c, a| corcov(it, c, a, true)),
    native("stats", "C_cov", |it, c, a| corcov(it, c, a, false)),
];

/// The arithmetic of an `LDOUBLE` accumulator.
trait Acc: Copy + std::ops::Add<Output = Self> + std::ops::Sub<Output = Self> + std::ops::Mul<Output = Self> {
    fn of(x: f64) -> Self;
    fn get(self) -> f64;
    fn div(self, o: Self) -> Self;
    /// `SQRTL`
    fn sqrt(self) -> Self;
}

impl Acc for f64 {
    fn of(x: f64) -> f64 {
        x
    }
    fn get(self) -> f64 {
        self
    }
    fn div(self, o: f64) -> f64 {
        self / o
    }
    fn sqrt(self) -> f64 {
        f64::sqrt(self)
    }
}

impl Acc for LongDouble {
    fn of(x: f64) -> LongDouble {
        LongDouble::from_f64(x)
    }
    fn get(self) -> f64 {
        self.to_f64()
    }
    fn div(self, o: LongDouble) -> LongDouble {
        self / o
    }
    /// The double root refined by one Newton step in long double.
    fn sqrt(self) -> LongDouble {
        let s = self.to_f64().sqrt();
        if s == 0.0 || !s.is_finite() {
            return LongDouble::from_f64(s);
        }
        let s = LongDouble::from_f64(s);
        (s + self / s) / LongDouble::from_f64(2.0)
    }
}

fn sign(x: f64) -> f64 {
    if x > 0.0 {
        1.0
    } else if x < 0.0 {
        -1.0
    } else if x == 0.0 {
        0.0
    } else {
        x
    }
}

fn clamp(x: f64) -> f64 {
    x.clamp(-1.0, 1.0)
}

/// What `corcov` computes: the columns of `x` and (`None`: `var(x)`) `y`, the rows used
/// (`ind`, for "all.obs"/"complete"), and the mode.
struct Job<'a> {
    n: usize,
    x: &'a [f64],
    ncx: usize,
    y: Option<&'a [f64]>,
    ncy: usize,
    cor: bool,
    kendall: bool,
}

impl Job<'_> {
    fn ycol(&self, j: usize) -> &[f64] {
        let n = self.n;
        match self.y {
            Some(y) => &y[j * n..(j + 1) * n],
            None => &self.x[j * n..(j + 1) * n],
        }
    }
    fn xcol(&self, i: usize) -> &[f64] {
        &self.x[i * self.n..(i + 1) * self.n]
    }

    /// `MEAN(X)` / `MEAN_(X, has_na)`: the mean of the rows kept, refined by a second pass.
    fn mean<A: Acc>(&self, xx: &[f64], keep: &dyn Fn(usize) -> bool, nobs: usize) -> f64 {
        let mut sum = A::of(0.0);
        for (k, &v) in xx.iter().enumerate() {
            if keep(k) {
                sum = sum + A::of(v);
            }
        }
        let nn = A::of(nobs as f64);
        let mut tmp = sum.div(nn);
        if tmp.get().is_finite() {
            let mut s2 = A::of(0.0);
            for (k, &v) in xx.iter().enumerate() {
                if keep(k) {
                    s2 = s2 + (A::of(v) - tmp);
                }
            }
            tmp = tmp + s2.div(nn);
        }
        tmp.get()
    }

    /// `cov_complete1/2` (`keep`: the complete rows) and `cov_na_1/2` (`keep`: all rows, columns
    /// with an NA give NA): the covariance or correlation matrix.
    fn complete<A: Acc>(
        &self,
        keep: &dyn Fn(usize) -> bool,
        na_x: &[bool],
        na_y: &[bool],
        sd_0: &mut bool,
    ) -> Vec<f64> {
        let (n, ncx, ncy) = (self.n, self.ncx, self.ncy);
        let sym = self.y.is_none();
        let mut ans = vec![0.0; ncx * ncy];
        let nobs = (0..n).filter(|&k| keep(k)).count();
        if nobs <= 1 {
            return vec![na_real(); ncx * ncy];
        }
        let n1 = A::of((nobs - 1) as f64);
        let xm: Vec<f64> = (0..ncx)
            .map(|i| if na_x[i] || self.kendall { na_real() } else { self.mean::<A>(self.xcol(i), keep, nobs) })
            .collect();
        let ym: Vec<f64> = if sym {
            xm.clone()
        } else {
            (0..ncy)
                .map(|j| if na_y[j] || self.kendall { na_real() } else { self.mean::<A>(self.ycol(j), keep, nobs) })
                .collect()
        };
        for i in 0..ncx {
            let xx = self.xcol(i);
            let jmax = if sym { i + 1 } else { ncy };
            for j in 0..jmax {
                let v = if na_x[i] || na_y[j] {
                    na_real()
                } else {
                    let yy = self.ycol(j);
                    let mut sum = A::of(0.0);
                    if !self.kendall {
                        let (xxm, yym) = (A::of(xm[i]), A::of(ym[j]));
                        for k in 0..n {
                            if keep(k) {
                                sum = sum + (A::of(xx[k]) - xxm) * (A::of(yy[k]) - yym);
                            }
                        }
                        sum.div(n1).get()
                    } else {
                        for k in 0..n {
                            if keep(k) {
                                for m in 0..n {
                                    if keep(m) {
                                        sum = sum + A::of(sign(xx[k] - xx[m]) * sign(yy[k] - yy[m]));
                                    }
                                }
                            }
                        }
                        sum.get()
                    }
                };
                ans[i + j * ncx] = v;
                if sym {
                    ans[j + i * ncx] = v;
                }
            }
        }
        if !self.cor {
            return ans;
        }
        if sym {
            // cov_complete1 / cov_na_1: the standard deviations from the diagonal
            let sd: Vec<f64> = (0..ncx).map(|i| ans[i * (ncx + 1)].sqrt()).collect();
            for i in 0..ncx {
                for j in (0..i).filter(|_| !na_x[i]) {
                    if sd[i] == 0.0 || sd[j] == 0.0 {
                        *sd_0 = true;
                        ans[i + j * ncx] = na_real();
                        ans[j + i * ncx] = na_real();
                    } else if !na_x[j] {
                        let v = clamp(ans[i + j * ncx] / (sd[i] * sd[j]));
                        ans[i + j * ncx] = v;
                        ans[j + i * ncx] = v;
                    }
                }
                ans[i * (ncx + 1)] = 1.0;
            }
            return ans;
        }
        // cov_complete2 / cov_na_2: COV_SDEV of each column
        let sdev = |col: &[f64], m: f64| -> f64 {
            let mut sum = A::of(0.0);
            if !self.kendall {
                let m = A::of(m);
                for (k, &v) in col.iter().enumerate() {
                    if keep(k) {
                        sum = sum + (A::of(v) - m) * (A::of(v) - m);
                    }
                }
                sum = sum.div(n1);
            } else {
                for k in 0..n {
                    if keep(k) {
                        for l in 0..n {
                            if keep(l) && col[k] != col[l] {
                                sum = sum + A::of(1.0);
                            }
                        }
                    }
                }
            }
            sum.sqrt().get()
        };
        let xs: Vec<f64> = (0..ncx).map(|i| if na_x[i] { 0.0 } else { sdev(self.xcol(i), xm[i]) }).collect();
        let ys: Vec<f64> = (0..ncy).map(|j| if na_y[j] { 0.0 } else { sdev(self.ycol(j), ym[j]) }).collect();
        for i in 0..ncx {
            for j in 0..ncy {
                if na_x[i] || na_y[j] {
                    continue;
                }
                if xs[i] == 0.0 || ys[j] == 0.0 {
                    *sd_0 = true;
                    ans[i + j * ncx] = na_real();
                } else {
                    ans[i + j * ncx] = clamp(ans[i + j * ncx] / (xs[i] * ys[j]));
                }
            }
        }
        ans
    }

    /// `cov_pairwise1/2` (`COV_PAIRWISE_BODY`): each pair of columns over the rows where both
    /// are present.
    fn pairwise<A: Acc>(&self, sd_0: &mut bool) -> Vec<f64> {
        let (n, ncx, ncy) = (self.n, self.ncx, self.ncy);
        let sym = self.y.is_none();
        let mut ans = vec![0.0; ncx * ncy];
        for i in 0..ncx {
            let xx = self.xcol(i);
            let jmax = if sym { i + 1 } else { ncy };
            for j in 0..jmax {
                let yy = self.ycol(j);
                let ok = |k: usize| !(xx[k].is_nan() || yy[k].is_nan());
                let nobs = (0..n).filter(|&k| ok(k)).count();
                let v = if nobs >= 2 {
                    let (mut xmean, mut ymean) = (A::of(0.0), A::of(0.0));
                    let (mut sum, mut xsd, mut ysd) = (A::of(0.0), A::of(0.0), A::of(0.0));
                    if !self.kendall {
                        for k in (0..n).filter(|&k| ok(k)) {
                            xmean = xmean + A::of(xx[k]);
                            ymean = ymean + A::of(yy[k]);
                        }
                        xmean = xmean.div(A::of(nobs as f64));
                        ymean = ymean.div(A::of(nobs as f64));
                    }
                    for k in (0..n).filter(|&k| ok(k)) {
                        let mut add = |xm: A, ym: A| {
                            sum = sum + xm * ym;
                            if self.cor {
                                xsd = xsd + xm * xm;
                                ysd = ysd + ym * ym;
                            }
                        };
                        if !self.kendall {
                            add(A::of(xx[k]) - xmean, A::of(yy[k]) - ymean);
                        } else {
                            for m in (0..k).filter(|&m| ok(m)) {
                                add(A::of(sign(xx[k] - xx[m])), A::of(sign(yy[k] - yy[m])));
                            }
                        }
                    }
                    let n1 = A::of((nobs - 1) as f64);
                    if self.cor {
                        if xsd.get() == 0.0 || ysd.get() == 0.0 {
                            *sd_0 = true;
                            na_real()
                        } else {
                            if !self.kendall {
                                xsd = xsd.div(n1);
                                ysd = ysd.div(n1);
                                sum = sum.div(n1);
                            }
                            clamp(sum.div(xsd.sqrt() * ysd.sqrt()).get())
                        }
                    } else if !self.kendall {
                        sum.div(n1).get()
                    } else {
                        sum.get()
                    }
                } else {
                    na_real()
                };
                ans[i + j * ncx] = v;
                if sym {
                    ans[j + i * ncx] = v;
                }
            }
        }
        ans
    }
}

pub(super) fn is_factor(it: &Interp, v: Val) -> bool {
    it.type_of(v) == SexpType::Int
        && it
            .heap_attr(v, "class")
            .and_then(|c| it.str_values(Val::Obj(c)))
            .is_some_and(|c| c.iter().any(|s| s.as_deref() == Some("factor")))
}

/// `corcov(x, y, na_method, kendall, cor)`: `x` (and `y`) coerced to double, the answer matrix
/// (or vector), the work vectors of the chosen method (`xm`, `ym`, `ind`, `has_na_y`), then the
/// dimnames: a new list of two duplicated column-name vectors.
fn corcov(it: &mut Interp, ctx: &CallCtx, a: &[ArgVal], cor: bool) -> EvalResult<Val> {
    let get = |i: usize| a.get(i).map(|v| v.value).unwrap_or(Val::Obj(NIL));
    let (x0, y0) = (get(0), get(1));
    if it.is_null(x0) {
        return Err(native_error(it, ctx, "'x' is NULL"));
    }
    const FACTOR_MSG: &str = "Calling var(x) on a factor x is defunct.\n  Use something like 'all(duplicated(x)[-1L])' to test for a constant vector.";
    if is_factor(it, x0) {
        return Err(native_error(it, ctx, FACTOR_MSG));
    }
    let x = super::coerce::coerce_vector(it, x0, SexpType::Real)?;
    it.heap.protect(x);
    let xdim = super::vectors::dims_of(it, x).filter(|d| d.len() == 2);
    let mut ansmat = xdim.is_some();
    let (n, ncx) = match &xdim {
        Some(d) => (d[0] as usize, d[1] as usize),
        None => (it.length(x) as usize, 1),
    };
    let has_y = !it.is_null(y0);
    let (y, ncy) = if has_y {
        if is_factor(it, y0) {
            return Err(native_error(it, ctx, FACTOR_MSG));
        }
        let y = super::coerce::coerce_vector(it, y0, SexpType::Real)?;
        it.heap.protect(y);
        let ncy = match super::vectors::dims_of(it, y).filter(|d| d.len() == 2) {
            Some(d) => {
                if d[0] as usize != n {
                    return Err(native_error(it, ctx, "incompatible dimensions"));
                }
                ansmat = true;
                d[1] as usize
            }
            None => {
                if it.length(y) as usize != n {
                    return Err(native_error(it, ctx, "incompatible dimensions"));
                }
                1
            }
        };
        (Some(y), ncy)
    } else {
        (None, ncx)
    };
    let method = it.num_elt(get(2), 0).filter(|v| !v.is_nan()).map_or(i64::MIN, |v| v as i64);
    let kendall = it.num_elt(get(3), 0).is_some_and(|v| v != 0.0 && !v.is_nan());
    let (na_fail, pair, everything, empty_err) = match method {
        1 => (true, false, false, true),
        2 => {
            if it.length(x) == 0 {
                return Err(native_error(it, ctx, "no complete element pairs"));
            }
            (false, false, false, true)
        }
        3 => (false, true, false, true),
        4 => (false, false, true, false),
        5 => (false, false, false, false),
        _ => return Err(native_error(it, ctx, "invalid 'use' (computational method)")),
    };
    if empty_err && it.length(x) == 0 {
        return Err(native_error(it, ctx, "'x' is empty"));
    }
    let ans = if ansmat {
        super::vectors::new_matrix(it, SexpType::Real, ncx as u64, ncy as u64, Num::Unknown)?
    } else {
        it.new_num(SexpType::Real, (ncx * ncy) as u64, Num::Unknown)?
    };
    it.heap.protect(Val::Obj(ans));
    // the work vectors, in the C code's order
    if everything {
        it.new_num(SexpType::Real, ncx as u64, Num::Unknown)?;
        if has_y {
            it.new_num(SexpType::Real, ncy as u64, Num::Unknown)?;
        }
        it.new_num(SexpType::Lgl, ncx as u64, Num::Unknown)?;
        if has_y {
            it.new_num(SexpType::Lgl, ncy as u64, Num::Unknown)?;
        }
    } else if !pair {
        it.new_num(SexpType::Real, ncx as u64, Num::Unknown)?;
        if has_y {
            it.new_num(SexpType::Real, ncy as u64, Num::Unknown)?;
        }
        it.new_num(SexpType::Int, n as u64, Num::Unknown)?;
    }
    let xv = it.num_values(x);
    let yv = match y {
        Some(y) => it.num_values(y).map(Some),
        None => Some(None),
    };
    let mut sd_0 = false;
    if let (Some(xv), Some(yv)) = (xv, yv) {
        let job = Job { n, x: &xv, ncx, y: yv.as_deref(), ncy, cor, kendall };
        let finite = xv.iter().chain(yv.iter().flatten()).all(|v| v.is_finite() || v.is_nan());
        let values = if pair {
            if finite {
                job.pairwise::<LongDouble>(&mut sd_0)
            } else {
                job.pairwise::<f64>(&mut sd_0)
            }
        } else {
            let col_na = |v: &[f64], nc: usize| -> Vec<bool> {
                (0..nc).map(|j| v[j * n..(j + 1) * n].iter().any(|z| z.is_nan())).collect()
            };
            let (na_x, na_y, keep): (Vec<bool>, Vec<bool>, Vec<bool>) = if everything {
                let nx = col_na(&xv, ncx);
                let ny = match &yv {
                    Some(y) => col_na(y, ncy),
                    None => nx.clone(),
                };
                (nx, ny, vec![true; n])
            } else {
                // complete1/complete2
                let mut keep = vec![true; n];
                for col in xv.chunks(n.max(1)).chain(yv.iter().flat_map(|y| y.chunks(n.max(1)))) {
                    for (k, z) in col.iter().enumerate() {
                        if z.is_nan() {
                            if na_fail {
                                return Err(native_error(it, ctx, "missing observations in cov/cor"));
                            }
                            keep[k] = false;
                        }
                    }
                }
                (vec![false; ncx], vec![false; ncy], keep)
            };
            // everything with all-NA-free data, or complete rows: finite sums unless a value
            // kept is infinite
            let finite = finite
                && (0..n).filter(|&k| keep[k]).all(|k| {
                    (0..ncx).all(|i| xv[i * n + k].is_finite() || na_x[i])
                        && yv.as_ref().is_none_or(|y| (0..ncy).all(|j| y[j * n + k].is_finite() || na_y[j]))
                });
            let keep_fn = |k: usize| keep[k];
            let v = if finite {
                job.complete::<LongDouble>(&keep_fn, &na_x, &na_y, &mut sd_0)
            } else {
                job.complete::<f64>(&keep_fn, &na_x, &na_y, &mut sd_0)
            };
            if !everything && empty_err && !keep.iter().any(|&k| k) {
                return Err(native_error(it, ctx, "no complete element pairs"));
            }
            v
        };
        it.heap.obj_mut(ans).body = Body::Num(Num::Values(Rc::new(values)));
    }
    if ansmat {
        let cols = |it: &Interp, v: Val| -> Option<ObjId> {
            let dn = it.heap_attr(v, "dimnames")?;
            let e = it.list_elems(Val::Obj(dn))?;
            e.get(1).copied().filter(|&c| !it.is_null(Val::Obj(c)))
        };
        let (cx, cy) = match y {
            None => {
                let c = cols(it, x);
                (c, c)
            }
            Some(y) => (cols(it, x), cols(it, y)),
        };
        if cx.is_some() || cy.is_some() {
            let ind = it.new_list(vec![NIL; 2])?;
            it.heap.protect(Val::Obj(ind));
            for (k, c) in [cx, cy].into_iter().enumerate() {
                if let Some(c) = c {
                    let d = it.duplicate(c)?;
                    super::models::set_vector_elt(it, ind, k, d);
                }
            }
            super::attrib::set_attrib(it, ans, "dimnames", Val::Obj(ind))?;
        }
    }
    if sd_0 {
        it.warn(native_call(it), "the standard deviation is zero".to_string())?;
    }
    Ok(Val::Obj(ans))
}

/// The call a native routine's warning names: the closure that made the foreign call.
pub(super) fn native_call(it: &Interp) -> Option<String> {
    it.frames.last().map(|f| crate::lang::deparse::call_text(&f.call))
}
