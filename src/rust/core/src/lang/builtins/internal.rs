//! `.Internal(f(args))`: R's internal functions (`names.c` entries whose eval digit Y is 1), called
//! by base's closures. The call evaluates `f`'s arguments into an argument list as for a builtin
//! (`do_internal`; byte code compiles it as `CALLBUILTIN` of `GETINTLBUILTIN`), so each argument
//! costs a cell.

use std::rc::Rc;

use once_cell::sync::Lazy;

use super::{special, Args, Builtin, Cost, EagerFn, Imp, Shape};
use crate::error::SimError;
use crate::fxhash::FxHashMap;
use crate::heap::Val;
use crate::lang::ast::Expr;
use crate::lang::eval::CallCtx;
use crate::lang::interp::{EvalResult, Flow, Interp};

pub(super) const BUILTINS: &[Builtin] = &[special(".Internal", dot_internal), special("UseMethod", use_method)];

/// An internal function that takes its arguments unevaluated.
pub(super) const fn internal_special(name: &'static str, f: super::SpecialFn) -> Builtin {
    Builtin { name, formals: &[], shape: Shape::Internal, scratch: Cost { nodes: 0, vcells: 0 }, imp: Imp::Special(f) }
}

/// An internal function with its arguments' names (positional: `.Internal` calls match by position).
pub(super) const fn internal(name: &'static str, formals: &'static [&'static str], f: EagerFn) -> Builtin {
    Builtin { name, formals, shape: Shape::Internal, scratch: Cost { nodes: 0, vcells: 0 }, imp: Imp::Eager(f) }
}

static INTERNALS: Lazy<FxHashMap<&'static str, Builtin>> = Lazy::new(|| {
    let mut m = FxHashMap::default();
    for table in [
        super::frames::INTERNALS,
        super::language::INTERNALS,
        super::deparse::INTERNALS,
        super::strings::INTERNALS,
        super::regex::INTERNALS,
        super::format::INTERNALS,
        super::random::INTERNALS,
        super::output::INTERNALS,
        super::envs::INTERNALS,
        super::math1::INTERNALS,
        super::seq::INTERNALS,
        super::sort::INTERNALS,
        super::array::INTERNALS,
        super::coerce::INTERNALS,
        super::unique::INTERNALS,
        super::data_frame::INTERNALS,
        super::apply::INTERNALS,
        super::options::INTERNALS,
        super::split::INTERNALS,
        super::list::INTERNALS,
        super::envir::INTERNALS,
        super::util::INTERNALS,
        super::character::INTERNALS,
        super::raw::INTERNALS,
        super::comment::INTERNALS,
        super::errors::INTERNALS,
        super::sysutils::INTERNALS,
        super::summary::INTERNALS,
        super::eval_internals::INTERNALS,
        super::linalg::INTERNALS,
        super::connections::INTERNALS,
        super::dotcall::INTERNALS,
        super::files::INTERNALS,
        super::bitwise::INTERNALS,
        super::datetime::INTERNALS,
        super::find_interval::INTERNALS,
        TABLE,
    ] {
        for b in table {
            let prev = m.insert(b.name, *b);
            assert!(prev.is_none(), "internal {} registered twice", b.name);
        }
    }
    m
});

const TABLE: &[Builtin] = &[internal_special("NextMethod", next_method)];

/// `.Internal(NextMethod(generic, object, ...))` in `NextMethod()`'s frame: the arguments in
/// `...` join the next method's.
fn next_method(it: &mut Interp, ctx: &CallCtx) -> EvalResult<Val> {
    let extra = it.dots_values(ctx.env).unwrap_or_default();
    it.next_method(ctx.env, extra)
}

/// The internal function `name`, if the simulator implements it.
pub fn get(name: &str) -> Option<&'static Builtin> {
    INTERNALS.get(name)
}

pub fn names() -> Vec<&'static str> {
    let mut v: Vec<&'static str> = INTERNALS.keys().copied().collect();
    v.sort_unstable();
    v
}

/// `do_internal`.
fn dot_internal(it: &mut Interp, ctx: &CallCtx) -> EvalResult<Val> {
    let inner = match ctx.call.args.first().and_then(|a| a.value.as_ref()) {
        Some(Expr::Call(c)) => c.clone(),
        _ => return Err(ctx.error("invalid .Internal() argument")),
    };
    let Expr::Sym(name) = &inner.fun else {
        return Err(ctx.error("invalid .Internal() argument"));
    };
    let Some(b) = get(name) else {
        return Err(Flow::from(
            SimError::new(format!("rheap does not simulate the .Internal function '{name}'"))
                .at_line(ctx.call.pos.line),
        ));
    };
    super::call_builtin(it, b, &inner, ctx.env, ctx.mode)
}

/// `UseMethod(generic, object)`: dispatch on the classes of `object` (by default the generic's
/// first argument) and return the method's value from the generic.
fn use_method(it: &mut Interp, ctx: &CallCtx) -> EvalResult<Val> {
    let args = &ctx.call.args;
    if args.is_empty() || args.len() > 2 {
        return Err(ctx.error(format!(
            "{} arguments passed to 'UseMethod'; 1 or 2 required",
            if args.is_empty() { "0".to_string() } else { args.len().to_string() }
        )));
    }
    let g = it.eval(
        args[0].value.as_ref().ok_or_else(|| ctx.error("'generic' argument must be a character string"))?,
        ctx.env,
        ctx.mode,
    )?;
    let generic: Rc<str> = match it.str_values(g).and_then(|s| s.into_iter().next().flatten()) {
        Some(s) if it.length(g) == 1 => s,
        _ => return Err(ctx.error("'generic' argument must be a character string")),
    };
    let object = match args.get(1).and_then(|a| a.value.as_ref()) {
        Some(e) => {
            let v = it.eval(e, ctx.env, ctx.mode)?;
            Some(if let Val::Obj(_) = v { v } else { Val::Obj(it.boxed(v)?) })
        }
        None => None,
    };
    it.use_method(&generic, object, ctx.env)
}

/// An error raised by an internal as R's `error()` raises it: named by the call of the closure
/// whose `.Internal()` runs it (an internal has no context of its own).
pub(super) fn closure_error(it: &Interp, ctx: &CallCtx, msg: impl Into<String>) -> Flow {
    match it.frames.iter().rev().find(|f| f.env == ctx.env) {
        Some(f) => {
            Flow::from(SimError::in_call(crate::lang::deparse::call_text(&f.call), msg).at_line(ctx.call.pos.line))
        }
        None => ctx.error(msg),
    }
}

/// A warning raised by an internal as R's `warning()` raises it: named by the call of the closure
/// whose `.Internal()` runs it.
pub(super) fn closure_warning(it: &mut Interp, ctx: &CallCtx, msg: impl Into<String>) -> EvalResult<()> {
    let call = match it.frames.iter().rev().find(|f| f.env == ctx.env) {
        Some(f) => crate::lang::deparse::call_text(&f.call),
        None => ctx.name(),
    };
    it.warn(Some(call), msg.into())
}

/// Arguments of internals are matched by position.
pub(super) fn positional(a: &Args, i: usize) -> Option<Val> {
    a.vals.get(i).copied().flatten()
}
