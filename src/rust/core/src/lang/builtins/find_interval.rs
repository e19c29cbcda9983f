//! `do_findinterval` (util.c, with `findInterval2` of appl/interv.c): one INTSXP of `x`'s length.

use super::internal::{closure_error, internal, positional};
use super::{Args, Builtin};
use crate::heap::{na_real, Num, SexpType, Val, NIL};
use crate::lang::eval::CallCtx;
use crate::lang::interp::{EvalResult, Interp};

pub(super) const INTERNALS: &[Builtin] =
    &[internal("findInterval", &["vec", "x", "rightmost.closed", "all.inside", "left.open"], find_interval)];

/// `findInterval2`: the number of `xt` below `x` (at or below unless `left_open`), with the
/// boundary rules of `left_boundary` / `right_boundary`.
fn interval(xt: &[f64], x: f64, rightmost_closed: bool, all_inside: bool, left_open: bool) -> f64 {
    let n = xt.len();
    if n == 0 {
        return 0.0;
    }
    let smaller = |v: f64| x < v || (left_open && x <= v);
    let greater = |v: f64| x > v || (!left_open && x >= v);
    if smaller(xt[0]) {
        return if all_inside || (rightmost_closed && x == xt[0]) { 1.0 } else { 0.0 };
    }
    if greater(xt[n - 1]) {
        return if all_inside || (rightmost_closed && x == xt[n - 1]) { (n - 1) as f64 } else { n as f64 };
    }
    xt.partition_point(|&v| if left_open { v < x } else { v <= x }) as f64
}

fn find_interval(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let xt = positional(a, 0).unwrap_or(Val::Obj(NIL));
    let x = positional(a, 1).unwrap_or(Val::Obj(NIL));
    if it.type_of(xt) != SexpType::Real || it.type_of(x) != SexpType::Real {
        return Err(closure_error(it, ctx, "invalid input"));
    }
    let flag = |it: &Interp, k: usize| positional(a, k).and_then(|v| it.num_elt(v, 0)).filter(|f| !f.is_nan());
    let Some(sr) = flag(it, 2) else { return Err(closure_error(it, ctx, "invalid 'rightmost.closed' argument")) };
    let Some(si) = flag(it, 3) else { return Err(closure_error(it, ctx, "invalid 'all.inside' argument")) };
    // asLogical(NA) is NA_INTEGER, which C reads as true
    let lo = flag(it, 4).is_none_or(|f| f != 0.0);
    let nx = it.length(x);
    let num = match (it.num_values(xt), it.num_values(x)) {
        (Some(v), Some(xs)) => Num::Values(std::rc::Rc::new(
            xs.iter()
                .map(|&xi| if xi.is_nan() { na_real() } else { interval(&v, xi, sr != 0.0, si != 0.0, lo) })
                .collect(),
        )),
        _ => Num::Unknown,
    };
    Ok(Val::Obj(it.new_num(SexpType::Int, nx, num)?))
}
