//! Indexing a call as the list of its function and arguments (subset.c and subassign.c on a
//! `LANGSXP`): `cl[[i]]`, `cl$name`, `cl[i]`, `cl[[i]] <- v`, `cl$name <- v` and `names(cl)`, the
//! way `lm()` and friends rewrite `match.call()` before evaluating it; and reading a pairlist
//! (`formals(f)[["x"]]`, `names(formals(f))`).
//!
//! A call holds code: what is put into one must be code too (a symbol, a call, a constant of
//! length one or `NULL`).

use std::rc::Rc;

use crate::heap::{Body, Obj, ObjId, SexpType, Val, NIL};
use crate::lang::ast::{Arg, Call, Expr};
use crate::lang::eval::CallCtx;
use crate::lang::interp::{EvalResult, Interp};

/// A call's elements: the function (untagged), then each argument with its tag.
type Elements = Vec<(Option<Rc<str>>, Option<Expr>)>;

pub(super) fn is_call(it: &Interp, x: Val) -> bool {
    matches!(x, Val::Obj(o) if it.heap.obj(o).sexp == SexpType::Lang
        && matches!(it.heap.obj(o).body, Body::Lang(Expr::Call(_))))
}

fn elements(it: &Interp, x: Val) -> (Elements, crate::lang::ast::Pos) {
    let Val::Obj(o) = x else { return (Vec::new(), Default::default()) };
    let Body::Lang(Expr::Call(c)) = &it.heap.obj(o).body else { return (Vec::new(), Default::default()) };
    let mut v: Elements = vec![(c.fun_tag.clone(), Some(c.fun.clone()))];
    v.extend(c.args.iter().map(|a| (a.name.clone(), a.value.clone())));
    (v, c.pos)
}

/// A call of these elements, with one cell each (`allocList` + `SET_TYPEOF(LANGSXP)`).
fn call_of(it: &mut Interp, elems: Elements, pos: crate::lang::ast::Pos) -> EvalResult<ObjId> {
    let mut it_elems = elems.into_iter();
    let (fun_tag, fun) = it_elems.next().unwrap_or((None, None));
    let fun = fun.unwrap_or(Expr::Const(crate::lang::ast::Const::Null));
    let args: Vec<Arg> = it_elems.map(|(name, value)| Arg { name, value }).collect();
    let nodes = 1 + args.len() as u32;
    let mut call = Call::new(fun, args, pos);
    call.fun_tag = fun_tag;
    let mut o = Obj::node(SexpType::Lang, Body::Lang(Expr::Call(Rc::new(call))));
    o.nodes = nodes;
    Ok(it.heap.alloc(o)?)
}

/// An element as a value: a constant, a symbol or a call (the empty argument is R's missing
/// argument marker).
fn element_value(it: &mut Interp, e: &Option<Expr>) -> EvalResult<Val> {
    match e {
        Some(e) => super::language::code_value(it, e.clone()),
        None => Ok(Val::Obj(it.missing_arg)),
    }
}

/// A value as an element of a call (the missing argument: an empty one).
fn element_of(it: &mut Interp, v: Val) -> Option<Expr> {
    if v == Val::Obj(it.missing_arg) {
        return None;
    }
    Some(super::objects::value_expr(it, v))
}

/// Which element an index names: a position (1-based) or a tag, exactly.
fn position(it: &Interp, ctx: &CallCtx, elems: &Elements, i: Val) -> EvalResult<Option<usize>> {
    match it.type_of(i) {
        SexpType::Str => {
            let name = it.str_values(i).and_then(|s| s.first().cloned().flatten());
            Ok(name.and_then(|n| elems.iter().position(|(t, _)| t.as_deref() == Some(&*n))))
        }
        SexpType::Int | SexpType::Real | SexpType::Lgl if it.length(i) == 1 => match it.num_elt(i, 0) {
            Some(k) if k >= 1.0 => Ok(Some(k as usize - 1)),
            _ => Err(ctx.error("invalid subscript")),
        },
        _ => Err(ctx.error("invalid subscript type")),
    }
}

/// `cl[[i]]`: the element, as code.
pub(super) fn index2(it: &mut Interp, ctx: &CallCtx, x: Val, i: Val) -> EvalResult<Val> {
    let (elems, _) = elements(it, x);
    match position(it, ctx, &elems, i)? {
        Some(k) if k < elems.len() => element_value(it, &elems[k].1),
        _ => Err(ctx.error("subscript out of bounds")),
    }
}

/// The `i`th element (0-based) of a call or a pairlist, as `x[[i + 1]]` gives it.
pub(super) fn element_at(it: &mut Interp, x: Val, i: u64) -> EvalResult<Val> {
    if let Some(items) = pairlist_items(it, x) {
        return Ok(items.get(i as usize).map_or(Val::Obj(crate::heap::NIL), |(_, v)| *v));
    }
    let (elems, _) = elements(it, x);
    match elems.get(i as usize) {
        Some((_, e)) => element_value(it, &e.clone()),
        None => Ok(Val::Obj(crate::heap::NIL)),
    }
}

/// `cl$name` (`R_subset3_dflt`): the argument tagged `name` (a unique partial match will do), or
/// `NULL`.
pub(super) fn dollar(it: &mut Interp, x: Val, name: &str) -> EvalResult<Val> {
    let (elems, _) = elements(it, x);
    let exact = elems.iter().position(|(t, _)| t.as_deref() == Some(name));
    let k = exact.or_else(|| {
        let partial: Vec<usize> =
            (0..elems.len()).filter(|&k| elems[k].0.as_deref().is_some_and(|t| t.starts_with(name))).collect();
        (partial.len() == 1).then(|| partial[0])
    });
    match k {
        Some(k) => element_value(it, &elems[k].1),
        None => Ok(Val::Obj(NIL)),
    }
}

/// `cl[i]` (`do_subset_dflt` on a call: through a list and back): a new call of the selected
/// elements, tags kept.
pub(super) fn index1(it: &mut Interp, ctx: &CallCtx, x: Val, i: Val) -> EvalResult<Val> {
    let (elems, pos) = elements(it, x);
    let n = elems.len() as u64;
    it.heap.alloc_vector(SexpType::Vec, n, Body::Elems(crate::heap::Elems::Unknown))?;
    let picked: Vec<usize> = match it.type_of(i) {
        SexpType::Lgl => {
            let v = it.num_values(i).ok_or_else(|| ctx.error("rheap does not know this index"))?;
            (0..elems.len()).filter(|&k| v.get(k % v.len().max(1)).is_some_and(|&b| b != 0.0 && !b.is_nan())).collect()
        }
        SexpType::Int | SexpType::Real => {
            let v = it.num_values(i).ok_or_else(|| ctx.error("rheap does not know this index"))?;
            if v.iter().any(|&k| k < 0.0) {
                let drop: Vec<usize> = v.iter().filter(|&&k| k < 0.0).map(|&k| (-k) as usize - 1).collect();
                (0..elems.len()).filter(|k| !drop.contains(k)).collect()
            } else {
                v.iter().filter(|&&k| k >= 1.0).map(|&k| k as usize - 1).collect()
            }
        }
        SexpType::Str => {
            let v = it.str_values(i).ok_or_else(|| ctx.error("rheap does not know this index"))?;
            v.iter()
                .map(|s| {
                    elems.iter().position(|(t, _)| t.is_some() && t.as_deref() == s.as_deref()).unwrap_or(usize::MAX)
                })
                .collect()
        }
        _ => return Err(ctx.error("invalid subscript type")),
    };
    let sel: Elements = picked
        .iter()
        .map(|&k| elems.get(k).cloned().unwrap_or((None, Some(Expr::Const(crate::lang::ast::Const::Null)))))
        .collect();
    if sel.is_empty() {
        return Ok(Val::Obj(NIL));
    }
    Ok(Val::Obj(call_of(it, sel, pos)?))
}

/// The call to change: itself, or a new one when it may be shared.
fn changeable(it: &mut Interp, x: Val) -> EvalResult<ObjId> {
    let Val::Obj(o) = x else { unreachable!("a call is an object") };
    if crate::lang::control::maybe_shared(it, x) {
        let (e, pos) = elements(it, x);
        return call_of(it, e, pos);
    }
    Ok(o)
}

fn replace(it: &mut Interp, id: ObjId, elems: Elements) -> EvalResult<()> {
    let before = it.heap.obj(id).nodes;
    let pos = match &it.heap.obj(id).body {
        Body::Lang(Expr::Call(c)) => c.pos,
        _ => Default::default(),
    };
    let mut e = elems.into_iter();
    let fun = e.next().and_then(|(_, f)| f).unwrap_or(Expr::Const(crate::lang::ast::Const::Null));
    let args: Vec<Arg> = e.map(|(name, value)| Arg { name, value }).collect();
    let after = 1 + args.len() as u32;
    it.heap.obj_mut(id).body = Body::Lang(Expr::Call(Rc::new(Call::new(fun, args, pos))));
    if after > before {
        it.heap.grow_nodes(id, after - before)?;
    } else if after < before {
        it.heap.shed_nodes(id, before - after);
    }
    Ok(())
}

/// `cl$name <- value` (`R_subassign3_dflt` on a call): the tagged argument replaced, removed
/// (`NULL`) or appended as a new cell.
pub(super) fn assign_dollar(it: &mut Interp, x: Val, name: &str, value: Val) -> EvalResult<Val> {
    let id = changeable(it, x)?;
    let (mut elems, _) = elements(it, Val::Obj(id));
    let k = elems.iter().position(|(t, _)| t.as_deref() == Some(name));
    match (k, value == Val::Obj(NIL)) {
        (Some(k), true) => {
            elems.remove(k);
        }
        (None, true) => return Ok(Val::Obj(id)),
        (Some(k), false) => elems[k].1 = element_of(it, value),
        (None, false) => elems.push((Some(Rc::from(name)), element_of(it, value))),
    }
    replace(it, id, elems)?;
    Ok(Val::Obj(id))
}

/// `cl[[i]] <- value`: the element replaced (removed for `NULL`), or the call extended.
pub(super) fn assign_index2(it: &mut Interp, ctx: &CallCtx, x: Val, i: Val, value: Val) -> EvalResult<Val> {
    if it.type_of(i) == SexpType::Str {
        let name = it.str_values(i).and_then(|s| s.first().cloned().flatten()).unwrap_or_else(|| Rc::from("NA"));
        return assign_dollar(it, x, &name, value);
    }
    let id = changeable(it, x)?;
    let (mut elems, _) = elements(it, Val::Obj(id));
    let k = position(it, ctx, &elems, i)?.ok_or_else(|| ctx.error("subscript out of bounds"))?;
    if value == Val::Obj(NIL) {
        if k < elems.len() {
            elems.remove(k);
        }
    } else {
        let e = element_of(it, value);
        if k >= elems.len() {
            elems.resize(k + 1, (None, Some(Expr::Const(crate::lang::ast::Const::Null))));
        }
        elems[k].1 = e;
    }
    replace(it, id, elems)?;
    Ok(Val::Obj(id))
}

/// `names(cl)`: the tags as a new character vector ("" for none), `NULL` when no element has one.
pub(super) fn names(it: &mut Interp, x: Val) -> EvalResult<Val> {
    let (elems, _) = elements(it, x);
    if elems.iter().all(|(t, _)| t.is_none()) {
        return Ok(Val::Obj(NIL));
    }
    let tags: Vec<Option<&str>> = elems.iter().map(|(t, _)| Some(t.as_deref().unwrap_or(""))).collect();
    Ok(Val::Obj(it.mk_strings(&tags)?))
}

/// The cells of a pairlist value (`formals()`, `pairlist()`).
#[allow(clippy::type_complexity)]
fn pairlist_items(it: &Interp, x: Val) -> Option<&Vec<(Option<Rc<str>>, Val)>> {
    match x {
        Val::Obj(o) => match &it.heap.obj(o).body {
            Body::Pairlist(items) => Some(items),
            _ => None,
        },
        _ => None,
    }
}

pub(super) fn is_pairlist(it: &Interp, x: Val) -> bool {
    pairlist_items(it, x).is_some()
}

/// `pl[[i]]` / `pl$name` on a pairlist: the element by position or exact tag (`$` also by a unique
/// partial tag); `NULL` for a tag not there.
pub(super) fn pairlist_elt(it: &Interp, ctx: &CallCtx, x: Val, i: Val, partial: bool) -> EvalResult<Val> {
    let items = pairlist_items(it, x).cloned().unwrap_or_default();
    match it.type_of(i) {
        SexpType::Str => {
            let name = it.str_values(i).and_then(|s| s.first().cloned().flatten()).unwrap_or_else(|| Rc::from("NA"));
            Ok(pairlist_tagged(it, x, &name, partial))
        }
        _ => match it.num_elt(i, 0) {
            Some(k) if k >= 1.0 && (k as usize) <= items.len() => Ok(items[k as usize - 1].1),
            _ => Err(ctx.error("subscript out of bounds")),
        },
    }
}

/// The element of a pairlist tagged `name` (or, `partial`, whose tag alone starts with it).
pub(super) fn pairlist_tagged(it: &Interp, x: Val, name: &str, partial: bool) -> Val {
    let Some(items) = pairlist_items(it, x) else { return Val::Obj(NIL) };
    let exact = items.iter().position(|(t, _)| t.as_deref() == Some(name));
    let k = exact.or_else(|| {
        if !partial {
            return None;
        }
        let p: Vec<usize> =
            (0..items.len()).filter(|&k| items[k].0.as_deref().is_some_and(|t| t.starts_with(name))).collect();
        (p.len() == 1).then(|| p[0])
    });
    k.map_or(Val::Obj(NIL), |k| items[k].1)
}

/// `names(pl)`: the tags ("" for none), `NULL` when none has one.
pub(super) fn pairlist_names(it: &mut Interp, x: Val) -> EvalResult<Val> {
    let tags: Vec<Option<Rc<str>>> =
        pairlist_items(it, x).map(|v| v.iter().map(|(t, _)| t.clone()).collect()).unwrap_or_default();
    if tags.iter().all(|t| t.is_none()) {
        return Ok(Val::Obj(NIL));
    }
    let refs: Vec<Option<&str>> = tags.iter().map(|t| Some(t.as_deref().unwrap_or(""))).collect();
    Ok(Val::Obj(it.mk_strings(&refs)?))
}
