//! Optimisation and root finding of stats: `optim()`'s `.External2(C_optim, ...)` and
//! `C_optimhess` (`optim.c`, the minimizers of `src/appl/optim.c`), `optimize()`'s
//! `.External2(C_do_fmin, ...)` (`Brent_fmin`), `uniroot()`'s `.External2(C_zeroin2, f, lower, upper,
//! f.lower, f.upper, tol, maxiter)` (`src/library/stats/src/optimize.c` `zeroin2`, `zeroin.c`
//! `R_zeroin2`: Brent's method), calling the R function as the C code does (`lang2(f, x)`
//! evaluated with a new `ScalarReal` each time).

// the loops keep the index arithmetic of the C and Fortran code they follow
#![allow(clippy::needless_range_loop)]

use std::rc::Rc;

use super::dotcall::{native, native_error, Native};
use crate::heap::{Body, Num, Obj, ObjId, SexpType, Val, NIL};
use crate::lang::eval::{ArgVal, CallCtx};
use crate::lang::interp::{EvalResult, Interp};

pub(super) const NATIVES: &[Native] = &[
    native("stats", "C_zeroin2", zeroin2),
    native("stats", "C_do_fmin", do_fmin),
    native("stats", "C_optim", optim),
    native("stats", "C_optimhess", optimhess),
];

/// `lang2(f, R_NilValue)`: the call the C code evaluates, two cells kept until it returns.
pub(super) fn lang2(it: &mut Interp) -> EvalResult<()> {
    for _ in 0..2 {
        let c: ObjId = it.heap.alloc(Obj::node(SexpType::Lang, Body::Opaque))?;
        it.heap.protect(Val::Obj(c));
    }
    Ok(())
}

/// `fcn2(x, info)`: `ScalarReal(x)` as the argument of the call, its value checked: an integer
/// or double of length one; NA and infinities replaced by the largest double (with a warning).
fn fcn2(it: &mut Interp, ctx: &CallCtx, f: Val, x: f64) -> EvalResult<f64> {
    let sx = it.new_num(SexpType::Real, 1, Num::Fill(x))?;
    let s = super::apply::call_function(it, ctx, f, vec![ArgVal { name: None, value: Val::Obj(sx) }])?;
    let bad = |it: &Interp| native_error(it, ctx, "invalid function value in 'zeroin'");
    let t = it.type_of(s);
    if !matches!(t, SexpType::Int | SexpType::Real) || it.length(s) != 1 {
        return Err(bad(it));
    }
    let Some(v) = it.num_elt(s, 0) else { return Err(bad(it)) };
    let call = super::cov::native_call(it);
    if t == SexpType::Int {
        if v.is_nan() {
            it.warn(call, "NA replaced by maximum positive value".to_string())?;
            return Ok(f64::MAX);
        }
        return Ok(v);
    }
    if !v.is_finite() {
        if v == f64::NEG_INFINITY {
            it.warn(call, "-Inf replaced by maximally negative value".to_string())?;
            return Ok(-f64::MAX);
        }
        it.warn(call, "NA/Inf replaced by maximum positive value".to_string())?;
        return Ok(f64::MAX);
    }
    Ok(v)
}

/// `zeroin2(call, op, args, rho)`: the arguments checked, `lang2`, the result (a new double
/// vector of 3: root, iterations, estimated precision), then `R_zeroin2`.
fn zeroin2(it: &mut Interp, ctx: &CallCtx, a: &[ArgVal]) -> EvalResult<Val> {
    let get = |i: usize| a.get(i).map(|v| v.value).unwrap_or(Val::Obj(NIL));
    let f = get(0);
    if !matches!(it.type_of(f), SexpType::Clo | SexpType::Builtin | SexpType::Special) {
        return Err(native_error(it, ctx, "attempt to minimize non-function"));
    }
    let real = |it: &Interp, i: usize| it.num_elt(get(i), 0).unwrap_or(crate::heap::na_real());
    let xmin = real(it, 1);
    if !xmin.is_finite() {
        return Err(native_error(it, ctx, "invalid 'xmin' value"));
    }
    let xmax = real(it, 2);
    if !xmax.is_finite() {
        return Err(native_error(it, ctx, "invalid 'xmax' value"));
    }
    if xmin >= xmax {
        return Err(native_error(it, ctx, "'xmin' not less than 'xmax'"));
    }
    let fa = real(it, 3);
    if crate::heap::is_na_real(fa) {
        return Err(native_error(it, ctx, "NA value for 'f.lower' is not allowed"));
    }
    let fb = real(it, 4);
    if crate::heap::is_na_real(fb) {
        return Err(native_error(it, ctx, "NA value for 'f.upper' is not allowed"));
    }
    let tol = real(it, 5);
    if !tol.is_finite() || tol <= 0.0 {
        return Err(native_error(it, ctx, "invalid 'tol' value"));
    }
    let maxit = real(it, 6);
    if maxit.is_nan() || maxit <= 0.0 {
        return Err(native_error(it, ctx, "'maxiter' must be positive"));
    }
    lang2(it)?;
    let res = it.new_num(SexpType::Real, 3, Num::Unknown)?;
    it.heap.protect(Val::Obj(res));
    let (root, iter, prec) = zeroin(it, ctx, f, xmin, xmax, fa, fb, tol, maxit as i64)?;
    it.heap.obj_mut(res).body = Body::Num(Num::Values(Rc::new(vec![root, iter as f64, prec])));
    Ok(Val::Obj(res))
}

/// `R_zeroin2`: Brent's root finder from a bracketing interval with known end values; returns
/// the root, the iterations used (-1: not converged) and the final bracket width.
#[allow(clippy::too_many_arguments)]
fn zeroin(
    it: &mut Interp,
    ctx: &CallCtx,
    f: Val,
    ax: f64,
    bx: f64,
    fa0: f64,
    fb0: f64,
    tol: f64,
    max_iter: i64,
) -> EvalResult<(f64, i64, f64)> {
    let (mut a, mut b, mut fa, mut fb) = (ax, bx, fa0, fb0);
    let (mut c, mut fc) = (a, fa);
    let mut maxit = max_iter + 1;
    if fa == 0.0 {
        return Ok((a, 0, 0.0));
    }
    if fb == 0.0 {
        return Ok((b, 0, 0.0));
    }
    while maxit > 0 {
        maxit -= 1;
        let prev_step = b - a;
        if fc.abs() < fb.abs() {
            a = b;
            b = c;
            c = a;
            fa = fb;
            fb = fc;
            fc = fa;
        }
        let tol_act = 2.0 * f64::EPSILON * b.abs() + tol / 2.0;
        let mut new_step = (c - b) / 2.0;
        if new_step.abs() <= tol_act || fb == 0.0 {
            return Ok((b, max_iter - maxit, (c - b).abs()));
        }
        if prev_step.abs() >= tol_act && fa.abs() > fb.abs() {
            let cb = c - b;
            let (mut p, mut q);
            if a == c {
                let t1 = fb / fa;
                p = cb * t1;
                q = 1.0 - t1;
            } else {
                q = fa / fc;
                let t1 = fb / fc;
                let t2 = fb / fa;
                p = t2 * (cb * q * (q - t1) - (b - a) * (t1 - 1.0));
                q = (q - 1.0) * (t1 - 1.0) * (t2 - 1.0);
            }
            if p > 0.0 {
                q = -q;
            } else {
                p = -p;
            }
            if p < (0.75 * cb * q - (tol_act * q).abs() / 2.0) && p < (prev_step * q / 2.0).abs() {
                new_step = p / q;
            }
        }
        if new_step.abs() < tol_act {
            new_step = if new_step > 0.0 { tol_act } else { -tol_act };
        }
        a = b;
        fa = fb;
        b += new_step;
        fb = fcn2(it, ctx, f, b)?;
        if (fb > 0.0 && fc > 0.0) || (fb < 0.0 && fc < 0.0) {
            c = a;
            fc = fa;
        }
    }
    Ok((b, -1, (c - b).abs()))
}

/// `OptStruct`: what `fminfn` and `fmingr` need (optim.c).
struct Opt {
    fcall: Val,
    gcall: Option<Val>,
    names: Option<ObjId>,
    fnscale: f64,
    parscale: Vec<f64>,
    ndeps: Vec<f64>,
}

/// `getListElement(list, name)`.
fn list_element(it: &Interp, list: Val, name: &str) -> Val {
    let names = it.names(list).unwrap_or_default();
    let elems = it.list_elems(list).unwrap_or_default();
    names.iter().zip(elems).find(|(n, _)| n.as_deref() == Some(name)).map_or(Val::Obj(NIL), |(_, e)| Val::Obj(e))
}

/// A new double vector of `p * parscale`, named as `par` was (`fminfn`/`fmingr`).
fn scaled_par(it: &mut Interp, ctx: &CallCtx, os: &Opt, p: &[f64], check: bool) -> EvalResult<ObjId> {
    if check && p.iter().any(|v| !v.is_finite()) {
        return Err(native_error(it, ctx, "non-finite value supplied by optim"));
    }
    let v: Vec<f64> = p.iter().zip(&os.parscale).map(|(p, s)| p * s).collect();
    let x = it.new_num(SexpType::Real, p.len() as u64, Num::Values(Rc::new(v)))?;
    if let Some(nm) = os.names {
        super::attrib::set_attrib(it, x, "names", Val::Obj(nm))?;
    }
    Ok(x)
}

/// Evaluate `f(x)`, coerce the result to double (`eval(OS->R_fcall)`, `coerceVector`) and
/// unprotect both: its length and values.
fn eval_at(it: &mut Interp, ctx: &CallCtx, f: Val, x: ObjId) -> EvalResult<(u64, Option<Vec<f64>>)> {
    let mark = it.heap.root_mark();
    it.heap.protect(Val::Obj(x));
    let s = super::apply::call_function(it, ctx, f, vec![ArgVal { name: None, value: Val::Obj(x) }]);
    let s = match s {
        Ok(s) => s,
        Err(e) => {
            it.heap.release_to(mark, None);
            return Err(e);
        }
    };
    it.heap.protect(s);
    let r = super::coerce::coerce_vector(it, s, SexpType::Real);
    let out = r.map(|r| (it.length(r), it.num_values(r)));
    it.heap.release_to(mark, None);
    out
}

/// `fminfn`: the objective at `p` divided by `fnscale`.
fn fminfn(it: &mut Interp, ctx: &CallCtx, os: &Opt, p: &[f64]) -> EvalResult<f64> {
    let x = scaled_par(it, ctx, os, p, true)?;
    let (n, v) = eval_at(it, ctx, os.fcall, x)?;
    if n != 1 {
        return Err(native_error(it, ctx, format!("objective function in optim evaluates to length {n} not 1")));
    }
    let v = v.ok_or_else(|| native_error(it, ctx, "rheap does not know the objective's value"))?;
    Ok(v[0] / os.fnscale)
}

/// `fmingr`: the gradient from `gr`, or central differences with steps `ndeps` (a new copy of
/// the point for each evaluation, as `MAYBE_REFERENCED(x)` after the call holds it).
fn fmingr(it: &mut Interp, ctx: &CallCtx, os: &Opt, p: &[f64]) -> EvalResult<Vec<f64>> {
    let n = p.len();
    if let Some(g) = os.gcall {
        let x = scaled_par(it, ctx, os, p, true)?;
        let (len, v) = eval_at(it, ctx, g, x)?;
        if len as usize != n {
            return Err(native_error(it, ctx, format!("gradient in optim evaluated to length {len} not {n}")));
        }
        let v = v.ok_or_else(|| native_error(it, ctx, "rheap does not know the gradient's value"))?;
        return Ok((0..n).map(|i| v[i] * os.parscale[i] / os.fnscale).collect());
    }
    let mut df = vec![0.0; n];
    let mut q = p.to_vec();
    let value = |it: &mut Interp, q: &[f64]| -> EvalResult<f64> {
        let x = scaled_par(it, ctx, os, q, false)?;
        let (_, v) = eval_at(it, ctx, os.fcall, x)?;
        let v = v.and_then(|v| v.first().copied());
        let v = v.ok_or_else(|| native_error(it, ctx, "rheap does not know the objective's value"))?;
        Ok(v / os.fnscale)
    };
    // the first point, allocated before the loop
    let x0 = scaled_par(it, ctx, os, p, false)?;
    let mark = it.heap.root_mark();
    it.heap.protect(Val::Obj(x0));
    for i in 0..n {
        let eps = os.ndeps[i];
        q[i] = p[i] + eps;
        let val1 = value(it, &q)?;
        q[i] = p[i] - eps;
        let val2 = value(it, &q)?;
        df[i] = (val1 - val2) / (2.0 * eps);
        if !df[i].is_finite() {
            it.heap.release_to(mark, None);
            return Err(native_error(it, ctx, format!("non-finite finite-difference value [{}]", i + 1)));
        }
        q[i] = p[i];
    }
    it.heap.release_to(mark, None);
    Ok(df)
}

/// The options and calls common to `optim` and `optimhess`.
fn opt_struct(
    it: &mut Interp,
    ctx: &CallCtx,
    par: Val,
    fnv: Val,
    gr: Val,
    options: Val,
    need_ndeps: bool,
) -> EvalResult<Opt> {
    let npar = it.length(par) as usize;
    let names = it.heap_attr(par, "names");
    let fnscale = it.num_elt(list_element(it, options, "fnscale"), 0).unwrap_or(f64::NAN);
    let ps = list_element(it, options, "parscale");
    if it.length(ps) as usize != npar {
        return Err(native_error(it, ctx, "'parscale' is of the wrong length"));
    }
    super::unique::r_alloc(it, npar as u64, 8)?;
    let parscale = it.num_values(ps).unwrap_or_else(|| vec![1.0; npar]);
    let gcall = if it.is_null(gr) {
        None
    } else {
        if !matches!(it.type_of(gr), SexpType::Clo | SexpType::Builtin | SexpType::Special) {
            return Err(native_error(it, ctx, "'gr' is not a function"));
        }
        Some(gr)
    };
    let mut ndeps = Vec::new();
    if need_ndeps {
        let nd = list_element(it, options, "ndeps");
        if it.length(nd) as usize != npar {
            return Err(native_error(it, ctx, "'ndeps' is of the wrong length"));
        }
        super::unique::r_alloc(it, npar as u64, 8)?;
        ndeps = it.num_values(nd).unwrap_or_else(|| vec![1e-3; npar]);
    }
    Ok(Opt { fcall: fnv, gcall, names, fnscale, parscale, ndeps })
}

/// `optim(par, fn, gr, method, options, lower, upper)` (optim.c): the result list and its
/// names, `value`, `counts` (named), `conv`, then the minimizer: `nmmin` (Nelder-Mead) or
/// `vmmin` (BFGS) of `src/appl/optim.c`, evaluating `fn` through `fminfn`/`fmingr`.
fn optim(it: &mut Interp, ctx: &CallCtx, a: &[ArgVal]) -> EvalResult<Val> {
    let get = |i: usize| a.get(i).map(|v| v.value).unwrap_or(Val::Obj(NIL));
    let (par0, fnv, gr, method, options) = (get(0), get(1), get(2), get(3), get(4));
    if !matches!(it.type_of(fnv), SexpType::Clo | SexpType::Builtin | SexpType::Special) {
        return Err(native_error(it, ctx, "'fn' is not a function"));
    }
    let tn = it.str_values(method).filter(|s| s.len() == 1).and_then(|s| s[0].clone());
    let Some(tn) = tn else { return Err(native_error(it, ctx, "invalid 'method' argument")) };
    super::unique::r_alloc(it, 1, 64)?;
    lang2(it)?;
    let par = super::coerce::coerce_vector(it, par0, SexpType::Real)?;
    let par = if par == par0 {
        let b = it.boxed(par)?;
        Val::Obj(it.duplicate(b)?)
    } else {
        par
    };
    it.heap.protect(par);
    let npar = it.length(par) as usize;
    super::unique::r_alloc(it, npar as u64, 8)?;
    super::unique::r_alloc(it, npar as u64, 8)?;
    let trace = it.num_elt(list_element(it, options, "trace"), 0).unwrap_or(0.0);
    let need_ndeps = tn.as_ref() != "Nelder-Mead" && it.is_null(gr);
    let os = opt_struct(it, ctx, par, fnv, gr, options, need_ndeps)?;
    let Some(pv) = it.num_values(par) else {
        return Err(native_error(it, ctx, "rheap does not know the parameters' values"));
    };
    let mut dpar: Vec<f64> = pv.iter().zip(&os.parscale).map(|(p, s)| p / s).collect();
    let res = it.new_list(vec![NIL; 5])?;
    it.heap.protect(Val::Obj(res));
    let names = it.mk_strings(&[Some("par"), Some("value"), Some("counts"), Some("convergence"), Some("message")])?;
    it.heap.set_attr(res, "names", names)?;
    let value = it.new_num(SexpType::Real, 1, Num::Unknown)?;
    it.heap.protect(Val::Obj(value));
    let counts = it.new_num(SexpType::Int, 2, Num::Unknown)?;
    it.heap.protect(Val::Obj(counts));
    let cn = it.mk_strings(&[Some("function"), Some("gradient")])?;
    it.heap.set_attr(counts, "names", cn)?;
    let conv = it.new_num(SexpType::Int, 1, Num::Unknown)?;
    it.heap.protect(Val::Obj(conv));
    let real = |it: &Interp, name: &str| it.num_elt(list_element(it, options, name), 0).unwrap_or(f64::NAN);
    let (abstol, reltol) = (real(it, "abstol"), real(it, "reltol"));
    let maxit = real(it, "maxit");
    if maxit.is_nan() {
        return Err(native_error(it, ctx, "'maxit' is not an integer"));
    }
    let maxit = maxit as i64;
    if trace != 0.0 {
        return Err(native_error(it, ctx, "rheap does not simulate optim()'s trace output"));
    }
    let na_int = f64::NAN;
    let (val, fncount, grcount, fail) = match tn.as_ref() {
        "Nelder-Mead" => {
            let (alpha, beta, gamma) = (real(it, "alpha"), real(it, "beta"), real(it, "gamma"));
            let r = nmmin(it, ctx, &os, &mut dpar, abstol, reltol, alpha, beta, gamma, maxit)?;
            (r.0, r.1 as f64, na_int, r.2)
        }
        "BFGS" => {
            let report = real(it, "REPORT");
            super::unique::r_alloc(it, npar as u64, 4)?;
            let r = vmmin(it, ctx, &os, &mut dpar, maxit, abstol, reltol, report)?;
            (r.0, r.1 as f64, r.2 as f64, r.3)
        }
        "SANN" | "CG" | "L-BFGS-B" => {
            return Err(native_error(it, ctx, format!("rheap does not simulate optim(method = \"{tn}\")")))
        }
        _ => return Err(native_error(it, ctx, "unknown 'method'")),
    };
    let Val::Obj(par_o) = par else { unreachable!("par is boxed") };
    let out: Vec<f64> = dpar.iter().zip(&os.parscale).map(|(p, s)| p * s).collect();
    it.heap.obj_mut(par_o).body = Body::Num(Num::Values(Rc::new(out)));
    if let Some(nm) = os.names {
        super::attrib::set_attrib(it, par_o, "names", Val::Obj(nm))?;
    }
    it.heap.obj_mut(value).body = Body::Num(Num::Fill(val * os.fnscale));
    super::models::set_vector_elt(it, res, 0, par_o);
    super::models::set_vector_elt(it, res, 1, value);
    it.heap.obj_mut(counts).body = Body::Num(Num::Values(Rc::new(vec![fncount, grcount])));
    super::models::set_vector_elt(it, res, 2, counts);
    it.heap.obj_mut(conv).body = Body::Num(Num::Fill(fail as f64));
    super::models::set_vector_elt(it, res, 3, conv);
    Ok(Val::Obj(res))
}

/// `nmmin` (src/appl/optim.c): the Nelder-Mead simplex of J.C. Nash; returns the minimum, the
/// function count and `fail`; `b` ends at the best vertex.
#[allow(clippy::too_many_arguments)]
fn nmmin(
    it: &mut Interp,
    ctx: &CallCtx,
    os: &Opt,
    b: &mut [f64],
    abstol: f64,
    intol: f64,
    alpha: f64,
    bet: f64,
    gamm: f64,
    maxit: i64,
) -> EvalResult<(f64, i64, i32)> {
    const BIG: f64 = 1.0e35;
    let n = b.len();
    if maxit <= 0 {
        let f = fminfn(it, ctx, os, b)?;
        return Ok((f, 0, 0));
    }
    // P = matrix(n, n+1): n+2 R_alloc'd blocks
    super::unique::r_alloc(it, (n + 1) as u64, 8)?;
    for _ in 0..=n {
        super::unique::r_alloc(it, (n + 2) as u64, 8)?;
    }
    let n1 = n + 1;
    let c = n + 2;
    let mut p = vec![vec![0.0; n + 2]; n + 1];
    let mut f = fminfn(it, ctx, os, b)?;
    if !f.is_finite() {
        return Err(native_error(it, ctx, "function cannot be evaluated at initial parameters"));
    }
    let mut funcount: i64 = 1;
    let convtol = intol * (f.abs() + intol);
    p[n1 - 1][0] = f;
    for i in 0..n {
        p[i][0] = b[i];
    }
    let mut l = 1usize;
    let mut size = 0.0;
    let mut step = 0.0f64;
    for &v in b.iter() {
        if 0.1 * v.abs() > step {
            step = 0.1 * v.abs();
        }
    }
    if step == 0.0 {
        step = 0.1;
    }
    for j in 2..=n1 {
        for i in 0..n {
            p[i][j - 1] = b[i];
        }
        let mut trystep = step;
        while p[j - 2][j - 1] == b[j - 2] {
            p[j - 2][j - 1] = b[j - 2] + trystep;
            trystep *= 10.0;
        }
        size += trystep;
    }
    let mut oldsize = size;
    let mut calcvert = true;
    let mut fail = 0;
    loop {
        if calcvert {
            for j in 0..n1 {
                if j + 1 != l {
                    for i in 0..n {
                        b[i] = p[i][j];
                    }
                    f = fminfn(it, ctx, os, b)?;
                    if !f.is_finite() {
                        f = BIG;
                    }
                    funcount += 1;
                    p[n1 - 1][j] = f;
                }
            }
            calcvert = false;
        }
        let mut vl = p[n1 - 1][l - 1];
        let mut vh = vl;
        let mut h = l;
        for j in 1..=n1 {
            if j != l {
                let f = p[n1 - 1][j - 1];
                if f < vl {
                    l = j;
                    vl = f;
                }
                if f > vh {
                    h = j;
                    vh = f;
                }
            }
        }
        if vh <= vl + convtol || vl <= abstol {
            break;
        }
        for i in 0..n {
            let mut temp = -p[i][h - 1];
            for j in 0..n1 {
                temp += p[i][j];
            }
            p[i][c - 1] = temp / n as f64;
        }
        for i in 0..n {
            b[i] = (1.0 + alpha) * p[i][c - 1] - alpha * p[i][h - 1];
        }
        f = fminfn(it, ctx, os, b)?;
        if !f.is_finite() {
            f = BIG;
        }
        funcount += 1;
        let vr = f;
        if vr < vl {
            p[n1 - 1][c - 1] = f;
            for i in 0..n {
                let f = gamm * b[i] + (1.0 - gamm) * p[i][c - 1];
                p[i][c - 1] = b[i];
                b[i] = f;
            }
            f = fminfn(it, ctx, os, b)?;
            if !f.is_finite() {
                f = BIG;
            }
            funcount += 1;
            if f < vr {
                for i in 0..n {
                    p[i][h - 1] = b[i];
                }
                p[n1 - 1][h - 1] = f;
            } else {
                for i in 0..n {
                    p[i][h - 1] = p[i][c - 1];
                }
                p[n1 - 1][h - 1] = vr;
            }
        } else {
            if vr < vh {
                for i in 0..n {
                    p[i][h - 1] = b[i];
                }
                p[n1 - 1][h - 1] = vr;
            }
            for i in 0..n {
                b[i] = (1.0 - bet) * p[i][h - 1] + bet * p[i][c - 1];
            }
            f = fminfn(it, ctx, os, b)?;
            if !f.is_finite() {
                f = BIG;
            }
            funcount += 1;
            if f < p[n1 - 1][h - 1] {
                for i in 0..n {
                    p[i][h - 1] = b[i];
                }
                p[n1 - 1][h - 1] = f;
            } else if vr >= vh {
                calcvert = true;
                size = 0.0;
                for j in 0..n1 {
                    if j + 1 != l {
                        for i in 0..n {
                            p[i][j] = bet * (p[i][j] - p[i][l - 1]) + p[i][l - 1];
                            size += (p[i][j] - p[i][l - 1]).abs();
                        }
                    }
                }
                if size < oldsize {
                    oldsize = size;
                } else {
                    fail = 10;
                    break;
                }
            }
        }
        if funcount > maxit {
            break;
        }
    }
    let fmin = p[n1 - 1][l - 1];
    for i in 0..n {
        b[i] = p[i][l - 1];
    }
    if funcount > maxit {
        fail = 1;
    }
    Ok((fmin, funcount, fail))
}

/// `vmmin` (src/appl/optim.c): the BFGS variable-metric method of J.C. Nash; returns the
/// minimum, the function and gradient counts and `fail`.
#[allow(clippy::too_many_arguments)]
fn vmmin(
    it: &mut Interp,
    ctx: &CallCtx,
    os: &Opt,
    b: &mut [f64],
    maxit: i64,
    abstol: f64,
    reltol: f64,
    report: f64,
) -> EvalResult<(f64, i64, i64, i32)> {
    const STEPREDN: f64 = 0.2;
    const ACCTOL: f64 = 0.0001;
    const RELTEST: f64 = 10.0;
    let n = b.len();
    if maxit <= 0 {
        let f = fminfn(it, ctx, os, b)?;
        return Ok((f, 0, 0, 0));
    }
    if report.is_nan() || report <= 0.0 {
        return Err(native_error(it, ctx, "REPORT must be > 0 (method = \"BFGS\")"));
    }
    // l, g, t, X, c, and the rows of B
    super::unique::r_alloc(it, n as u64, 4)?;
    for _ in 0..4 {
        super::unique::r_alloc(it, n as u64, 8)?;
    }
    super::unique::r_alloc(it, n as u64, 8)?;
    for i in 0..n {
        super::unique::r_alloc(it, (i + 1) as u64, 8)?;
    }
    let mut bm = vec![vec![0.0; n]; n];
    let (mut t, mut x, mut c) = (vec![0.0; n], vec![0.0; n], vec![0.0; n]);
    let mut f = fminfn(it, ctx, os, b)?;
    if !f.is_finite() {
        return Err(native_error(it, ctx, "initial value in 'vmmin' is not finite"));
    }
    let mut fmin = f;
    let (mut funcount, mut gradcount): (i64, i64) = (1, 1);
    let mut g = fmingr(it, ctx, os, b)?;
    let mut iter: i64 = 1;
    let mut ilast = gradcount;
    let mut count;
    loop {
        if ilast == gradcount {
            for i in 0..n {
                for j in 0..i {
                    bm[i][j] = 0.0;
                }
                bm[i][i] = 1.0;
            }
        }
        x.copy_from_slice(b);
        c.copy_from_slice(&g);
        let mut gradproj = 0.0;
        for i in 0..n {
            let mut s = 0.0;
            for j in 0..=i {
                s -= bm[i][j] * g[j];
            }
            for j in i + 1..n {
                s -= bm[j][i] * g[j];
            }
            t[i] = s;
            gradproj += s * g[i];
        }
        if gradproj < 0.0 {
            let mut steplength = 1.0;
            let mut accpoint = false;
            loop {
                count = 0;
                for i in 0..n {
                    b[i] = x[i] + steplength * t[i];
                    if RELTEST + x[i] == RELTEST + b[i] {
                        count += 1;
                    }
                }
                if count < n {
                    f = fminfn(it, ctx, os, b)?;
                    funcount += 1;
                    accpoint = f.is_finite() && f <= fmin + gradproj * steplength * ACCTOL;
                    if !accpoint {
                        steplength *= STEPREDN;
                    }
                }
                if count == n || accpoint {
                    break;
                }
            }
            let enough = f > abstol && (f - fmin).abs() > reltol * (fmin.abs() + reltol);
            if !enough {
                count = n;
                fmin = f;
            }
            if count < n {
                fmin = f;
                g = fmingr(it, ctx, os, b)?;
                gradcount += 1;
                iter += 1;
                let mut d1 = 0.0;
                for i in 0..n {
                    t[i] *= steplength;
                    c[i] = g[i] - c[i];
                    d1 += t[i] * c[i];
                }
                if d1 > 0.0 {
                    let mut d2 = 0.0;
                    for i in 0..n {
                        let mut s = 0.0;
                        for j in 0..=i {
                            s += bm[i][j] * c[j];
                        }
                        for j in i + 1..n {
                            s += bm[j][i] * c[j];
                        }
                        x[i] = s;
                        d2 += s * c[i];
                    }
                    d2 = 1.0 + d2 / d1;
                    for i in 0..n {
                        for j in 0..=i {
                            bm[i][j] += (d2 * t[i] * t[j] - x[i] * t[j] - t[i] * x[j]) / d1;
                        }
                    }
                } else {
                    ilast = gradcount;
                }
            } else if ilast < gradcount {
                count = 0;
                ilast = gradcount;
            }
        } else {
            count = 0;
            if ilast == gradcount {
                count = n;
            } else {
                ilast = gradcount;
            }
        }
        if iter >= maxit {
            break;
        }
        if gradcount - ilast > 2 * n as i64 {
            ilast = gradcount;
        }
        if count == n && ilast == gradcount {
            break;
        }
    }
    let fail = if iter < maxit { 0 } else { 1 };
    Ok((fmin, funcount, gradcount, fail))
}

/// `optimhess(par, fn, gr, options)` (optim.c): the Hessian by central differences of the
/// gradient (`fmingr`), symmetrized; a new matrix, dimnames from `par`'s names (duplicated).
fn optimhess(it: &mut Interp, ctx: &CallCtx, a: &[ArgVal]) -> EvalResult<Val> {
    let get = |i: usize| a.get(i).map(|v| v.value).unwrap_or(Val::Obj(NIL));
    let (par0, fnv, gr, options) = (get(0), get(1), get(2), get(3));
    super::unique::r_alloc(it, 1, 64)?;
    if !matches!(it.type_of(fnv), SexpType::Clo | SexpType::Builtin | SexpType::Special) {
        return Err(native_error(it, ctx, "'fn' is not a function"));
    }
    let npar = it.length(par0) as usize;
    let mut os = opt_struct(it, ctx, par0, fnv, gr, options, false)?;
    lang2(it)?;
    let par = super::coerce::coerce_vector(it, par0, SexpType::Real)?;
    it.heap.protect(par);
    let nd = list_element(it, options, "ndeps");
    if it.length(nd) as usize != npar {
        return Err(native_error(it, ctx, "'ndeps' is of the wrong length"));
    }
    super::unique::r_alloc(it, npar as u64, 8)?;
    os.ndeps = it.num_values(nd).unwrap_or_else(|| vec![1e-3; npar]);
    let ans = super::vectors::new_matrix(it, SexpType::Real, npar as u64, npar as u64, Num::Unknown)?;
    it.heap.protect(Val::Obj(ans));
    for _ in 0..3 {
        super::unique::r_alloc(it, npar as u64, 8)?;
    }
    let Some(pv) = it.num_values(par) else { return Ok(Val::Obj(ans)) };
    let mut dpar: Vec<f64> = pv.iter().zip(&os.parscale).map(|(p, s)| p / s).collect();
    let mut h = vec![0.0; npar * npar];
    for i in 0..npar {
        let eps = os.ndeps[i] / os.parscale[i];
        dpar[i] += eps;
        let df1 = fmingr(it, ctx, &os, &dpar)?;
        dpar[i] -= 2.0 * eps;
        let df2 = fmingr(it, ctx, &os, &dpar)?;
        for j in 0..npar {
            h[i * npar + j] = os.fnscale * (df1[j] - df2[j]) / (2.0 * eps * os.parscale[i] * os.parscale[j]);
        }
        dpar[i] += eps;
    }
    for i in 0..npar {
        for j in 0..i {
            let tmp = 0.5 * (h[i * npar + j] + h[j * npar + i]);
            h[i * npar + j] = tmp;
            h[j * npar + i] = tmp;
        }
    }
    it.heap.obj_mut(ans).body = Body::Num(Num::Values(Rc::new(h)));
    if let Some(nm) = it.heap_attr(par, "names") {
        let dm = it.new_list(vec![NIL; 2])?;
        it.heap.protect(Val::Obj(dm));
        for k in 0..2 {
            let d = it.duplicate(nm)?;
            super::models::set_vector_elt(it, dm, k, d);
        }
        super::attrib::set_attrib(it, ans, "dimnames", Val::Obj(dm))?;
    }
    Ok(Val::Obj(ans))
}

/// `fcn1(x, info)`: as [`fcn2`], but NA and both infinities become the largest double.
fn fcn1(it: &mut Interp, ctx: &CallCtx, f: Val, x: f64) -> EvalResult<f64> {
    let sx = it.new_num(SexpType::Real, 1, Num::Fill(x))?;
    let s = super::apply::call_function(it, ctx, f, vec![ArgVal { name: None, value: Val::Obj(sx) }])?;
    let t = it.type_of(s);
    let v = it.num_elt(s, 0).filter(|_| matches!(t, SexpType::Int | SexpType::Real) && it.length(s) == 1);
    let Some(v) = v else { return Err(native_error(it, ctx, "invalid function value in 'optimize'")) };
    if !v.is_finite() {
        let msg = if t == SexpType::Int {
            "NA replaced by maximum positive value"
        } else {
            "NA/Inf replaced by maximum positive value"
        };
        let call = super::cov::native_call(it);
        it.warn(call, msg.to_string())?;
        return Ok(f64::MAX);
    }
    Ok(v)
}

/// `do_fmin(f, lower, upper, tol)` (optimize.c, `optimize()`): the checks, `lang2`, the result
/// (a new double of length 1), then `Brent_fmin`: golden section and parabolic interpolation.
fn do_fmin(it: &mut Interp, ctx: &CallCtx, a: &[ArgVal]) -> EvalResult<Val> {
    let get = |i: usize| a.get(i).map(|v| v.value).unwrap_or(Val::Obj(NIL));
    let f = get(0);
    if !matches!(it.type_of(f), SexpType::Clo | SexpType::Builtin | SexpType::Special) {
        return Err(native_error(it, ctx, "attempt to minimize non-function"));
    }
    let real = |it: &Interp, i: usize| it.num_elt(get(i), 0).unwrap_or(crate::heap::na_real());
    let (ax, bx) = (real(it, 1), real(it, 2));
    if !ax.is_finite() {
        return Err(native_error(it, ctx, "invalid 'xmin' value"));
    }
    if !bx.is_finite() {
        return Err(native_error(it, ctx, "invalid 'xmax' value"));
    }
    if ax >= bx {
        return Err(native_error(it, ctx, "'xmin' not less than 'xmax'"));
    }
    let tol = real(it, 3);
    if !tol.is_finite() || tol <= 0.0 {
        return Err(native_error(it, ctx, "invalid 'tol' value"));
    }
    lang2(it)?;
    let res = it.new_num(SexpType::Real, 1, Num::Unknown)?;
    it.heap.protect(Val::Obj(res));
    let c = (3.0 - 5f64.sqrt()) * 0.5;
    let eps = f64::EPSILON.sqrt();
    let (mut a, mut b) = (ax, bx);
    let mut v = a + c * (b - a);
    let (mut w, mut x) = (v, v);
    let (mut d, mut e) = (0.0f64, 0.0f64);
    let mut fx = fcn1(it, ctx, f, x)?;
    let (mut fv, mut fw) = (fx, fx);
    let tol3 = tol / 3.0;
    loop {
        let xm = (a + b) * 0.5;
        let tol1 = eps * x.abs() + tol3;
        let t2 = tol1 * 2.0;
        if (x - xm).abs() <= t2 - (b - a) * 0.5 {
            break;
        }
        let (mut p, mut q, mut r) = (0.0f64, 0.0f64, 0.0f64);
        if e.abs() > tol1 {
            r = (x - w) * (fx - fv);
            q = (x - v) * (fx - fw);
            p = (x - v) * q - (x - w) * r;
            q = (q - r) * 2.0;
            if q > 0.0 {
                p = -p;
            } else {
                q = -q;
            }
            r = e;
            e = d;
        }
        if p.abs() >= (q * 0.5 * r).abs() || p <= q * (a - x) || p >= q * (b - x) {
            e = if x < xm { b - x } else { a - x };
            d = c * e;
        } else {
            d = p / q;
            let u = x + d;
            if u - a < t2 || b - u < t2 {
                d = if x >= xm { -tol1 } else { tol1 };
            }
        }
        let u = if d.abs() >= tol1 {
            x + d
        } else if d > 0.0 {
            x + tol1
        } else {
            x - tol1
        };
        let fu = fcn1(it, ctx, f, u)?;
        if fu <= fx {
            if u < x {
                b = x;
            } else {
                a = x;
            }
            v = w;
            w = x;
            x = u;
            fv = fw;
            fw = fx;
            fx = fu;
        } else {
            if u < x {
                a = u;
            } else {
                b = u;
            }
            if fu <= fw || w == x {
                v = w;
                fv = fw;
                w = u;
                fw = fu;
            } else if fu <= fv || v == x || v == w {
                v = u;
                fv = fu;
            }
        }
    }
    it.heap.obj_mut(res).body = Body::Num(Num::Fill(x));
    Ok(Val::Obj(res))
}
