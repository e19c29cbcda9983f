//! split.c: `.Internal(split(x, f))`, which base's `split.default()` calls with `f` a factor.

use std::rc::Rc;

use super::internal::{closure_error, closure_warning, internal, positional};
use super::{Args, Builtin};
use crate::heap::{Body, Elems, Num, ObjId, SexpType, Val, NIL};
use crate::lang::eval::CallCtx;
use crate::lang::interp::{EvalResult, Interp};

pub(super) const INTERNALS: &[Builtin] = &[internal("split", &["x", "f"], split)];

/// `do_split` (split.c, split-incl.c): count the observations of each level (an INTSXP of
/// `nlevels`), then the result list, and for each level in turn its vector of `x`'s type, its
/// `levels` attribute (`x`'s, when it has one) and, when `x` has names, a names vector; the
/// elements are then copied in (list elements and strings are shared, not copied), and the list
/// is named by `f`'s levels. `f` is recycled over `x` (`MOD_ITERATE1`), its `NA`s drop out.
fn split(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = positional(a, 0).unwrap_or(Val::Obj(NIL));
    let f = positional(a, 1).unwrap_or(Val::Obj(NIL));
    let t = it.type_of(x);
    if !t.is_vector() || t == SexpType::Char {
        return Err(closure_error(it, ctx, "first argument must be a vector"));
    }
    let levels = it.heap_attr(f, "levels");
    if !super::objects::inherits_class(it, f, "factor") || it.type_of(f) != SexpType::Int {
        return Err(closure_error(it, ctx, "second argument must be a factor"));
    }
    let nlevs = levels.map_or(0, |l| it.length(Val::Obj(l)));
    let (nfac, nobs) = (it.length(f), it.length(x));
    if nfac == 0 && nobs > 0 {
        return Err(closure_error(it, ctx, "group length is 0 but data length > 0"));
    }
    if nfac > 0 && nobs % nfac != 0 {
        closure_warning(it, ctx, "data length is not a multiple of split variable")?;
    }
    let Some(codes) = it.num_values(f) else {
        return Err(closure_error(it, ctx, "rheap needs the values of the factor split() groups by"));
    };
    let group = |i: u64| -> Option<usize> {
        let j = codes[(i % nfac) as usize];
        (!j.is_nan()).then_some(j as usize)
    };
    let mut counts = vec![0u64; nlevs as usize];
    it.new_num(SexpType::Int, nlevs, Num::Unknown)?;
    for i in 0..nobs {
        if let Some(j) = group(i) {
            if j < 1 || j as u64 > nlevs {
                return Err(closure_error(it, ctx, "factor has bad level"));
            }
            counts[j - 1] += 1;
        }
    }
    let names = it.heap_attr(x, "names");
    let x_levels = it.heap_attr(x, "levels");
    // which observation goes where, in order
    let mut members: Vec<Vec<u64>> = vec![Vec::new(); nlevs as usize];
    for i in 0..nobs {
        if let Some(j) = group(i) {
            members[j - 1].push(i);
        }
    }
    let vec = it.heap.alloc_vector(SexpType::Vec, nlevs, Body::Elems(Elems::Values(vec![NIL; nlevs as usize])))?;
    it.heap.protect(Val::Obj(vec));
    let mut elems = Vec::with_capacity(nlevs as usize);
    for (k, idx) in members.iter().enumerate() {
        let part = subset_of(it, x, t, idx)?;
        elems.push(part);
        set_elt(it, vec, k, part);
        if let Some(l) = x_levels {
            it.heap.set_attr(part, "levels", l)?;
        }
        if names.is_some() {
            let nm = it.new_strs(counts[k], Elems::Unknown)?;
            it.heap.set_attr(part, "names", nm)?;
        }
    }
    if let Some(nm) = names {
        let ids = it.str_ids(Val::Obj(nm));
        for (k, idx) in members.iter().enumerate() {
            let Some(nmj) = it.heap.attr(elems[k], "names") else { continue };
            let content = match &ids {
                Some(ids) => Elems::Values(idx.iter().map(|&i| ids[i as usize]).collect()),
                None => Elems::Unknown,
            };
            it.heap.obj_mut(nmj).body = Body::Elems(content);
        }
    }
    if let Some(l) = levels {
        it.heap.set_attr(vec, "names", l)?;
    }
    Ok(Val::Obj(vec))
}

/// `SET_VECTOR_ELT(vec, k, part)` into a new list whose elements are `NULL`.
fn set_elt(it: &mut Interp, vec: ObjId, k: usize, part: ObjId) {
    if let Body::Elems(Elems::Values(v)) = &mut it.heap.obj_mut(vec).body {
        v[k] = part;
    }
    let r = &mut it.heap.obj_mut(part).refs;
    *r = r.saturating_add(1);
    it.heap.write_barrier(vec, Val::Obj(part));
}

/// A new vector of `x`'s type holding `x`'s elements at `idx` (values known when `x`'s are).
fn subset_of(it: &mut Interp, x: Val, t: SexpType, idx: &[u64]) -> EvalResult<ObjId> {
    let n = idx.len() as u64;
    Ok(match t {
        SexpType::Str => {
            let content = match it.str_ids(x) {
                Some(ids) => Elems::Values(idx.iter().map(|&i| ids[i as usize]).collect()),
                None => Elems::Unknown,
            };
            it.new_strs(n, content)?
        }
        SexpType::Vec | SexpType::Expr => match it.list_elems(x) {
            Some(els) => {
                let part = it.new_list(idx.iter().map(|&i| els[i as usize]).collect())?;
                it.heap.obj_mut(part).sexp = t;
                part
            }
            None => it.heap.alloc_vector(t, n, Body::Elems(Elems::Unknown))?,
        },
        _ => {
            let vals: Option<Vec<f64>> = idx.iter().map(|&i| it.num_elt(x, i)).collect();
            it.new_num(t, n, vals.map_or(Num::Unknown, |v| Num::Values(Rc::new(v))))?
        }
    })
}
