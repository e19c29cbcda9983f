//! Matrix products and summaries: `%*%`, `crossprod()`, `max()`, `min()`, `is.na()`, `is.nan()`, `is.finite()`, `is.infinite()`, `any()`, `all()`, `identical()`, `unlist()`.

use std::rc::Rc;

use super::{closure, primitive};
use super::{Args, Builtin};
use crate::heap::{Base, Num, SexpType, Val};
use crate::lang::eval::{ArgVal, CallCtx};
use crate::lang::interp::{EvalResult, Interp, MAX_CONCRETE};

pub(super) const BUILTINS: &[Builtin] = &[
    primitive("%*%", &["x", "y"], matprod),
    closure("crossprod", &["x", "y"], 2, crossprod),
    closure("tcrossprod", &["x", "y"], 2, tcrossprod),
    primitive("max", &["...", "na.rm"], |it, c, a| extreme(it, c, a, true)),
    primitive("min", &["...", "na.rm"], |it, c, a| extreme(it, c, a, false)),
    closure("pmax", &["...", "na.rm"], 0, |it, c, a| parallel_extreme(it, c, a, true)),
    closure("pmin", &["...", "na.rm"], 0, |it, c, a| parallel_extreme(it, c, a, false)),
    primitive("is.na", &["x"], is_na),
    primitive("is.nan", &["x"], |it, c, a| {
        elementwise_test(it, c, a, |_| false, |x| x.is_nan() && !crate::heap::is_na_real(x))
    }),
    primitive("is.finite", &["x"], |it, c, a| elementwise_test(it, c, a, |_| false, f64::is_finite)),
    primitive("is.infinite", &["x"], |it, c, a| elementwise_test(it, c, a, |_| false, f64::is_infinite)),
    primitive("any", &["...", "na.rm"], |it, c, a| any_all(it, c, a, true)),
    primitive("all", &["...", "na.rm"], |it, c, a| any_all(it, c, a, false)),
    closure(
        "identical",
        &[
            "x",
            "y",
            "num.eq",
            "single.NA",
            "attrib.as.set",
            "ignore.bytecode",
            "ignore.environment",
            "ignore.srcref",
            "extptr.as.ref",
        ],
        9,
        identical,
    ),
    closure("unlist", &["x", "recursive", "use.names"], 3, unlist),
];

fn dims(it: &Interp, v: Val) -> Option<(u64, u64)> {
    let Val::Obj(o) = v else { return None };
    let d = it.heap.attr(o, "dim")?;
    let d = it.num_values(Val::Obj(d))?;
    (d.len() == 2).then(|| (d[0] as u64, d[1] as u64))
}

fn result_type(it: &Interp, a: Val, b: Val) -> SexpType {
    if it.type_of(a) == SexpType::Cplx || it.type_of(b) == SexpType::Cplx {
        SexpType::Cplx
    } else {
        SexpType::Real
    }
}

/// `do_matprod` for `%*%` (array.c): the extents (a vector is a row or a column as fits), both
/// operands coerced to double (or complex), `allocMatrix`, `matprod`'s values, then the
/// dimnames: a new list and a new names vector when an operand has dimnames.
fn matprod(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = a.need(ctx, "x")?;
    let y = a.need(ctx, "y")?;
    let numeric = |it: &Interp, v: Val| {
        matches!(it.type_of(v), SexpType::Lgl | SexpType::Int | SexpType::Real | SexpType::Cplx)
            && !super::cov::is_factor(it, v)
    };
    if !numeric(it, x) || !numeric(it, y) {
        return Err(ctx.error("requires numeric/complex matrix/vector arguments"));
    }
    let (xd, yd) = (dims(it, x), dims(it, y));
    let (lx, ly) = (it.length(x), it.length(y));
    let (nrx, ncx, nry, ncy) = match (xd, yd) {
        (None, None) => {
            if lx == 1 {
                (1, 1, 1, ly)
            } else {
                (1, lx, ly, 1)
            }
        }
        (None, Some((nry, ncy))) => {
            if lx == nry {
                (1, nry, nry, ncy)
            } else if nry == 1 {
                (lx, 1, nry, ncy)
            } else {
                (0, 0, nry, ncy)
            }
        }
        (Some((nrx, ncx)), None) => {
            if ly == ncx {
                (nrx, ncx, ncx, 1)
            } else if ncx == 1 {
                (nrx, ncx, 1, ly)
            } else {
                (nrx, ncx, 0, 0)
            }
        }
        (Some((nrx, ncx)), Some((nry, ncy))) => (nrx, ncx, nry, ncy),
    };
    if ncx != nry {
        return Err(ctx.error("non-conformable arguments"));
    }
    let t = result_type(it, x, y);
    let xc = super::coerce::coerce_vector(it, x, t)?;
    it.heap.protect(xc);
    let yc = super::coerce::coerce_vector(it, y, t)?;
    it.heap.protect(yc);
    let values = match (t, it.num_values(xc), it.num_values(yc)) {
        (SexpType::Real, Some(xv), Some(yv)) if nrx * ncy <= MAX_CONCRETE => {
            Num::Values(Rc::new(real_matprod(&xv, nrx as usize, ncx as usize, &yv, ncy as usize)))
        }
        _ => Num::Unknown,
    };
    let ans = super::vectors::new_matrix(it, t, nrx, ncy, values)?;
    it.heap.protect(Val::Obj(ans));
    let (xdn, ydn) = (it.heap_attr(xc, "dimnames"), it.heap_attr(yc, "dimnames"));
    if xdn.is_some() || ydn.is_some() {
        let dimnames = it.new_list(vec![crate::heap::NIL; 2])?;
        it.heap.protect(Val::Obj(dimnames));
        let dnn = it.new_strs(2, crate::heap::Elems::Fill(it.blank_string))?;
        it.heap.protect(Val::Obj(dnn));
        let mut dnn_names: [Option<Rc<str>>; 2] = [None, None];
        let mut any_names = false;
        let mut any_elt = false;
        let mut take = |it: &mut Interp, dn: crate::heap::ObjId, from: u64, to: usize| {
            if let Some(e) = it.list_elem(Val::Obj(dn), from) {
                if !it.is_null(Val::Obj(e)) {
                    any_elt = true;
                }
                super::models::set_vector_elt(it, dimnames, to, e);
            }
            if let Some(nm) = it.names(Val::Obj(dn)) {
                any_names = true;
                dnn_names[to] = nm.get(from as usize).cloned().flatten();
            }
        };
        if let Some(dn) = xdn {
            if xd.is_some() || ncx == 1 {
                take(it, dn, 0, 0);
            }
        }
        if let Some(dn) = ydn {
            if yd.is_some() {
                take(it, dn, 1, 1);
            } else if nry == 1 {
                take(it, dn, 0, 1);
            }
        }
        if any_elt {
            if any_names {
                // the unset elements of a new STRSXP are ""
                let mut ids = Vec::with_capacity(2);
                for s in &dnn_names {
                    ids.push(it.mk_char(s.as_deref().unwrap_or(""))?);
                }
                it.heap.set_elems(dnn, crate::heap::Elems::Values(ids));
                it.heap.set_attr(dimnames, "names", dnn)?;
            }
            super::attrib::set_attrib(it, ans, "dimnames", Val::Obj(dimnames))?;
        }
    }
    Ok(Val::Obj(ans))
}

/// `mayHaveNaNOrInf`: pairs summed, so a finite pair whose sum overflows counts too.
fn may_have_nan_or_inf(x: &[f64]) -> bool {
    let n = x.len();
    if n & 1 != 0 && !x[0].is_finite() {
        return true;
    }
    (n & 1..n).step_by(2).any(|i| !(x[i] + x[i + 1]).is_finite())
}

/// `matprod` (array.c, R_Matprod "default"): `simple_matprod` (double sums) when an operand may
/// hold NaN or Inf, else the reference BLAS: `dgemv` for a column result, `dgemv("T")` for a row
/// result, `dgemm` otherwise.
fn real_matprod(x: &[f64], nrx: usize, ncx: usize, y: &[f64], ncy: usize) -> Vec<f64> {
    let nry = ncx;
    let mut z = vec![0.0; nrx * ncy];
    if nrx == 0 || ncx == 0 || ncy == 0 {
        return z;
    }
    if may_have_nan_or_inf(&x[..nrx * ncx]) || may_have_nan_or_inf(&y[..nry * ncy]) {
        for i in 0..nrx {
            for k in 0..ncy {
                let mut sum = 0.0;
                for j in 0..ncx {
                    sum += x[i + j * nrx] * y[j + k * nry];
                }
                z[i + k * nrx] = sum;
            }
        }
        return z;
    }
    if ncy == 1 || nrx != 1 {
        // DGEMV("N") and DGEMM("N", "N"): column by column, axpy of x's columns
        for k in 0..ncy {
            for l in 0..ncx {
                let temp = y[l + k * nry];
                for i in 0..nrx {
                    z[i + k * nrx] += temp * x[i + l * nrx];
                }
            }
        }
    } else {
        // DGEMV("T", nry, ncy, y, x): dot products of y's columns with x
        for k in 0..ncy {
            let mut temp = 0.0;
            for l in 0..nry {
                temp += y[l + k * nry] * x[l];
            }
            z[k] = temp;
        }
    }
    z
}

fn crossprod(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = a.need(ctx, "x")?;
    let y = a.get("y").filter(|v| !it.is_null(*v)).unwrap_or(x);
    let (xr, xc) = dims(it, x).unwrap_or((it.length(x), 1));
    let (yr, yc) = dims(it, y).unwrap_or((it.length(y), 1));
    if xr != yr {
        return Err(ctx.error("non-conformable arguments"));
    }
    let t = result_type(it, x, y);
    Ok(Val::Obj(super::vectors::new_matrix(it, t, xc, yc, Num::Unknown)?))
}

fn tcrossprod(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = a.need(ctx, "x")?;
    let y = a.get("y").filter(|v| !it.is_null(*v)).unwrap_or(x);
    let (xr, xc) = dims(it, x).unwrap_or((it.length(x), 1));
    let (yr, yc) = dims(it, y).unwrap_or((it.length(y), 1));
    if xc != yc {
        return Err(ctx.error("non-conformable arguments"));
    }
    let t = result_type(it, x, y);
    Ok(Val::Obj(super::vectors::new_matrix(it, t, xr, yr, Num::Unknown)?))
}

/// The largest (or smallest) element of a patched vector of length `n`: the patches and the
/// base where no patch covers it (a sequence's extreme is at an end: the first end not
/// patched). `None` when not known; `Some(None)` for no element.
fn patched_extreme(p: &crate::heap::Patched, n: u64, max: bool) -> Option<Option<f64>> {
    let base = match p.base {
        Base::Unknown => return None,
        Base::Fill(v) => (n > p.patches.len() as u64).then_some(v),
        Base::Seq { by, .. } => {
            let from_end = max == (by >= 0.0);
            let mut free = (0..n).map(|i| if from_end { n - 1 - i } else { i }).filter(|k| !p.patches.contains_key(k));
            free.next().and_then(|k| p.base.at(k))
        }
    };
    Some(base.into_iter().chain(p.patches.values().copied()).reduce(|a, b| if max == (b > a) { b } else { a }))
}

fn extreme(it: &mut Interp, _ctx: &CallCtx, a: &mut Args, max: bool) -> EvalResult<Val> {
    let mut best: Option<f64> = None;
    let mut known = true;
    let mut real = false;
    for d in &a.dots {
        real |= it.type_of(d.value) == SexpType::Real;
        let n = it.length(d.value);
        // an empty argument (`NULL`, `numeric(0)`) adds no candidate (summary.c `do_summary`)
        if n == 0 {
            continue;
        }
        let cand = match it.num_content(d.value) {
            Num::Fill(v) if n > 0 => Some(v),
            Num::Seq { from, by } if n > 0 => {
                let last = from + by * (n - 1) as f64;
                Some(if max == (by >= 0.0) { last } else { from })
            }
            Num::Values(v) => v.iter().copied().reduce(|p, q| if max == (q > p) { q } else { p }),
            Num::Patched(p) => match patched_extreme(&p, n, max) {
                Some(c) => c,
                None => {
                    known = false;
                    None
                }
            },
            Num::Unknown => {
                known = false;
                None
            }
            _ => None,
        };
        if let Some(c) = cand {
            best = Some(match best {
                Some(b) if max == (b >= c) => b,
                _ => c,
            });
        }
    }
    let t = if real { SexpType::Real } else { SexpType::Int };
    let num = match (known, best) {
        (true, Some(b)) => Num::Fill(b),
        (true, None) => Num::Fill(if max { f64::NEG_INFINITY } else { f64::INFINITY }),
        _ => Num::Unknown,
    };
    Ok(Val::Obj(it.new_num(t, 1, num)?))
}

fn is_na(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    // do_isna: another type than a vector or pairlist is warned about and not NA
    let x = a.need(ctx, "x")?;
    let t = it.type_of(x);
    if !t.is_vector() && !matches!(t, SexpType::List | SexpType::Nil) {
        it.warn(Some(ctx.name()), format!("is.na() applied to non-(list or vector) of type '{}'", t.type_name()))?;
        let n = it.length(x);
        return Ok(Val::Obj(it.new_num(SexpType::Lgl, n, Num::Fill(0.0))?));
    }
    elementwise_test(it, ctx, a, |s| s.is_none(), f64::is_nan)
}

/// `is.na()`, `is.nan()`, `is.finite()`, `is.infinite()`: a logical vector as long as `x`, with
/// `x`'s dim, dimnames and names (`copyDimAndNames`). `on_str` tests a string element (`None`
/// is NA), `on_num` a number.
fn elementwise_test(
    it: &mut Interp,
    ctx: &CallCtx,
    a: &mut Args,
    on_str: fn(Option<&str>) -> bool,
    on_num: fn(f64) -> bool,
) -> EvalResult<Val> {
    let x = a.need(ctx, "x")?;
    let n = it.length(x);
    let flag = |b: bool| b as i32 as f64;
    let num = match it.type_of(x) {
        SexpType::Str => match it.str_values(x) {
            Some(s) => Num::Values(Rc::new(s.iter().map(|s| flag(on_str(s.as_deref()))).collect())),
            None => Num::Unknown,
        },
        _ => match it.num_content(x) {
            Num::Fill(v) => Num::Fill(flag(on_num(v))),
            // a sequence's elements are finite numbers
            Num::Seq { from, .. } => Num::Fill(flag(on_num(from))),
            Num::Values(v) => Num::Values(Rc::new(v.iter().map(|&x| flag(on_num(x))).collect())),
            Num::Patched(p) => {
                let base = match p.base {
                    Base::Fill(x) => Base::Fill(flag(on_num(x))),
                    Base::Seq { from, .. } => Base::Fill(flag(on_num(from))),
                    Base::Unknown => Base::Unknown,
                };
                crate::lang::interp::patched(base, p.patches.iter().map(|(&i, &x)| (i, flag(on_num(x)))).collect(), n)
            }
            // is.finite needs both parts finite (the one test true of 0), the others either part
            Num::Complex(v) => Num::Values(Rc::new(
                v.iter()
                    .map(|z| flag(if on_num(0.0) { on_num(z.0) && on_num(z.1) } else { on_num(z.0) || on_num(z.1) }))
                    .collect(),
            )),
            Num::Unknown => Num::Unknown,
        },
    };
    let id = it.new_num(SexpType::Lgl, n, crate::lang::interp::normalize_num(num, n))?;
    if let Val::Obj(o) = x {
        for name in ["dim", "dimnames", "names"] {
            if let Some(v) = it.heap.attr(o, name) {
                it.heap.set_attr(id, name, v)?;
            }
        }
    }
    Ok(Val::Obj(id))
}

/// `pmax(...)` / `pmin(...)`: elementwise over the recycled arguments, as long as the longest
/// (empty if one is empty), integer when all are integer or logical; the first argument's
/// attributes carried over (`mostattributes<-`) when it is as long as the result.
pub(super) fn parallel_extreme(it: &mut Interp, ctx: &CallCtx, a: &mut Args, max: bool) -> EvalResult<Val> {
    if a.dots.is_empty() {
        return Err(ctx.error("no arguments"));
    }
    let na_rm = a.get("na.rm").and_then(|v| it.num_elt(v, 0)).is_some_and(|x| x != 0.0);
    let mut real = false;
    let mut n = 0u64;
    for d in &a.dots {
        let t = it.type_of(d.value);
        if !matches!(t, SexpType::Lgl | SexpType::Int | SexpType::Real) {
            return Err(ctx.error("invalid input type"));
        }
        real |= t == SexpType::Real;
        let len = it.length(d.value);
        if len == 0 {
            n = 0;
            break;
        }
        n = n.max(len);
    }
    let values: Option<Vec<Vec<f64>>> =
        if n <= MAX_CONCRETE { a.dots.iter().map(|d| it.num_values(d.value)).collect() } else { None };
    let num = match values {
        Some(vs) if n > 0 => {
            let pick = |i: usize| {
                let mut best: Option<f64> = None;
                for v in &vs {
                    let x = v[i % v.len()];
                    if x.is_nan() {
                        if na_rm {
                            continue;
                        }
                        return crate::heap::na_real();
                    }
                    best = Some(match best {
                        Some(b) if (max && b >= x) || (!max && b <= x) => b,
                        _ => x,
                    });
                }
                best.unwrap_or_else(crate::heap::na_real)
            };
            crate::lang::interp::normalize_num(Num::Values(Rc::new((0..n as usize).map(pick).collect())), n)
        }
        _ => Num::Unknown,
    };
    let t = if real { SexpType::Real } else { SexpType::Int };
    let id = it.new_num(t, n, num)?;
    let first = a.dots[0].value;
    if let Val::Obj(o) = first {
        if it.length(first) == n {
            it.heap.protect(Val::Obj(id));
            for name in ["names", "dim", "dimnames"] {
                if let Some(v) = it.heap.attr(o, name) {
                    it.heap.set_attr(id, name, v)?;
                }
            }
        }
    }
    Ok(Val::Obj(id))
}

fn any_all(it: &mut Interp, _ctx: &CallCtx, a: &mut Args, any: bool) -> EvalResult<Val> {
    let mut result = Some(!any);
    let mut saw_na = false;
    for d in &a.dots {
        let n = it.length(d.value);
        // whether some element is TRUE (for any) or FALSE (for all); NA decides nothing
        let decides = |x: f64| !x.is_nan() && (x != 0.0) == any;
        let found = match it.num_content(d.value) {
            _ if n == 0 => Some(false),
            Num::Fill(x) => {
                saw_na |= x.is_nan();
                Some(decides(x))
            }
            Num::Values(v) => {
                saw_na |= v.iter().any(|x| x.is_nan());
                Some(v.iter().any(|&x| decides(x)))
            }
            // a sequence holds a zero when zero is one of its steps
            Num::Seq { from, by } => {
                let k = -from / by;
                let has_zero = k >= 0.0 && k < n as f64 && k.fract() == 0.0;
                Some(if any { n > 1 || from != 0.0 } else { has_zero })
            }
            // a patch may decide; else the base where no patch covers it
            Num::Patched(p) => {
                saw_na |= p.patches.values().any(|x| x.is_nan());
                if p.patches.values().any(|&x| decides(x)) {
                    Some(true)
                } else {
                    match p.base {
                        Base::Fill(x) if n > p.patches.len() as u64 => {
                            saw_na |= x.is_nan();
                            Some(decides(x))
                        }
                        Base::Fill(_) => Some(false),
                        _ => None,
                    }
                }
            }
            Num::Unknown | Num::Complex(_) => None,
        };
        match found {
            Some(true) => result = Some(any),
            Some(false) => {}
            None if result != Some(any) => result = None,
            None => {}
        }
    }
    // no element decided: NA if one was NA (and NAs are not removed)
    let na_rm = a.get("na.rm").and_then(|v| it.num_elt(v, 0)).is_some_and(|x| x != 0.0);
    if saw_na && !na_rm && result == Some(!any) {
        return Ok(it.scalar_logical(None));
    }
    match result {
        Some(b) => Ok(it.scalar_logical(Some(b))),
        None => Ok(Val::Obj(it.new_num(SexpType::Lgl, 1, Num::Unknown)?)),
    }
}

fn identical(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = a.need(ctx, "x")?;
    let y = a.need(ctx, "y")?;
    let same = super::identical::identical(it, x, y);
    match same {
        Some(b) => Ok(it.scalar_logical(Some(b))),
        None => Ok(Val::Obj(it.new_num(SexpType::Lgl, 1, Num::Unknown)?)),
    }
}

/// `unlist(x, recursive = TRUE, use.names = TRUE)` (bind.c `do_unlist`): the leaves of the list
/// tree combined into one vector of the highest type, named as bind.c names them.
fn unlist(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = a.need(ctx, "x")?;
    if !matches!(it.type_of(x), SexpType::Vec | SexpType::Expr) {
        return Ok(x);
    }
    let flag = |it: &Interp, v: Option<Val>| v.and_then(|v| it.num_elt(v, 0)) != Some(0.0);
    let (recurse, use_names) = (flag(it, a.get("recursive")), flag(it, a.get("use.names")));
    let mut leaves = Vec::new();
    let mut named = false;
    gather_leaves(it, x, recurse, &mut leaves, &mut named);
    let parts: Vec<ArgVal> = leaves.iter().map(|&value| ArgVal { name: None, value }).collect();
    let v = super::vectors::combine_values(it, &parts)?;
    if use_names && named && v != Val::Obj(crate::heap::NIL) {
        let mut out = Vec::new();
        let mut nd = super::vectors::NameData::default();
        let names = if recurse {
            super::vectors::extract_names(it, x, "", None, true, &mut out, &mut nd)
        } else {
            let names = it.names(x);
            it.list_elems(x).and_then(|elems| {
                elems.iter().enumerate().try_for_each(|(i, e)| {
                    let tag = names.as_ref().and_then(|n| n.get(i).cloned()).filter(|t| t.as_deref() != Some(""));
                    super::vectors::extract_names(it, Val::Obj(*e), "", tag, false, &mut out, &mut nd)
                })
            })
        };
        super::vectors::attach_names(it, v, names.map(|_| out))?;
    }
    Ok(v)
}

/// The values `unlist()` combines: the list's elements, and with `recurse` the elements of nested
/// lists in turn; `named` is set when any of them (or the lists) has names.
fn gather_leaves(it: &Interp, v: Val, recurse: bool, leaves: &mut Vec<Val>, named: &mut bool) {
    *named |= matches!(v, Val::Obj(o) if it.heap.attr(o, "names").is_some());
    for e in it.list_elems(v).unwrap_or_default() {
        let e = Val::Obj(e);
        if recurse && matches!(it.type_of(e), SexpType::Vec | SexpType::Expr) {
            gather_leaves(it, e, recurse, leaves, named);
        } else {
            *named |= matches!(e, Val::Obj(o) if it.heap.attr(o, "names").is_some());
            leaves.push(e);
        }
    }
}
