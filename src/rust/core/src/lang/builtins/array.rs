//! array.c's internals behind base closures: `diag()`, `drop()`, `row()`/`col()`, `aperm()`,
//! `max.col()`; builtin.c's `lengths()`, apply.c's `islistfactor()`.

use std::rc::Rc;

use super::internal::{closure_error, internal, positional};
use super::{Args, Builtin};
use crate::heap::{Elems, Num, ObjId, SexpType, Val, NIL};
use crate::lang::eval::CallCtx;
use crate::lang::interp::{num_at, EvalResult, Interp, MAX_CONCRETE};

pub(super) const INTERNALS: &[Builtin] = &[
    internal("array", &["data", "dim", "dimnames"], array),
    internal("diag", &["x", "nrow", "ncol"], diag),
    internal("drop", &["x"], drop),
    internal("row", &["dims"], |it, c, a| rows_cols(it, c, a, false)),
    internal("col", &["dims"], |it, c, a| rows_cols(it, c, a, true)),
    internal("aperm", &["a", "perm", "resize"], aperm),
    internal("max.col", &["m", "ties.method"], max_col),
    internal("lengths", &["x", "use.names"], lengths),
    internal("islistfactor", &["x", "recursive"], islistfactor),
];

fn arg(a: &Args, i: usize) -> Val {
    positional(a, i).unwrap_or(Val::Obj(NIL))
}

/// `allocMatrix(t, nr, nc)`: the vector, then its `dim` (a 2-integer vector and a cell).
fn alloc_matrix(it: &mut Interp, t: SexpType, nr: u64, nc: u64, num: Num) -> EvalResult<ObjId> {
    let id = match t {
        SexpType::Str | SexpType::Vec => super::vectors::unknown_vector(it, t, nr * nc)?,
        _ => it.new_num(t, nr * nc, num)?,
    };
    super::vectors::attach_dim(it, id, &[nr, nc])?;
    Ok(id)
}

/// `.Internal(array(data, dim, dimnames))` (`do_array`): `dim` coerced to integer (a new vector
/// unless it is one), a vector of `data`'s type of the dims' product filled with `data` recycled
/// (NA when `data` is empty), then `dimgets` (the coerced dims themselves become the attribute) and
/// `dimnamesgets` when `dimnames` is a non-empty list.
fn array(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let vals = arg(a, 0);
    let t = it.type_of(vals);
    if !matches!(
        t,
        SexpType::Lgl
            | SexpType::Int
            | SexpType::Real
            | SexpType::Cplx
            | SexpType::Str
            | SexpType::Raw
            | SexpType::Expr
            | SexpType::Vec
    ) {
        let msg = format!("'data' must be of a vector type, was '{}'", t.type_name());
        return Err(closure_error(it, ctx, msg));
    }
    let lendat = it.length(vals);
    let dims_in = arg(a, 1);
    let dims = match dims_in {
        Val::Obj(o) if it.type_of(dims_in) == SexpType::Int => o,
        _ => {
            let n = it.length(dims_in);
            let num = match it.num_values(dims_in) {
                Some(v) => {
                    Num::Values(Rc::new(v.into_iter().map(|x| if x.is_nan() { x } else { x.trunc() }).collect()))
                }
                None => Num::Unknown,
            };
            it.new_num(SexpType::Int, n, num)?
        }
    };
    it.heap.protect(Val::Obj(dims));
    let nd = it.length(Val::Obj(dims));
    if nd == 0 {
        return Err(closure_error(it, ctx, "'dims' cannot be of length 0"));
    }
    let d: Vec<f64> = it
        .num_values(Val::Obj(dims))
        .ok_or_else(|| closure_error(it, ctx, "rheap needs the values of 'dim' to make an array"))?;
    if d.iter().any(|x| x.is_nan()) {
        return Err(closure_error(it, ctx, "negative length vectors are not allowed"));
    }
    let nans = d.iter().product::<f64>();
    if nans < 0.0 {
        return Err(closure_error(it, ctx, "negative length vectors are not allowed"));
    }
    let nans = nans as u64;
    let ans = if nans > 0 && lendat > 0 {
        let src = |i: u64| i % lendat;
        super::seq::gather(it, vals, &super::seq::Gather { n: nans, src: &src, cycle_each: Some(1) })?
    } else {
        match t {
            SexpType::Str if nans <= MAX_CONCRETE => it.mk_strings(&vec![None; nans as usize])?,
            SexpType::Str => it.new_strs(nans, Elems::Unknown)?,
            SexpType::Vec | SexpType::Expr => super::vectors::unknown_vector(it, t, nans)?,
            SexpType::Raw => it.new_num(t, nans, Num::Fill(0.0))?,
            _ => it.new_num(t, nans, Num::Fill(crate::heap::na_real()))?,
        }
    };
    it.heap.protect(Val::Obj(ans));
    it.heap.set_attr(ans, "dim", dims)?;
    let dimnames = arg(a, 2);
    if dimnames != Val::Obj(NIL) && it.length(dimnames) > 0 {
        super::attrib::set_attrib(it, ans, "dimnames", dimnames)?;
    }
    Ok(Val::Obj(ans))
}

/// `.Internal(diag(x, nrow, ncol))` (`do_diag`): an `nrow × ncol` matrix of zeros with `x`
/// (recycled) on the diagonal; types other than logical, integer, double, complex and raw are
/// coerced to double first.
fn diag(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = arg(a, 0);
    let dim = |it: &Interp, v: Val, what: &str| -> EvalResult<u64> {
        match it.num_elt(v, 0) {
            Some(n) if n.is_nan() || n.abs() > i32::MAX as f64 => {
                Err(closure_error(it, ctx, format!("invalid '{what}' value (too large or NA)")))
            }
            Some(n) if n < 0.0 => Err(closure_error(it, ctx, format!("invalid '{what}' value (< 0)"))),
            Some(n) => Ok(n as u64),
            None => Err(closure_error(it, ctx, format!("invalid '{what}' value (too large or NA)"))),
        }
    };
    let nr = dim(it, arg(a, 1), "nrow")?;
    let nc = dim(it, arg(a, 2), "ncol")?;
    let mn = nr.min(nc);
    let nx = it.length(x);
    if mn > 0 && nx == 0 {
        return Err(closure_error(it, ctx, "'x' must have positive length"));
    }
    let mut t = it.type_of(x);
    let mut x = x;
    if !matches!(t, SexpType::Real | SexpType::Cplx | SexpType::Int | SexpType::Lgl | SexpType::Raw) {
        x = super::coerce::coerce_vector(it, x, SexpType::Real)?;
        t = SexpType::Real;
    }
    let content = it.num_content(x);
    let num = if nr * nc <= MAX_CONCRETE {
        let mut v = vec![0.0; (nr * nc) as usize];
        let mut known = true;
        for i in 0..mn {
            match num_at(&content, i % nx.max(1)) {
                Some(d) => v[(i * (nr + 1)) as usize] = d,
                None => known = false,
            }
        }
        if known {
            Num::Values(Rc::new(v))
        } else {
            Num::Unknown
        }
    } else if mn == 0 || content == Num::Fill(0.0) {
        Num::Fill(0.0)
    } else {
        Num::Unknown
    };
    Ok(Val::Obj(alloc_matrix(it, t, nr, nc, num)?))
}

/// `DropDims`: the extents of 1 go, with their dimnames; down to one dimension, `x` becomes a
/// plain vector named by the remaining dimnames (for a single element, by the only non-NULL
/// ones).
pub(super) fn drop_dims(it: &mut Interp, x: ObjId) -> EvalResult<()> {
    let Some(dims) = super::vectors::dims_of(it, Val::Obj(x)) else { return Ok(()) };
    let n = dims.iter().filter(|&&d| d != 1).count();
    if n == dims.len() {
        return Ok(());
    }
    let dimnames = it.heap.attr(x, "dimnames");
    let dn_elems = dimnames.and_then(|d| it.list_elems(Val::Obj(d)));
    if n <= 1 {
        let mut newnames = NIL;
        if let Some(e) = &dn_elems {
            if it.length(Val::Obj(x)) != 1 {
                if let Some(i) = dims.iter().position(|&d| d != 1) {
                    newnames = e[i];
                }
            } else if e.iter().filter(|&&v| v != NIL).count() == 1 {
                newnames = e.iter().copied().find(|&v| v != NIL).unwrap_or(NIL);
            }
        }
        it.heap.set_attr(x, "dimnames", NIL)?;
        it.heap.set_attr(x, "dim", NIL)?;
        if newnames != NIL {
            let r = &mut it.heap.obj_mut(newnames).refs;
            *r = r.saturating_add(1);
        }
        it.heap.set_attr(x, "names", newnames)?;
        return Ok(());
    }
    let kept: Vec<usize> = (0..dims.len()).filter(|&i| dims[i] != 1).collect();
    let dim_attr = it.heap.attr(x, "dim").unwrap_or(NIL);
    let newdims =
        it.new_num(SexpType::Int, n as u64, Num::Values(Rc::new(kept.iter().map(|&i| dims[i] as f64).collect())))?;
    if let Some(nms) = it.names(Val::Obj(dim_attr)) {
        let picked: Vec<Option<&str>> = kept.iter().map(|&i| nms[i].as_deref()).collect();
        let nm = it.mk_strings(&picked)?;
        it.heap.set_attr(newdims, "names", nm)?;
    }
    let mut newnames = None;
    if let Some(e) = &dn_elems {
        if kept.iter().any(|&i| e[i] != NIL) {
            let dnn = dimnames.and_then(|d| it.names(Val::Obj(d)));
            let l = it.new_list(kept.iter().map(|&i| e[i]).collect())?;
            let nn = match dnn {
                Some(dnn) => {
                    let picked: Vec<Option<&str>> = kept.iter().map(|&i| dnn[i].as_deref()).collect();
                    it.mk_strings(&picked)?
                }
                None => it.new_strs(n as u64, Elems::Fill(it.blank_string))?,
            };
            if dimnames.is_some_and(|d| it.heap.attr(d, "names").is_some()) {
                it.heap.set_attr(l, "names", nn)?;
            }
            newnames = Some(l);
        }
    }
    it.heap.set_attr(x, "dimnames", NIL)?;
    it.heap.set_attr(x, "dim", newdims)?;
    if let Some(l) = newnames {
        it.heap.set_attr(x, "dimnames", l)?;
    }
    Ok(())
}

/// `.Internal(drop(x))` (`do_drop`): `x` without its extents of 1, copied first
/// (`R_duplicate_attr`) when something refers to it.
fn drop(it: &mut Interp, _ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = arg(a, 0);
    let Some(dims) = super::vectors::dims_of(it, x) else { return Ok(x) };
    if !dims.contains(&1) {
        return Ok(x);
    }
    let id = it.boxed(x)?;
    let id = if it.heap.obj(id).refs > 0 { it.shallow_duplicate_attr(id)? } else { id };
    drop_dims(it, id)?;
    Ok(Val::Obj(id))
}

/// `.Internal(row(dim(x)))` / `.Internal(col(dim(x)))` (`do_rowscols`): an integer matrix of the
/// row (column) numbers.
fn rows_cols(it: &mut Interp, ctx: &CallCtx, a: &mut Args, col: bool) -> EvalResult<Val> {
    let d = arg(a, 0);
    let dims = (it.type_of(d) == SexpType::Int && it.length(d) == 2).then(|| it.num_values(d)).flatten();
    let Some(dims) = dims else {
        let what = if col { "col" } else { "row" };
        return Err(closure_error(it, ctx, format!("a matrix-like object is required as argument to '{what}'")));
    };
    let (nr, nc) = (dims[0] as u64, dims[1] as u64);
    let num = if nr * nc <= MAX_CONCRETE {
        Num::Values(Rc::new(
            (0..nr * nc).map(|k| if col { (k / nr.max(1) + 1) as f64 } else { (k % nr.max(1) + 1) as f64 }).collect(),
        ))
    } else if (col && nc == 1) || (!col && nr == 1) {
        Num::Fill(1.0)
    } else {
        Num::Unknown
    };
    Ok(Val::Obj(alloc_matrix(it, SexpType::Int, nr, nc, num)?))
}

/// `.Internal(aperm(a, perm, resize))` (`do_aperm`): three `R_alloc` buffers, the new dimensions,
/// the permuted array, then (resized) the permuted dimension names and dimnames.
fn aperm(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = arg(a, 0);
    let Some(da) = super::vectors::dims_of(it, x) else {
        return Err(closure_error(it, ctx, "invalid first argument, must be an array"));
    };
    let n = da.len();
    super::unique::r_alloc(it, n as u64, 4)?;
    let perm = arg(a, 1);
    let dimnames = match x {
        Val::Obj(o) => it.heap.attr(o, "dimnames"),
        _ => None,
    };
    let pp: Vec<usize> = if it.length(perm) == 0 {
        (0..n).rev().collect()
    } else {
        if it.length(perm) != n as u64 {
            return Err(closure_error(it, ctx, format!("'perm' is of wrong length {} (!= {n})", it.length(perm))));
        }
        if it.type_of(perm) == SexpType::Str {
            let dnna = dimnames.and_then(|d| it.names(Val::Obj(d)));
            let Some(dnna) = dnna else {
                return Err(closure_error(it, ctx, "'a' does not have named dimnames"));
            };
            let p = it.str_values(perm).unwrap_or_default();
            let mut out = Vec::with_capacity(n);
            for (i, s) in p.iter().enumerate() {
                match dnna.iter().position(|d| d == s) {
                    Some(j) => out.push(j),
                    None => {
                        return Err(closure_error(
                            it,
                            ctx,
                            format!("'perm[{}]' does not match a dimension name", i + 1),
                        ))
                    }
                }
            }
            out
        } else {
            let v = it.num_values(perm).unwrap_or_default();
            if it.type_of(perm) != SexpType::Int {
                it.new_num(SexpType::Int, n as u64, Num::Unknown)?;
            }
            v.iter().map(|&k| if k.is_nan() || k < 1.0 { usize::MAX } else { k as usize - 1 }).collect()
        }
    };
    super::unique::r_alloc(it, n as u64, 8)?;
    let mut seen = vec![0; n];
    for &p in &pp {
        if p >= n {
            return Err(closure_error(it, ctx, "value out of range in 'perm'"));
        }
        seen[p] += 1;
    }
    if seen.contains(&0) {
        return Err(closure_error(it, ctx, "invalid 'perm' argument"));
    }
    super::unique::r_alloc(it, n as u64, 8)?;
    let dr: Vec<u64> = pp.iter().map(|&p| da[p]).collect();
    let dimsr = it.new_num(SexpType::Int, n as u64, Num::Values(Rc::new(dr.iter().map(|&d| d as f64).collect())))?;
    // element li of the result is element lj of a, lj = sum over dims of index * stride
    let len = it.length(x);
    let mut strides_a = vec![1u64; n];
    for i in 1..n {
        strides_a[i] = strides_a[i - 1] * da[i - 1];
    }
    let src = |li: u64| {
        let mut rem = li;
        let mut lj = 0;
        for k in 0..n {
            let idx = rem % dr[k].max(1);
            rem /= dr[k].max(1);
            lj += idx * strides_a[pp[k]];
        }
        lj
    };
    let r = super::seq::gather(it, x, &super::seq::Gather { n: len, src: &src, cycle_each: None })?;
    let resize = match it.num_elt(arg(a, 2), 0) {
        Some(v) if !v.is_nan() => v != 0.0,
        _ => return Err(closure_error(it, ctx, "'resize' must be TRUE or FALSE")),
    };
    if !resize {
        let xo = it.boxed(x)?;
        let d = it.heap.attr(xo, "dim").unwrap_or(NIL);
        it.heap.set_attr(r, "dim", d)?;
        return Ok(Val::Obj(r));
    }
    let xo = it.boxed(x)?;
    let xdim = it.heap.attr(xo, "dim").unwrap_or(NIL);
    if let Some(nm) = it.names(Val::Obj(xdim)) {
        let picked: Vec<Option<&str>> = pp.iter().map(|&p| nm[p].as_deref()).collect();
        let s = it.mk_strings(&picked)?;
        it.heap.set_attr(dimsr, "names", s)?;
    }
    it.heap.set_attr(r, "dim", dimsr)?;
    if let Some(dna) = dimnames {
        let e = it.list_elems(Val::Obj(dna)).unwrap_or_else(|| vec![NIL; n]);
        let dnr = it.new_list(pp.iter().map(|&p| e[p]).collect())?;
        if let Some(dnna) = it.names(Val::Obj(dna)) {
            let picked: Vec<Option<&str>> = pp.iter().map(|&p| dnna[p].as_deref()).collect();
            let s = it.mk_strings(&picked)?;
            it.heap.set_attr(dnr, "names", s)?;
        }
        it.heap.set_attr(r, "dimnames", dnr)?;
    }
    Ok(Val::Obj(r))
}

/// `.Internal(max.col(m, ties.method))` (`do_maxcol`): the column of each row's maximum, an
/// integer vector; random tie-breaking draws from the generator (a new `.Random.seed`).
fn max_col(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let m = arg(a, 0);
    let Some(d) = super::vectors::dims_of(it, m).filter(|d| d.len() == 2) else {
        return Err(closure_error(it, ctx, "'m' must be a matrix"));
    };
    let method = it.num_elt(arg(a, 1), 0).unwrap_or(1.0) as i32;
    let (nr, nc) = (d[0], d[1]);
    let vals = it.num_values(m);
    let num = match vals {
        Some(v) if method != 1 => {
            let mut out = Vec::with_capacity(nr as usize);
            for r in 0..nr {
                let row: Vec<f64> = (0..nc).map(|c| v[(r + c * nr) as usize]).collect();
                if row.iter().any(|x| x.is_nan()) {
                    out.push(crate::heap::na_real());
                    continue;
                }
                let best = row.iter().copied().fold(f64::NEG_INFINITY, f64::max);
                let pos = if method == 2 {
                    row.iter().position(|&x| x == best)
                } else {
                    row.iter().rposition(|&x| x == best)
                };
                out.push(pos.map_or(crate::heap::na_real(), |p| (p + 1) as f64));
            }
            Num::Values(Rc::new(out))
        }
        _ => Num::Unknown,
    };
    let ans = it.new_num(SexpType::Int, nr, num)?;
    if method == 1 {
        it.heap.protect(Val::Obj(ans));
        super::random::put_rng_state(it)?;
    }
    Ok(Val::Obj(ans))
}

/// `.Internal(lengths(x, use.names))` (`do_lengths`): the length of each element of a list (1 for
/// each element of an atomic vector), an integer vector with `x`'s dim, and with `use.names` its
/// names and dimnames.
fn lengths(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = arg(a, 0);
    let use_names = match it.num_elt(arg(a, 1), 0) {
        Some(v) if !v.is_nan() => v != 0.0,
        _ => return Err(closure_error(it, ctx, "invalid 'use.names' value")),
    };
    let t = it.type_of(x);
    let list = matches!(t, SexpType::Vec | SexpType::Expr);
    if !list
        && !matches!(
            t,
            SexpType::Nil
                | SexpType::Char
                | SexpType::Lgl
                | SexpType::Int
                | SexpType::Real
                | SexpType::Cplx
                | SexpType::Str
                | SexpType::Raw
        )
    {
        return Err(closure_error(it, ctx, "'x' must be a list or atomic vector"));
    }
    let n = it.length(x);
    let num = if list {
        match it.list_elems(x) {
            Some(e) => Num::Values(Rc::new(e.iter().map(|&o| it.length(Val::Obj(o)) as f64).collect())),
            None => Num::Unknown,
        }
    } else {
        Num::Fill(1.0)
    };
    let ans = it.new_num(SexpType::Int, n, num)?;
    if let Val::Obj(o) = x {
        let mut copy = vec!["dim"];
        if use_names {
            copy.extend(["names", "dimnames"]);
        }
        for name in copy {
            if let Some(v) = it.heap.attr(o, name) {
                let r = &mut it.heap.obj_mut(v).refs;
                *r = r.saturating_add(1);
                it.heap.set_attr(ans, name, v)?;
            }
        }
    }
    Ok(Val::Obj(ans))
}

fn is_factor(it: &Interp, v: Val) -> bool {
    it.type_of(v) == SexpType::Int && super::objects::inherits_class(it, v, "factor")
}

/// `islistfactor(X)`: NA for an empty list, else whether every (non-empty-list) leaf is a
/// factor.
fn list_factor(it: &Interp, x: Val) -> Option<bool> {
    match it.type_of(x) {
        SexpType::Vec | SexpType::Expr => {
            let e = it.list_elems(x)?;
            if e.is_empty() {
                return None;
            }
            let mut ans = None;
            for o in e {
                match list_factor(it, Val::Obj(o)) {
                    Some(false) => return Some(false),
                    Some(true) => ans = Some(true),
                    None => {}
                }
            }
            ans
        }
        _ => Some(is_factor(it, x)),
    }
}

/// `.Internal(islistfactor(x, recursive))` (`do_islistfactor`): whether `x` is a non-empty list of
/// factors (at any depth when recursive); R's shared TRUE or FALSE.
fn islistfactor(it: &mut Interp, _ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = arg(a, 0);
    let recursive = it.num_elt(arg(a, 1), 0).is_some_and(|v| v != 0.0);
    if it.length(x) == 0 || !matches!(it.type_of(x), SexpType::Vec | SexpType::Expr) {
        return Ok(it.scalar_logical(Some(false)));
    }
    let ans = if recursive {
        list_factor(it, x) == Some(true)
    } else {
        it.list_elems(x).is_some_and(|e| e.iter().all(|&o| is_factor(it, Val::Obj(o))))
    };
    Ok(it.scalar_logical(Some(ans)))
}
