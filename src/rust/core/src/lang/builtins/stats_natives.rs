//! Native routines of stats that scripts reach through R's own closures, each after its C code
//! (`src/library/stats/src/*.c`), allocating what that code allocates: `complete.cases()`
//! (`C_compcases`).

use std::rc::Rc;

use super::dotcall::{native, native_error, Native};
use crate::heap::{Num, SexpType, Val};
use crate::lang::eval::{ArgVal, CallCtx};
use crate::lang::interp::{EvalResult, Interp};

pub(super) const NATIVES: &[Native] = &[
    native("stats", "C_compcases", compcases),
    native("stats", "C_cfilter", cfilter),
    native("stats", "C_Cdist", cdist),
    native("stats", "C_acf", acf),
    native("stats", "C_ApproxTest", approx_test),
    native("stats", "C_Approx", approx),
    native("stats", "C_logit_link", |it, c, a| logit(it, c, a, 0)),
    native("stats", "C_logit_linkinv", |it, c, a| logit(it, c, a, 1)),
    native("stats", "C_logit_mu_eta", |it, c, a| logit(it, c, a, 2)),
    native("stats", "C_binomial_dev_resids", binomial_dev_resids),
];

/// `acf(x, lmax, sCor)` (filter.c): `x` coerced to double, then a new `(lagmax + 1) x ns x ns`
/// double array of the auto- and cross-covariances (`acf0`: sums in double over the pairs
/// without NA, divided by their count plus the lag), scaled to correlations with the standard
/// errors in an `R_alloc` buffer, then its `dim` (a new 3-integer vector).
fn acf(it: &mut Interp, ctx: &CallCtx, a: &[ArgVal]) -> EvalResult<Val> {
    let get = |i: usize| a.get(i).map(|v| v.value).unwrap_or(Val::Obj(crate::heap::NIL));
    let x = get(0);
    let (n, ns) = match super::vectors::dims_of(it, x) {
        Some(d) if d.len() == 2 => (d[0] as usize, d[1] as usize),
        _ => (it.length(x) as usize, 1),
    };
    let lagmax = it.num_elt(get(1), 0).filter(|v| !v.is_nan()).map(|v| v as i64);
    let Some(nl) = lagmax.filter(|&l| l >= 0).map(|l| l as usize) else {
        return Err(native_error(it, ctx, "invalid 'lag.max'"));
    };
    let cor = it.num_elt(get(2), 0).is_some_and(|v| v != 0.0);
    let xr = super::coerce::coerce_vector(it, x, SexpType::Real)?;
    it.heap.protect(xr);
    let (d1, d2) = (nl + 1, ns * (nl + 1));
    let ans = it.new_num(SexpType::Real, (d1 * ns * ns) as u64, Num::Unknown)?;
    it.heap.protect(Val::Obj(ans));
    let xv = it.num_values(xr);
    if cor && n != 1 {
        it.heap.alloc_vector(SexpType::Raw, 8 * ns as u64, crate::heap::Body::Num(Num::Unknown))?;
    }
    if let Some(x) = xv {
        let mut out = vec![0.0; d1 * ns * ns];
        for u in 0..ns {
            for v in 0..ns {
                for lag in 0..=nl {
                    let (mut sum, mut nu) = (0.0, 0usize);
                    for i in 0..n.saturating_sub(lag) {
                        let (p, q) = (x[i + lag + n * u], x[i + n * v]);
                        if !p.is_nan() && !q.is_nan() {
                            nu += 1;
                            sum += p * q;
                        }
                    }
                    out[lag + d1 * u + d2 * v] = if nu > 0 { sum / (nu + lag) as f64 } else { crate::heap::na_real() };
                }
            }
        }
        if cor {
            if n == 1 {
                for u in 0..ns {
                    out[d1 * u + d2 * u] = 1.0;
                }
            } else {
                let se: Vec<f64> = (0..ns).map(|u| out[d1 * u + d2 * u].sqrt()).collect();
                for u in 0..ns {
                    for v in 0..ns {
                        for lag in 0..=nl {
                            let a = out[lag + d1 * u + d2 * v] / (se[u] * se[v]);
                            out[lag + d1 * u + d2 * v] = a.clamp(-1.0, 1.0);
                        }
                    }
                }
            }
        }
        it.heap.obj_mut(ans).body = crate::heap::Body::Num(Num::Values(Rc::new(out)));
    }
    let dim = it.new_num(SexpType::Int, 3, Num::Values(Rc::new(vec![d1 as f64, ns as f64, ns as f64])))?;
    it.heap.set_attr(ans, "dim", dim)?;
    Ok(Val::Obj(ans))
}

/// `cfilter(x, filter, sides, circular)` (filter.c): the convolution filter of `filter()`; one
/// new double vector, NA where the window leaves the series or meets a missing value.
fn cfilter(it: &mut Interp, ctx: &CallCtx, a: &[ArgVal]) -> EvalResult<Val> {
    let get = |i: usize| a.get(i).map(|v| v.value).unwrap_or(Val::Obj(crate::heap::NIL));
    let (sx, sf) = (get(0), get(1));
    if it.type_of(sx) != SexpType::Real || it.type_of(sf) != SexpType::Real {
        return Err(native_error(it, ctx, "invalid input"));
    }
    let sides = it.num_elt(get(2), 0).filter(|v| !v.is_nan());
    let circular = it.num_elt(get(3), 0).filter(|v| !v.is_nan());
    let (Some(sides), Some(circular)) = (sides, circular) else {
        return Err(native_error(it, ctx, "invalid input"));
    };
    let nx = it.length(sx) as usize;
    let values = match (it.num_values(sx), it.num_values(sf)) {
        (Some(x), Some(filter)) => {
            let nf = filter.len() as i64;
            let nshift = if sides as i64 == 2 { nf / 2 } else { 0 };
            let n = nx as i64;
            let ok = |v: f64| !v.is_nan();
            let mut out = vec![crate::heap::na_real(); nx];
            for i in 0..n {
                let mut z = 0.0;
                let mut bad = false;
                if circular == 0.0 {
                    if i + nshift - (nf - 1) < 0 || i + nshift >= n {
                        continue;
                    }
                    for j in (nshift + i - n).max(0)..nf.min(i + nshift + 1) {
                        let tmp = x[(i + nshift - j) as usize];
                        if !ok(tmp) {
                            bad = true;
                            break;
                        }
                        z += filter[j as usize] * tmp;
                    }
                } else {
                    for j in 0..nf {
                        let mut ii = i + nshift - j;
                        if ii < 0 {
                            ii += n;
                        }
                        if ii >= n {
                            ii -= n;
                        }
                        let tmp = x[ii as usize];
                        if !ok(tmp) {
                            bad = true;
                            break;
                        }
                        z += filter[j as usize] * tmp;
                    }
                }
                if !bad {
                    out[i as usize] = z;
                }
            }
            Num::Values(Rc::new(out))
        }
        _ => Num::Unknown,
    };
    Ok(Val::Obj(it.new_num(SexpType::Real, nx as u64, values)?))
}

/// `Cdist(x, method, attrs, p)` (distance.c): the `n(n-1)/2` distances between the rows of `x`
/// (`R_distance`, column by column of the lower triangle; a missing value drops its column from
/// a distance, which is then scaled up), `x` coerced to double, then each element of `attrs` set
/// as an attribute.
fn cdist(it: &mut Interp, ctx: &CallCtx, a: &[ArgVal]) -> EvalResult<Val> {
    let get = |i: usize| a.get(i).map(|v| v.value).unwrap_or(Val::Obj(crate::heap::NIL));
    let (x, attrs) = (get(0), get(2));
    let (nr, nc) = match super::vectors::dims_of(it, x) {
        Some(d) if d.len() >= 2 => (d[0] as usize, d[1] as usize),
        _ => (it.length(x) as usize, 1),
    };
    let method = it.num_elt(get(1), 0).unwrap_or(f64::NAN);
    let p = it.num_elt(get(3), 0).unwrap_or(f64::NAN);
    let n = nr * nr.saturating_sub(1) / 2;
    let ans = it.new_num(SexpType::Real, n as u64, Num::Unknown)?;
    it.heap.protect(Val::Obj(ans));
    let x = super::coerce::coerce_vector(it, x, SexpType::Real)?;
    it.heap.protect(x);
    let method = method as i64;
    if !(1..=6).contains(&method) {
        return Err(native_error(it, ctx, "distance(): invalid distance"));
    }
    if method == 6 && (!p.is_finite() || p <= 0.0) {
        return Err(native_error(it, ctx, "distance(): invalid p"));
    }
    if let Some(xv) = it.num_values(x) {
        let mut d = Vec::with_capacity(n);
        let mut warn = false;
        for j in 0..nr {
            for i in j + 1..nr {
                d.push(distance(&xv, nr, nc, i, j, method, p, &mut warn));
            }
        }
        if warn {
            it.warn(None, "treating non-finite values as NA".to_string())?;
        }
        it.heap.obj_mut(ans).body = crate::heap::Body::Num(Num::Values(Rc::new(d)));
    }
    // setAttrib(ans, install(names[i]), attrs[[i]]) for each element of attrs
    let names = it.names(attrs).unwrap_or_default();
    let elems = it.list_elems(attrs).unwrap_or_default();
    for (nm, v) in names.iter().zip(elems) {
        let name = nm.as_deref().unwrap_or("NA").to_string();
        super::attrib::set_attrib(it, ans, &name, Val::Obj(v))?;
    }
    Ok(Val::Obj(ans))
}

/// One distance of `R_distance` between rows `i1` and `i2` (`R_euclidean`, `R_maximum`,
/// `R_manhattan`, `R_canberra`, `R_dist_binary`, `R_minkowski`).
#[allow(clippy::too_many_arguments)]
fn distance(x: &[f64], nr: usize, nc: usize, i1: usize, i2: usize, method: i64, p: f64, warn: &mut bool) -> f64 {
    let na = crate::heap::na_real();
    let both = |a: f64, b: f64| !a.is_nan() && !b.is_nan();
    let (mut count, mut dist) = (0usize, if method == 2 { -f64::MAX } else { 0.0 });
    let (mut total, mut bcount, mut bdist) = (0usize, 0usize, 0usize);
    for j in 0..nc {
        let (a, b) = (x[i1 + j * nr], x[i2 + j * nr]);
        if !both(a, b) {
            continue;
        }
        match method {
            1 | 6 => {
                let dev = a - b;
                if !dev.is_nan() {
                    dist += if method == 1 { dev * dev } else { crate::nmath::round::r_pow(dev.abs(), p) };
                    count += 1;
                }
            }
            2 | 3 => {
                let dev = (a - b).abs();
                if !dev.is_nan() {
                    if method == 2 {
                        if dev > dist {
                            dist = dev;
                        }
                    } else {
                        dist += dev;
                    }
                    count += 1;
                }
            }
            4 => {
                let sum = a.abs() + b.abs();
                let diff = (a - b).abs();
                if sum > f64::MIN_POSITIVE || diff > f64::MIN_POSITIVE {
                    let mut dev = diff / sum;
                    let ok = !dev.is_nan()
                        || (!diff.is_finite() && diff == sum && {
                            dev = 1.0;
                            true
                        });
                    if ok {
                        dist += dev;
                        count += 1;
                    }
                }
            }
            _ => {
                if !(a.is_finite() && b.is_finite()) {
                    *warn = true;
                } else {
                    if a != 0.0 || b != 0.0 {
                        bcount += 1;
                        if !(a != 0.0 && b != 0.0) {
                            bdist += 1;
                        }
                    }
                    total += 1;
                }
            }
        }
    }
    if method == 5 {
        return if total == 0 {
            na
        } else if bcount == 0 {
            0.0
        } else {
            bdist as f64 / bcount as f64
        };
    }
    if count == 0 {
        return na;
    }
    if method != 2 && count != nc {
        dist /= count as f64 / nc as f64;
    }
    match method {
        1 => dist.sqrt(),
        6 => crate::nmath::round::r_pow(dist, 1.0 / p),
        _ => dist,
    }
}

/// Whether `v` is an atomic vector or a list (`isVector`).
fn is_vector(t: SexpType) -> bool {
    matches!(
        t,
        SexpType::Lgl
            | SexpType::Int
            | SexpType::Real
            | SexpType::Cplx
            | SexpType::Str
            | SexpType::Raw
            | SexpType::Vec
            | SexpType::Expr
    )
}

/// Which of `n` cases `u` leaves complete (`None`: values unknown), by `i % n` as the C loops.
fn mark_missing(it: &Interp, u: Val, keep: &mut Option<Vec<bool>>) -> Result<(), SexpType> {
    let t = it.type_of(u);
    let nas: Option<Vec<bool>> = match t {
        SexpType::Lgl | SexpType::Int | SexpType::Real | SexpType::Cplx => {
            it.num_values(u).map(|v| v.iter().map(|x| x.is_nan()).collect())
        }
        SexpType::Str => it.str_values(u).map(|v| v.iter().map(|s| s.is_none()).collect()),
        _ if it.length(u) == 0 => Some(Vec::new()),
        _ => return Err(t),
    };
    match (nas, keep.as_mut()) {
        (Some(nas), Some(k)) => {
            let n = k.len();
            for (i, na) in nas.into_iter().enumerate() {
                if na {
                    k[i % n] = false;
                }
            }
        }
        (None, _) => *keep = None,
        _ => {}
    }
    Ok(())
}

/// `compcases(args)` (complete_cases.c, `.External(C_compcases, ...)`): the number of cases
/// from the first matrix (rows), vector or data frame column, checked against the others; then one
/// `allocVector(LGLSXP, len)`, TRUE where no argument has an NA in that case. Nothing else is
/// allocated.
fn compcases(it: &mut Interp, ctx: &CallCtx, a: &[ArgVal]) -> EvalResult<Val> {
    let mut len: Option<u64> = None;
    let bad = |it: &Interp| native_error(it, ctx, "not all arguments have the same length");
    let type_error = |it: &Interp, t: &str| native_error(it, ctx, format!("invalid 'type' ({t}) of argument"));
    // the parts each argument contributes: its columns for a list, itself otherwise
    let mut parts: Vec<Val> = Vec::new();
    for arg in a {
        let s = arg.value;
        let cases = |it: &Interp, u: Val| -> Option<u64> {
            match super::vectors::dims_of(it, u) {
                Some(d) if d.len() == 2 => Some(d[0]),
                _ => None,
            }
        };
        let t = it.type_of(s);
        if t == SexpType::Vec {
            let cols = it.list_elems(s).ok_or_else(|| native_error(it, ctx, "rheap does not know the columns"))?;
            if cols.is_empty() {
                // a 0-column data frame: its row names give the cases
                if let Val::Obj(o) = s {
                    if let Some(rn) = it.heap.attr(o, "row.names") {
                        let n = it.length(Val::Obj(rn));
                        match len {
                            None => len = Some(n),
                            Some(l) if l != it.num_elt(Val::Obj(rn), 0).unwrap_or(f64::NAN) as u64 => {
                                return Err(bad(it))
                            }
                            _ => {}
                        }
                    }
                }
            }
            for c in cols {
                let u = Val::Obj(c);
                let n = match cases(it, u) {
                    Some(n) => n,
                    None if is_vector(it.type_of(u)) => it.length(u),
                    None => return Err(type_error(it, "unknown")),
                };
                match len {
                    None => len = Some(n),
                    Some(l) if l != n => return Err(bad(it)),
                    _ => {}
                }
                parts.push(u);
            }
        } else {
            let n = match cases(it, s) {
                Some(n) => n,
                None if is_vector(t) => it.length(s),
                None => return Err(type_error(it, t.type_name())),
            };
            match len {
                None => len = Some(n),
                Some(l) if l != n => return Err(bad(it)),
                _ => {}
            }
            parts.push(s);
        }
    }
    let Some(len) = len else {
        return Err(native_error(it, ctx, "no input has determined the number of cases"));
    };
    let mut keep = (len <= crate::lang::interp::MAX_CONCRETE).then(|| vec![true; len as usize]);
    for u in parts {
        if let Err(t) = mark_missing(it, u, &mut keep) {
            return Err(type_error(it, t.type_name()));
        }
    }
    let num = match keep {
        Some(k) => Num::Values(Rc::new(k.iter().map(|&b| b as i32 as f64).collect())),
        None => Num::Unknown,
    };
    Ok(Val::Obj(it.new_num(SexpType::Lgl, len, num)?))
}

/// `ApproxTest(x, y, method, f, na_rm)` (approx.c `R_approxtest`): checks only, no allocation.
fn approx_test(it: &mut Interp, ctx: &CallCtx, a: &[ArgVal]) -> EvalResult<Val> {
    let get = |i: usize| a.get(i).map(|v| v.value).unwrap_or(Val::Obj(crate::heap::NIL));
    let method = it.num_elt(get(2), 0).filter(|v| !v.is_nan()).map_or(i64::MIN, |v| v as i64);
    let f = it.num_elt(get(3), 0).unwrap_or(f64::NAN);
    let na_rm = it.num_elt(get(4), 0).is_some_and(|v| v != 0.0);
    match method {
        1 => {}
        2 => {
            if !f.is_finite() || !(0.0..=1.0).contains(&f) {
                return Err(native_error(it, ctx, "approx(): invalid f value"));
            }
        }
        _ => return Err(native_error(it, ctx, "approx(): invalid interpolation method")),
    }
    if let (Some(x), Some(y)) = (it.num_values(get(0)), it.num_values(get(1))) {
        for (xi, yi) in x.iter().zip(&y) {
            if na_rm && (xi.is_nan() || yi.is_nan()) {
                return Err(native_error(it, ctx, "approx(): attempted to interpolate NA values"));
            }
            if !na_rm && xi.is_nan() {
                return Err(native_error(it, ctx, "approx(x,y, .., na.rm=FALSE): NA values in x are not allowed"));
            }
        }
    }
    Ok(Val::Obj(crate::heap::NIL))
}

/// `Approx(x, y, v, method, yleft, yright, f, na_rm)` (approx.c `R_approxfun`): `v` coerced to
/// double, one new double vector of the interpolated values (`approx1`: bisection, then linear
/// or constant).
fn approx(it: &mut Interp, _ctx: &CallCtx, a: &[ArgVal]) -> EvalResult<Val> {
    let get = |i: usize| a.get(i).map(|v| v.value).unwrap_or(Val::Obj(crate::heap::NIL));
    let xout = super::coerce::coerce_vector(it, get(2), SexpType::Real)?;
    it.heap.protect(xout);
    let nout = it.length(xout);
    let num = |it: &Interp, i: usize| it.num_elt(get(i), 0).unwrap_or(f64::NAN);
    let kind = num(it, 3) as i64;
    let (ylow, yhigh, f) = (num(it, 4), num(it, 5), num(it, 6));
    let (f1, f2) = (1.0 - f, f);
    let values = match (it.num_values(get(0)), it.num_values(get(1)), it.num_values(xout)) {
        (Some(x), Some(y), Some(v)) => {
            let approx1 = |v: f64| -> f64 {
                let n = x.len();
                if n == 0 {
                    return f64::NAN;
                }
                let (mut i, mut j) = (0usize, n - 1);
                if v < x[i] {
                    return ylow;
                }
                if v > x[j] {
                    return yhigh;
                }
                while i + 1 < j {
                    let ij = (i + j) / 2;
                    if v < x[ij] {
                        j = ij;
                    } else {
                        i = ij;
                    }
                }
                if v == x[j] {
                    return y[j];
                }
                if v == x[i] {
                    return y[i];
                }
                if kind == 1 {
                    y[i] + (y[j] - y[i]) * ((v - x[i]) / (x[j] - x[i]))
                } else {
                    (if f1 != 0.0 { y[i] * f1 } else { 0.0 }) + (if f2 != 0.0 { y[j] * f2 } else { 0.0 })
                }
            };
            Num::Values(Rc::new(v.iter().map(|&v| if v.is_nan() { v } else { approx1(v) }).collect()))
        }
        _ => Num::Unknown,
    };
    Ok(Val::Obj(it.new_num(SexpType::Real, nout, values)?))
}

/// `THRESH` and `MTHRESH` of family.c.
const THRESH: f64 = 30.0;
const MTHRESH: f64 = -30.0;

/// The logit link of `binomial()` (family.c `logit_link` 0, `logit_linkinv` 1, `logit_mu_eta`
/// 2): a `shallow_duplicate` of the argument (its attributes kept) with the values mapped.
fn logit(it: &mut Interp, ctx: &CallCtx, a: &[ArgVal], which: u8) -> EvalResult<Val> {
    let x = a.first().map(|v| v.value).unwrap_or(Val::Obj(crate::heap::NIL));
    let arg = if which == 0 { "mu" } else { "eta" };
    let xo = it.boxed(x)?;
    let ans = it.duplicate(xo)?;
    if it.length(x) == 0 || it.type_of(x) != SexpType::Real {
        return Err(native_error(it, ctx, format!("Argument {arg} must be a nonempty numeric vector")));
    }
    let Some(v) = it.num_values(x) else {
        it.heap.obj_mut(ans).body = crate::heap::Body::Num(Num::Unknown);
        return Ok(Val::Obj(ans));
    };
    let mut out = Vec::with_capacity(v.len());
    for &e in &v {
        out.push(match which {
            0 => {
                if !(e.is_nan() || (0.0..=1.0).contains(&e)) {
                    let shown = super::format::c_g(e, 6, false, false);
                    return Err(native_error(it, ctx, format!("Value {shown} out of range (0, 1)")));
                }
                (e / (1.0 - e)).ln()
            }
            1 => {
                let tmp = if e < MTHRESH {
                    f64::EPSILON
                } else if e > THRESH {
                    1.0 / f64::EPSILON
                } else {
                    e.exp()
                };
                tmp / (1.0 + tmp)
            }
            _ => {
                let opexp = 1.0 + e.exp();
                if !(e.is_nan() || (MTHRESH..=THRESH).contains(&e)) {
                    f64::EPSILON
                } else {
                    e.exp() / (opexp * opexp)
                }
            }
        });
    }
    it.heap.obj_mut(ans).body = crate::heap::Body::Num(Num::Values(Rc::new(out)));
    Ok(Val::Obj(ans))
}

/// `binomial_dev_resids(y, mu, wt)` (family.c): `y` (coerced to double) shallow-duplicated,
/// then `2 * wt * (y log(y/mu) + (1-y) log((1-y)/(1-mu)))`.
fn binomial_dev_resids(it: &mut Interp, ctx: &CallCtx, a: &[ArgVal]) -> EvalResult<Val> {
    let get = |i: usize| a.get(i).map(|v| v.value).unwrap_or(Val::Obj(crate::heap::NIL));
    let n = it.length(get(0)) as usize;
    let (lmu, lwt) = (it.length(get(1)) as usize, it.length(get(2)) as usize);
    let y = super::coerce::coerce_vector(it, get(0), SexpType::Real)?;
    it.heap.protect(y);
    let yo = it.boxed(y)?;
    let ans = it.duplicate(yo)?;
    it.heap.protect(Val::Obj(ans));
    let mu = super::coerce::coerce_vector(it, get(1), SexpType::Real)?;
    it.heap.protect(mu);
    let wt = super::coerce::coerce_vector(it, get(2), SexpType::Real)?;
    it.heap.protect(wt);
    if lmu != n && lmu != 1 {
        return Err(native_error(it, ctx, format!("argument mu must be a numeric vector of length 1 or length {n}")));
    }
    if lwt != n && lwt != 1 {
        return Err(native_error(it, ctx, format!("argument wt must be a numeric vector of length 1 or length {n}")));
    }
    let ylogy = |y: f64, mu: f64| if y != 0.0 { y * (y / mu).ln() } else { 0.0 };
    let values = match (it.num_values(y), it.num_values(mu), it.num_values(wt)) {
        (Some(yv), Some(muv), Some(wv)) if !muv.is_empty() && !wv.is_empty() => {
            let out = (0..n)
                .map(|i| {
                    let mui = muv[if lmu > 1 { i } else { 0 }];
                    2.0 * wv[if lwt > 1 { i } else { 0 }] * (ylogy(yv[i], mui) + ylogy(1.0 - yv[i], 1.0 - mui))
                })
                .collect();
            Num::Values(Rc::new(out))
        }
        _ => Num::Unknown,
    };
    it.heap.obj_mut(ans).body = crate::heap::Body::Num(values);
    Ok(Val::Obj(ans))
}
