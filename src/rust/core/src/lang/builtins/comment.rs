//! attrib.c's `comment` attribute: `.Internal(comment(x))` and `.Internal("comment<-"(x, value))`.

use super::internal::{closure_error, internal, positional};
use super::{Args, Builtin};
use crate::heap::{SexpType, Val, NIL};
use crate::lang::eval::CallCtx;
use crate::lang::interp::{EvalResult, Interp};

pub(super) const INTERNALS: &[Builtin] =
    &[internal("comment", &["x"], comment), internal("comment<-", &["x", "value"], comment_gets)];

/// `do_comment`: `getAttrib(x, R_CommentSymbol)`, nothing allocated.
fn comment(it: &mut Interp, _ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = positional(a, 0).unwrap_or(Val::Obj(NIL));
    Ok(Val::Obj(it.heap_attr(x, "comment").unwrap_or(NIL)))
}

/// `do_commentgets`: `x` duplicated when it may be shared, a zero-length value removes the
/// comment; `setAttrib` → `commentggets`: only a character vector (or NULL) may be a comment.
fn comment_gets(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = positional(a, 0).unwrap_or(Val::Obj(NIL));
    let value = positional(a, 1).unwrap_or(Val::Obj(NIL));
    let x = if crate::lang::control::maybe_shared(it, x) && x != Val::Obj(NIL) {
        let Val::Obj(o) = x else { return Ok(x) };
        Val::Obj(it.duplicate(o)?)
    } else {
        x
    };
    let value = if it.length(value) == 0 { Val::Obj(NIL) } else { value };
    if value != Val::Obj(NIL) && it.type_of(value) != SexpType::Str {
        return Err(closure_error(it, ctx, "attempt to set invalid 'comment' attribute"));
    }
    let (Val::Obj(o), Val::Obj(v)) = (x, value) else {
        return Err(closure_error(it, ctx, "attempt to set an attribute on NULL"));
    };
    if o == NIL {
        return Err(closure_error(it, ctx, "attempt to set an attribute on NULL"));
    }
    it.heap.set_attr(o, "comment", v)?;
    Ok(x)
}
