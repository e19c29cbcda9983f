//! Conditions: `try()`, `tryCatch()` (error handlers and `finally`), `stopifnot()`,
//! `suppressWarnings()`, `suppressMessages()`.

use super::special;
use super::{Builtin, Cost, Imp, Shape};
use crate::error::SimError;
use crate::heap::{Val, NIL};
use crate::lang::ast::Expr;
use crate::lang::eval::{ArgVal, CallCtx};
use crate::lang::interp::{EvalResult, Flow, FlowKind, Interp};
use crate::session::Stream;

pub(super) const BUILTINS: &[Builtin] = &[
    special("try", try_).scratch(30, 10),
    special("tryCatch", try_catch).scratch(40, 10),
    special("suppressWarnings", suppress).scratch(20, 5),
    special("suppressMessages", suppress).scratch(20, 5),
    special("stopifnot", stopifnot).scratch(30, 10),
    Builtin {
        name: "conditionMessage",
        formals: &["c"],
        shape: Shape::Closure { internal_args: 0 },
        scratch: Cost { nodes: 4, vcells: 0 },
        imp: Imp::Eager(condition_message),
    },
];

/// `conditionMessage(c)`: `c$message`.
fn condition_message(it: &mut Interp, ctx: &CallCtx, a: &mut super::Args) -> EvalResult<Val> {
    let c = a.need(ctx, "c")?;
    super::subset::dollar(it, c, "message")
}

/// Evaluation depth the closures behind `try()` (`tryCatch`, `tryCatchList`, `tryCatchOne`,
/// `doTryCatch`) and the promise of `expr` add: with `options(expressions = 100)`, a recursion
/// under `try()` stops at depth 87.
const TRY_DEPTH: u32 = 13;
const TRY_CATCH_DEPTH: u32 = 11;

fn first_unnamed<'a>(ctx: &'a CallCtx) -> Option<&'a Expr> {
    ctx.call.args.iter().find(|a| a.name.is_none()).and_then(|a| a.value.as_ref())
}

/// `try(expr, silent = FALSE)`: an error prints its message and gives a "try-error" string.
fn try_(it: &mut Interp, ctx: &CallCtx) -> EvalResult<Val> {
    let expr = first_unnamed(ctx).cloned().unwrap_or(Expr::Const(crate::lang::ast::Const::Null));
    let silent = match ctx.call.args.iter().find(|a| a.name.as_deref() == Some("silent")).and_then(|a| a.value.as_ref())
    {
        Some(e) => {
            let v = it.eval(e, ctx.env, ctx.mode)?;
            it.num_elt(v, 0).is_some_and(|x| x != 0.0)
        }
        None => false,
    };
    let mark = it.heap.root_mark();
    it.depth += TRY_DEPTH;
    let r = it.eval(&expr, ctx.env, ctx.mode);
    it.depth -= TRY_DEPTH;
    match r {
        Ok(v) => Ok(v),
        Err(f) if matches!(f.kind(), FlowKind::Error(_)) => {
            let FlowKind::Error(e) = f.into_kind() else { unreachable!("matched an error") };
            it.heap.release_to(mark, None);
            let text = match &e.call {
                Some(c) if c != crate::error::CALLER => format!("Error in {c} : {}\n", e.message),
                _ => format!("Error : {}\n", e.message),
            };
            if !silent {
                it.heap.write(Stream::Stderr, text.clone());
            }
            let s = it.mk_strings(&[Some(&text)])?;
            let cls = it.mk_strings(&[Some("try-error")])?;
            it.heap.set_attr(s, "class", cls)?;
            it.visible = false;
            Ok(Val::Obj(s))
        }
        Err(other) => Err(other),
    }
}

/// The condition object an error handler receives: `list(message, call)` of class
/// `c("simpleError", "error", "condition")`.
fn condition_object(it: &mut Interp, e: &SimError) -> EvalResult<Val> {
    let msg = it.mk_strings(&[Some(&e.message)])?;
    let list = it.new_list(vec![msg, NIL])?;
    let names = it.mk_strings(&[Some("message"), Some("call")])?;
    it.heap.set_attr(list, "names", names)?;
    let cls = it.mk_strings(&[Some("simpleError"), Some("error"), Some("condition")])?;
    it.heap.set_attr(list, "class", cls)?;
    Ok(Val::Obj(list))
}

/// `tryCatch(expr, error = function(e) ..., finally = ...)`.
fn try_catch(it: &mut Interp, ctx: &CallCtx) -> EvalResult<Val> {
    let expr = first_unnamed(ctx).cloned().unwrap_or(Expr::Const(crate::lang::ast::Const::Null));
    let arg = |name: &str| ctx.call.args.iter().find(|a| a.name.as_deref() == Some(name)).and_then(|a| a.value.clone());
    let handler = arg("error").or_else(|| arg("condition"));
    let finally = arg("finally");
    let mark = it.heap.root_mark();
    it.depth += TRY_CATCH_DEPTH;
    let r = it.eval(&expr, ctx.env, ctx.mode);
    it.depth -= TRY_CATCH_DEPTH;
    let r = match r {
        Err(f) if handler.is_some() && matches!(f.kind(), FlowKind::Error(_)) => {
            let FlowKind::Error(e) = f.into_kind() else { unreachable!("matched an error") };
            it.heap.release_to(mark, None);
            let h = it.eval(handler.as_ref().unwrap(), ctx.env, ctx.mode)?;
            it.heap.protect(h);
            let cond = condition_object(it, &e)?;
            super::apply::call_function(it, ctx, h, vec![ArgVal { name: None, value: cond }])
        }
        other => other,
    };
    if let Some(f) = finally {
        let mark = it.heap.root_mark();
        it.eval(&f, ctx.env, ctx.mode)?;
        it.heap.release_to(mark, None);
    }
    r
}

fn suppress(it: &mut Interp, ctx: &CallCtx) -> EvalResult<Val> {
    match first_unnamed(ctx) {
        Some(e) => it.eval(&e.clone(), ctx.env, ctx.mode),
        None => Ok(Val::Obj(NIL)),
    }
}

/// `stopifnot(...)`: each argument must be all TRUE.
fn stopifnot(it: &mut Interp, ctx: &CallCtx) -> EvalResult<Val> {
    for a in &ctx.call.args {
        let Some(e) = &a.value else { continue };
        let v = it.eval(e, ctx.env, ctx.mode)?;
        let ok = it.num_values(v).map(|vals| vals.iter().all(|&x| x != 0.0 && !x.is_nan()));
        if ok == Some(false) {
            let text = crate::lang::label::expr_text(e);
            let what = if it.length(v) > 1 { "are not all TRUE" } else { "is not TRUE" };
            return Err(Flow::from(SimError::new(format!("{text} {what}"))));
        }
    }
    it.visible = false;
    Ok(Val::Obj(NIL))
}
