//! The distribution functions of stats (`distn.c`): `.Call(C_dnorm, x, mean, sd, log)` and the
//! other `d*`, `p*`, `q*` entry points, by `math2_1` ... `math3_2` as R's C code has them: each
//! argument coerced to double (a new vector unless it is one), the result as long as the longest,
//! the arguments recycled, NA in gives NA out and other NaN in gives NaN, "NaNs produced" when the
//! function itself made one, and the attributes of the first argument as long as the result
//! (`SHALLOW_DUPLICATE_ATTRIB`). The values come from [`crate::nmath`].

use std::rc::Rc;

use super::dotcall::{native, native_error, Native};
use crate::heap::{is_na_real, na_real, Body, Num, SexpType, Val};
use crate::lang::eval::{ArgVal, CallCtx};
use crate::lang::interp::{num_at, EvalResult, Interp, MAX_CONCRETE};
use crate::nmath::{beta, binom, distn as d, normal, t};

type F2_1 = fn(f64, f64, bool) -> f64;
type F2_2 = fn(f64, f64, bool, bool) -> f64;
type F3_1 = fn(f64, f64, f64, bool) -> f64;
type F3_2 = fn(f64, f64, f64, bool, bool) -> f64;

pub(super) const NATIVES: &[Native] = &[
    native("stats", "C_dchisq", |it, c, a| math2_1(it, c, a, d::dchisq)),
    native("stats", "C_dexp", |it, c, a| math2_1(it, c, a, d::dexp)),
    native("stats", "C_dgeom", |it, c, a| math2_1(it, c, a, d::dgeom)),
    native("stats", "C_dpois", |it, c, a| math2_1(it, c, a, d::dpois)),
    native("stats", "C_dt", |it, c, a| math2_1(it, c, a, t::dt)),
    native("stats", "C_pchisq", |it, c, a| math2_2(it, c, a, d::pchisq)),
    native("stats", "C_qchisq", |it, c, a| math2_2(it, c, a, d::qchisq)),
    native("stats", "C_pexp", |it, c, a| math2_2(it, c, a, d::pexp)),
    native("stats", "C_qexp", |it, c, a| math2_2(it, c, a, d::qexp)),
    native("stats", "C_pgeom", |it, c, a| math2_2(it, c, a, d::pgeom)),
    native("stats", "C_qgeom", |it, c, a| math2_2(it, c, a, d::qgeom)),
    native("stats", "C_ppois", |it, c, a| math2_2(it, c, a, d::ppois)),
    native("stats", "C_qpois", |it, c, a| math2_2(it, c, a, d::qpois)),
    native("stats", "C_pt", |it, c, a| math2_2(it, c, a, t::pt)),
    native("stats", "C_qt", |it, c, a| math2_2(it, c, a, t::qt)),
    native("stats", "C_dbeta", |it, c, a| math3_1(it, c, a, beta::dbeta)),
    native("stats", "C_dbinom", |it, c, a| math3_1(it, c, a, binom::dbinom)),
    native("stats", "C_dcauchy", |it, c, a| math3_1(it, c, a, d::dcauchy)),
    native("stats", "C_df", |it, c, a| math3_1(it, c, a, beta::df)),
    native("stats", "C_dgamma", |it, c, a| math3_1(it, c, a, d::dgamma)),
    native("stats", "C_dlnorm", |it, c, a| math3_1(it, c, a, d::dlnorm)),
    native("stats", "C_dlogis", |it, c, a| math3_1(it, c, a, d::dlogis)),
    native("stats", "C_dnorm", |it, c, a| math3_1(it, c, a, normal::dnorm)),
    native("stats", "C_dweibull", |it, c, a| math3_1(it, c, a, d::dweibull)),
    native("stats", "C_dunif", |it, c, a| math3_1(it, c, a, d::dunif)),
    native("stats", "C_pbeta", |it, c, a| math3_2(it, c, a, beta::pbeta)),
    native("stats", "C_qbeta", |it, c, a| math3_2(it, c, a, beta::qbeta)),
    native("stats", "C_pbinom", |it, c, a| math3_2(it, c, a, beta::pbinom)),
    native("stats", "C_qbinom", |it, c, a| math3_2(it, c, a, binom::qbinom)),
    native("stats", "C_pcauchy", |it, c, a| math3_2(it, c, a, d::pcauchy)),
    native("stats", "C_qcauchy", |it, c, a| math3_2(it, c, a, d::qcauchy)),
    native("stats", "C_pf", |it, c, a| math3_2(it, c, a, beta::pf)),
    native("stats", "C_qf", |it, c, a| math3_2(it, c, a, beta::qf)),
    native("stats", "C_pgamma", |it, c, a| math3_2(it, c, a, d::pgamma)),
    native("stats", "C_qgamma", |it, c, a| math3_2(it, c, a, d::qgamma)),
    native("stats", "C_plnorm", |it, c, a| math3_2(it, c, a, d::plnorm)),
    native("stats", "C_qlnorm", |it, c, a| math3_2(it, c, a, d::qlnorm)),
    native("stats", "C_plogis", |it, c, a| math3_2(it, c, a, d::plogis)),
    native("stats", "C_qlogis", |it, c, a| math3_2(it, c, a, d::qlogis)),
    native("stats", "C_pnorm", |it, c, a| math3_2(it, c, a, normal::pnorm)),
    native("stats", "C_qnorm", |it, c, a| math3_2(it, c, a, normal::qnorm)),
    native("stats", "C_pweibull", |it, c, a| math3_2(it, c, a, d::pweibull)),
    native("stats", "C_qweibull", |it, c, a| math3_2(it, c, a, d::qweibull)),
    native("stats", "C_punif", |it, c, a| math3_2(it, c, a, d::punif)),
    native("stats", "C_qunif", |it, c, a| math3_2(it, c, a, d::qunif)),
];

/// `asInteger(s) != 0` of a flag argument (NA counts as true, as a nonzero int).
pub(super) fn flag(it: &Interp, v: Val) -> bool {
    it.num_elt(v, 0).is_none_or(|x| x != 0.0)
}

/// `math2_1`, `math3_2` ...: `f` over the recycled first `k` arguments.
pub(super) fn math_n(
    it: &mut Interp,
    ctx: &CallCtx,
    args: &[ArgVal],
    k: usize,
    f: &dyn Fn(&[f64]) -> f64,
) -> EvalResult<Val> {
    if args.len() < k {
        return Err(native_error(it, ctx, "too few arguments"));
    }
    let vals: Vec<Val> = args[..k].iter().map(|a| a.value).collect();
    if vals.iter().any(|&v| !super::math1::is_numeric(it, v)) {
        return Err(native_error(it, ctx, "Non-numeric argument to mathematical function"));
    }
    let lens: Vec<u64> = vals.iter().map(|&v| it.length(v)).collect();
    if lens.contains(&0) {
        let id = it.new_num(SexpType::Real, 0, Num::Unknown)?;
        // math2 (SETUP_Math2) keeps the attributes of an empty first argument
        if k == 2 && lens[0] == 0 {
            it.heap.copy_attrs(vals[0], id)?;
        }
        return Ok(Val::Obj(id));
    }
    let n = *lens.iter().max().unwrap_or(&0);
    let mut coerced = Vec::with_capacity(k);
    for &v in &vals {
        let c = super::math1::coerce_real(it, v)?;
        it.heap.protect(c);
        coerced.push(c);
    }
    let y = it.new_num(SexpType::Real, n, Num::Unknown)?;
    for &c in &coerced {
        it.expand_altrep(c)?;
    }
    let contents: Vec<Num> = coerced.iter().map(|&c| it.num_content(c)).collect();
    let mut naflag = false;
    let mut point = |xs: &[f64]| -> f64 {
        if xs.iter().any(|&x| is_na_real(x)) {
            na_real()
        } else if xs.iter().any(|x| x.is_nan()) {
            f64::NAN
        } else {
            let v = f(xs);
            naflag |= v.is_nan();
            v
        }
    };
    let num = if contents.iter().any(|c| matches!(c, Num::Unknown)) {
        Num::Unknown
    } else if contents.iter().all(|c| matches!(c, Num::Fill(_))) {
        let xs: Vec<f64> = contents.iter().map(|c| num_at(c, 0).unwrap_or(f64::NAN)).collect();
        Num::Fill(point(&xs))
    } else if n <= MAX_CONCRETE {
        let mut out = Vec::with_capacity(n as usize);
        let mut xs = vec![0.0; k];
        for i in 0..n {
            for j in 0..k {
                xs[j] = num_at(&contents[j], i % lens[j]).unwrap_or(f64::NAN);
            }
            out.push(point(&xs));
        }
        Num::Values(Rc::new(out))
    } else {
        Num::Unknown
    };
    it.heap.obj_mut(y).body = Body::Num(crate::lang::interp::normalize_num(num, n));
    for w in crate::nmath::take_warnings() {
        it.warn(None, w)?;
    }
    if naflag {
        it.warn(None, "NaNs produced".to_string())?;
    }
    if let Some(j) = (0..k).find(|&j| lens[j] == n) {
        it.heap.copy_attrs(coerced[j], y)?;
    }
    Ok(Val::Obj(y))
}

fn math2_1(it: &mut Interp, ctx: &CallCtx, a: &[ArgVal], f: F2_1) -> EvalResult<Val> {
    let l = a.get(2).is_some_and(|v| flag(it, v.value));
    math_n(it, ctx, a, 2, &|x| f(x[0], x[1], l))
}

fn math2_2(it: &mut Interp, ctx: &CallCtx, a: &[ArgVal], f: F2_2) -> EvalResult<Val> {
    let (l1, l2) = (a.get(2).is_some_and(|v| flag(it, v.value)), a.get(3).is_some_and(|v| flag(it, v.value)));
    math_n(it, ctx, a, 2, &|x| f(x[0], x[1], l1, l2))
}

fn math3_1(it: &mut Interp, ctx: &CallCtx, a: &[ArgVal], f: F3_1) -> EvalResult<Val> {
    let l = a.get(3).is_some_and(|v| flag(it, v.value));
    math_n(it, ctx, a, 3, &|x| f(x[0], x[1], x[2], l))
}

fn math3_2(it: &mut Interp, ctx: &CallCtx, a: &[ArgVal], f: F3_2) -> EvalResult<Val> {
    let (l1, l2) = (a.get(3).is_some_and(|v| flag(it, v.value)), a.get(4).is_some_and(|v| flag(it, v.value)));
    math_n(it, ctx, a, 3, &|x| f(x[0], x[1], x[2], l1, l2))
}
