//! envir.c internals beside those of `envs.rs`: `.Internal(env2list(x, all.names, sorted))`,
//! which `as.list.environment()` calls, `.Internal(get0(...))`; and builtin.c's
//! `.Internal(delayedAssign(x, value, eval.env, assign.env))`.

use super::envs::env_names;
use super::internal::{closure_error, internal, positional};
use super::{Args, Builtin};
use crate::heap::{Elems, SexpType, Val, NIL};
use crate::lang::ast::Sym;
use crate::lang::eval::CallCtx;
use crate::lang::interp::{EvalResult, Interp};

pub(super) const BUILTINS: &[Builtin] = &[super::primitive("pos.to.env", &["x"], pos_to_env)];

/// `do_pos2env` (`pos2env`): -1 is the environment the innermost closure call was made from
/// (`sysparent`), 1 the global environment; the search path's other positions are not
/// simulated environments.
fn pos_to_env(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = a.need(ctx, "x")?;
    let pos = super::coerce::coerce_vector(it, x, SexpType::Int)?;
    let invalid = || ctx.error("invalid 'pos' argument");
    if it.length(pos) != 1 {
        return Err(if it.length(pos) == 0 {
            invalid()
        } else {
            ctx.error("rheap simulates pos.to.env() of one position")
        });
    }
    match it.num_elt(pos, 0) {
        Some(-1.0) => {
            let frame = it.frames.iter().rev().find(|f| f.env == ctx.env).or(it.frames.last());
            match frame {
                Some(f) => Ok(Val::Obj(f.caller)),
                None => Err(ctx.error("no enclosing environment")),
            }
        }
        Some(1.0) => Ok(Val::Obj(it.global)),
        Some(p) if p > 1.0 => Err(ctx.error("rheap does not simulate pos.to.env() of a search path position")),
        _ => Err(invalid()),
    }
}

pub(super) const INTERNALS: &[Builtin] = &[
    internal("env2list", &["x", "all.names", "sorted"], env2list),
    internal("get0", &["x", "envir", "mode", "inherits", "ifnotfound"], get0),
    internal("delayedAssign", &["x", "value", "eval.env", "assign.env"], delayed_assign),
];

/// `do_get` for `get0` (op 2): the first name of `x` looked up in `envir` (and its enclosures
/// with `inherits`), a promise forced; of mode "function", only functions count; `ifnotfound`
/// when there is none. Nothing is allocated.
fn get0(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = positional(a, 0).unwrap_or(Val::Obj(NIL));
    let name = match it.str_values(x) {
        Some(s)
            if it.type_of(x) == SexpType::Str && !s.is_empty() && s[0].as_deref().is_some_and(|s| !s.is_empty()) =>
        {
            s[0].clone().unwrap_or_default()
        }
        _ => return Err(closure_error(it, ctx, "invalid first argument")),
    };
    let env = match positional(a, 1) {
        Some(Val::Obj(o)) if it.heap.obj(o).sexp == SexpType::Env => o,
        Some(Val::Obj(o)) if o == NIL => return Err(closure_error(it, ctx, "use of NULL environment is defunct")),
        _ => return Err(closure_error(it, ctx, "invalid 'envir' argument")),
    };
    let mode = positional(a, 2).and_then(|m| it.str_values(m)).and_then(|s| s.first().cloned().flatten());
    let Some(mode) = mode else { return Err(closure_error(it, ctx, "invalid 'mode' argument")) };
    let inherits = match positional(a, 3).and_then(|v| it.num_elt(v, 0)) {
        Some(i) if !i.is_nan() => i != 0.0,
        _ => return Err(closure_error(it, ctx, "invalid 'inherits' argument")),
    };
    let sym = Sym::new(&name);
    // (a natively simulated function is bound in base, found last)
    let found = if &*mode == "function" {
        match it.find_function(&sym, env)? {
            Some(f) => Some(f),
            None if inherits => it.base_value(&name)?,
            None => None,
        }
    } else {
        let hit = if inherits { it.find_var(env, &sym)? } else { it.env(env).find(&sym).map(|i| (env, i)) };
        match hit.map(|(e, i)| it.env(e).values[i]) {
            Some(Val::Obj(o)) if it.heap.obj(o).sexp == SexpType::Prom => Some(it.force(o)?),
            Some(v) => Some(Val::Obj(it.boxed(v)?)),
            None if inherits => it.base_value(&name)?,
            None => None,
        }
    };
    Ok(found.unwrap_or_else(|| positional(a, 4).unwrap_or(Val::Obj(NIL))))
}

/// `do_delayed`: a promise (`mkPROMISE`) of the expression in `eval.env`, bound in `assign.env`
/// (`defineVar`).
fn delayed_assign(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = positional(a, 0).unwrap_or(Val::Obj(NIL));
    let name = match it.str_values(x) {
        Some(s) if it.type_of(x) == SexpType::Str && !s.is_empty() => s[0].clone().unwrap_or_else(|| "NA".into()),
        _ => return Err(closure_error(it, ctx, "invalid first argument")),
    };
    let expr = super::objects::value_expr(it, positional(a, 1).unwrap_or(Val::Obj(NIL)));
    let env_arg = |it: &Interp, i: usize, what: &str| match positional(a, i) {
        Some(Val::Obj(o)) if it.heap.obj(o).sexp == SexpType::Env => Ok(o),
        Some(Val::Obj(o)) if o == NIL => Err(closure_error(it, ctx, "use of NULL environment is defunct")),
        _ => Err(closure_error(it, ctx, format!("invalid '{what}' argument"))),
    };
    let eenv = env_arg(it, 2, "eval.env")?;
    let aenv = env_arg(it, 3, "assign.env")?;
    let p = it.mk_promise(expr, eenv)?;
    it.heap.protect(Val::Obj(p));
    it.define(aenv, &name, Val::Obj(p))?;
    it.visible = false;
    Ok(Val::Obj(NIL))
}

/// `do_env2list`: the names STRSXP and the values VECSXP of the frame's size, filled in frame
/// order (`FrameValues`: a promise is forced; `lazy_duplicate` shares the value); no names when
/// the frame is empty. With `sorted`, an INTSXP order index, then a second list and names vector
/// in sorted order (the first pair is garbage).
fn env2list(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let env = positional(a, 0).unwrap_or(Val::Obj(NIL));
    let env = match env {
        Val::Obj(o) if o == NIL => return Err(closure_error(it, ctx, "use of NULL environment is defunct")),
        Val::Obj(o) if it.heap.obj(o).sexp == SexpType::Env => o,
        _ => return Err(closure_error(it, ctx, "argument must be an environment")),
    };
    let flag = |it: &Interp, i: usize| {
        positional(a, i).and_then(|v| it.num_elt(v, 0)).is_some_and(|x| !x.is_nan() && x != 0.0)
    };
    let (all, sorted) = (flag(it, 1), flag(it, 2));
    let names = env_names(it, env, all, false);
    let k = names.len() as u64;
    let nm = it.new_strs(k, Elems::Values(Vec::new()))?;
    it.heap.protect(Val::Obj(nm));
    let ans = it.heap.alloc_vector(SexpType::Vec, k, crate::heap::Body::Elems(Elems::Values(Vec::new())))?;
    it.heap.protect(Val::Obj(ans));
    let mut values = Vec::with_capacity(names.len());
    for n in &names {
        let v = match it.env(env).find(&Sym::new(n)).map(|i| it.env(env).values[i]) {
            Some(Val::Obj(o)) if it.heap.obj(o).sexp == SexpType::Prom => it.force(o)?,
            Some(v) => v,
            None => Val::Obj(NIL),
        };
        let o = it.boxed(v)?;
        it.heap.protect(Val::Obj(o));
        values.push(o);
    }
    let mut chars = Vec::with_capacity(names.len());
    for n in &names {
        chars.push(it.mk_char(n)?);
    }
    let fill = |it: &mut Interp, list, strs, values: Vec<crate::heap::ObjId>, chars| -> EvalResult<()> {
        for &v in &values {
            let r = &mut it.heap.obj_mut(v).refs;
            *r = r.saturating_add(1);
            it.heap.write_barrier(list, Val::Obj(v));
        }
        it.heap.obj_mut(list).body = crate::heap::Body::Elems(Elems::Values(values));
        it.heap.obj_mut(strs).body = crate::heap::Body::Elems(Elems::Values(chars));
        Ok(())
    };
    if k == 0 {
        return Ok(Val::Obj(ans));
    }
    if !sorted {
        fill(it, ans, nm, values, chars)?;
        it.heap.set_attr(ans, "names", nm)?;
        return Ok(Val::Obj(ans));
    }
    fill(it, ans, nm, values.clone(), chars.clone())?;
    let mut order: Vec<usize> = (0..names.len()).collect();
    order.sort_by(|&i, &j| names[i].cmp(&names[j]));
    it.new_num(SexpType::Int, k, crate::heap::Num::Unknown)?;
    let ans2 = it.heap.alloc_vector(SexpType::Vec, k, crate::heap::Body::Elems(Elems::Values(Vec::new())))?;
    it.heap.protect(Val::Obj(ans2));
    let nm2 = it.new_strs(k, Elems::Values(Vec::new()))?;
    it.heap.protect(Val::Obj(nm2));
    fill(it, ans2, nm2, order.iter().map(|&i| values[i]).collect(), order.iter().map(|&i| chars[i]).collect())?;
    it.heap.set_attr(ans2, "names", nm2)?;
    Ok(Val::Obj(ans2))
}
