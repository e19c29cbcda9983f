//! `do_bitwise` (relop.c): `.Internal(bitwiseAnd/Or/Xor/Not/ShiftL/ShiftR(a, b))`. Doubles are
//! coerced to integer (`coerceVector`, a new INTSXP), then one INTSXP of the longer length (0 when
//! either is empty) is allocated and filled with recycling (`MOD_ITERATE2`).

use super::internal::{closure_error, internal, positional};
use super::{Args, Builtin};
use crate::heap::{Num, SexpType, Val, NIL};
use crate::lang::eval::CallCtx;
use crate::lang::interp::{EvalResult, Interp};

pub(super) const INTERNALS: &[Builtin] = &[
    internal("bitwiseAnd", &["a", "b"], bitwise_and),
    internal("bitwiseNot", &["a"], bitwise_not),
    internal("bitwiseOr", &["a", "b"], bitwise_or),
    internal("bitwiseXor", &["a", "b"], bitwise_xor),
    internal("bitwiseShiftL", &["a", "b"], bitwise_shift_l),
    internal("bitwiseShiftR", &["a", "b"], bitwise_shift_r),
];

fn na() -> f64 {
    crate::heap::na_real()
}

/// An argument as an INTSXP: doubles coerced (`a` always; `b` of the shifts whenever it is not
/// integer), with the C function's error for other types.
fn as_int(it: &mut Interp, ctx: &CallCtx, v: Val, any_type: bool, name: &str) -> EvalResult<Val> {
    match it.type_of(v) {
        SexpType::Int => Ok(v),
        SexpType::Real => super::coerce::coerce_vector(it, v, SexpType::Int),
        _ if any_type => super::coerce::coerce_vector(it, v, SexpType::Int),
        t => Err(closure_error(it, ctx, format!("unimplemented type '{}' in '{name}'\n", t.type_name()))),
    }
}

fn binary(
    it: &mut Interp,
    ctx: &CallCtx,
    a: &Args,
    name: &str,
    shift: bool,
    op: fn(i32, i32) -> Option<i32>,
) -> EvalResult<Val> {
    let x = as_int(it, ctx, positional(a, 0).unwrap_or(Val::Obj(NIL)), false, name)?;
    it.heap.protect(x);
    let y = positional(a, 1).unwrap_or(Val::Obj(NIL));
    let y = if shift {
        as_int(it, ctx, y, true, name)?
    } else if it.type_of(y) == SexpType::Real {
        super::coerce::coerce_vector(it, y, SexpType::Int)?
    } else {
        y
    };
    it.heap.protect(y);
    if it.type_of(x) != it.type_of(y) {
        return Err(closure_error(it, ctx, "'a' and 'b' must have the same type"));
    }
    let (m, n) = (it.length(x), it.length(y));
    let mn = if m > 0 && n > 0 { m.max(n) } else { 0 };
    let num = match (it.num_values(x), it.num_values(y)) {
        (Some(xs), Some(ys)) if mn > 0 => Num::Values(std::rc::Rc::new(
            (0..mn as usize)
                .map(|i| {
                    let (p, q) = (xs[i % xs.len()], ys[i % ys.len()]);
                    if p.is_nan() || q.is_nan() {
                        return na();
                    }
                    op(p as i32, q as i32).map_or_else(na, f64::from)
                })
                .collect(),
        )),
        _ => Num::Unknown,
    };
    Ok(Val::Obj(it.new_num(SexpType::Int, mn, num)?))
}

/// `bitwiseNot`: `~a`, NA kept.
fn bitwise_not(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = as_int(it, ctx, positional(a, 0).unwrap_or(Val::Obj(NIL)), false, "bitwNot")?;
    it.heap.protect(x);
    let n = it.length(x);
    let num = match it.num_values(x) {
        Some(xs) => Num::Values(std::rc::Rc::new(
            xs.iter().map(|&p| if p.is_nan() { na() } else { f64::from(!(p as i32)) }).collect(),
        )),
        None => Num::Unknown,
    };
    Ok(Val::Obj(it.new_num(SexpType::Int, n, num)?))
}

fn bitwise_and(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    binary(it, ctx, a, "bitwAnd", false, |p, q| Some(p & q))
}

fn bitwise_or(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    binary(it, ctx, a, "bitwOr", false, |p, q| Some(p | q))
}

fn bitwise_xor(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    binary(it, ctx, a, "bitwXor", false, |p, q| Some(p ^ q))
}

/// Shifts of the bits as unsigned; a shift outside 0..31 is NA. The unsigned result is stored in
/// an int: values past `INT_MAX` wrap (and `INT_MIN` reads as NA), as in C.
fn shift(p: i32, q: i32, left: bool) -> Option<i32> {
    if !(0..=31).contains(&q) {
        return None;
    }
    let u = p as u32;
    Some((if left { u << q } else { u >> q }) as i32).filter(|&v| v != i32::MIN)
}

fn bitwise_shift_l(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    binary(it, ctx, a, "bitShiftL", true, |p, q| shift(p, q, true))
}

fn bitwise_shift_r(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    binary(it, ctx, a, "bitShiftR", true, |p, q| shift(p, q, false))
}
