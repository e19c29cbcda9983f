//! Conditions: `try()`, `tryCatch()` (error and warning handlers, `finally`), `stopifnot()`,
//! `warning()`, `suppressWarnings()`, `suppressMessages()`.

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
    special("suppressWarnings", suppress_warnings).scratch(20, 5),
    special("suppressMessages", suppress).scratch(20, 5),
    super::closure("warning", &["...", "call.", "immediate.", "noBreaks.", "domain"], 4, warning),
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
/// `doTryCatch`) add between the call and the evaluation of `expr`: with
/// `options(expressions = 100)`, `g <- function() { k <<- k + 1; g() }` run at top level as
/// `try(g())` stops at k = 88 and as `tryCatch(g(), error = )` at k = 90 (R 4.2.2; alone, at 98).
const TRY_DEPTH: u32 = 9;
const TRY_CATCH_DEPTH: u32 = 7;

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
            let text = format!("{}\n", e.try_text());
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

/// The condition object a handler receives: `list(message, call)` of class
/// `c("simpleError", "error", "condition")` (or `simpleWarning`, `warning`).
fn condition_object(it: &mut Interp, e: &SimError, warning: bool) -> EvalResult<Val> {
    let msg = it.mk_strings(&[Some(&e.message)])?;
    let list = it.new_list(vec![msg, NIL])?;
    let names = it.mk_strings(&[Some("message"), Some("call")])?;
    it.heap.set_attr(list, "names", names)?;
    let cls = if warning {
        it.mk_strings(&[Some("simpleWarning"), Some("warning"), Some("condition")])?
    } else {
        it.mk_strings(&[Some("simpleError"), Some("error"), Some("condition")])?
    };
    it.heap.set_attr(list, "class", cls)?;
    Ok(Val::Obj(list))
}

/// `warning(..., call. = TRUE)`: the message is deferred to the end of the top-level call
/// (named by the function that called `warning()`), and returned invisibly.
fn warning(it: &mut Interp, _ctx: &CallCtx, a: &mut super::Args) -> EvalResult<Val> {
    let mut message = String::new();
    for d in &a.dots {
        if let Some(items) = crate::lang::print::cat_items(it, d.value) {
            message.push_str(&items.concat());
        }
    }
    // named by the function that called warning() (the context below warning()'s own), or by
    // nothing with `call. = FALSE`
    let with_call = a.get("call.").is_none_or(|v| it.num_elt(v, 0) != Some(0.0));
    let context = if with_call { it.contexts.saturating_sub(1) } else { 0 };
    it.warn_in(context, None, message.clone())?;
    let v = it.mk_strings(&[Some(&message)])?;
    it.visible = false;
    Ok(Val::Obj(v))
}

fn suppress_warnings(it: &mut Interp, ctx: &CallCtx) -> EvalResult<Val> {
    it.warnings.muffled += 1;
    let r = suppress(it, ctx);
    it.warnings.muffled -= 1;
    r
}

/// `tryCatch(expr, error = function(e) ..., finally = ...)`.
fn try_catch(it: &mut Interp, ctx: &CallCtx) -> EvalResult<Val> {
    let expr = first_unnamed(ctx).cloned().unwrap_or(Expr::Const(crate::lang::ast::Const::Null));
    let arg = |name: &str| ctx.call.args.iter().find(|a| a.name.as_deref() == Some(name)).and_then(|a| a.value.clone());
    let on_error = arg("error").or_else(|| arg("condition"));
    let on_warning = arg("warning").or_else(|| arg("condition"));
    let finally = arg("finally");
    let mark = it.heap.root_mark();
    it.depth += TRY_CATCH_DEPTH;
    let catching = on_warning.is_some() as u32;
    it.warnings.handlers += catching;
    let r = it.eval(&expr, ctx.env, ctx.mode);
    it.warnings.handlers -= catching;
    it.depth -= TRY_CATCH_DEPTH;
    let r = match r {
        Err(f) => {
            let (handler, is_warning) = match f.kind() {
                FlowKind::Error(_) => (on_error.as_ref(), false),
                FlowKind::Warning(_) => (on_warning.as_ref(), true),
                _ => (None, false),
            };
            match (handler, f.into_kind()) {
                (Some(handler), FlowKind::Error(e) | FlowKind::Warning(e)) => {
                    it.heap.release_to(mark, None);
                    let h = it.eval(handler, ctx.env, ctx.mode)?;
                    it.heap.protect(h);
                    let cond = condition_object(it, &e, is_warning)?;
                    super::apply::call_function(it, ctx, h, vec![ArgVal { name: None, value: cond }])
                }
                (_, kind) => Err(Flow::new(kind)),
            }
        }
        ok => ok,
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
            // stopifnot's Dparse(): the first line of deparse(call, width.cutoff = 60L), " ...." if longer
            let lines = crate::lang::deparse::deparse(
                e,
                crate::lang::deparse::DEFAULT_CUTOFF,
                true,
                crate::lang::deparse::DEPARSE_DEFAULT_CONTROL,
            );
            let text = if lines.len() > 1 { format!("{} ....", lines[0]) } else { lines[0].clone() };
            let what = if it.length(v) > 1 { "are not all TRUE" } else { "is not TRUE" };
            return Err(Flow::from(SimError::new(format!("{text} {what}"))));
        }
    }
    it.visible = false;
    Ok(Val::Obj(NIL))
}
