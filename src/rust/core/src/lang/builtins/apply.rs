//! `lapply()`, `sapply()`, `vapply()`, `mapply()`, `Map()`, `Filter()`: the function is called
//! once per element, as `FUN(X[[i]], ...)` evaluated by `R_forceAndCall` (a promise for `X[[i]]`
//! per element).
//! `do.call()` and `Reduce()` call a function with values already computed.

use std::rc::Rc;

use super::closure;
use super::{Args, Builtin, Registry};
use crate::heap::{Body, Elems, Num, ObjId, SexpType, Val, NIL};
use crate::lang::eval::{ArgVal, CallCtx};
use crate::lang::interp::{EvalResult, Flow, Interp, Mode, MAX_CONCRETE};

pub(super) const BUILTINS: &[Builtin] = &[
    closure("lapply", &["X", "FUN", "..."], 2, lapply).scratch(8, 0),
    closure("sapply", &["X", "FUN", "...", "simplify", "USE.NAMES"], 2, sapply).scratch(120, 60),
    closure("vapply", &["X", "FUN", "FUN.VALUE", "...", "USE.NAMES"], 4, vapply).scratch(8, 0),
    closure("mapply", &["FUN", "...", "MoreArgs", "SIMPLIFY", "USE.NAMES"], 3, mapply),
    closure("Map", &["f", "..."], 0, map),
    closure("Filter", &["f", "x"], 0, filter),
    closure("Recall", &["..."], 1, recall).scratch(4, 0),
    closure("do.call", &["what", "args", "quote", "envir"], 3, do_call),
    closure("apply", &["X", "MARGIN", "FUN", "...", "simplify"], 0, apply),
    closure("Reduce", &["f", "x", "init", "right", "accumulate", "simplify"], 0, reduce),
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
    let argv: Vec<ArgVal> = elems
        .iter()
        .enumerate()
        .map(|(i, &e)| ArgVal {
            name: names.as_ref().and_then(|n| n.get(i).cloned().flatten()).filter(|n| !n.is_empty()),
            value: Val::Obj(e),
        })
        .collect();
    call_function(it, ctx, f, argv)
}

/// `Reduce(f, x)` (left fold, no `init`, `accumulate = FALSE`): `f(f(x[[1]], x[[2]]), x[[3]])` …
fn reduce(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    for unsupported in ["right", "accumulate"] {
        if a.get(unsupported).and_then(|v| it.num_elt(v, 0)).is_some_and(|v| v != 0.0) {
            return Err(ctx.error(format!("rheap simulates Reduce() without {unsupported} = TRUE")));
        }
    }
    let f = a.need(ctx, "f")?;
    let f = match_fun(it, ctx, f)?;
    let x = a.need(ctx, "x")?;
    let n = it.length(x);
    let mut acc = match a.get("init") {
        Some(v) => v,
        None if n == 0 => return Ok(Val::Obj(NIL)),
        None => element(it, x, 0)?,
    };
    let first = if a.has("init") { 0 } else { 1 };
    let mark = it.heap.root_mark();
    for i in first..n {
        it.heap.release_to(mark, Some(acc));
        let e = element(it, x, i)?;
        it.heap.protect(e);
        acc = call_function(it, ctx, f, vec![ArgVal { name: None, value: acc }, ArgVal { name: None, value: e }])?;
    }
    Ok(acc)
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

/// Run `FUN(X[[i]], ...)` for every element, handing each result to `keep`.
fn for_each(
    it: &mut Interp,
    ctx: &CallCtx,
    x: Val,
    f: Val,
    extra: &[ArgVal],
    mut keep: impl FnMut(&mut Interp, u64, Val) -> EvalResult<()>,
) -> EvalResult<()> {
    let n = it.length(x);
    for i in 0..n {
        let mark = it.heap.root_mark();
        it.heap.alloc_scratch(PER_ELEMENT_NODES, 0)?;
        let e = element(it, x, i)?;
        let mut args = vec![ArgVal { name: None, value: element_arg(it, f, e)? }];
        args.extend(extra.iter().cloned());
        let r = call_function(it, ctx, f, args)?;
        keep(it, i, r)?;
        it.heap.release_to(mark, None);
    }
    Ok(())
}

/// How `R_forceAndCall` hands an element to `f`: a builtin gets the value, a closure a promise
/// already forced to it (which references it).
fn element_arg(it: &mut Interp, f: Val, e: Val) -> EvalResult<Val> {
    if matches!(f, Val::Obj(fo) if matches!(it.heap.obj(fo).body, Body::Builtin(_))) {
        return Ok(e);
    }
    let p = it.mk_promise(crate::lang::ast::Expr::Const(crate::lang::ast::Const::Null), NIL)?;
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

fn lapply_list(it: &mut Interp, ctx: &CallCtx, a: &Args) -> EvalResult<ObjId> {
    let x = a.need(ctx, "X")?;
    let f = a.need(ctx, "FUN")?;
    let f = match_fun(it, ctx, f)?;
    let n = it.length(x);
    let out = it.heap.alloc_vector(
        SexpType::Vec,
        n,
        Body::Elems(Elems::Values(vec![NIL; n.min(MAX_CONCRETE * 64) as usize])),
    )?;
    for_each(it, ctx, x, f, &a.dots, |it, i, r| store_result(it, out, i, r))?;
    // names(X) carry over
    if let Val::Obj(xo) = x {
        if let Some(nm) = it.heap.attr(xo, "names") {
            it.heap.set_attr(out, "names", nm)?;
        }
    }
    Ok(out)
}

fn lapply(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    Ok(Val::Obj(lapply_list(it, ctx, a)?))
}

/// `sapply()`: `lapply()` then `simplify2array()`.
fn sapply(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let list = lapply_list(it, ctx, a)?;
    simplify(it, list)
}

/// The first `simplify2array()` of a session (`sapply()`, `mapply()`) loads it: sapply's first use
/// less its own (measured: 417 N / 1056 V).
const SIMPLIFY2ARRAY_FIRST: (u32, u64) = (417, 1056);

/// `simplify2array(answer)`: results all of length one become a vector; anything else stays the
/// list.
fn simplify(it: &mut Interp, list: ObjId) -> EvalResult<Val> {
    it.lazy_load_once("simplify2array", SIMPLIFY2ARRAY_FIRST.0, SIMPLIFY2ARRAY_FIRST.1)?;
    it.heap.protect(Val::Obj(list));
    let elems = it.list_elems(Val::Obj(list)).unwrap_or_default();
    let n = elems.len() as u64;
    if n == 0 {
        return Ok(Val::Obj(it.new_list(Vec::new())?));
    }
    let all_scalar = elems.iter().all(|&e| it.length(Val::Obj(e)) == 1 && it.type_of(Val::Obj(e)).is_vector());
    if !all_scalar {
        return Ok(Val::Obj(list));
    }
    // simplify2array(): `unique(lengths(answer))` (an integer vector and unique's hash table of
    // 2^k slots, 2^k >= 2n) and an integer vector of n more (measured: sapply over 1e3, 1e4, 5e4
    // list elements allocates 2.5, 3.1, 2.8 Vcells per element more than lapply)
    let int_v = |k: u64| crate::heap::size_class::vector_vcells(SexpType::Int, k);
    it.heap.alloc_scratch(3, 2 * int_v(n) + int_v((2 * n).next_power_of_two()))?;
    let rank = elems.iter().map(|&e| super::vectors::type_rank(it.type_of(Val::Obj(e)))).max().unwrap_or(0);
    let t = super::vectors::rank_type(rank);
    // unlist(): a vector of the common type
    let id = if t == SexpType::Str || t == SexpType::Vec {
        let parts: Vec<ArgVal> = elems.iter().map(|&e| ArgVal { name: None, value: Val::Obj(e) }).collect();
        match super::vectors::combine(it, &parts)? {
            Val::Obj(o) => o,
            _ => unreachable!(),
        }
    } else {
        let vals: Option<Vec<f64>> = elems.iter().map(|&e| it.num_elt(Val::Obj(e), 0)).collect();
        let num = vals.map_or(Num::Unknown, |v| crate::lang::interp::normalize_num(Num::Values(Rc::new(v)), n));
        it.new_num(t, n, num)?
    };
    if let Some(nm) = it.heap.attr(list, "names") {
        it.heap.set_attr(id, "names", nm)?;
    }
    Ok(Val::Obj(id))
}

/// `mapply(FUN, ..., MoreArgs, SIMPLIFY, USE.NAMES)`: `FUN` on the i-th elements of every
/// argument (recycled to the longest; none if one is empty) and `MoreArgs`, named by the first
/// argument's names (or its strings), then simplified as `sapply()` does unless `SIMPLIFY = FALSE`.
fn mapply(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let f = a.need(ctx, "FUN")?;
    let f = match_fun(it, ctx, f)?;
    let simplify_it = a.get("SIMPLIFY").and_then(|v| it.num_elt(v, 0)).is_none_or(|v| v != 0.0);
    let use_names = a.get("USE.NAMES").and_then(|v| it.num_elt(v, 0)).is_none_or(|v| v != 0.0);
    let more = more_args(it, ctx, a.get("MoreArgs"))?;
    let dots = a.dots.clone();
    let list = mapply_list(it, ctx, f, &dots, &more)?;
    if use_names {
        name_by_first(it, list, &dots)?;
    }
    if simplify_it {
        simplify(it, list)
    } else {
        Ok(Val::Obj(list))
    }
}

/// `USE.NAMES`: the answer takes the first argument's names, or its strings if it has none.
fn name_by_first(it: &mut Interp, list: ObjId, dots: &[ArgVal]) -> EvalResult<()> {
    let Some(first) = dots.first().map(|d| d.value) else { return Ok(()) };
    let names = match first {
        Val::Obj(o) => it.heap.attr(o, "names"),
        _ => None,
    };
    match names {
        Some(nm) => it.heap.set_attr(list, "names", nm)?,
        None if it.type_of(first) == SexpType::Str && it.length(Val::Obj(list)) > 0 => {
            let b = it.boxed(first)?;
            it.heap.set_attr(list, "names", b)?
        }
        None => {}
    }
    Ok(())
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

/// `.Internal(mapply(FUN, dots, MoreArgs))` after `dots <- list(...)`: the answer list.
fn mapply_list(it: &mut Interp, ctx: &CallCtx, f: Val, dots: &[ArgVal], more: &[ArgVal]) -> EvalResult<ObjId> {
    let dots_list = it.heap.alloc_vector(SexpType::Vec, dots.len() as u64, Body::Elems(Elems::Unknown))?;
    it.heap.protect(Val::Obj(dots_list));
    let lengths: Vec<u64> = dots.iter().map(|d| it.length(d.value)).collect();
    let n = if lengths.contains(&0) { 0 } else { lengths.iter().copied().max().unwrap_or(0) };
    if n > MAX_CONCRETE {
        return Err(ctx.error(format!("rheap simulates mapply() over up to {MAX_CONCRETE} elements")));
    }
    let out = it.heap.alloc_vector(SexpType::Vec, n, Body::Elems(Elems::Values(vec![NIL; n as usize])))?;
    it.heap.protect(Val::Obj(out));
    for i in 0..n {
        let mark = it.heap.root_mark();
        let mut args = Vec::with_capacity(dots.len() + more.len());
        for (d, &len) in dots.iter().zip(&lengths) {
            it.heap.alloc_scratch(PER_ELEMENT_NODES, 0)?;
            let e = element(it, d.value, i % len)?;
            it.heap.protect(e);
            let value = element_arg(it, f, e)?;
            args.push(ArgVal { name: d.name.clone(), value });
        }
        args.extend(more.iter().cloned());
        let r = call_function(it, ctx, f, args)?;
        store_result(it, out, i, r)?;
        it.heap.release_to(mark, None);
    }
    Ok(out)
}

/// `Map(f, ...)`: `mapply(FUN = f, ..., SIMPLIFY = FALSE)`.
fn map(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    it.lazy_load_once("mapply", MAPPLY_FIRST.0, MAPPLY_FIRST.1)?;
    let f = a.need(ctx, "f")?;
    let f = match_fun(it, ctx, f)?;
    // `...` goes on to mapply(), where `MoreArgs = ` and `USE.NAMES = ` are its own arguments
    let (own, dots): (Vec<ArgVal>, Vec<ArgVal>) =
        a.dots.iter().cloned().partition(|d| matches!(d.name.as_deref(), Some("MoreArgs" | "USE.NAMES")));
    let more = more_args(it, ctx, own.iter().find(|d| d.name.as_deref() == Some("MoreArgs")).map(|d| d.value))?;
    let use_names = own
        .iter()
        .find(|d| d.name.as_deref() == Some("USE.NAMES"))
        .and_then(|d| it.num_elt(d.value, 0))
        .is_none_or(|v| v != 0.0);
    let list = mapply_list(it, ctx, f, &dots, &more)?;
    if use_names {
        name_by_first(it, list, &dots)?;
    }
    Ok(Val::Obj(list))
}

/// `mapply()`'s first use (measured with `SIMPLIFY = FALSE`: 174 N / 407 V).
const MAPPLY_FIRST: (u32, u64) = (174, 407);

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
    for_each(it, ctx, x, f, &[], |it, i, r| {
        match it.num_elt(r, 0) {
            Some(v) if !v.is_nan() && v == 0.0 => {}
            Some(v) if v.is_nan() => {}
            Some(_) => keep.push(i),
            None => {
                unknown = true;
                keep.push(i);
            }
        }
        Ok(())
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

fn vapply(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = a.need(ctx, "X")?;
    let f = a.need(ctx, "FUN")?;
    let f = match_fun(it, ctx, f)?;
    let fv = a.need(ctx, "FUN.VALUE")?;
    let t = it.type_of(fv);
    let m = it.length(fv);
    let n = it.length(x);
    // one string per call: each CHARSXP goes into the answer as it comes
    // (`SET_STRING_ELT(ans, i, STRING_ELT(val, 0))`), so a collection during a later call keeps it
    let one_string = m == 1 && t == SexpType::Str;
    let out = match t {
        SexpType::Str if one_string => {
            let blank = it.blank_string;
            it.new_strs(n, Elems::Values(vec![blank; n as usize]))?
        }
        SexpType::Str => it.new_strs(n * m, Elems::Unknown)?,
        SexpType::Vec => it.heap.alloc_vector(SexpType::Vec, n * m, Body::Elems(Elems::Unknown))?,
        _ => it.new_num(t, n * m, Num::Unknown)?,
    };
    let mut vals: Vec<Option<f64>> = Vec::new();
    let mut known = true;
    for_each(it, ctx, x, f, &a.dots, |it, i, r| {
        if it.length(r) != m {
            return Err(Flow::from(crate::error::SimError::new(format!(
                "values must be length {m},\n but FUN(X[[1]]) result is length {}",
                it.length(r)
            ))));
        }
        if one_string {
            let c = match (it.type_of(r), r) {
                (SexpType::Str, Val::Obj(o)) => match &it.heap.obj(o).body {
                    Body::Elems(Elems::Values(v)) => v.first().copied(),
                    Body::Elems(Elems::Fill(c)) => Some(*c),
                    _ => None,
                },
                _ => None,
            };
            match c {
                Some(c) if known => {
                    if let Body::Elems(Elems::Values(v)) = &mut it.heap.obj_mut(out).body {
                        v[i as usize] = c;
                    }
                    it.heap.write_barrier(out, Val::Obj(c));
                }
                _ => known = false,
            }
        } else if m == 1 {
            vals.push(it.num_elt(r, 0));
        }
        Ok(())
    })?;
    if one_string && !known {
        it.heap.obj_mut(out).body = Body::Elems(Elems::Unknown);
    }
    if m == 1 && n <= MAX_CONCRETE && matches!(t, SexpType::Real | SexpType::Int | SexpType::Lgl) {
        let v: Option<Vec<f64>> = vals.into_iter().collect();
        if let Some(v) = v {
            let num = crate::lang::interp::normalize_num(Num::Values(Rc::new(v)), n);
            it.heap.obj_mut(out).body = Body::Num(num);
        }
    }
    // do_vapply: with USE.NAMES, X's names (X itself for an unnamed character vector) name the
    // answer; no allocation
    let use_names = a.get("USE.NAMES").and_then(|u| it.num_elt(u, 0)).is_none_or(|u| u != 0.0);
    if use_names && m == 1 {
        let names = match x {
            Val::Obj(o) => it.heap.attr(o, "names"),
            _ => None,
        };
        let names = names.or_else(|| match x {
            Val::Obj(o) if it.type_of(x) == SexpType::Str => Some(o),
            _ => None,
        });
        if let Some(nm) = names {
            super::attrib::set_attrib(it, out, "names", Val::Obj(nm))?;
        }
    }
    Ok(Val::Obj(out))
}

/// `apply(X, MARGIN, FUN)` over the rows (1) or columns (2) of a matrix, as base's closure does
/// it: `aperm()` copies `X`, each row or column is extracted as a vector (`newX[, i]`) and passed
/// to `FUN`, the results are gathered in a list and `unlist()`ed — into a vector when every
/// result has length one, a matrix when they share a longer length, else left a list.
fn apply(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = a.need(ctx, "X")?;
    let margin = a.need(ctx, "MARGIN")?;
    let f = a.need(ctx, "FUN")?;
    let f = match_fun(it, ctx, f)?;
    let Val::Obj(xo) = x else { return Err(ctx.error("dim(X) must have a positive length")) };
    let d = super::vectors::dims_of(it, x)
        .filter(|d| d.len() == 2)
        .ok_or_else(|| ctx.error("rheap simulates apply() over the rows or columns of a matrix"))?;
    let m = it
        .num_elt(margin, 0)
        .filter(|&m| m == 1.0 || m == 2.0)
        .ok_or_else(|| ctx.error("'MARGIN' does not match dim(X)"))?;
    let rows = m == 1.0;
    let (nr, nc) = (d[0], d[1]);
    let (d_call, d2) = if rows { (nc, nr) } else { (nr, nc) };
    let t = it.type_of(x);
    let mark = it.heap.root_mark();
    // aperm(X, ...): a full copy
    let copy = super::vectors::unknown_vector(it, t, nr * nc)?;
    it.heap.protect(Val::Obj(copy));
    let values = it.num_values(x);
    // the dimnames of the dimension each call sees and of the one the answer runs along
    let dimnames: Vec<ObjId> =
        it.heap.attr(xo, "dimnames").and_then(|dn| it.list_elems(Val::Obj(dn))).unwrap_or_default();
    let dn_of = |k: usize| dimnames.get(k).copied().filter(|&n| n != NIL);
    let (dn_call, dn_ans) = if rows { (dn_of(1), dn_of(0)) } else { (dn_of(0), dn_of(1)) };
    let ans = it.heap.alloc_vector(
        SexpType::Vec,
        d2,
        Body::Elems(Elems::Values(vec![NIL; d2.min(MAX_CONCRETE) as usize])),
    )?;
    it.heap.protect(Val::Obj(ans));
    let mut results: Vec<Val> = Vec::new();
    for i in 0..d2 {
        let inner = it.heap.root_mark();
        let cells: Option<Vec<f64>> = values.as_ref().map(|v| {
            (0..d_call).map(|j| if rows { v[(i + j * nr) as usize] } else { v[(j + i * nr) as usize] }).collect()
        });
        let num = cells.map_or(Num::Unknown, |c| crate::lang::interp::normalize_num(Num::Values(Rc::new(c)), d_call));
        let col = match t {
            SexpType::Str | SexpType::Vec => super::vectors::unknown_vector(it, t, d_call)?,
            _ => it.new_num(t, d_call, num)?,
        };
        it.heap.protect(Val::Obj(col));
        if let Some(nm) = dn_call {
            // `newX[, i]` names the vector by the matrix's dimnames: a copy of them
            let names = it.duplicate(nm)?;
            it.heap.set_attr(col, "names", names)?;
        }
        let mut args = vec![ArgVal { name: None, value: Val::Obj(col) }];
        args.extend(a.dots.iter().cloned());
        let r = call_function(it, ctx, f, args)?;
        let b = it.boxed(r)?;
        it.heap.obj_mut(b).refs = it.heap.obj(b).refs.saturating_add(1);
        if let Body::Elems(Elems::Values(v)) = &mut it.heap.obj_mut(ans).body {
            if let Some(slot) = v.get_mut(i as usize) {
                *slot = b;
            }
        }
        it.heap.write_barrier(ans, Val::Obj(b));
        if results.len() < MAX_CONCRETE as usize {
            results.push(Val::Obj(b));
        }
        it.heap.release_to(inner, None);
    }
    let lens: Vec<u64> = results.iter().map(|&r| it.length(r)).collect();
    let same = lens.windows(2).all(|w| w[0] == w[1]) && results.len() as u64 == d2;
    let atomic = results
        .iter()
        .all(|&r| matches!(it.type_of(r), SexpType::Lgl | SexpType::Int | SexpType::Real | SexpType::Str));
    let out = if same && atomic && lens.first().is_some_and(|&k| k >= 1) {
        let parts: Vec<ArgVal> = results.iter().map(|&value| ArgVal { name: None, value }).collect();
        let v = super::vectors::combine_values(it, &parts)?;
        it.heap.protect(v);
        let k = lens[0];
        if let Val::Obj(o) = v {
            if k > 1 {
                super::vectors::attach_dim(it, o, &[k, d2])?;
                let first_names = match results[0] {
                    Val::Obj(r) => it.heap.attr(r, "names"),
                    _ => None,
                };
                if first_names.is_some() || dn_ans.is_some() {
                    let dn = it.new_list(vec![first_names.unwrap_or(NIL), dn_ans.unwrap_or(NIL)])?;
                    it.heap.set_attr(o, "dimnames", dn)?;
                }
            } else if let Some(names) = dn_ans {
                it.heap.set_attr(o, "names", names)?;
            }
        }
        v
    } else {
        Val::Obj(ans)
    };
    it.heap.release_to(mark, Some(out));
    Ok(out)
}
