//! The internals behind base's `lapply()`, `sapply()`, `vapply()`, `mapply()` and `Map()` closures
//! (apply.c `do_lapply`, `do_vapply`, mapply.c `do_mapply`): the function is called once per
//! element, as the call `FUN(X[[i]], ...)` evaluated by `R_forceAndCall` (a promise for `X[[i]]`
//! per element). `Filter()`, `do.call()` and `Reduce()` call a function with values already
//! computed.

use std::rc::Rc;

use super::internal::{internal, internal_special};
use super::{closure, special};
use super::{Args, Builtin, Registry};
use crate::heap::{Body, Elems, Num, ObjId, SexpType, Val, NIL};
use crate::lang::ast::{Arg, Call, Expr};
use crate::lang::eval::{ArgVal, CallCtx};
use crate::lang::interp::{EvalResult, Interp, Mode, MAX_CONCRETE};

pub(super) const INTERNALS: &[Builtin] = &[
    internal_special("lapply", do_lapply),
    internal_special("vapply", do_vapply),
    internal("mapply", &["FUN", "dots", "MoreArgs"], do_mapply),
];

pub(super) const BUILTINS: &[Builtin] = &[
    closure("Filter", &["f", "x"], 0, filter),
    closure("Recall", &["..."], 1, recall).scratch(4, 0),
    closure("do.call", &["what", "args", "quote", "envir"], 3, do_call),
    special("forceAndCall", force_and_call),
];

/// `do.call(what, args)`: `what` (a function or its name) called with the list's elements as
/// arguments, named by the list's names.
fn do_call(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let what = a.need(ctx, "what")?;
    let f = match_fun(it, ctx, what)?;
    let args = a.need(ctx, "args")?;
    if !matches!(it.type_of(args), SexpType::Vec | SexpType::Nil) {
        return Err(ctx.error("second argument must be a list"));
    }
    let names = it.names(args);
    let elems = it.list_elems(args).unwrap_or_default();
    // do_docall builds the call `what(args...)` and evaluates it in `envir`: an element that is a
    // symbol or a call is evaluated there as an argument, unless `quote = TRUE` (enquote)
    let quote = a.get("quote").and_then(|q| it.num_elt(q, 0)).is_some_and(|q| q != 0.0);
    let env = match a.get("envir") {
        Some(Val::Obj(e)) if it.heap.obj(e).sexp == SexpType::Env => e,
        _ => ctx.env,
    };
    let mut argv: Vec<ArgVal> = Vec::with_capacity(elems.len());
    for (i, &e) in elems.iter().enumerate() {
        let code = match &it.heap.obj(e).body {
            Body::Lang(x) if !quote && e != it.missing_arg => Some(x.clone()),
            _ => None,
        };
        let value = match code {
            Some(x) => {
                let v = it.eval(&x, env, ctx.mode)?;
                it.heap.protect(v);
                v
            }
            None => Val::Obj(e),
        };
        argv.push(ArgVal {
            name: names.as_ref().and_then(|n| n.get(i).cloned().flatten()).filter(|n| !n.is_empty()),
            value,
        });
    }
    call_function(it, ctx, f, argv)
}

/// `Recall(...)`: call the function being evaluated again, with these arguments.
fn recall(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let Some(f) = it.frames.last().map(|f| f.function) else {
        return Err(ctx.error("'Recall' called from outside a closure"));
    };
    call_function(it, ctx, Val::Obj(f), a.dots.clone())
}

/// Cells `R_forceAndCall` makes per element besides the function's own call and the promise for
/// `X[[i]]`: the argument list of the `[[` call evaluated inside that promise, and one more
/// (measured: `lapply(l, function(e) e$id)` over 5e4 list elements, 7.0 N per element).
const PER_ELEMENT_NODES: u32 = 3;

/// Call `f` on already evaluated arguments.
pub fn call_function(it: &mut Interp, ctx: &CallCtx, f: Val, args: Vec<ArgVal>) -> EvalResult<Val> {
    // each call is a step of the budget, as the call the R loop of `apply()` and the C loop of
    // `lapply()` evaluate would be (a primitive FUN included)
    it.tick()?;
    let Val::Obj(fo) = f else {
        return Err(ctx.error("attempt to apply non-function"));
    };
    match &it.heap.obj(fo).body {
        // called from C (`R_forceAndCall`): the promise list and the frame, nothing more
        Body::Closure(_) => it.apply_closure(fo, args, ctx.call, ctx.env, Mode::Compiled),
        Body::Builtin(name) => {
            let Some(b) = Registry::get(name) else {
                return Err(ctx.error(format!("rheap does not simulate the primitive '{name}'")));
            };
            let inner = CallCtx { call: ctx.call, env: ctx.env, mode: Mode::Ast };
            super::invoke(it, b, &inner, args, 0)
        }
        _ => Err(ctx.error("attempt to apply non-function")),
    }
}

/// `match.fun(FUN)`: a function value, or the function a string names.
fn match_fun(it: &mut Interp, ctx: &CallCtx, f: Val) -> EvalResult<Val> {
    if it.type_of(f) == SexpType::Str {
        let name = it.str_values(f).and_then(|s| s.first().cloned().flatten()).unwrap_or_else(|| Rc::from(""));
        if let Some(v) = it.find_function(&crate::sym::Sym::new(&name), ctx.env)? {
            return Ok(v);
        }
        return it
            .base_value(&name)?
            .ok_or_else(|| ctx.error(format!("object '{name}' of mode 'function' was not found")));
    }
    match it.type_of(f) {
        SexpType::Clo | SexpType::Builtin | SexpType::Special => Ok(f),
        _ => Err(ctx.error("'FUN' is not a function")),
    }
}

/// `X[[i]]` as the element promise sees it.
fn element(it: &mut Interp, x: Val, i: u64) -> EvalResult<Val> {
    let t = it.type_of(x);
    Ok(match t {
        SexpType::Lang | SexpType::List => super::subset_lang::element_at(it, x, i)?,
        SexpType::Vec | SexpType::Expr => Val::Obj(it.list_elem(x, i).unwrap_or(NIL)),
        SexpType::Str => {
            let ch = match x {
                Val::Obj(o) => match &it.heap.obj(o).body {
                    Body::Elems(Elems::Values(v)) => v[i as usize],
                    Body::Elems(Elems::Fill(c)) => *c,
                    _ => it.na_string,
                },
                _ => it.na_string,
            };
            Val::Obj(it.new_strs(1, Elems::Values(vec![ch]))?)
        }
        _ => {
            let v = it.num_elt(x, i);
            Val::Obj(it.new_num(t, 1, v.map_or(Num::Unknown, Num::Fill))?)
        }
    })
}

/// What an apply internal builds before its loop: the index `i` defined in the closure's frame (an
/// integer scalar and its frame cell) and the call `FUN(X[[i]], ...)` (two `lang3`: 6 cells).
fn element_call(it: &mut Interp, ctx: &CallCtx, fun: &Expr, x: &Expr) -> EvalResult<(Rc<Call>, Expr)> {
    let ind = it.new_num(SexpType::Int, 1, Num::Fill(1.0))?;
    it.define(ctx.env, "i", Val::Obj(ind))?;
    it.heap.alloc_scratch(6, 0)?;
    Ok(element_expr(fun, x, ctx.call.pos))
}

/// The call `fun(x[[i]], ...)` and its `x[[i]]`.
fn element_expr(fun: &Expr, x: &Expr, pos: crate::lang::ast::Pos) -> (Rc<Call>, Expr) {
    let elt = Expr::Call(Rc::new(Call::new(
        Expr::sym("[["),
        vec![Arg { name: None, value: Some(x.clone()) }, Arg { name: None, value: Some(Expr::sym("i")) }],
        pos,
    )));
    let args = vec![Arg { name: None, value: Some(elt.clone()) }, Arg { name: None, value: Some(Expr::sym("...")) }];
    (Rc::new(Call::new(fun.clone(), args, pos)), elt)
}

/// `R_forceAndCall(FUN(X[[i]], ...))` for every element, handing each result to `keep` (what it
/// returns stays protected): a closure gets a promise of `X[[i]]` already forced and the promises
/// of the closure's `...`; a builtin their values.
fn for_each(
    it: &mut Interp,
    ctx: &CallCtx,
    x: Val,
    f: Val,
    (call, elt): &(Rc<Call>, Expr),
    dots: &[ArgVal],
    mut keep: impl FnMut(&mut Interp, u64, Val) -> EvalResult<Option<Val>>,
) -> EvalResult<()> {
    let n = it.length(x);
    let inner = CallCtx { call, env: ctx.env, mode: ctx.mode };
    for i in 0..n {
        let mark = it.heap.root_mark();
        it.heap.alloc_scratch(PER_ELEMENT_NODES, 0)?;
        let e = element(it, x, i)?;
        let value = element_arg(it, f, e, elt)?;
        // (an argument vector the finished call hands back: no host allocation per element)
        let mut args = it.spare_args.pop().unwrap_or_default();
        args.push(ArgVal { name: None, value });
        call_args(it, f, dots, &mut args)?;
        let r = call_function(it, &inner, f, args)?;
        let kept = keep(it, i, r)?;
        it.heap.release_to(mark, kept);
    }
    Ok(())
}

/// Arguments passed on from a `...`: a closure gets the promises, a builtin their values
/// (`evalList`).
fn call_args(it: &mut Interp, f: Val, dots: &[ArgVal], out: &mut Vec<ArgVal>) -> EvalResult<()> {
    if dots.is_empty() {
        return Ok(());
    }
    let builtin = matches!(f, Val::Obj(fo) if matches!(it.heap.obj(fo).body, Body::Builtin(_)));
    for d in dots {
        let value = match d.value {
            Val::Obj(o) if builtin && it.heap.obj(o).sexp == SexpType::Prom => it.force(o)?,
            v => v,
        };
        it.heap.protect(value);
        out.push(ArgVal { name: d.name.clone(), value });
    }
    Ok(())
}

/// How `R_forceAndCall` hands an element to `f`: a builtin gets the value, a closure a promise
/// already forced to it (which references it).
fn element_arg(it: &mut Interp, f: Val, e: Val, expr: &Expr) -> EvalResult<Val> {
    if matches!(f, Val::Obj(fo) if matches!(it.heap.obj(fo).body, Body::Builtin(_))) {
        return Ok(e);
    }
    let p = it.mk_promise(expr.clone(), NIL)?;
    if let Body::Promise(pd) = &mut it.heap.obj_mut(p).body {
        pd.value = Some(e);
    }
    if let Val::Obj(o) = e {
        it.heap.obj_mut(o).refs = it.heap.obj(o).refs.saturating_add(1);
    }
    Ok(Val::Obj(p))
}

/// `SET_VECTOR_ELT(answer, i, r)`: a result something else refers to is only marked shared
/// (`lazy_duplicate`), not copied.
fn store_result(it: &mut Interp, out: ObjId, i: u64, r: Val) -> EvalResult<()> {
    let b = it.boxed(r)?;
    it.heap.obj_mut(b).refs = it.heap.obj(b).refs.saturating_add(1);
    if let Body::Elems(Elems::Values(v)) = &mut it.heap.obj_mut(out).body {
        if let Some(slot) = v.get_mut(i as usize) {
            *slot = b;
        }
    }
    it.heap.write_barrier(out, Val::Obj(b));
    Ok(())
}

/// The unevaluated arguments of a special internal (`.Internal(lapply(X, FUN))`).
fn unevaluated<'a>(ctx: &'a CallCtx, k: usize) -> EvalResult<&'a Expr> {
    ctx.call.args.get(k).and_then(|a| a.value.as_ref()).ok_or_else(|| {
        ctx.error(format!("{} arguments passed to .Internal({}) which requires more", ctx.call.args.len(), ctx.name()))
    })
}

/// `FUN` as `R_forceAndCall` finds it: a symbol through `findFun`, anything else evaluated.
fn find_fun(it: &mut Interp, ctx: &CallCtx, fun: &Expr) -> EvalResult<Val> {
    match fun {
        Expr::Sym(s) => {
            it.find_function(s, ctx.env)?.ok_or_else(|| ctx.error(format!("could not find function \"{}\"", &**s)))
        }
        e => it.eval(e, ctx.env, ctx.mode),
    }
}

/// An evaluated argument of a special internal, as an object.
fn eval_arg(it: &mut Interp, ctx: &CallCtx, e: &Expr) -> EvalResult<Val> {
    let v = match it.eval(e, ctx.env, ctx.mode)? {
        Val::Obj(o) => Val::Obj(o),
        scalar => Val::Obj(it.boxed(scalar)?),
    };
    it.heap.protect(v);
    Ok(v)
}

/// `.Internal(lapply(X, FUN))` (apply.c `do_lapply`; arguments unevaluated): `X` evaluated, the
/// answer list (with `X`'s names), then `FUN(X[[i]], ...)` per element, each result stored
/// (`lazy_duplicate`: marked shared, not copied).
fn do_lapply(it: &mut Interp, ctx: &CallCtx) -> EvalResult<Val> {
    let (xe, fe) = (unevaluated(ctx, 0)?.clone(), unevaluated(ctx, 1)?.clone());
    let x = eval_arg(it, ctx, &xe)?;
    let n = it.length(x);
    let out = it.heap.alloc_vector(
        SexpType::Vec,
        n,
        Body::Elems(Elems::Values(vec![NIL; n.min(MAX_CONCRETE * 64) as usize])),
    )?;
    it.heap.protect(Val::Obj(out));
    if let Val::Obj(xo) = x {
        if let Some(nm) = it.heap.attr(xo, "names") {
            it.heap.set_attr(out, "names", nm)?;
        }
    }
    let call = element_call(it, ctx, &fe, &xe)?;
    let f = find_fun(it, ctx, &fe)?;
    it.heap.protect(f);
    let dots = it.dots_values(ctx.env).unwrap_or_default();
    for_each(it, ctx, x, f, &call, &dots, |it, i, r| store_result(it, out, i, r).map(|_| None))?;
    Ok(Val::Obj(out))
}

/// `.Internal(vapply(X, FUN, FUN.VALUE, USE.NAMES))` (apply.c `do_vapply`; arguments unevaluated):
/// the answer of `FUN.VALUE`'s type, `n * length(FUN.VALUE)` long, filled from each result
/// (checked for length and type, coerced up); a matrix (`dim`) when the results are longer than
/// one, named by `X` (its names, or its strings) with `USE.NAMES`.
fn do_vapply(it: &mut Interp, ctx: &CallCtx) -> EvalResult<Val> {
    let (xe, fe) = (unevaluated(ctx, 0)?.clone(), unevaluated(ctx, 1)?.clone());
    let x = eval_arg(it, ctx, &xe)?;
    let fv = eval_arg(it, ctx, &unevaluated(ctx, 2)?.clone())?;
    if !it.type_of(fv).is_vector() {
        return Err(ctx.error("'FUN.VALUE' must be a vector"));
    }
    let un = eval_arg(it, ctx, &unevaluated(ctx, 3)?.clone())?;
    let use_names = match it.num_elt(un, 0) {
        Some(v) if !v.is_nan() => v != 0.0,
        _ => return Err(ctx.error("invalid 'USE.NAMES' value")),
    };
    let t = it.type_of(fv);
    if !matches!(
        t,
        SexpType::Cplx | SexpType::Real | SexpType::Int | SexpType::Lgl | SexpType::Raw | SexpType::Str | SexpType::Vec
    ) {
        return Err(ctx.error(format!("type '{}' is not supported", t.type_name())));
    }
    let m = it.length(fv);
    let n = it.length(x);
    let value_dim = super::vectors::dims_of(it, fv).filter(|d| !d.is_empty());
    let out = match t {
        SexpType::Str if m == 1 && n <= MAX_CONCRETE => {
            let na = it.na_string;
            it.new_strs(n, Elems::Values(vec![na; n as usize]))?
        }
        SexpType::Str => it.new_strs(n * m, Elems::Unknown)?,
        SexpType::Vec => it.heap.alloc_vector(SexpType::Vec, n * m, Body::Elems(Elems::Unknown))?,
        _ => it.new_num(t, n * m, Num::Unknown)?,
    };
    it.heap.protect(Val::Obj(out));
    let mut known_strs = t == SexpType::Str && m == 1 && n <= MAX_CONCRETE;
    let attr = |it: &Interp, v: Val, name: &str| match v {
        Val::Obj(o) => it.heap.attr(o, name),
        _ => None,
    };
    let names = match (use_names, attr(it, x, "names")) {
        (false, _) => None,
        (true, Some(nm)) => Some(nm),
        (true, None) => (it.type_of(x) == SexpType::Str).then(|| it.boxed(x)).transpose()?,
    };
    let mut row_names = if use_names { attr(it, fv, "dimnames") } else { None };
    let mut vals: Vec<Option<f64>> = Vec::new();
    let call = element_call(it, ctx, &fe, &xe)?;
    let f = find_fun(it, ctx, &fe)?;
    it.heap.protect(f);
    let rank = |t: SexpType| match t {
        SexpType::Lgl => 1,
        SexpType::Int => 2,
        SexpType::Real => 3,
        SexpType::Cplx => 4,
        _ => 0,
    };
    let dots = it.dots_values(ctx.env).unwrap_or_default();
    for_each(it, ctx, x, f, &call, &dots, |it, i, r| {
        if it.length(r) != m {
            return Err(ctx.error(format!(
                "values must be length {m},\n but FUN(X[[{}]]) result is length {}",
                i + 1,
                it.length(r)
            )));
        }
        let rt = it.type_of(r);
        if rt != t {
            // coerceVector: LGL < INT < REAL < CPLX only
            if !(rank(rt) > 0 && rank(t) > rank(rt)) {
                return Err(ctx.error(format!(
                    "values must be type '{}',\n but FUN(X[[{}]]) result is type '{}'",
                    t.type_name(),
                    i + 1,
                    rt.type_name()
                )));
            }
            it.new_num(t, m, Num::Unknown)?;
        }
        // the row names come from the first result only
        let mut kept = None;
        if i == 0 && use_names && row_names.is_none() {
            row_names = attr(it, r, if value_dim.is_some() { "dimnames" } else { "names" });
            kept = row_names.map(Val::Obj);
        }
        if m == 1 && t == SexpType::Str {
            // the CHARSXP itself (`SET_STRING_ELT(ans, i, STRING_ELT(val, 0))`), held by the answer
            let ch = match (rt, r) {
                (SexpType::Str, Val::Obj(o)) => match &it.heap.obj(o).body {
                    Body::Elems(Elems::Values(v)) => v.first().copied(),
                    Body::Elems(Elems::Fill(c)) => Some(*c),
                    _ => None,
                },
                _ => None,
            };
            known_strs &= ch.is_some();
            if let (Some(ch), Body::Elems(Elems::Values(v))) = (ch, &mut it.heap.obj_mut(out).body) {
                v[i as usize] = ch;
                it.heap.write_barrier(out, Val::Obj(ch));
            }
        } else if m == 1 {
            // (one value: read in place, no vector of it)
            if vals.len() as u64 <= MAX_CONCRETE {
                vals.push(it.num_elt(r, 0));
            }
        } else if vals.len() as u64 <= MAX_CONCRETE {
            match it.num_values(r) {
                Some(v) => vals.extend(v.into_iter().map(Some)),
                None => vals.extend((0..m).map(|_| None)),
            }
        }
        Ok(kept)
    })?;
    if !known_strs {
        it.heap.obj_mut(out).body = Body::Elems(Elems::Unknown);
    }
    if n * m <= MAX_CONCRETE && matches!(t, SexpType::Real | SexpType::Int | SexpType::Lgl) {
        let v: Option<Vec<f64>> = vals.into_iter().collect();
        if let Some(v) = v.filter(|v| v.len() as u64 == n * m) {
            let num = crate::lang::interp::normalize_num(Num::Values(Rc::new(v)), n * m);
            it.heap.obj_mut(out).body = Body::Num(num);
        }
    }
    if m != 1 {
        let mut dims = value_dim.clone().unwrap_or_else(|| vec![m]);
        dims.push(n);
        super::vectors::attach_dim(it, out, &dims)?;
    }
    if m == 1 {
        if let Some(nm) = names {
            it.heap.set_attr(out, "names", nm)?;
        }
    } else if names.is_some() || row_names.is_some() {
        // list(rowNames, names), or the value's dimnames with the names appended
        let mut parts = match (&value_dim, row_names) {
            (Some(_), Some(dn)) => it.list_elems(Val::Obj(dn)).unwrap_or_default(),
            (Some(d), None) => vec![NIL; d.len()],
            (None, rn) => vec![rn.unwrap_or(NIL)],
        };
        parts.push(names.unwrap_or(NIL));
        let dn = it.new_list(parts)?;
        it.heap.set_attr(out, "dimnames", dn)?;
    }
    Ok(Val::Obj(out))
}

/// `.Internal(mapply(FUN, dots, MoreArgs))` (mapply.c `do_mapply`): the call
/// `FUN(dots[[1]][[i]], dots[[2]][[i]], ..., <MoreArgs>)` is built once (per argument a list slot
/// and an integer scalar in `mindex` and `nindex`, two `lang3` and a cell; `MoreArgs` as a
/// pairlist), then called for `i` up to the longest argument, the shorter ones recycled.
fn do_mapply(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    use super::internal::positional;
    let f = positional(a, 0).unwrap_or(Val::Obj(NIL));
    let dots_list = positional(a, 1).unwrap_or(Val::Obj(NIL));
    let more = more_args(it, ctx, positional(a, 2))?;
    let vnames = it.names(dots_list);
    let dots: Vec<ArgVal> = it
        .list_elems(dots_list)
        .unwrap_or_default()
        .into_iter()
        .enumerate()
        .map(|(j, e)| ArgVal {
            name: vnames.as_ref().and_then(|n| n.get(j).cloned().flatten()).filter(|n| !n.is_empty()),
            value: Val::Obj(e),
        })
        .collect();
    let m = dots.len() as u64;
    let lengths: Vec<u64> = dots.iter().map(|d| it.length(d.value)).collect();
    let longest = lengths.iter().copied().max().unwrap_or(0);
    // R 4.2.2 answers list() when zero-length inputs meet longer ones (the error is gone)
    if lengths.contains(&0) && longest > 0 {
        return Ok(Val::Obj(it.new_list(Vec::new())?));
    }
    if longest > MAX_CONCRETE {
        return Err(ctx.error(format!("rheap simulates mapply() over up to {MAX_CONCRETE} elements")));
    }
    for _ in 0..2 {
        let index = it.heap.alloc_vector(SexpType::Vec, m, Body::Elems(Elems::Unknown))?;
        it.heap.protect(Val::Obj(index));
        for _ in 0..m {
            let k = it.new_num(SexpType::Int, 1, Num::Fill(1.0))?;
            it.heap.protect(Val::Obj(k));
        }
    }
    it.heap.alloc_scratch((7 * m + more.len() as u64 + 1) as u32, 0)?;
    let out = it.heap.alloc_vector(SexpType::Vec, longest, Body::Elems(Elems::Values(vec![NIL; longest as usize])))?;
    it.heap.protect(Val::Obj(out));
    let builtin = matches!(f, Val::Obj(fo) if matches!(it.heap.obj(fo).body, Body::Builtin(_)));
    // each argument's `dots[[j]]`, shared by its element expressions
    let lists: Vec<Expr> = (0..dots.len()).map(|j| index_call(Expr::sym("dots"), j as u64 + 1)).collect();
    for i in 0..longest {
        let mark = it.heap.root_mark();
        let mut args = it.spare_args.pop().unwrap_or_default();
        for (j, (d, &len)) in dots.iter().zip(&lengths).enumerate() {
            // the promise of `dots[[j]][[i]]`: two `[[` calls, an argument list each
            it.heap.alloc_scratch(PER_ELEMENT_NODES + 2, 0)?;
            let e = element(it, d.value, i % len)?;
            it.heap.protect(e);
            let value = if builtin { e } else { element_arg(it, f, e, &index_call(lists[j].clone(), i + 1))? };
            args.push(ArgVal { name: d.name.clone(), value });
        }
        args.extend(more.iter().cloned());
        let r = call_function(it, ctx, f, args)?;
        store_result(it, out, i, r)?;
        it.heap.release_to(mark, None);
    }
    if lengths.iter().any(|&l| l > 0 && longest % l != 0) {
        it.warn(Some(ctx.name()), "longer argument not a multiple of length of shorter".to_string())?;
    }
    Ok(Val::Obj(out))
}

/// `x[[k]]`: with `dots[[j]]` for `x`, `dots[[j]][[i]]` (1-based) is the expression of mapply's
/// element promise.
fn index_call(x: Expr, k: u64) -> Expr {
    thread_local!(static BRACKET2: Expr = Expr::sym("[["));
    Expr::Call(Rc::new(Call::new(
        BRACKET2.with(Expr::clone),
        vec![
            Arg { name: None, value: Some(x) },
            Arg { name: None, value: Some(Expr::Const(crate::lang::ast::Const::Int(Some(k as i32)))) },
        ],
        Default::default(),
    )))
}

/// `MoreArgs`: a list of further arguments for every call, by their names.
fn more_args(it: &mut Interp, ctx: &CallCtx, more: Option<Val>) -> EvalResult<Vec<ArgVal>> {
    Ok(match more {
        Some(m) if it.type_of(m) == SexpType::Vec => {
            let elems = it.list_elems(m).unwrap_or_default();
            let names = match m {
                Val::Obj(o) => it.heap.attr(o, "names").and_then(|n| it.str_values(Val::Obj(n))),
                _ => None,
            };
            elems
                .iter()
                .enumerate()
                .map(|(i, &e)| ArgVal {
                    name: names.as_ref().and_then(|n| n.get(i).cloned().flatten()).filter(|n| !n.is_empty()),
                    value: Val::Obj(e),
                })
                .collect()
        }
        Some(m) if it.type_of(m) != SexpType::Nil => {
            return Err(ctx.error("argument 'MoreArgs' of 'mapply' is not a list"))
        }
        _ => Vec::new(),
    })
}

/// `Filter(f, x)`: `x[which(as.logical(unlist(lapply(x, f))))]`. Where a result is not known the
/// element is kept, and the assumption noted.
fn filter(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let f = a.need(ctx, "f")?;
    let f = match_fun(it, ctx, f)?;
    let x = a.need(ctx, "x")?;
    let n = it.length(x);
    let results = it.heap.alloc_vector(SexpType::Vec, n, Body::Elems(Elems::Unknown))?;
    it.heap.protect(Val::Obj(results));
    let mut keep = Vec::new();
    let mut unknown = false;
    let call = element_expr(&Expr::sym("FUN"), &Expr::sym("X"), ctx.call.pos);
    for_each(it, ctx, x, f, &call, &[], |it, i, r| {
        match it.num_elt(r, 0) {
            Some(v) if !v.is_nan() && v == 0.0 => {}
            Some(v) if v.is_nan() => {}
            Some(_) => keep.push(i),
            None => {
                unknown = true;
                keep.push(i);
            }
        }
        Ok(None)
    })?;
    if unknown {
        it.notes.push(format!(
            "line {}: Filter(): results the simulator does not know are taken as TRUE",
            ctx.call.pos.line
        ));
    }
    // unlist() and as.logical(): a logical vector of n; which(): the positions
    it.heap.alloc_vector(SexpType::Lgl, n, Body::Num(Num::Unknown))?;
    let positions: Vec<f64> = keep.iter().map(|&i| (i + 1) as f64).collect();
    let idx = it.new_num(SexpType::Int, positions.len() as u64, Num::Values(Rc::new(positions)))?;
    super::subset::index1(it, ctx, x, &[ArgVal { name: None, value: Val::Obj(idx) }], None)
}

/// `forceAndCall(n, FUN, ...)` (eval.c `do_forceAndCall`): the call `FUN(...)` evaluated in the
/// caller's environment with its first `n` arguments forced before the body runs (the promises
/// and frame are those of any call).
fn force_and_call(it: &mut Interp, ctx: &CallCtx) -> EvalResult<Val> {
    let args = &ctx.call.args;
    let Some(fun) = args.get(1).and_then(|a| a.value.clone()) else {
        return Err(ctx.error("attempt to apply non-function"));
    };
    let call = Rc::new(Call::new(fun, args[2..].to_vec(), ctx.call.pos));
    it.eval(&Expr::Call(call), ctx.env, ctx.mode)
}
