//! Indexing: `[`, `[[`, `$` and their replacement forms, with copy-on-modify and R's growth of
//! vectors assigned past their end (`subassign.c: EnlargeVector`, `R_EXPAND_FRAC`).

use std::rc::Rc;

use super::inlined;
use super::{Args, Builtin, Cost, Imp, Shape};
use crate::error::SimError;
use crate::heap::{Base, Body, Elems, Num, Obj, ObjId, Patched, SexpType, Val, MAX_PATCHES, NIL};
use crate::lang::ast::Expr;
use crate::lang::eval::{ArgVal, CallCtx};
use crate::lang::interp::{num_at, EvalResult, Flow, Interp, Mode, MAX_CONCRETE};
use crate::profile::R_EXPAND_FRAC;
use crate::sym::Sym;

pub(super) const BUILTINS: &[Builtin] = &[
    inlined("[", &["x", "..."], subset1),
    inlined("[[", &["x", "..."], subset2),
    // `.subset(x, ...)`, `.subset2(x, ...)` (subset.c `do_subset_dflt`, `do_subset2_dflt`): the
    // default methods, called without dispatch
    super::primitive(".subset", &["x", "..."], subset1),
    super::primitive(".subset2", &["x", "..."], subset2),
    Builtin {
        name: "$",
        formals: &[],
        shape: Shape::Special,
        scratch: Cost { nodes: 0, vcells: 0 },
        imp: Imp::Special(dollar_special),
    },
];

fn subset1(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = a.need(ctx, "x")?;
    let drop = a.dots.iter().find(|d| d.name.as_deref() == Some("drop")).map(|d| it.num_elt(d.value, 0) != Some(0.0));
    let idx: Vec<ArgVal> = a.dots.iter().filter(|d| d.name.as_deref() != Some("drop")).cloned().collect();
    index1(it, ctx, x, &idx, drop)
}

fn subset2(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = a.need(ctx, "x")?;
    let idx: Vec<ArgVal> = a.dots.iter().filter(|d| d.name.as_deref() != Some("exact")).cloned().collect();
    index2(it, ctx, x, &idx)
}

fn dollar_special(it: &mut Interp, ctx: &CallCtx) -> EvalResult<Val> {
    let xe = ctx.call.args.first().and_then(|a| a.value.as_ref()).ok_or_else(|| ctx.error("invalid subsetting"))?;
    let x = it.eval(xe, ctx.env, ctx.mode)?;
    let name = super::dollar_name(&ctx.call.args[1..]).ok_or_else(|| ctx.error("invalid subscript type 'language'"))?;
    dollar(it, x, &name)
}

pub fn dollar(it: &mut Interp, x: Val, name: &str) -> EvalResult<Val> {
    let Val::Obj(o) = x else {
        return Err(Flow::from(SimError::new("$ operator is invalid for atomic vectors")));
    };
    match it.heap.obj(o).sexp {
        SexpType::Vec => {
            let names = it.names(x).unwrap_or_default();
            let pos = names.iter().position(|n| n.as_deref() == Some(name)).or_else(|| {
                let c: Vec<usize> = names
                    .iter()
                    .enumerate()
                    .filter(|(_, n)| n.as_deref().is_some_and(|n| n.starts_with(name)))
                    .map(|(i, _)| i)
                    .collect();
                (c.len() == 1).then(|| c[0])
            });
            Ok(Val::Obj(match pos {
                Some(i) => it.list_elem(x, i as u64).unwrap_or(NIL),
                None => NIL,
            }))
        }
        SexpType::Env => match it.env(o).find(&Sym::new(name)) {
            Some(i) => {
                let v = it.env(o).values[i];
                match v {
                    Val::Obj(p) if it.heap.obj(p).sexp == SexpType::Prom => it.force(p),
                    v => Ok(v),
                }
            }
            None => Ok(Val::Obj(NIL)),
        },
        SexpType::Nil => Ok(Val::Obj(NIL)),
        SexpType::Lang if super::subset_lang::is_call(it, x) => super::subset_lang::dollar(it, x, name),
        SexpType::List => Ok(super::subset_lang::pairlist_tagged(it, x, name, true)),
        _ => Err(Flow::from(SimError::new("$ operator is invalid for atomic vectors"))),
    }
}

/// Which elements an index selects (0-based), for a dimension of extent `n`; `None` if unknown.
fn resolve_index(
    it: &Interp,
    i: Val,
    n: u64,
    names: Option<&Vec<Option<Rc<str>>>>,
) -> Result<Option<Vec<u64>>, String> {
    if i == Val::Obj(NIL) {
        return Ok(Some(Vec::new()));
    }
    match it.type_of(i) {
        SexpType::Str => {
            let Some(keys) = it.str_values(i) else {
                return Ok(None);
            };
            let Some(names) = names else {
                return Ok(Some(vec![u64::MAX; keys.len()]));
            };
            Ok(Some(
                keys.iter()
                    .map(|k| names.iter().position(|nm| nm.is_some() && nm == k).map_or(u64::MAX, |p| p as u64))
                    .collect(),
            ))
        }
        SexpType::Lgl => {
            let len = it.length(i);
            if len == 1 {
                return Ok(match it.num_elt(i, 0) {
                    // (a long selection is described by its count only: host memory stays small)
                    Some(x) if x != 0.0 && !x.is_nan() && n > MAX_CONCRETE => None,
                    Some(x) if x != 0.0 && !x.is_nan() => Some((0..n).collect()),
                    Some(_) => Some(Vec::new()),
                    None => None,
                });
            }
            let Some(v) = it.num_values(i) else {
                return Ok(None);
            };
            if n > MAX_CONCRETE {
                return Ok(None);
            }
            if len == 0 {
                return Ok(Some(Vec::new()));
            }
            // (an NA selects an NA element: logicalSubscript gives NA_INTEGER)
            Ok(Some(
                (0..n.max(len))
                    .filter(|&k| v[(k % len) as usize] != 0.0)
                    .map(|k| if v[(k % len) as usize].is_nan() { u64::MAX } else { k })
                    .collect(),
            ))
        }
        SexpType::Int | SexpType::Real => {
            let len = it.length(i);
            let content = it.num_content(i);
            // fast description for sequences
            if let Num::Seq { from, by } = content {
                if by == 1.0 && from >= 1.0 {
                    if len > MAX_CONCRETE {
                        return Ok(None);
                    }
                    return Ok(Some((0..len).map(|k| (from + k as f64) as u64 - 1).collect()));
                }
            }
            if len > MAX_CONCRETE * 16 {
                return Ok(None);
            }
            let vals: Option<Vec<f64>> = (0..len).map(|k| num_at(&content, k)).collect();
            let Some(vals) = vals else { return Ok(None) };
            if vals.iter().any(|&x| x < 0.0) {
                if vals.iter().any(|&x| x > 0.0) {
                    return Err("can't mix positive and negative subscripts".into());
                }
                if n > MAX_CONCRETE {
                    return Ok(None);
                }
                // zero subscripts (after truncation) select nothing: `x[-c(2, 0)]` drops only the second
                let excl: std::collections::HashSet<u64> =
                    vals.iter().filter(|&&x| x <= -1.0).map(|&x| (-x) as u64 - 1).collect();
                return Ok(Some((0..n).filter(|k| !excl.contains(k)).collect()));
            }
            Ok(Some(
                vals.iter()
                    .filter(|&&x| x >= 1.0 || x.is_nan())
                    .map(|&x| if x.is_nan() { u64::MAX } else { x as u64 - 1 })
                    .collect(),
            ))
        }
        t => Err(format!("invalid subscript type '{}'", t.type_name())),
    }
}

/// How many elements an index selects when the elements are unknown.
fn index_count(it: &Interp, i: Val, n: u64) -> u64 {
    match it.type_of(i) {
        SexpType::Lgl if it.length(i) == 1 => match it.num_elt(i, 0) {
            Some(0.0) => 0,
            _ => n,
        },
        // a logical index of one repeated value (`x[x > 0]` on a constant vector)
        SexpType::Lgl => match it.num_content(i) {
            Num::Fill(0.0) => 0,
            Num::Fill(_) => n.max(it.length(i)),
            _ => it.length(i),
        },
        SexpType::Int | SexpType::Real => match it.num_values(i) {
            // negative indices drop their (distinct, in-range) elements
            Some(v) if !v.is_empty() && v.iter().all(|&x| x < 0.0) => {
                let excl: std::collections::HashSet<u64> =
                    v.iter().map(|&x| (-x) as u64).filter(|&k| k >= 1 && k <= n).collect();
                n - excl.len() as u64
            }
            Some(v) => v.iter().filter(|&&x| x != 0.0).count() as u64,
            None => it.length(i),
        },
        _ => it.length(i),
    }
}

fn dims(it: &Interp, x: Val) -> Option<Vec<u64>> {
    let Val::Obj(o) = x else { return None };
    let d = it.heap.attr(o, "dim")?;
    it.num_values(Val::Obj(d)).map(|v| v.into_iter().map(|x| x as u64).collect())
}

/// A matrix subscript of an array (VectorSubset, SubassignN): a numeric (or character, through
/// the dimnames: strmat2intmat) matrix with one column per dimension selects one cell per row.
/// `mat2indsub` turns it into the cells' linear indices (a new integer vector; 0 and NA stay so);
/// `None` when `i` is not such a subscript.
fn matrix_subscript(it: &mut Interp, ctx: &CallCtx, x: Val, i: Val) -> EvalResult<Option<Val>> {
    let Val::Obj(io) = i else { return Ok(None) };
    let Some(idim) = dims(it, i) else { return Ok(None) };
    let Some(xdim) = dims(it, x) else { return Ok(None) };
    let it_type = it.heap.obj(io).sexp;
    if idim.len() != 2 || idim[1] as usize != xdim.len() || xdim.len() < 2 {
        return Ok(None);
    }
    let nrs = idim[0] as usize;
    let cells: Option<Vec<f64>> = match it_type {
        SexpType::Int | SexpType::Real => it.num_values(i),
        SexpType::Str => {
            // strmat2intmat: each name looked up in its dimension's names
            let dimnames: Vec<Option<Vec<Option<Rc<str>>>>> = match x {
                Val::Obj(o) => match it.heap.attr(o, "dimnames").and_then(|dn| it.list_elems(Val::Obj(dn))) {
                    Some(e) => e.iter().map(|&v| it.str_values(Val::Obj(v))).collect(),
                    None => vec![None; xdim.len()],
                },
                _ => vec![None; xdim.len()],
            };
            let Some(strs) = it.str_values(i) else { return Ok(None) };
            let mut out = Vec::with_capacity(strs.len());
            for (k, s) in strs.iter().enumerate() {
                let names = dimnames.get(k / nrs.max(1)).and_then(|n| n.as_ref());
                let pos = match (s, names) {
                    (None, _) => crate::heap::na_real(),
                    (Some(s), Some(n)) => match n.iter().position(|m| m.as_deref() == Some(&**s)) {
                        Some(p) => (p + 1) as f64,
                        None => return Err(ctx.error("subscript out of bounds")),
                    },
                    (Some(_), None) => return Err(ctx.error("subscript out of bounds")),
                };
                out.push(pos);
            }
            Some(out)
        }
        _ => return Ok(None),
    };
    let Some(cells) = cells else {
        // unknown subscripts: one unknown index per row
        return Ok(Some(Val::Obj(it.new_num(SexpType::Int, nrs as u64, Num::Unknown)?)));
    };
    let mut lin = vec![1.0; nrs];
    for (r, out) in lin.iter_mut().enumerate() {
        let mut tdim = 1.0;
        for (j, &d) in xdim.iter().enumerate() {
            let k = cells[r + j * nrs];
            if k.is_nan() {
                *out = crate::heap::na_real();
                break;
            }
            if k < 0.0 {
                return Err(ctx.error("negative values are not allowed in a matrix subscript"));
            }
            let k = k.trunc();
            if k == 0.0 {
                *out = 0.0;
                break;
            }
            if k > d as f64 {
                return Err(ctx.error("subscript out of bounds"));
            }
            *out += (k - 1.0) * tdim;
            tdim *= d as f64;
        }
    }
    Ok(Some(Val::Obj(it.new_num(SexpType::Int, nrs as u64, Num::Values(Rc::new(lin)))?)))
}

/// `x[i]`, `x[i, j]`.
pub fn index1(it: &mut Interp, ctx: &CallCtx, x: Val, idx: &[ArgVal], drop: Option<bool>) -> EvalResult<Val> {
    // a deferred string without attributes is subset as the numbers it writes out, into a new
    // deferred string (`deferred_string_Extract_subset`)
    if let (Some(numbers), Val::Obj(o), 1) = (super::strings::deferred_state(it, x), x, idx.len()) {
        if it.heap.obj(o).attrs.is_none() {
            let numbers = Val::Obj(numbers);
            let sub = index1(it, ctx, numbers, idx, drop)?;
            it.heap.protect(sub);
            if let Some(d) = super::strings::deferred_string(it, sub)? {
                return Ok(Val::Obj(d));
            }
        }
    }
    let t = it.type_of(x);
    if t == SexpType::Nil {
        return Ok(Val::Obj(NIL));
    }
    if idx.len() == 1 && super::subset_lang::is_call(it, x) {
        return super::subset_lang::index1(it, ctx, x, idx[0].value);
    }
    let missing = |v: Val| v == Val::Obj(it.missing_arg);
    if idx.len() == 2 && super::data_frame::is_data_frame(it, x) {
        let given = |v: Val| (v != Val::Obj(it.missing_arg)).then_some(v);
        return super::data_frame::subset(it, ctx, x, given(idx[0].value), given(idx[1].value), drop);
    }
    if idx.len() >= 2 {
        let d = dims(it, x).ok_or_else(|| ctx.error("incorrect number of dimensions"))?;
        if d.len() != idx.len() {
            return Err(ctx.error("incorrect number of dimensions"));
        }
        // the elements selected along each dimension, when the indices are known
        let dimnames: Vec<Option<Vec<Option<Rc<str>>>>> = match x {
            Val::Obj(o) => match it.heap.attr(o, "dimnames").and_then(|dn| it.list_elems(Val::Obj(dn))) {
                Some(e) => e.iter().map(|&v| it.str_values(Val::Obj(v))).collect(),
                None => vec![None; d.len()],
            },
            _ => vec![None; d.len()],
        };
        let mut sets: Vec<Option<Vec<u64>>> = Vec::new();
        for (k, a) in idx.iter().enumerate() {
            if missing(a.value) {
                sets.push((d[k] <= MAX_CONCRETE).then(|| (0..d[k]).collect()));
            } else {
                let sel = resolve_index(it, a.value, d[k], dimnames.get(k).and_then(|n| n.as_ref()))
                    .map_err(|m| ctx.error(m))?;
                if sel.as_ref().is_some_and(|s| s.iter().any(|&i| i >= d[k])) {
                    return Err(ctx.error("subscript out of bounds"));
                }
                sets.push(sel);
            }
        }
        let extents: Vec<u64> = sets
            .iter()
            .zip(idx)
            .enumerate()
            .map(|(k, (s, a))| match s {
                Some(s) => s.len() as u64,
                None if missing(a.value) => d[k],
                None => index_count(it, a.value, d[k]),
            })
            .collect();
        let total: u64 = extents.iter().product();
        // source offsets of the result's elements, column-major (small results only: host memory
        // follows the number of objects, not their simulated size)
        let offsets: Option<Vec<u64>> = (total <= MAX_CONCRETE && sets.iter().all(|s| s.is_some())).then(|| {
            let sets: Vec<&Vec<u64>> = sets.iter().map(|s| s.as_ref().unwrap()).collect();
            cell_offsets(&sets, &d)
        });
        let content = match (it.num_content(x), &offsets) {
            (Num::Complex(_), Some(offs)) if total <= MAX_CONCRETE => super::complex::pick(it, x, offs),
            (Num::Complex(_), _) => Num::Unknown,
            (Num::Fill(v), _) => Num::Fill(v),
            (c, Some(offs)) if total <= MAX_CONCRETE => {
                let vals: Option<Vec<f64>> = offs.iter().map(|&o| num_at(&c, o)).collect();
                vals.map_or(Num::Unknown, |v| crate::lang::interp::normalize_num(Num::Values(Rc::new(v)), total))
            }
            _ => Num::Unknown,
        };
        let strs = match (x, &offsets) {
            (Val::Obj(o), Some(offs)) if t == SexpType::Str && total <= MAX_CONCRETE => match &it.heap.obj(o).body {
                Body::Elems(Elems::Values(v)) => {
                    offs.iter().map(|&k| v.get(k as usize).copied()).collect::<Option<Vec<ObjId>>>().map(Elems::Values)
                }
                _ => None,
            },
            _ => None,
        };
        let id = match t {
            SexpType::Str => it.new_strs(total, strs.unwrap_or(Elems::Unknown))?,
            SexpType::Vec => it.heap.alloc_vector(t, total, Body::Elems(Elems::Unknown))?,
            _ => it.new_num(t, total, content)?,
        };
        let kept_dims: Vec<usize> = if drop.unwrap_or(true) {
            (0..extents.len()).filter(|&k| extents[k] != 1).collect()
        } else {
            (0..extents.len()).collect()
        };
        let keep: Vec<u64> = kept_dims.iter().map(|&k| extents[k]).collect();
        // the names of what was selected along dimension k
        let picked = |k: usize| -> Option<Vec<Option<Rc<str>>>> {
            let names = dimnames.get(k)?.as_ref()?;
            let sel = sets.get(k)?.as_ref()?;
            Some(sel.iter().map(|&i| names.get(i as usize).cloned().flatten()).collect())
        };
        it.heap.protect(Val::Obj(id));
        if keep.len() >= 2 {
            super::vectors::attach_dim(it, id, &keep)?;
            if dimnames.iter().any(|n| n.is_some()) {
                let mut parts = Vec::new();
                for &k in &kept_dims {
                    let part = match picked(k) {
                        Some(v) => {
                            let refs: Vec<Option<&str>> = v.iter().map(|s| s.as_deref()).collect();
                            let p = it.mk_strings(&refs)?;
                            it.heap.protect(Val::Obj(p));
                            p
                        }
                        None => NIL,
                    };
                    parts.push(part);
                }
                let dn = it.new_list(parts)?;
                it.heap.set_attr(id, "dimnames", dn)?;
            }
        } else if let [k] = kept_dims[..] {
            if let Some(v) = picked(k) {
                let refs: Vec<Option<&str>> = v.iter().map(|s| s.as_deref()).collect();
                let nm = it.mk_strings(&refs)?;
                it.heap.set_attr(id, "names", nm)?;
            }
        }
        return Ok(Val::Obj(id));
    }
    let Some(i) = idx.first().map(|a| a.value).filter(|v| !missing(*v)) else {
        return Ok(x);
    };
    let ans = vector_subset(it, ctx, x, i)?;
    one_dimensional_result(it, x, ans, drop.unwrap_or(true))
}

/// do_subset_dflt on a one-dimensional array: the result of VectorSubset stays one (its names
/// become its dimnames) unless it has length one and `drop` is TRUE.
fn one_dimensional_result(it: &mut Interp, x: Val, ans: Val, drop: bool) -> EvalResult<Val> {
    let (Val::Obj(xo), Val::Obj(a)) = (x, ans) else { return Ok(ans) };
    let Some(dim) = it.heap.attr(xo, "dim") else { return Ok(ans) };
    let len = it.length(ans);
    if it.heap.obj(dim).length != 1 || (drop && len <= 1) || a == NIL {
        return Ok(ans);
    }
    it.heap.protect(ans);
    let nm = it.heap.attr(a, "names").unwrap_or(NIL);
    let new_dim = it.new_num(SexpType::Int, 1, Num::Values(Rc::new(vec![len as f64])))?;
    if let Some(dim_names) = it.heap.attr(dim, "names") {
        it.heap.set_attr(new_dim, "names", dim_names)?;
    }
    it.heap.set_attr(a, "dim", new_dim)?;
    if let Some(dn) = it.heap.attr(xo, "dimnames") {
        let nattrib = it.duplicate(dn)?;
        let mut elems = it.list_elems(Val::Obj(nattrib)).unwrap_or_default();
        if let Some(first) = elems.first_mut() {
            *first = nm;
        }
        it.heap.set_elems(nattrib, Elems::Values(elems));
        it.heap.set_attr(a, "dimnames", nattrib)?;
        it.heap.set_attr(a, "names", NIL)?;
    }
    Ok(ans)
}

/// VectorSubset: `x[i]` of a vector by one subscript.
fn vector_subset(it: &mut Interp, ctx: &CallCtx, x: Val, i: Val) -> EvalResult<Val> {
    let i = match matrix_subscript(it, ctx, x, i)? {
        Some(lin) => {
            it.heap.protect(lin);
            lin
        }
        None => i,
    };
    let t = it.type_of(x);
    let n = it.length(x);
    let names = it.names(x);
    // Byte code's scalar fast path: a known scalar of an atomic vector is pushed unboxed.
    let sel = resolve_index(it, i, n, names.as_ref()).map_err(|m| ctx.error(m))?;
    let count = sel.as_ref().map_or(index_count(it, i, n), |s| s.len() as u64);
    match t {
        SexpType::Vec | SexpType::Expr => {
            let elems = it.list_elems(x);
            let out: Option<Vec<ObjId>> = match (&sel, &elems) {
                (Some(s), Some(e)) => Some(s.iter().map(|&k| e.get(k as usize).copied().unwrap_or(NIL)).collect()),
                _ => None,
            };
            let id = match out {
                Some(v) => it.new_list(v)?,
                None => it.heap.alloc_vector(t, count, Body::Elems(Elems::Unknown))?,
            };
            if let (Some(s), Some(nm)) = (&sel, &names) {
                picked_names(it, id, s, nm)?;
            }
            Ok(Val::Obj(id))
        }
        SexpType::Str => {
            let ids: Option<Vec<ObjId>> = match (&sel, x) {
                (Some(s), Val::Obj(o)) => match &it.heap.obj(o).body {
                    Body::Elems(Elems::Values(v)) => {
                        Some(s.iter().map(|&k| v.get(k as usize).copied().unwrap_or(it.na_string)).collect())
                    }
                    Body::Elems(Elems::Fill(c)) => {
                        Some(s.iter().map(|&k| if k < n { *c } else { it.na_string }).collect())
                    }
                    Body::Elems(Elems::Sparse { fill, patches }) => Some(
                        s.iter()
                            .map(|&k| if k < n { *patches.get(&k).unwrap_or(fill) } else { it.na_string })
                            .collect(),
                    ),
                    _ => None,
                },
                _ => None,
            };
            let e = ids.map_or(Elems::Unknown, Elems::Values);
            let id = it.new_strs(count, e)?;
            if let (Some(s), Some(nm)) = (&sel, &names) {
                picked_names(it, id, s, nm)?;
            }
            Ok(Val::Obj(id))
        }
        _ => {
            let content = match &sel {
                Some(s) if count <= MAX_CONCRETE && t == SexpType::Cplx => super::complex::pick(it, x, s),
                Some(s) if count <= MAX_CONCRETE => {
                    let vals: Option<Vec<f64>> = s
                        .iter()
                        .map(|&k| if k < n { it.num_elt(x, k) } else { Some(crate::heap::na_real()) })
                        .collect();
                    vals.map_or(Num::Unknown, |v| Num::Values(Rc::new(v)))
                }
                _ => match it.num_content(x) {
                    Num::Fill(v) => Num::Fill(v),
                    _ => Num::Unknown,
                },
            };
            // `[.factor` gives the result the factor's own levels and class vectors
            let factor = match x {
                Val::Obj(o) => it.heap.attr(o, "levels").zip(it.heap.attr(o, "class")),
                _ => None,
            };
            if count == 1 && ctx.mode == Mode::Compiled && names.is_none() && factor.is_none() {
                if let Num::Values(v) = &content {
                    return Ok(it.scalar(t, v[0], Mode::Compiled)?);
                }
            }
            let id = it.new_num(t, count, content)?;
            if let (Some(s), Some(nm)) = (&sel, &names) {
                picked_names(it, id, s, nm)?;
            }
            if let Some((levels, class)) = factor {
                it.heap.set_attr(id, "levels", levels)?;
                it.heap.set_attr(id, "class", class)?;
            }
            Ok(Val::Obj(id))
        }
    }
}

/// The names of the elements `sel` picked (`ExtractSubset` of the names), set on the result.
fn picked_names(it: &mut Interp, id: ObjId, sel: &[u64], names: &[Option<Rc<str>>]) -> EvalResult<()> {
    let picked: Vec<Option<&str>> = sel.iter().map(|&k| names.get(k as usize).and_then(|x| x.as_deref())).collect();
    let nmv = it.mk_strings(&picked)?;
    it.heap.set_attr(id, "names", nmv)?;
    Ok(())
}

/// `x[[i]]`.
pub fn index2(it: &mut Interp, ctx: &CallCtx, x: Val, idx: &[ArgVal]) -> EvalResult<Val> {
    let t = it.type_of(x);
    // do_subset2_dflt: `NULL[[...]]` is NULL
    if t == SexpType::Nil {
        return Ok(x);
    }
    let Some(i) = idx.first().map(|a| a.value) else {
        return Err(ctx.error("invalid subscript"));
    };
    // do_subset2_dflt: `NULL[[i]]` is NULL whatever the subscript
    if t == SexpType::Nil {
        return Ok(Val::Obj(NIL));
    }
    if super::subset_lang::is_call(it, x) {
        return super::subset_lang::index2(it, ctx, x, i);
    }
    if super::subset_lang::is_pairlist(it, x) {
        return super::subset_lang::pairlist_elt(it, ctx, x, i, false);
    }
    if t == SexpType::Env {
        let name = it
            .str_values(i)
            .and_then(|s| s.first().cloned().flatten())
            .ok_or_else(|| ctx.error("wrong args for environment subassignment"))?;
        return dollar(it, x, &name);
    }
    let n = it.length(x);
    let names = it.names(x);
    let sel = resolve_index(it, i, n, names.as_ref()).map_err(|m| ctx.error(m))?;
    let k = match sel {
        Some(s) if s.len() == 1 => s[0],
        Some(_) => return Err(ctx.error("subscript out of bounds")),
        None => 0,
    };
    // do_subset2_dflt: a name not found (get1index -1) in a list is NULL, "a bold attempt to get
    // the same behaviour for $ and [["
    if k == u64::MAX && matches!(t, SexpType::Vec | SexpType::Expr) {
        return Ok(Val::Obj(NIL));
    }
    if k >= n {
        return Err(ctx.error("subscript out of bounds"));
    }
    match t {
        SexpType::Vec | SexpType::Expr => Ok(Val::Obj(it.list_elem(x, k).unwrap_or(NIL))),
        SexpType::List => match x {
            Val::Obj(o) => match &it.heap.obj(o).body {
                Body::Pairlist(items) => Ok(items[k as usize].1),
                _ => Ok(Val::Obj(NIL)),
            },
            _ => Ok(Val::Obj(NIL)),
        },
        SexpType::Str => {
            let ch = match x {
                Val::Obj(o) => match &it.heap.obj(o).body {
                    Body::Elems(Elems::Values(v)) => v[k as usize],
                    Body::Elems(Elems::Fill(c)) => *c,
                    Body::Elems(Elems::Sparse { fill, patches }) => *patches.get(&k).unwrap_or(fill),
                    _ => it.na_string,
                },
                _ => it.na_string,
            };
            Ok(Val::Obj(it.new_strs(1, Elems::Values(vec![ch]))?))
        }
        SexpType::Nil => Ok(Val::Obj(NIL)),
        SexpType::Lang => {
            // a call's function, then its arguments (an empty one is the missing argument)
            let part = match x {
                Val::Obj(o) => match &it.heap.obj(o).body {
                    Body::Lang(Expr::Call(c)) if k == 0 => Some(c.fun.clone()),
                    Body::Lang(Expr::Call(c)) => c.args.get(k as usize - 1).and_then(|a| a.value.clone()),
                    Body::Lang(Expr::Function(_)) if k == 0 => Some(Expr::sym("function")),
                    Body::Lang(Expr::Function(f)) if k == 2 => Some(f.body.clone()),
                    _ => None,
                },
                _ => None,
            };
            match part {
                Some(Expr::Const(c)) => Ok(Val::Obj(it.const_obj(&c)?)),
                Some(e) => Ok(Val::Obj(super::objects::lang_obj(it, e)?)),
                None => Ok(Val::Obj(it.missing_arg)),
            }
        }
        _ => {
            let v = it.num_elt(x, k);
            match v {
                Some(v) => Ok(it.scalar(t, v, ctx.mode)?),
                None => Ok(Val::Obj(it.new_num(t, 1, Num::Unknown)?)),
            }
        }
    }
}

/// A copy of `x` with room for `new_len` elements: `EnlargeVector` over-allocates by
/// `R_EXPAND_FRAC` so later appends happen in place.
pub(super) fn enlarge(it: &mut Interp, x: ObjId, new_len: u64) -> EvalResult<ObjId> {
    let o = it.heap.obj(x);
    let (t, cap) = (o.sexp, o.capacity);
    if new_len <= cap && !o.altrep {
        it.heap.obj_mut(x).length = new_len;
        return Ok(x);
    }
    let cap = ((new_len as f64) * R_EXPAND_FRAC) as u64;
    let body = match &it.heap.obj(x).body {
        Body::Num(n) => Body::Num(n.clone()),
        Body::Elems(Elems::Values(v)) => Body::Elems(Elems::Values(v.clone())),
        Body::Elems(e) => Body::Elems(e.clone()),
        _ => Body::Num(Num::Unknown),
    };
    let attrs = it.heap.obj(x).attrs.clone();
    let mut nobj = Obj::vector_with_capacity(t, new_len, cap, body);
    nobj.nodes += attrs.as_ref().map_or(0, |a| a.len() as u32);
    nobj.attrs = attrs;
    let id = it.heap.alloc(nobj)?;
    let pad = if t == SexpType::Str { it.na_string } else { NIL };
    if new_len > MAX_CONCRETE && matches!(it.heap.obj(id).body, Body::Elems(_)) {
        // (too long to list: held sparsely, the new elements NULL or NA)
        let old = it.heap.obj(x).length;
        let e = write_sparse(it, id, new_len, old, pad, &[], &[]);
        it.heap.obj_mut(id).body = Body::Elems(e);
    } else if let Body::Elems(Elems::Values(v)) = &mut it.heap.obj_mut(id).body {
        v.resize(new_len as usize, pad);
    }
    Ok(id)
}

/// The checks of `OneIndex` (subscript.c) on the one subscript of `x[[i]] <- value` for a vector
/// of length `nx` (a longer subscript recurses into a list, as `do_subassign2_dflt`).
fn one_index(it: &Interp, ctx: &CallCtx, s: Val, nx: u64) -> EvalResult<()> {
    if it.length(s) == 0 {
        return Err(ctx.error("attempt to select less than one element in OneIndex"));
    }
    let less = |f: &str| Err(ctx.error(format!("attempt to select less than one element in {f}")));
    let more = |f: &str| Err(ctx.error(format!("attempt to select more than one element in {f}")));
    match it.type_of(s) {
        // integerOneIndex: NA_INTEGER is negative
        SexpType::Lgl | SexpType::Int => {
            let Some(i) = it.num_elt(s, 0) else { return Ok(()) };
            let i = if i.is_nan() { i32::MIN as f64 } else { i };
            if i > 0.0 {
                Ok(())
            } else if i == 0.0 || nx < 2 {
                less("integerOneIndex")
            } else if nx == 2 && i > -3.0 {
                Ok(())
            } else {
                more("integerOneIndex")
            }
        }
        SexpType::Real => match it.num_elt(s, 0) {
            Some(d) if d.is_nan() => Err(ctx.error("[[ ]] subscript out of bounds")),
            Some(d) if d >= 1.0 => Ok(()),
            Some(d) if d > -1.0 || nx < 2 => less("OneIndex <real>"),
            Some(d) if nx == 2 && d > -3.0 => Ok(()),
            Some(_) => more("OneIndex <real>"),
            None => Ok(()),
        },
        _ => Ok(()),
    }
}

/// `x[i] <- value`, `x[[i]] <- value`.
pub fn assign_index(
    it: &mut Interp,
    ctx: &CallCtx,
    x: Val,
    idx: &[ArgVal],
    value: Val,
    double: bool,
) -> EvalResult<Val> {
    if double && idx.len() == 1 && super::subset_lang::is_call(it, x) {
        return super::subset_lang::assign_index2(it, ctx, x, idx[0].value, value);
    }
    if let Val::Obj(env) = x {
        if it.heap.obj(env).sexp == SexpType::Env {
            return assign_in_environment(it, ctx, env, idx, value, double);
        }
    }
    let vt = it.type_of(value);
    let xt0 = it.type_of(x);
    // x[[i]] <- NULL on a list deletes; on an atomic vector it is an error
    if double && value == Val::Obj(NIL) {
        if xt0 == SexpType::Vec {
            return delete_element(it, ctx, x, idx);
        }
        if xt0 != SexpType::Nil {
            return Err(ctx.error("replacement has length zero"));
        }
        return Ok(x);
    }
    // do_subassign2_dflt: an atomic vector takes exactly one element
    if double && xt0.is_vector() && !matches!(xt0, SexpType::Vec | SexpType::Expr) && idx.len() == 1 {
        match it.length(value) {
            0 => return Err(ctx.error("replacement has length zero")),
            1 => {}
            _ => return Err(ctx.error("more elements supplied than there are to replace")),
        }
    }
    let xt = if xt0 == SexpType::Nil {
        // (do_subassign2_dflt: NULL becomes a list, in R 4.x whatever the value)
        if double {
            SexpType::Vec
        } else {
            vt
        }
    } else {
        xt0
    };
    let target_t = if double && xt == SexpType::Vec {
        SexpType::Vec
    } else {
        let r = super::vectors::type_rank(xt).max(super::vectors::type_rank(vt));
        let r = if xt == SexpType::Vec { super::vectors::type_rank(SexpType::Vec) } else { r };
        super::vectors::rank_type(r)
    };
    let n = it.length(x);
    let mut id = if xt0 == SexpType::Nil {
        match target_t {
            SexpType::Vec => it.new_list(Vec::new())?,
            SexpType::Str => it.new_strs(0, Elems::Values(Vec::new()))?,
            t => it.new_num(t, 0, Num::Values(Rc::new(Vec::new())))?,
        }
    } else if target_t != xt {
        // coercion: a new vector of the wider type (SubassignTypeFix: coerceVector, so numbers
        // become the strings StringFromReal writes)
        match target_t {
            SexpType::Str => match super::coerce::coerce_vector(it, x, SexpType::Str)? {
                Val::Obj(o) => o,
                _ => it.new_strs(n, Elems::Unknown)?,
            },
            SexpType::Vec => it.heap.alloc_vector(SexpType::Vec, n, Body::Elems(Elems::Unknown))?,
            t => {
                let c = super::convert::convert_num(it.num_content(x), xt, t);
                it.new_num(t, n, c)?
            }
        }
    } else {
        super::vectors::modifiable(it, x)?
    };
    if target_t != xt && xt0 != SexpType::Nil {
        // `coerceVector` keeps the attributes (a matrix stays a matrix)
        it.heap.copy_attrs(x, id)?;
    }
    it.heap.protect(Val::Obj(id));
    if idx.len() >= 2 && dims(it, Val::Obj(id)).is_none() {
        // (a data frame's cells: values become unknown)
        if let Body::Num(c) = &mut it.heap.obj_mut(id).body {
            *c = Num::Unknown;
        }
        return Ok(Val::Obj(id));
    }
    if idx.len() >= 2 {
        // `MatrixAssign` / `ArrayAssign`: the offsets of the cells the subscripts select,
        // column-major, the value recycled over them
        let positions = array_positions(it, ctx, Val::Obj(id), idx)?;
        let len = it.heap.obj(id).length;
        if positions.as_ref().is_some_and(|p| !p.is_empty()) && it.length(value) == 0 {
            return Err(ctx.error("replacement has length zero"));
        }
        if let Some(p) = &positions {
            let m = it.length(value);
            if m > 0 && !(p.len() as u64).is_multiple_of(m) {
                return Err(ctx.error("number of items to replace is not a multiple of replacement length"));
            }
        }
        write_elements(it, id, positions, value, len, len, double)?;
        return Ok(Val::Obj(id));
    }
    let Some(i) = idx.first().map(|a| a.value) else {
        return Ok(Val::Obj(id));
    };
    let matrix_index = if double { None } else { matrix_subscript(it, ctx, Val::Obj(id), i)? };
    let i = match matrix_index {
        Some(lin) => {
            it.heap.protect(lin);
            lin
        }
        None => i,
    };
    if i == Val::Obj(it.missing_arg) {
        // `x[] <- value`: every element, the value recycled
        let len = it.heap.obj(id).length;
        if len <= crate::lang::interp::MAX_CONCRETE {
            write_elements(it, id, Some((0..len).collect()), value, len, len, double)?;
            return Ok(Val::Obj(id));
        }
        let fill = (it.length(value) == 1).then(|| it.num_elt(value, 0)).flatten();
        match &mut it.heap.obj_mut(id).body {
            Body::Num(c) => *c = fill.map_or(Num::Unknown, Num::Fill),
            Body::Elems(e) => *e = Elems::Unknown,
            _ => {}
        }
        return Ok(Val::Obj(id));
    }
    let names = it.names(Val::Obj(id));
    let is_str = it.type_of(i) == SexpType::Str;
    if double && it.length(i) <= 1 {
        one_index(it, ctx, i, n)?;
    }
    let mut sel = resolve_index(it, i, n, names.as_ref()).map_err(|m| ctx.error(m))?;
    // VectorAssign: an NA subscript (not a name) writes nothing, and is an error with a longer value
    if let Some(s) = sel.as_mut().filter(|s| !is_str && s.contains(&u64::MAX)) {
        if it.length(value) > 1 {
            return Err(ctx.error("NAs are not allowed in subscripted assignments"));
        }
        s.retain(|&k| k != u64::MAX);
    }
    let max_k = sel.as_ref().and_then(|s| s.iter().copied().filter(|&k| k != u64::MAX).max());
    // (an NA name matches nothing, not even another NA: each makes a new element named NA)
    // stringSubscript: a new name given twice makes one element (the second matches the first)
    let mut new_keys: Vec<Option<Rc<str>>> = Vec::new();
    let mut new_names: Vec<Option<Rc<str>>> = Vec::new();
    if let (true, Some(s)) = (is_str, &sel) {
        let keys = it.str_values(i).unwrap_or_default();
        for (_, key) in s.iter().zip(keys).filter(|(&k, _)| k == u64::MAX) {
            if key.is_none() || !new_names.contains(&key) {
                new_names.push(key.clone());
            }
            new_keys.push(key);
        }
    }
    let mut len = it.heap.obj(id).length;
    let old_len = len;
    let needed = max_k.map_or(0, |k| k + 1).max(len) + new_names.len() as u64;
    if needed > len {
        id = enlarge(it, id, needed)?;
        it.heap.protect(Val::Obj(id));
        if (!new_names.is_empty() || names.is_some()) && needed > MAX_CONCRETE {
            // (names too many to list: "" but those known, held sparsely)
            let mut patches = std::collections::BTreeMap::new();
            let upto = max_k.map_or(0, |k| k + 1).max(len);
            let named = names.iter().flatten().enumerate().map(|(k, s)| (k as u64, s));
            for (k, s) in named.chain(new_names.iter().enumerate().map(|(j, s)| (upto + j as u64, s))) {
                let c = match s {
                    Some(s) if s.is_empty() => continue,
                    Some(s) => it.mk_char(s)?,
                    None => it.na_string,
                };
                it.heap.protect(Val::Obj(c));
                patches.insert(k, c);
            }
            let e = if patches.len() as u64 > MAX_CONCRETE {
                Elems::Unknown
            } else {
                Elems::Sparse { fill: it.blank_string, patches: Rc::new(patches) }
            };
            let nmv = it.new_strs(needed, e)?;
            it.heap.set_attr(id, "names", nmv)?;
        } else if !new_names.is_empty() || names.is_some() {
            let mut nm: Vec<Option<Rc<str>>> = names.clone().unwrap_or_else(|| vec![Some(Rc::from("")); len as usize]);
            nm.resize(max_k.map_or(0, |k| k + 1).max(len) as usize, Some(Rc::from("")));
            nm.extend(new_names.iter().cloned());
            let refs: Vec<Option<&str>> = nm.iter().map(|s| s.as_deref()).collect();
            let nmv = it.mk_strings(&refs)?;
            it.heap.set_attr(id, "names", nmv)?;
        }
        len = needed;
    }
    // positions written (new names go at the end)
    let positions: Option<Vec<u64>> = sel.map(|s| {
        let first_new = len - new_names.len() as u64;
        let (mut extra, mut keys) = (first_new, new_keys.into_iter());
        s.into_iter()
            .map(|k| {
                if k != u64::MAX {
                    return k;
                }
                match keys.next().flatten() {
                    Some(key) if new_names[..(extra - first_new) as usize].contains(&Some(key.clone())) => {
                        first_new + new_names.iter().position(|n| n.as_deref() == Some(&*key)).unwrap_or(0) as u64
                    }
                    _ => {
                        extra += 1;
                        extra - 1
                    }
                }
            })
            .collect()
    });
    // SubassignN: `if (n > 0 && ny == 0) error(_("replacement has length zero"))`
    if !double
        && target_t != SexpType::Vec
        && it.length(value) == 0
        && positions.as_ref().is_some_and(|p| !p.is_empty())
    {
        return Err(ctx.error("replacement has length zero"));
    }
    write_elements(it, id, positions, value, len, old_len, double)?;
    Ok(Val::Obj(id))
}

/// The 0-based offsets, column-major, of the cells of array `x` that one subscript per dimension
/// selects (an empty subscript: the whole extent), if known and few.
fn array_positions(it: &mut Interp, ctx: &CallCtx, x: Val, idx: &[ArgVal]) -> EvalResult<Option<Vec<u64>>> {
    let d = dims(it, x).ok_or_else(|| ctx.error("incorrect number of subscripts on matrix"))?;
    if d.len() != idx.len() {
        return Err(ctx.error("incorrect number of subscripts"));
    }
    let dimnames: Vec<Option<Vec<Option<Rc<str>>>>> = match x {
        Val::Obj(o) => match it.heap.attr(o, "dimnames").and_then(|dn| it.list_elems(Val::Obj(dn))) {
            Some(e) => e.iter().map(|&v| it.str_values(Val::Obj(v))).collect(),
            None => vec![None; d.len()],
        },
        _ => vec![None; d.len()],
    };
    let mut sets: Vec<Vec<u64>> = Vec::new();
    for (k, a) in idx.iter().enumerate() {
        let set = if a.value == Val::Obj(it.missing_arg) {
            (d[k] <= MAX_CONCRETE).then(|| (0..d[k]).collect())
        } else {
            let sel =
                resolve_index(it, a.value, d[k], dimnames.get(k).and_then(|n| n.as_ref())).map_err(|m| ctx.error(m))?;
            if sel.as_ref().is_some_and(|s| s.iter().any(|&i| i >= d[k])) {
                return Err(ctx.error("subscript out of bounds"));
            }
            sel
        };
        match set {
            Some(s) => sets.push(s),
            None => return Ok(None),
        }
    }
    let total: u64 = sets.iter().map(|s| s.len() as u64).product();
    if total > MAX_CONCRETE {
        return Ok(None);
    }
    let sets: Vec<&Vec<u64>> = sets.iter().collect();
    Ok(Some(cell_offsets(&sets, &d)))
}

/// The offsets, column-major, of the cells that the index sets `sets` select in an array of
/// extents `d` (the first subscript varying fastest, as R's MatrixSubset/ArrayAssign visit them).
fn cell_offsets(sets: &[&Vec<u64>], d: &[u64]) -> Vec<u64> {
    let total: u64 = sets.iter().map(|s| s.len() as u64).product();
    let mut out = Vec::with_capacity(total as usize);
    let mut pos = vec![0usize; d.len()];
    for _ in 0..total {
        let (mut off, mut stride) = (0u64, 1u64);
        for k in 0..d.len() {
            off += sets[k][pos[k]] * stride;
            stride *= d[k];
        }
        out.push(off);
        for k in 0..d.len() {
            pos[k] += 1;
            if pos[k] < sets[k].len() {
                break;
            }
            pos[k] = 0;
        }
    }
    out
}

/// Store `value`'s elements at `positions` of vector `id` (length `len`); with `double`
/// (`x[[i]] <- value`), `value` itself is the one element of a list.
/// Elements past `old_len` (the vector grew) start as NA. The elements are changed in place (an
/// element written into a vector grown by one is amortised constant work, as in R).
fn write_elements(
    it: &mut Interp,
    id: ObjId,
    positions: Option<Vec<u64>>,
    value: Val,
    len: u64,
    old_len: u64,
    double: bool,
) -> EvalResult<()> {
    // no position selected: nothing is written (SubassignN's loop runs zero times)
    if positions.as_ref().is_some_and(|p| p.is_empty()) && len == old_len {
        return Ok(());
    }
    let t = it.heap.obj(id).sexp;
    match t {
        SexpType::Vec | SexpType::Expr => {
            // SubassignN: a list value gives its elements, recycled; a longer atomic value is
            // first made a list of length-one vectors (coerceVector to VECSXP)
            let vt = it.type_of(value);
            let value = if double {
                value
            } else if vt.is_vector() && !matches!(vt, SexpType::Vec | SexpType::Expr) && it.length(value) > 1 {
                let l = super::coerce::coerce_vector(it, value, SexpType::Vec)?;
                it.heap.protect(l);
                l
            } else {
                value
            };
            let sources: Vec<ObjId> = match it.type_of(value) {
                SexpType::Vec | SexpType::Expr if !double => match it.list_elems(value) {
                    Some(e) if !e.is_empty() => e,
                    _ => {
                        it.heap.obj_mut(id).body = Body::Elems(Elems::Unknown);
                        return Ok(());
                    }
                },
                _ => vec![it.boxed(value)?],
            };
            if let (true, Some(p)) = (len > MAX_CONCRETE, &positions) {
                for (j, _) in p.iter().enumerate() {
                    let src = sources[j % sources.len()];
                    it.heap.obj_mut(src).refs = it.heap.obj(src).refs.saturating_add(1);
                }
                let new = write_sparse(it, id, len, old_len, NIL, p, &sources);
                it.heap.obj_mut(id).body = Body::Elems(new);
                for src in sources {
                    it.heap.write_barrier(id, Val::Obj(src));
                }
                return Ok(());
            }
            let elems = take_elems(it, id, old_len, NIL);
            let new = match (elems, positions) {
                (Some(mut e), Some(p)) => {
                    e.resize(len as usize, NIL);
                    for (j, k) in p.into_iter().enumerate() {
                        let src = sources[j % sources.len()];
                        it.heap.obj_mut(src).refs = it.heap.obj(src).refs.saturating_add(1);
                        e[k as usize] = src;
                    }
                    Elems::Values(e)
                }
                _ => Elems::Unknown,
            };
            it.heap.obj_mut(id).body = Body::Elems(new);
            for src in sources {
                it.heap.write_barrier(id, Val::Obj(src));
            }
        }
        SexpType::Str => {
            // setting an element of a deferred string (a coerced number vector) writes it out
            // first (deferred_string_Set_elt)
            super::strings::materialize_deferred(it, Val::Obj(id))?;
            let chars: Option<Vec<ObjId>> = match value {
                Val::Obj(v) => match &it.heap.obj(v).body {
                    Body::Elems(Elems::Values(e)) => Some(e.clone()),
                    Body::Elems(Elems::Fill(c)) => Some(vec![*c]),
                    _ => None,
                },
                _ => None,
            };
            let chars = match chars {
                Some(c) => Some(c),
                None => match crate::lang::print::as_character_strings(it, value) {
                    Some(s) => {
                        let mut ids = Vec::new();
                        for x in s {
                            ids.push(match x {
                                Some(x) => it.mk_char(&x)?,
                                None => it.na_string,
                            });
                        }
                        Some(ids)
                    }
                    None => None,
                },
            };
            let na = it.na_string;
            if let (true, Some(p), Some(c)) = (len > MAX_CONCRETE, &positions, &chars) {
                let new = if c.is_empty() { Elems::Unknown } else { write_sparse(it, id, len, old_len, na, p, c) };
                it.heap.obj_mut(id).body = Body::Elems(new);
                return Ok(());
            }
            let cur = take_elems(it, id, old_len, na);
            let new = match (cur, positions, chars) {
                (Some(mut e), Some(p), Some(c)) if !c.is_empty() => {
                    e.resize(len as usize, na);
                    for (j, k) in p.into_iter().enumerate() {
                        e[k as usize] = c[j % c.len()];
                    }
                    Elems::Values(e)
                }
                _ => Elems::Unknown,
            };
            it.heap.obj_mut(id).body = Body::Elems(new);
        }
        _ => {
            let vals = it.num_content(value);
            let vlen = it.length(value);
            // the values move out of the vector, so that they are changed in place
            let cur = match &mut it.heap.obj_mut(id).body {
                Body::Num(c) => std::mem::replace(c, Num::Unknown),
                _ => Num::Unknown,
            };
            let new = match positions {
                Some(p) if vlen > 0 => write_known(cur, &p, &vals, vlen, len, old_len),
                _ => match (&cur, &vals) {
                    (Num::Fill(a), Num::Fill(b)) if a.to_bits() == b.to_bits() && len == old_len => cur,
                    _ => Num::Unknown,
                },
            };
            it.heap.obj_mut(id).body = Body::Num(new);
        }
    }
    Ok(())
}

/// [`write_known`] into a complex vector (the target is complex by now: `SubassignN` coerced it).
fn write_complex(cur: &Num, positions: &[u64], vals: &Num, vlen: u64, len: u64, old_len: u64) -> Num {
    use super::complex::{content, elt};
    if len > MAX_CONCRETE {
        return Num::Unknown;
    }
    let na = (crate::heap::na_real(), crate::heap::na_real());
    let old: Option<Vec<super::complex::Z>> = (0..old_len).map(|k| elt(cur, SexpType::Real, k)).collect();
    let Some(mut v) = old else { return Num::Unknown };
    v.resize(len as usize, na);
    for (j, &k) in positions.iter().enumerate() {
        match elt(vals, SexpType::Real, j as u64 % vlen) {
            Some(z) => {
                if let Some(slot) = v.get_mut(k as usize) {
                    *slot = z;
                }
            }
            None => return Num::Unknown,
        }
    }
    content(Some(v))
}

/// The values of a vector of length `len` (`old_len` before it grew: the new elements are NA)
/// after `value` (recycled, `vlen` long) is written at `positions`. A short vector keeps every
/// value; a long one keeps its fill or sequence with the written elements as patches (up to
/// `MAX_PATCHES`); a value not known makes the vector unknown, but for patches over unknown
/// values, which lose the place written.
fn write_known(cur: Num, positions: &[u64], vals: &Num, vlen: u64, len: u64, old_len: u64) -> Num {
    if matches!(cur, Num::Complex(_)) || matches!(vals, Num::Complex(_)) {
        return write_complex(&cur, positions, vals, vlen, len, old_len);
    }
    let value_at = |j: usize| num_at(vals, j as u64 % vlen);
    // one element appended that continues a fill or a sequence keeps it one
    if let ([k], Some(x)) = (positions, value_at(0)) {
        if *k == old_len && len == old_len + 1 {
            match cur {
                Num::Fill(a) if a.to_bits() == x.to_bits() => return cur,
                Num::Fill(a) if old_len == 1 && a.is_finite() && x.is_finite() && a + (x - a) == x => {
                    return Num::Seq { from: a, by: x - a }
                }
                Num::Seq { from, by } if x.is_finite() && from + by * old_len as f64 == x => return cur,
                _ => {}
            }
        }
    }
    if len <= MAX_CONCRETE && !matches!(cur, Num::Unknown | Num::Patched(_)) {
        // values are changed in place when no other vector shares them (amortised constant work
        // per element appended, as in R)
        let was_values = matches!(cur, Num::Values(_));
        let mut v: Vec<f64> = match cur {
            Num::Values(rc) => Rc::try_unwrap(rc).unwrap_or_else(|shared| (*shared).clone()),
            c => (0..old_len).map(|k| num_at(&c, k).unwrap_or(f64::NAN)).collect(),
        };
        v.truncate(old_len as usize);
        v.resize(len as usize, crate::heap::na_real());
        for (j, &k) in positions.iter().enumerate() {
            match value_at(j) {
                // an NA subscript (past the end here) assigns nothing (SubassignN skips NA indices)
                Some(x) => {
                    if let Some(slot) = v.get_mut(k as usize) {
                        *slot = x;
                    }
                }
                None => return Num::Unknown,
            }
        }
        return if was_values {
            Num::Values(Rc::new(v))
        } else {
            crate::lang::interp::normalize_num(Num::Values(Rc::new(v)), len)
        };
    }
    if positions.len() > MAX_PATCHES || (len - old_len) as usize > MAX_PATCHES {
        return Num::Unknown;
    }
    let mut p = match cur {
        Num::Fill(x) => Rc::new(Patched { base: Base::Fill(x), patches: Default::default() }),
        Num::Seq { from, by } => Rc::new(Patched { base: Base::Seq { from, by }, patches: Default::default() }),
        Num::Patched(p) => p,
        // a short vector grown long: its values become patches over what is not known
        Num::Values(v) if v.len() <= MAX_PATCHES => Rc::new(Patched {
            base: Base::Unknown,
            patches: v.iter().enumerate().map(|(k, &x)| (k as u64, x)).collect(),
        }),
        Num::Values(_) | Num::Unknown | Num::Complex(_) => {
            Rc::new(Patched { base: Base::Unknown, patches: Default::default() })
        }
    };
    let q = Rc::make_mut(&mut p);
    // the patches of a normalised vector differ from its base: only the elements written now
    // are checked (a loop writing a long vector element by element does constant work each time)
    let base = q.base;
    let set = |q: &mut Patched, k: u64, x: f64| {
        if base.at(k).is_some_and(|b| b.to_bits() == x.to_bits()) {
            q.patches.remove(&k);
        } else {
            q.patches.insert(k, x);
        }
    };
    for k in old_len..len {
        set(q, k, crate::heap::na_real());
    }
    for (j, &k) in positions.iter().enumerate() {
        match value_at(j) {
            Some(x) => set(q, k, x),
            None if q.base == Base::Unknown => {
                q.patches.remove(&k);
            }
            None => return Num::Unknown,
        }
    }
    if len <= MAX_CONCRETE || len < old_len {
        return crate::lang::interp::normalize_num(Num::Patched(p), len);
    }
    if p.patches.is_empty() {
        base.num()
    } else if p.patches.len() > MAX_PATCHES {
        Num::Unknown
    } else {
        Num::Patched(p)
    }
}

/// The first `old_len` elements of list or character vector `id`, taken out of it to be changed
/// (`None` if they are not known); a fill becomes its elements, padded with `pad` up to `old_len`.
/// Elements `p` of a vector of `len` elements (`old_len` before it grew), too many to list, set to
/// `src` (recycled): the vector is held sparsely, its fill `pad` (what it grew by: `NULL`, `NA`),
/// if what it held is known and its patches few.
fn write_sparse(it: &mut Interp, id: ObjId, len: u64, old_len: u64, pad: ObjId, p: &[u64], src: &[ObjId]) -> Elems {
    use std::collections::BTreeMap;
    let body = std::mem::replace(&mut it.heap.obj_mut(id).body, Body::Elems(Elems::Unknown));
    let (fill, mut patches) = match body {
        Body::Elems(Elems::Values(v)) if v.len() as u64 >= old_len => {
            let kept = v.into_iter().take(old_len as usize).enumerate().filter(|&(_, o)| o != pad);
            (pad, kept.map(|(k, o)| (k as u64, o)).collect::<BTreeMap<u64, ObjId>>())
        }
        Body::Elems(Elems::Fill(c)) if c == pad || old_len == 0 => (pad, BTreeMap::new()),
        Body::Elems(Elems::Fill(c)) if len == old_len => (c, BTreeMap::new()),
        Body::Elems(Elems::Sparse { fill, patches }) if fill == pad || len == old_len => {
            (fill, Rc::try_unwrap(patches).unwrap_or_else(|p| (*p).clone()))
        }
        _ => return Elems::Unknown,
    };
    for (j, &k) in p.iter().enumerate() {
        patches.insert(k, src[j % src.len()]);
    }
    if patches.len() as u64 > MAX_CONCRETE {
        return Elems::Unknown;
    }
    Elems::Sparse { fill, patches: Rc::new(patches) }
}

fn take_elems(it: &mut Interp, id: ObjId, old_len: u64, pad: ObjId) -> Option<Vec<ObjId>> {
    match &mut it.heap.obj_mut(id).body {
        Body::Elems(Elems::Values(v)) => {
            let mut v = std::mem::take(v);
            v.resize(old_len as usize, pad);
            Some(v)
        }
        Body::Elems(Elems::Fill(c)) if old_len <= MAX_CONCRETE => Some(vec![*c; old_len as usize]),
        _ => None,
    }
}

fn delete_element(it: &mut Interp, ctx: &CallCtx, x: Val, idx: &[ArgVal]) -> EvalResult<Val> {
    let n = it.length(x);
    let names = it.names(x);
    let i = idx.first().map(|a| a.value).ok_or_else(|| ctx.error("[[ ]] with missing subscript"))?;
    let sel = resolve_index(it, i, n, names.as_ref()).map_err(|m| ctx.error(m))?;
    // DeleteOneVectorListItem: no element in range leaves x as it is
    let Some(sel) = sel.filter(|s| s.iter().any(|&k| k < n)) else { return Ok(x) };
    let elems = it.list_elems(x).unwrap_or_default();
    let keep: Vec<usize> = (0..n as usize).filter(|k| !sel.contains(&(*k as u64))).collect();
    let v: Vec<ObjId> = keep.iter().map(|&k| elems.get(k).copied().unwrap_or(NIL)).collect();
    let id = it.new_list(v)?;
    it.heap.protect(Val::Obj(id));
    if let Some(nm) = names {
        let refs: Vec<Option<&str>> = keep.iter().map(|&k| nm.get(k).and_then(|s| s.as_deref())).collect();
        let nmv = it.mk_strings(&refs)?;
        it.heap.set_attr(id, "names", nmv)?;
    }
    // copyMostAttrib(x, y): the class and other attributes stay
    if let Val::Obj(xo) = x {
        super::attrib::copy_most_attrib(it, xo, id)?;
    }
    Ok(Val::Obj(id))
}

/// `e[[name]] <- value` on an environment binds `name` in it (do_subassign2_dflt: defineVar, the
/// environment itself is the result); `e[i] <- value` is SubassignN's "not subsettable".
fn assign_in_environment(
    it: &mut Interp,
    ctx: &CallCtx,
    env: ObjId,
    idx: &[ArgVal],
    value: Val,
    double: bool,
) -> EvalResult<Val> {
    if !double {
        return Err(ctx.error("object of type 'environment' is not subsettable"));
    }
    let name = match idx {
        [one] if it.type_of(one.value) == SexpType::Str && it.length(one.value) == 1 => {
            // an NA name is the symbol `NA` (installTrChar)
            it.str_values(one.value).and_then(|s| s.first().cloned()).map(|s| s.unwrap_or_else(|| "NA".into()))
        }
        _ => None,
    };
    let name = name.ok_or_else(|| ctx.error("wrong args for environment subassignment"))?;
    it.define(env, &name, value)?;
    Ok(Val::Obj(env))
}

/// `x$name <- value`.
pub fn assign_dollar(it: &mut Interp, ctx: &CallCtx, x: Val, name: &str, value: Val) -> EvalResult<Val> {
    if let Val::Obj(o) = x {
        if it.heap.obj(o).sexp == SexpType::Env {
            it.define(o, name, value)?;
            return Ok(x);
        }
    }
    if super::subset_lang::is_call(it, x) {
        return super::subset_lang::assign_dollar(it, x, name, value);
    }
    let key = it.mk_strings(&[Some(name)])?;
    let idx = [ArgVal { name: None, value: Val::Obj(key) }];
    let t = it.type_of(x);
    let x = if t == SexpType::Nil { Val::Obj(it.new_list(Vec::new())?) } else { x };
    if !matches!(it.type_of(x), SexpType::Vec) {
        return Err(ctx.error("invalid $<- on a non-list (rheap)"));
    }
    assign_index(it, ctx, x, &idx, value, true)
}
