//! eval.c: `.Internal(withVisible(x))`.

use super::internal::internal_special;
use super::Builtin;
use crate::heap::{Val, NIL};
use crate::lang::eval::CallCtx;
use crate::lang::interp::{EvalResult, Interp};

pub(super) const INTERNALS: &[Builtin] = &[internal_special("withVisible", with_visible)];

/// `do_withVisible`: evaluate `x` (forcing the promise), then a list of two and its names
/// ("value", "visible"): the value and `R_Visible` as a shared logical.
fn with_visible(it: &mut Interp, ctx: &CallCtx) -> EvalResult<Val> {
    let x = match ctx.call.args.first().and_then(|a| a.value.as_ref()) {
        Some(e) => it.eval(e, ctx.env, ctx.mode)?,
        None => Val::Obj(NIL),
    };
    let visible = it.visible;
    let x = it.boxed(x)?;
    it.heap.protect(Val::Obj(x));
    let vis = match it.scalar_logical(Some(visible)) {
        Val::Obj(o) => o,
        _ => NIL,
    };
    let ret = it.new_list(vec![x, vis])?;
    it.heap.protect(Val::Obj(ret));
    let nm = it.mk_strings(&[Some("value"), Some("visible")])?;
    it.heap.set_attr(ret, "names", nm)?;
    it.visible = true;
    Ok(Val::Obj(ret))
}
