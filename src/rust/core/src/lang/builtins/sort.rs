//! sort.c's internals behind `sort.int()`, `sort.list()`, `order()`, `rank()` and
//! `is.unsorted()`: `sort`, `qsort`, `psort`, `order`, `radixsort`, `rank`, `is.unsorted`,
//! `sorted_fpass`; and the primitive `xtfrm()`.
//!
//! Strings compare as `Scollate` compares them in the session's locale: R 4.2.2 is built with
//! ICU and the corpus is recorded under `LC_ALL=C.UTF-8`, which is not "C" or "POSIX", so ICU's
//! root collator decides (`scollate`); the radix sort always compares bytes (C locale).

use std::cmp::Ordering;
use std::rc::Rc;

use super::internal::{closure_error, internal, positional};
use super::{closure, primitive, Args, Builtin};
use crate::heap::{Num, ObjId, SexpType, Val, NIL};
use crate::lang::eval::{ArgVal, CallCtx};
use crate::lang::interp::{normalize_num, EvalResult, Interp, MAX_CONCRETE};

pub(super) const INTERNALS: &[Builtin] = &[
    internal("sort", &["x", "decreasing"], sort),
    internal("qsort", &["x", "index.return"], qsort),
    internal("psort", &["x", "partial"], psort),
    internal("order", &["na.last", "decreasing", "..."], order),
    internal("radixsort", &["na.last", "decreasing", "retgrp", "sortstr", "..."], radixsort),
    internal("rank", &["x", "len", "ties"], rank),
    internal("is.unsorted", &["x", "na.rm", "strictly"], is_unsorted),
    internal("sorted_fpass", &["x", "decr", "nalast"], sorted_fpass),
];

pub(super) const BUILTINS: &[Builtin] = &[
    primitive("xtfrm", &["x"], xtfrm),
    // base's `.doSortWrap` is a closure made by `local()` (its environment holds the sortedness
    // constants and `.makeSortEnum`), which the library data cannot rebuild: simulated here, with
    // the frame and promises of its `.makeSortEnum(decr, na.last)` call as scratch
    closure(".doSortWrap", &["vec", "decr", "nalast", "noNA"], 3, do_sort_wrap).scratch(5, 0),
];

fn arg(a: &Args, i: usize) -> Val {
    positional(a, i).unwrap_or(Val::Obj(NIL))
}

fn flag(it: &Interp, v: Val) -> Option<bool> {
    it.num_elt(v, 0).filter(|x| !x.is_nan()).map(|x| x != 0.0)
}

/// One element as a sort key; `None` is NA (and NaN).
#[derive(Clone, PartialEq)]
enum Key {
    Num(Option<f64>),
    Str(Option<Rc<str>>),
}

/// Printable ASCII in the order of ICU's root collation (CLDR root, alternate = non-ignorable),
/// as `sort()` of the 95 one-character strings gives them in R 4.2.2 under C.UTF-8; a letter's
/// two cases share a primary weight.
const ICU_ROOT_ASCII: &str = " _-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$0123456789abcdefghijklmnopqrstuvwxyz";

/// A character's primary weight: its place in `ICU_ROOT_ASCII`, after them anything else by
/// code point (an approximation beyond ASCII).
fn primary(c: char) -> u32 {
    let l = c.to_ascii_lowercase();
    match ICU_ROOT_ASCII.find(l) {
        Some(i) if l.is_ascii() => i as u32,
        _ => 0x100 + c as u32,
    }
}

/// `Scollate` under ICU's root collator: the primary weights decide first (the case of letters
/// ignored), then the case from the left, lower before upper (tertiary level).
pub(crate) fn scollate(a: &str, b: &str) -> Ordering {
    a.chars()
        .map(primary)
        .cmp(b.chars().map(primary))
        .then_with(|| a.chars().map(|c| c.is_ascii_uppercase()).cmp(b.chars().map(|c| c.is_ascii_uppercase())))
}

/// Two keys compared; strings by `Scollate`, or by their bytes when `bytes` (the radix sort).
fn key_cmp(a: &Key, b: &Key, bytes: bool) -> Ordering {
    match (a, b) {
        (Key::Num(Some(x)), Key::Num(Some(y))) => x.partial_cmp(y).unwrap_or(Ordering::Equal),
        (Key::Str(Some(x)), Key::Str(Some(y))) if bytes => x.as_bytes().cmp(y.as_bytes()),
        (Key::Str(Some(x)), Key::Str(Some(y))) => scollate(x, y),
        _ => Ordering::Equal,
    }
}

fn is_na(k: &Key) -> bool {
    matches!(k, Key::Num(None) | Key::Str(None))
}

/// The keys of a vector's elements, when the simulator knows them.
fn keys(it: &Interp, x: Val) -> Option<Vec<Key>> {
    if it.length(x) > MAX_CONCRETE {
        return None;
    }
    match it.type_of(x) {
        SexpType::Str => Some(it.str_values(x)?.into_iter().map(Key::Str).collect()),
        SexpType::Lgl | SexpType::Int | SexpType::Real | SexpType::Raw | SexpType::Cplx => {
            Some(it.num_values(x)?.into_iter().map(|v| Key::Num((!v.is_nan()).then_some(v))).collect())
        }
        SexpType::Nil => Some(Vec::new()),
        _ => None,
    }
}

/// The stable ordering of `0..n` by these keys (NAs last or first, each key increasing or
/// decreasing), as `orderVector` (`bytes` false) / the radix sort (`bytes` true) give it.
fn ordering(cols: &[Vec<Key>], n: usize, na_last: bool, decreasing: &[bool], bytes: bool) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..n).collect();
    idx.sort_by(|&i, &j| {
        for (k, col) in cols.iter().enumerate() {
            let (a, b) = (&col[i], &col[j]);
            let c = match (is_na(a), is_na(b)) {
                (true, true) => Ordering::Equal,
                (true, false) => {
                    if na_last {
                        Ordering::Greater
                    } else {
                        Ordering::Less
                    }
                }
                (false, true) => {
                    if na_last {
                        Ordering::Less
                    } else {
                        Ordering::Greater
                    }
                }
                _ => {
                    let c = key_cmp(a, b, bytes);
                    if decreasing.get(k).or(decreasing.first()).copied().unwrap_or(false) {
                        c.reverse()
                    } else {
                        c
                    }
                }
            };
            if c != Ordering::Equal {
                return c;
            }
        }
        Ordering::Equal
    });
    idx
}

/// A sorted copy of `x` (`duplicate`, then the attributes dropped): values kept where known.
fn sorted_copy(it: &mut Interp, x: Val, decreasing: bool) -> EvalResult<ObjId> {
    let o = it.boxed(x)?;
    let id = it.duplicate(o)?;
    let n = it.heap.obj(id).attrs.as_ref().map_or(0, |a| a.len()) as u32;
    it.heap.obj_mut(id).attrs = None;
    it.heap.shed_nodes(id, n);
    if let Some(k) = keys(it, x) {
        let len = k.len();
        let order = ordering(&[k], len, true, &[decreasing], false);
        reorder(it, id, x, &order)?;
    } else if !matches!(it.num_content(x), Num::Fill(_)) {
        // unknown values stay unknown, but a sequence sorted is no longer known to be one
        let len = it.length(x) as f64;
        if let crate::heap::Body::Num(num) = &mut it.heap.obj_mut(id).body {
            if let Num::Seq { from, by } = *num {
                let last = from + by * (len - 1.0);
                *num = if (by > 0.0) != decreasing { Num::Seq { from, by } } else { Num::Seq { from: last, by: -by } };
            }
        }
    }
    Ok(id)
}

/// Put `x`'s elements in `order` into the fresh vector `id`.
fn reorder(it: &mut Interp, id: ObjId, x: Val, order: &[usize]) -> EvalResult<()> {
    let n = order.len() as u64;
    match it.type_of(x) {
        SexpType::Str => {
            if let (Val::Obj(o), true) = (x, n > 0) {
                let ids: Option<Vec<ObjId>> = match &it.heap.obj(o).body {
                    crate::heap::Body::Elems(crate::heap::Elems::Values(v)) => {
                        Some(order.iter().map(|&i| v[i]).collect())
                    }
                    crate::heap::Body::Elems(crate::heap::Elems::Fill(c)) => Some(vec![*c; order.len()]),
                    _ => None,
                };
                if let Some(ids) = ids {
                    it.heap.obj_mut(id).body = crate::heap::Body::Elems(crate::heap::Elems::Values(ids));
                }
            }
        }
        _ => {
            if let Some(v) = it.num_values(x) {
                let s: Vec<f64> = order.iter().map(|&i| v[i]).collect();
                it.heap.obj_mut(id).body = crate::heap::Body::Num(normalize_num(Num::Values(Rc::new(s)), n));
            }
        }
    }
    Ok(())
}

fn check_sortable(it: &Interp, ctx: &CallCtx, x: Val) -> EvalResult<()> {
    let t = it.type_of(x);
    if !matches!(t, SexpType::Lgl | SexpType::Int | SexpType::Real | SexpType::Cplx | SexpType::Str | SexpType::Raw) {
        return Err(closure_error(it, ctx, "only atomic vectors can be sorted"));
    }
    if t == SexpType::Raw {
        return Err(closure_error(it, ctx, "raw vectors cannot be sorted"));
    }
    Ok(())
}

/// `.Internal(sort(x, decreasing))` (`do_sort`): a duplicate without attributes, sorted.
fn sort(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = arg(a, 0);
    let Some(decreasing) = flag(it, arg(a, 1)) else {
        return Err(closure_error(it, ctx, "'decreasing' must be TRUE or FALSE"));
    };
    if x == Val::Obj(NIL) {
        return Ok(x);
    }
    check_sortable(it, ctx, x)?;
    Ok(Val::Obj(sorted_copy(it, x, decreasing)?))
}

/// `.Internal(qsort(x, index.return))` (`do_qsort`): a sorted copy of a numeric vector (other
/// numeric types coerced to double), and with `index.return` the list `x`, `ix` with its names.
fn qsort(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = arg(a, 0);
    let t = it.type_of(x);
    let factor = super::objects::inherits_class(it, x, "factor");
    if !matches!(t, SexpType::Lgl | SexpType::Int | SexpType::Real) || factor {
        return Err(closure_error(it, ctx, "argument is not a numeric vector"));
    }
    let sx = sorted_copy(it, x, false)?;
    if !flag(it, arg(a, 1)).unwrap_or(false) {
        return Ok(Val::Obj(sx));
    }
    let n = it.length(x);
    let ans = it.heap.alloc_vector(SexpType::Vec, 2, crate::heap::Body::Elems(crate::heap::Elems::Fill(NIL)))?;
    let names = it.new_strs(2, crate::heap::Elems::Unknown)?;
    let num = match keys(it, x) {
        Some(k) => {
            let o = ordering(&[k], n as usize, true, &[false], false);
            Num::Values(Rc::new(o.iter().map(|&i| (i + 1) as f64).collect()))
        }
        None => Num::Unknown,
    };
    let ix = it.new_num(SexpType::Int, n, normalize_num(num, n))?;
    for (id, refs) in [(sx, 1), (ix, 1)] {
        it.heap.obj_mut(id).refs += refs;
    }
    it.heap.obj_mut(ans).body = crate::heap::Body::Elems(crate::heap::Elems::Values(vec![sx, ix]));
    let (cx, cix) = (it.mk_char("x")?, it.mk_char("ix")?);
    it.heap.obj_mut(names).body = crate::heap::Body::Elems(crate::heap::Elems::Values(vec![cx, cix]));
    it.heap.set_attr(ans, "names", names)?;
    Ok(Val::Obj(ans))
}

/// `.Internal(psort(x, partial))` (`do_psort`): the positions as integers (a coerced copy unless
/// they are), an `R_alloc` buffer of them, then a duplicate without attributes, partially sorted
/// (the simulator sorts it fully: the elements at the positions asked for are those).
fn psort(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = arg(a, 0);
    check_sortable(it, ctx, x)?;
    let p = arg(a, 1);
    let n = it.length(x);
    if it.type_of(p) != SexpType::Int {
        it.new_num(SexpType::Int, it.length(p), it.num_content(p))?;
    }
    let np = it.length(p);
    super::unique::r_alloc(it, np, 8)?;
    for v in it.num_values(p).unwrap_or_default() {
        if v.is_nan() {
            return Err(closure_error(it, ctx, "NA index"));
        }
        if v < 1.0 || v > n as f64 {
            return Err(closure_error(it, ctx, format!("index {} outside bounds", v as i64)));
        }
    }
    Ok(Val::Obj(sorted_copy(it, x, false)?))
}

/// The keys of each vector argument, checked for equal lengths.
fn key_columns(it: &Interp, ctx: &CallCtx, vals: &[Val]) -> EvalResult<(u64, Option<Vec<Vec<Key>>>)> {
    let n = vals.first().map_or(0, |&v| it.length(v));
    let mut cols = Some(Vec::new());
    for (i, &v) in vals.iter().enumerate() {
        let t = it.type_of(v);
        if !(t.is_vector() && t != SexpType::Char) && t != SexpType::Nil {
            return Err(closure_error(it, ctx, format!("argument {} is not a vector", i + 1)));
        }
        if it.length(v) != n {
            return Err(closure_error(it, ctx, "argument lengths differ"));
        }
        cols = cols.and_then(|mut c| {
            keys(it, v).map(|k| {
                c.push(k);
                c
            })
        });
    }
    Ok((n, cols))
}

/// `.Internal(order(na.last, decreasing, ...))` (`do_order`): the stable ordering permutation, a
/// new integer vector (doubles beyond `INT_MAX`).
fn order(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let Some(na_last) = flag(it, arg(a, 0)) else {
        return Err(closure_error(it, ctx, "invalid 'na.last' value"));
    };
    let Some(decreasing) = flag(it, arg(a, 1)) else {
        return Err(closure_error(it, ctx, "'decreasing' must be TRUE or FALSE"));
    };
    let vals: Vec<Val> = a.dots.iter().map(|d| d.value).collect();
    if vals.is_empty() {
        return Ok(Val::Obj(NIL));
    }
    let (n, cols) = key_columns(it, ctx, &vals)?;
    let t = if n > i32::MAX as u64 { SexpType::Real } else { SexpType::Int };
    if n > i32::MAX as u64 {
        super::unique::r_alloc(it, n, 8)?;
    }
    let num = match cols {
        Some(cols) => {
            let o = ordering(&cols, n as usize, na_last, &[decreasing], false);
            Num::Values(Rc::new(o.iter().map(|&i| (i + 1) as f64).collect()))
        }
        None => Num::Unknown,
    };
    Ok(Val::Obj(it.new_num(t, n, normalize_num(num, n))?))
}

/// `.Internal(radixsort(na.last, decreasing, retgrp, sortstr, ...))` (`do_radixsort`): the
/// ordering (its work buffers are `malloc`ed, outside R's heap); `na.last = NA` leaves the NAs
/// out.
fn radixsort(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let na = it.num_elt(arg(a, 0), 0);
    let keep_na = na.is_some_and(|v| !v.is_nan());
    let na_last = na.is_none_or(|v| v.is_nan() || v != 0.0);
    let decreasing: Vec<bool> = it.num_values(arg(a, 1)).unwrap_or_default().iter().map(|&v| v != 0.0).collect();
    let vals: Vec<Val> = a.dots.iter().map(|d| d.value).collect();
    if vals.is_empty() {
        return Ok(Val::Obj(NIL));
    }
    if decreasing.len() != vals.len() && decreasing.len() != 1 {
        return Err(closure_error(it, ctx, "length(decreasing) must match the number of order arguments"));
    }
    let (n, cols) = key_columns(it, ctx, &vals)?;
    let (len, num) = match cols {
        Some(cols) => {
            let mut o = ordering(&cols, n as usize, na_last, &decreasing, true);
            if !keep_na {
                o.retain(|&i| !cols.iter().any(|c| is_na(&c[i])));
            }
            let len = o.len() as u64;
            (len, Num::Values(Rc::new(o.iter().map(|&i| (i + 1) as f64).collect())))
        }
        None => (n, Num::Unknown),
    };
    Ok(Val::Obj(it.new_num(SexpType::Int, len, normalize_num(num, len))?))
}

/// `.Internal(rank(x, length(x), ties.method))` (`do_rank`): doubles for "average", integers for
/// "min" and "max"; an `R_alloc` buffer of the ordering.
fn rank(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = arg(a, 0);
    if it.type_of(x) == SexpType::Raw {
        return Err(closure_error(it, ctx, "raw vectors cannot be sorted"));
    }
    let n = match it.num_elt(arg(a, 1), 0) {
        Some(v) if !v.is_nan() && v >= 0.0 => v as u64,
        _ => return Err(closure_error(it, ctx, "invalid 'length(xx)' value")),
    };
    let ties = it.str_values(arg(a, 2)).and_then(|s| s.first().cloned().flatten()).unwrap_or_else(|| Rc::from(""));
    let t = match &*ties {
        "average" => SexpType::Real,
        "max" | "min" => SexpType::Int,
        _ => return Err(closure_error(it, ctx, "invalid ties.method for rank() [should never happen]")),
    };
    let t = if n > i32::MAX as u64 { SexpType::Real } else { t };
    let ans = it.new_num(t, n, Num::Unknown)?;
    if n == 0 {
        return Ok(Val::Obj(ans));
    }
    super::unique::r_alloc(it, n, if n > i32::MAX as u64 { 8 } else { 4 })?;
    let Some(k) = keys(it, x).filter(|k| k.len() as u64 >= n) else { return Ok(Val::Obj(ans)) };
    let k = k[..n as usize].to_vec();
    let o = ordering(std::slice::from_ref(&k), n as usize, true, &[false], false);
    let mut r = vec![0.0; n as usize];
    let mut i = 0;
    while i < o.len() {
        let mut j = i;
        while j + 1 < o.len() && k[o[j]] == k[o[j + 1]] {
            j += 1;
        }
        let v = match &*ties {
            "average" => (i + j + 2) as f64 / 2.0,
            "max" => (j + 1) as f64,
            _ => (i + 1) as f64,
        };
        for &p in &o[i..=j] {
            r[p] = v;
        }
        i = j + 1;
    }
    it.heap.obj_mut(ans).body = crate::heap::Body::Num(normalize_num(Num::Values(Rc::new(r)), n));
    Ok(Val::Obj(ans))
}

/// `.Internal(is.unsorted(x, na.rm, strictly))` (`do_isunsorted`): whether some element is
/// greater than (or, strictly, equal to) the next; R's shared TRUE/FALSE, NA for an NA.
fn is_unsorted(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = arg(a, 0);
    let strictly = flag(it, arg(a, 2)).unwrap_or(false);
    let t = it.type_of(x);
    if !(t.is_vector() && t != SexpType::Char) {
        return Ok(it.scalar_logical(None));
    }
    if t == SexpType::Vec || t == SexpType::Expr {
        return Err(closure_error(it, ctx, "rheap does not simulate is.unsorted() of a list"));
    }
    let n = it.length(x);
    if n < 2 {
        return Ok(it.scalar_logical(Some(false)));
    }
    if let Num::Seq { by, .. } = it.num_content(x) {
        return Ok(it.scalar_logical(Some(by < 0.0 || (strictly && by == 0.0))));
    }
    let Some(k) = keys(it, x) else {
        return Ok(Val::Obj(it.new_num(SexpType::Lgl, 1, Num::Unknown)?));
    };
    let mut unsorted = false;
    for w in k.windows(2) {
        if is_na(&w[0]) || is_na(&w[1]) {
            return Ok(it.scalar_logical(None));
        }
        let c = key_cmp(&w[0], &w[1], false);
        if c == Ordering::Greater || (strictly && c == Ordering::Equal) {
            unsorted = true;
            break;
        }
    }
    Ok(it.scalar_logical(Some(unsorted)))
}

/// `.Internal(sorted_fpass(x, decr, nalast))` (`do_sorted_fpass`, `fastpass_sortcheck`): whether
/// `x` is known to be sorted already: a compact sequence in the wanted direction, or a plain
/// integer vector found increasing without NAs.
fn sorted_fpass(it: &mut Interp, _ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = arg(a, 0);
    let decr = it.num_elt(arg(a, 1), 0);
    let Some(decr) = decr.filter(|d| !d.is_nan()).map(|d| d != 0.0) else {
        return Ok(it.scalar_logical(Some(false)));
    };
    let t = it.type_of(x);
    let altrep = matches!(x, Val::Obj(o) if it.heap.obj(o).altrep);
    let done = match it.num_content(x) {
        // a compact sequence knows its direction and has no NA
        Num::Seq { by, .. } if altrep && matches!(t, SexpType::Int | SexpType::Real) => (by > 0.0) != decr,
        _ if t == SexpType::Int && !decr && !altrep && it.length(x) > 0 => match it.num_values(x) {
            Some(v) => !v[0].is_nan() && v.windows(2).all(|w| !w[1].is_nan() && w[1] >= w[0]),
            None => false,
        },
        _ => false,
    };
    Ok(it.scalar_logical(Some(done)))
}

/// `xtfrm(x)` (`do_xtfrm`): an S3 method of `x`'s class, else R's `xtfrm.default` closure.
fn xtfrm(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = a.need(ctx, "x")?;
    let base = it.namespace_env(crate::lang::library::BASE);
    let Some(Val::Obj(f)) = it.find_function(&crate::sym::Sym::new("xtfrm.default"), base)? else {
        return Err(ctx.error("could not find function \"xtfrm.default\""));
    };
    it.apply_closure(f, vec![ArgVal { name: None, value: x }], ctx.call, ctx.env, ctx.mode)
}

/// `.doSortWrap(vec, decr, nalast, noNA = NA)` (base, sort.R): a non-empty numeric vector comes
/// back in an ALTREP wrapper that records its sortedness (`.Internal(wrap_meta(...))`:
/// `make_wrapper`, a node and its 2-integer metadata); anything else as it is.
fn do_sort_wrap(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let vec = a.need(ctx, "vec")?;
    let t = it.type_of(vec);
    let numeric = matches!(t, SexpType::Int | SexpType::Real) && !super::objects::inherits_class(it, vec, "factor");
    if it.length(vec) == 0 || !numeric {
        return Ok(vec);
    }
    let id = it.boxed(vec)?;
    Ok(Val::Obj(it.wrap(id)?))
}
