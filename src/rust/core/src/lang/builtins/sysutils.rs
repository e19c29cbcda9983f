//! sysutils.c: `.Internal(Sys.getenv(x, unset))`, read from the process environment as R's
//! `getenv()` reads it.

use super::internal::{closure_error, internal, positional};
use super::{Args, Builtin};
use crate::heap::{Elems, SexpType, Val, NIL};
use crate::lang::eval::CallCtx;
use crate::lang::interp::{EvalResult, Interp};

pub(super) const INTERNALS: &[Builtin] = &[internal("Sys.getenv", &["x", "unset"], sys_getenv)];

/// `do_getenv`: a STRSXP of `x`'s length, each variable's value `mkChar`ed (`unset`'s CHARSXP
/// when it is not set); for no names, `NAME=value` of every variable in `environ`'s order.
fn sys_getenv(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = positional(a, 0).unwrap_or(Val::Obj(NIL));
    let unset = positional(a, 1).unwrap_or(Val::Obj(NIL));
    if it.type_of(x) != SexpType::Str || it.type_of(unset) != SexpType::Str || it.length(unset) != 1 {
        return Err(closure_error(it, ctx, "wrong type for argument"));
    }
    let values: Vec<Option<String>> = match it.str_values(x) {
        Some(names) if names.is_empty() => {
            std::env::vars_os().map(|(k, v)| Some(format!("{}={}", k.to_string_lossy(), v.to_string_lossy()))).collect()
        }
        Some(names) => names.iter().map(|n| n.as_deref().and_then(|n| std::env::var(n).ok())).collect(),
        None => return Ok(Val::Obj(it.new_strs(it.length(x), Elems::Unknown)?)),
    };
    let ans = it.new_strs(values.len() as u64, Elems::Unknown)?;
    it.heap.protect(Val::Obj(ans));
    let unset_id = it.str_ids(unset).and_then(|s| s.first().copied()).unwrap_or(it.na_string);
    let mut ids = Vec::with_capacity(values.len());
    for v in &values {
        ids.push(match v {
            Some(s) => it.mk_char(s)?,
            None => unset_id,
        });
    }
    it.heap.obj_mut(ans).body = crate::heap::Body::Elems(Elems::Values(ids));
    Ok(Val::Obj(ans))
}
