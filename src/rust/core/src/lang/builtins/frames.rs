//! The context stack as R code sees it (`context.c`): `sys.call()`, `sys.function()`,
//! `parent.frame()`, `sys.frame()`, `sys.nframe()`, `sys.parent()`, `nargs()`, `match.call()`.
//!
//! Each is a base closure around `.Internal(...)`: the internal runs in the frame of that closure
//! and first finds the frame of the function that called it (`do_sys`: the function context whose
//! environment is the closure's caller), and counts from there.

use std::rc::Rc;

use super::internal::{internal, positional};
use super::{Args, Builtin};
use crate::error::SimError;
use crate::heap::{Body, Obj, ObjId, SexpType, Val, NIL};
use crate::lang::ast::{Arg, Call, Expr};
use crate::lang::eval::CallCtx;
use crate::lang::interp::{EvalResult, Flow, Interp};

pub(super) const INTERNALS: &[Builtin] = &[
    internal("sys.call", &["which"], sys_call),
    internal("sys.function", &["which"], sys_function),
    internal("sys.frame", &["which"], sys_frame),
    internal("sys.nframe", &[], sys_nframe),
    internal("sys.parent", &["n"], sys_parent),
    internal("parent.frame", &["n"], parent_frame),
    internal("match.call", &["definition", "call", "expand.dots", "envir"], match_call),
];

/// `do_sys`'s start: the index of the frame of the function that called the `sys.*` closure
/// running this internal (the frame whose environment is that closure's caller).
fn calling_frame(it: &Interp, ctx: &CallCtx) -> Option<usize> {
    let top = it.frames.iter().rposition(|f| f.env == ctx.env)?;
    let t = it.frames[top].caller;
    it.frames[..=top].iter().rposition(|f| f.env == t)
}

fn int_arg(it: &Interp, ctx: &CallCtx, a: &Args, i: usize, what: &str) -> EvalResult<i64> {
    match positional(a, i).and_then(|v| it.num_elt(v, 0)) {
        Some(x) if !x.is_nan() => Ok(x as i64),
        _ => Err(ctx.error(format!("invalid '{what}' argument"))),
    }
}

/// `R_syscall` and friends: frame `n` counted from the bottom when positive, back from `cptr`
/// when not. `None` is the top level.
fn frame_at(ctx: &CallCtx, cptr: Option<usize>, n: i64) -> EvalResult<Option<usize>> {
    let depth = cptr.map_or(0, |c| c as i64 + 1);
    let back = if n > 0 { depth - n } else { -n };
    if back < 0 || back > depth {
        return Err(ctx.error("not that many frames on the stack"));
    }
    Ok(if back == depth { None } else { Some((depth - 1 - back) as usize) })
}

/// `sys.call(which)`: a copy of the call (`shallow_duplicate`: its cells).
fn sys_call(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let n = int_arg(it, ctx, a, 0, "which")?;
    let cptr = calling_frame(it, ctx);
    match frame_at(ctx, cptr, n)? {
        Some(k) => {
            let call = it.frames[k].call.clone();
            Ok(Val::Obj(call_object(it, call)?))
        }
        None => Ok(Val::Obj(NIL)),
    }
}

/// A language object for a call, with its cells.
pub(crate) fn call_object(it: &mut Interp, call: Rc<Call>) -> EvalResult<ObjId> {
    let nodes = 1 + call.args.len() as u32;
    let mut o = Obj::node(SexpType::Lang, Body::Lang(Expr::Call(call)));
    o.nodes = nodes;
    Ok(it.heap.alloc(o)?)
}

/// `sys.function(which)`: a duplicate of the closure (a new node sharing its formals, body and
/// environment).
fn sys_function(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let n = int_arg(it, ctx, a, 0, "which")?;
    let cptr = calling_frame(it, ctx);
    let Some(k) = frame_at(ctx, cptr, n)? else {
        return Err(ctx.error("not that many frames on the stack"));
    };
    let f = it.frames[k].function;
    let copy = match &it.heap.obj(f).body {
        Body::Closure(c) => Obj::node(SexpType::Clo, Body::Closure(c.clone())),
        _ => return Ok(Val::Obj(f)),
    };
    let id = it.heap.alloc(copy)?;
    it.reference_children(id);
    Ok(Val::Obj(id))
}

fn sys_frame(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let n = int_arg(it, ctx, a, 0, "which")?;
    if n == 0 {
        return Ok(Val::Obj(it.global));
    }
    let cptr = calling_frame(it, ctx);
    match frame_at(ctx, cptr, n)? {
        Some(k) => {
            let env = it.frames[k].env;
            Ok(Val::Obj(escaping(it, env)))
        }
        None => Ok(Val::Obj(it.global)),
    }
}

/// An environment handed to R code outlives its call.
fn escaping(it: &mut Interp, env: ObjId) -> ObjId {
    if let Body::Env(e) = &mut it.heap.obj_mut(env).body {
        e.captured = true;
    }
    env
}

fn sys_nframe(it: &mut Interp, ctx: &CallCtx, _a: &mut Args) -> EvalResult<Val> {
    let depth = calling_frame(it, ctx).map_or(0, |c| c + 1);
    Ok(Val::Obj(it.new_num(SexpType::Int, 1, crate::heap::Num::Fill(depth as f64))?))
}

/// `sys.parent(n)`: the number of the frame `n` generations up.
fn sys_parent(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let mut n = int_arg(it, ctx, a, 0, "n")?;
    let cptr = calling_frame(it, ctx);
    let mut k = cptr;
    while n > 0 {
        let Some(i) = k else { break };
        let parent = it.frames[i].caller;
        k = it.frames[..i].iter().rposition(|f| f.env == parent);
        n -= 1;
    }
    let number = k.map_or(0, |i| i + 1);
    Ok(Val::Obj(it.new_num(SexpType::Int, 1, crate::heap::Num::Fill(number as f64))?))
}

/// `do_parentframe`: the caller of the calling function, `n` generations up.
fn parent_frame(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let mut n = int_arg(it, ctx, a, 0, "n")?;
    if n < 1 {
        return Err(ctx.error("invalid 'n' value"));
    }
    let Some(top) = it.frames.iter().rposition(|f| f.env == ctx.env) else {
        return Ok(Val::Obj(it.global));
    };
    let mut t = it.frames[top].caller;
    for i in (0..=top).rev() {
        if it.frames[i].env == t {
            if n == 1 {
                let env = it.frames[i].caller;
                return Ok(Val::Obj(escaping(it, env)));
            }
            n -= 1;
            t = it.frames[i].caller;
        }
    }
    Ok(Val::Obj(it.global))
}

/// `do_matchcall`: the call with `...` replaced by the expressions it holds and every argument
/// named by the formal it matches, in the formals' order.
fn match_call(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let def = positional(a, 0).unwrap_or(Val::Obj(NIL));
    let call = positional(a, 1).unwrap_or(Val::Obj(NIL));
    let expand = positional(a, 2).and_then(|v| it.num_elt(v, 0)).is_none_or(|x| x != 0.0);
    let envir = match positional(a, 3) {
        Some(Val::Obj(e)) if it.heap.obj(e).sexp == SexpType::Env => e,
        _ => it.global,
    };
    let fun = match def {
        Val::Obj(o) => match &it.heap.obj(o).body {
            Body::Closure(c) => c.fun.clone(),
            // a base closure the simulator runs natively: R's definition of it
            Body::Builtin(name) => match crate::lang::base_closures::base_closure(name) {
                Some(f) => f,
                None => return Err(ctx.error("invalid 'definition' argument")),
            },
            _ => return Err(ctx.error("invalid 'definition' argument")),
        },
        _ => return Err(ctx.error("invalid 'definition' argument")),
    };
    let call = match call {
        Val::Obj(o) => match &it.heap.obj(o).body {
            Body::Lang(Expr::Call(c)) => c.clone(),
            _ => return Err(ctx.error("invalid 'call' argument")),
        },
        _ => return Err(ctx.error("invalid 'call' argument")),
    };
    // `...` in the call stands for the expressions of the caller's `...`
    let mut actuals: Vec<Arg> = Vec::new();
    for arg in &call.args {
        if matches!(&arg.value, Some(Expr::Sym(s)) if &**s == "...") {
            let dots = it.dots_values(envir).unwrap_or_default();
            for d in dots {
                let e = match d.value {
                    Val::Obj(o) => match &it.heap.obj(o).body {
                        Body::Promise(p) => p.expr.clone(),
                        Body::Lang(e) => e.clone(),
                        _ => super::objects::value_expr(it, d.value),
                    },
                    v => super::objects::value_expr(it, v),
                };
                actuals.push(Arg { name: d.name.clone(), value: Some(e) });
            }
        } else {
            actuals.push(arg.clone());
        }
    }
    let formals: Vec<&str> = fun.params.iter().map(|p| &*p.name).collect();
    let slots: Vec<crate::lang::eval::ArgVal> = actuals
        .iter()
        .enumerate()
        .map(|(i, x)| crate::lang::eval::ArgVal { name: x.name.clone(), value: Val::Int(i as i32) })
        .collect();
    let matched = crate::lang::eval::match_names(&formals, slots)
        .map_err(|m| Flow::from(SimError::in_call(crate::lang::deparse::call_text(&call), m)))?;
    let mut out: Vec<Arg> = Vec::new();
    for (formal, m) in formals.iter().zip(matched) {
        match m {
            crate::lang::eval::Matched::Value(Val::Int(i)) => {
                let value = actuals[i as usize].value.clone();
                out.push(Arg { name: Some(Rc::from(*formal)), value });
            }
            crate::lang::eval::Matched::Dots(d) if !d.is_empty() => {
                let items: Vec<Arg> = d
                    .into_iter()
                    .filter_map(|x| match x.value {
                        Val::Int(i) => Some(Arg { name: x.name, value: actuals[i as usize].value.clone() }),
                        _ => None,
                    })
                    .collect();
                if expand {
                    out.extend(items);
                } else {
                    let list = Expr::Call(Rc::new(Call::new(Expr::sym("list"), items, call.pos)));
                    out.push(Arg { name: Some(Rc::from("...")), value: Some(list) });
                }
            }
            _ => {}
        }
    }
    let new = Rc::new(Call::new(call.fun.clone(), out, call.pos));
    Ok(Val::Obj(call_object(it, new)?))
}
