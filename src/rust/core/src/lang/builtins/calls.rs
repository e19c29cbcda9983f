//! Calls as lists: `names(cl)`, `cl$name`, `cl$name <- v`, `cl[[i]] <- v`, `cl[i]` on a
//! language object, which R treats as the pairlist of its function and arguments (subset.c
//! `do_subset_dflt` through `PairToVectorList`, subassign.c `R_subassign3_dflt` and
//! `do_subassign2_dflt`, attrib.c `getAttrib` of `R_NamesSymbol` on a pairlist). The modelling
//! functions of stats build their calls this way (`mf <- match.call(); mf <- mf[c(1L, m)];
//! mf$drop.unused.levels <- TRUE; mf[[1L]] <- quote(stats::model.frame)`).
//!
//! The result is a new call: its cells are those of the call it was made from (R shallow-duplicates
//! a shared call before changing it).

use std::rc::Rc;

use crate::heap::{Body, SexpType, Val, NIL};
use crate::lang::ast::{Arg, Call, Const, Expr, Pos};
use crate::lang::eval::{ArgVal, CallCtx};
use crate::lang::interp::{EvalResult, Interp};

/// An element of a call: its tag and its code (`None`: the empty argument).
type Elt = (Option<Rc<str>>, Option<Expr>);

/// The elements of a call: the function, then the arguments.
fn elements(e: &Expr) -> Option<(Vec<Elt>, Pos)> {
    let Expr::Call(c) = e else { return None };
    let mut v = vec![(None, Some(c.fun.clone()))];
    v.extend(c.args.iter().map(|a| (a.name.clone(), a.value.clone())));
    Some((v, c.pos))
}

fn call_of(it: &Interp, x: Val) -> Option<(Vec<Elt>, Pos)> {
    match x {
        Val::Obj(o) => match &it.heap.obj(o).body {
            Body::Lang(e) if it.heap.obj(o).sexp == SexpType::Lang => elements(e),
            _ => None,
        },
        _ => None,
    }
}

/// A call made of elements (the first is the function; `NULL` if there is none).
fn rebuild(it: &mut Interp, elts: Vec<Elt>, pos: Pos) -> EvalResult<Val> {
    let mut elts = elts.into_iter();
    let Some((_, fun)) = elts.next() else { return Ok(Val::Obj(NIL)) };
    let fun = fun.unwrap_or(Expr::Const(Const::Null));
    let args: Vec<Arg> = elts.map(|(name, value)| Arg { name, value }).collect();
    let e = Expr::Call(Rc::new(Call::new(fun, args, pos)));
    super::language::code_value(it, e)
}

/// A value put into a call: scalars as constants, symbols and calls as their code.
fn code_of(it: &Interp, ctx: &CallCtx, v: Val) -> EvalResult<Expr> {
    if let Val::Obj(o) = v {
        if let Body::Lang(e) = &it.heap.obj(o).body {
            return Ok(e.clone());
        }
    }
    let t = it.type_of(v);
    let scalar = matches!(t, SexpType::Lgl | SexpType::Int | SexpType::Real | SexpType::Str) && it.length(v) == 1;
    if scalar || t == SexpType::Nil {
        return Ok(super::objects::value_expr(it, v));
    }
    Err(ctx.error(format!("rheap cannot hold a {} of length {} inside a call", t.type_name(), it.length(v))))
}

/// `names(cl)`: the tags, "" for untagged elements; `NULL` when no element has one.
pub(super) fn names(it: &mut Interp, x: Val) -> EvalResult<Option<Val>> {
    let Some((elts, _)) = call_of(it, x) else { return Ok(None) };
    if elts.iter().all(|(n, _)| n.is_none()) {
        return Ok(Some(Val::Obj(NIL)));
    }
    let tags: Vec<Option<&str>> = elts.iter().map(|(n, _)| Some(n.as_deref().unwrap_or(""))).collect();
    Ok(Some(Val::Obj(it.mk_strings(&tags)?)))
}

/// `cl$name <- value` (`R_subassign3_dflt` on a language object): the tagged element replaced,
/// removed by `NULL`, or appended.
pub(super) fn assign_dollar(it: &mut Interp, ctx: &CallCtx, x: Val, name: &str, value: Val) -> EvalResult<Option<Val>> {
    let Some((mut elts, pos)) = call_of(it, x) else { return Ok(None) };
    let at = elts.iter().position(|(n, _)| n.as_deref() == Some(name));
    if value == Val::Obj(NIL) {
        if let Some(i) = at {
            elts.remove(i);
        }
    } else {
        let code = code_of(it, ctx, value)?;
        match at {
            Some(i) => elts[i].1 = Some(code),
            None => elts.push((Some(Rc::from(name)), Some(code))),
        }
    }
    rebuild(it, elts, pos).map(Some)
}

/// `cl$name`: the tagged element (partial matching as for a list), `NULL` if none.
pub(super) fn dollar(it: &mut Interp, x: Val, name: &str) -> EvalResult<Option<Val>> {
    let Some((elts, _)) = call_of(it, x) else { return Ok(None) };
    let exact = elts.iter().position(|(n, _)| n.as_deref() == Some(name));
    let found = exact.or_else(|| {
        let partial: Vec<usize> =
            (0..elts.len()).filter(|&i| elts[i].0.as_deref().is_some_and(|n| n.starts_with(name))).collect();
        (partial.len() == 1).then(|| partial[0])
    });
    match found.and_then(|i| elts[i].1.clone()) {
        Some(e) => element_value(it, e).map(Some),
        None => Ok(Some(Val::Obj(if found.is_some() { it.missing_arg } else { NIL }))),
    }
}

/// The value of a call's element: a constant's object, else a language object or symbol.
fn element_value(it: &mut Interp, e: Expr) -> EvalResult<Val> {
    match e {
        Expr::Const(c) => Ok(Val::Obj(it.const_obj(&c)?)),
        e => Ok(Val::Obj(super::objects::lang_obj(it, e)?)),
    }
}

/// The 0-based positions `idx` selects among `n` elements with tags `tags` (positive, negative,
/// logical or character indices).
fn positions(it: &Interp, ctx: &CallCtx, idx: Val, tags: &[Option<Rc<str>>]) -> EvalResult<Vec<usize>> {
    let n = tags.len();
    match it.type_of(idx) {
        SexpType::Str => {
            let names = it.str_values(idx).ok_or_else(|| ctx.error("rheap does not know these names"))?;
            Ok(names
                .iter()
                .filter_map(|s| s.as_ref().and_then(|s| tags.iter().position(|t| t.as_deref() == Some(&**s))))
                .collect())
        }
        SexpType::Lgl => {
            let v = it.num_values(idx).ok_or_else(|| ctx.error("rheap does not know this index"))?;
            if v.is_empty() {
                return Ok(Vec::new());
            }
            Ok((0..n.max(v.len())).filter(|&i| v[i % v.len()] != 0.0 && i < n).collect())
        }
        SexpType::Int | SexpType::Real => {
            let v = it.num_values(idx).ok_or_else(|| ctx.error("rheap does not know this index"))?;
            if v.iter().any(|&k| k < 0.0) {
                if v.iter().any(|&k| k > 0.0) {
                    return Err(ctx.error("can't mix positive and negative subscripts"));
                }
                let drop: Vec<usize> = v.iter().map(|&k| (-k) as usize - 1).collect();
                return Ok((0..n).filter(|i| !drop.contains(i)).collect());
            }
            Ok(v.iter().filter(|&&k| k >= 1.0 && (k as usize) <= n).map(|&k| k as usize - 1).collect())
        }
        SexpType::Nil => Ok(Vec::new()),
        t => Err(ctx.error(format!("invalid subscript type '{}'", t.type_name()))),
    }
}

/// `cl[i]` (`do_subset_dflt` on a language object): the selected elements as a call.
pub(super) fn subset(it: &mut Interp, ctx: &CallCtx, x: Val, idx: &[ArgVal]) -> EvalResult<Option<Val>> {
    let Some((elts, pos)) = call_of(it, x) else { return Ok(None) };
    let Some(i) = idx.first() else { return rebuild(it, elts, pos).map(Some) };
    if i.value == Val::Obj(it.missing_arg) {
        return rebuild(it, elts, pos).map(Some);
    }
    let tags: Vec<Option<Rc<str>>> = elts.iter().map(|(n, _)| n.clone()).collect();
    let keep = positions(it, ctx, i.value, &tags)?;
    let picked: Vec<Elt> = keep.into_iter().map(|k| elts[k].clone()).collect();
    rebuild(it, picked, pos).map(Some)
}

/// `cl[[i]] <- value` (`do_subassign2_dflt` on a language object): element `i` (a position or a
/// tag) replaced, removed by `NULL`, or added (positions past the end padded with `NULL`).
pub(super) fn assign_elt(
    it: &mut Interp,
    ctx: &CallCtx,
    x: Val,
    idx: &[ArgVal],
    value: Val,
) -> EvalResult<Option<Val>> {
    let Some((mut elts, pos)) = call_of(it, x) else { return Ok(None) };
    let Some(i) = idx.first() else { return Err(ctx.error("[[ ]] with missing subscript")) };
    let at = match it.type_of(i.value) {
        SexpType::Str => {
            let name = it.str_values(i.value).and_then(|s| s.first().cloned().flatten());
            let name = name.ok_or_else(|| ctx.error("invalid subscript"))?;
            match elts.iter().position(|(n, _)| n.as_deref() == Some(&*name)) {
                Some(k) => k,
                None => {
                    elts.push((Some(name), Some(Expr::Const(Const::Null))));
                    elts.len() - 1
                }
            }
        }
        _ => match it.num_elt(i.value, 0) {
            Some(k) if k >= 1.0 && it.length(i.value) == 1 => k as usize - 1,
            _ => return Err(ctx.error("invalid subscript")),
        },
    };
    if value == Val::Obj(NIL) {
        if at < elts.len() {
            elts.remove(at);
        }
    } else {
        let code = code_of(it, ctx, value)?;
        while elts.len() <= at {
            elts.push((None, Some(Expr::Const(Const::Null))));
        }
        elts[at].1 = Some(code);
    }
    rebuild(it, elts, pos).map(Some)
}
