//! One-dimensional root finding of stats: `uniroot()`'s `.External2(C_zeroin2, f, lower, upper,
//! f.lower, f.upper, tol, maxiter)` (`src/library/stats/src/optimize.c` `zeroin2`, `zeroin.c`
//! `R_zeroin2`: Brent's method), calling the R function as the C code does (`lang2(f, x)`
//! evaluated with a new `ScalarReal` each time).

use std::rc::Rc;

use super::dotcall::{native, native_error, Native};
use crate::heap::{Body, Num, Obj, ObjId, SexpType, Val, NIL};
use crate::lang::eval::{ArgVal, CallCtx};
use crate::lang::interp::{EvalResult, Interp};

pub(super) const NATIVES: &[Native] = &[native("stats", "C_zeroin2", zeroin2)];

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
