//! Cumulative and summary statistics, sorting and set operations: `cumsum()`, `cumprod()`,
//! `prod()`, `range()`, `diff()`, `anyNA()`, `var()`, `median()`, `rowSums()`, `colSums()`,
//! `rowMeans()`, `colMeans()`, `unique()`, `duplicated()`, `sort()`, `order()`, `match()`,
//! `%in%`, `which.max()`, `which.min()`.
//!
//! Each allocates what R's code for it allocates: its result, and the vectors the R closures
//! around the `.Internal` build on the way (`is.na(x)` in `sort()` and `median()`, the hash table
//! of `unique()`, the two shifted copies in `diff()`). Values are computed when the simulator
//! knows them; a result whose length depends on unknown values (`unique()`) is taken at its
//! largest and the assumption noted.

use std::rc::Rc;

use super::{closure, primitive, Args, Builtin};
use crate::heap::{Num, SexpType, Val};
use crate::lang::eval::CallCtx;
use crate::lang::interp::{normalize_num, EvalResult, Interp};

pub(super) const BUILTINS: &[Builtin] = &[
    primitive("cumsum", &["x"], |it, c, a| cumulative(it, c, a, false)),
    primitive("cumprod", &["x"], |it, c, a| cumulative(it, c, a, true)),
    primitive("cummax", &["x"], |it, c, a| cum_extreme(it, c, a, true)),
    primitive("cummin", &["x"], |it, c, a| cum_extreme(it, c, a, false)),
    primitive("prod", &["...", "na.rm"], prod),
    primitive("range", &["...", "na.rm", "finite"], range),
    closure("diff", &["x", "lag", "differences", "..."], 0, diff),
    primitive("anyNA", &["x", "recursive"], any_na),
    closure("var", &["x", "y", "na.rm", "use"], 0, var),
    closure("median", &["x", "na.rm", "..."], 0, median),
    closure("rowSums", &["x", "na.rm", "dims"], 4, |it, c, a| margin(it, c, a, true, false)),
    closure("colSums", &["x", "na.rm", "dims"], 4, |it, c, a| margin(it, c, a, false, false)),
    closure("rowMeans", &["x", "na.rm", "dims"], 4, |it, c, a| margin(it, c, a, true, true)),
    closure("colMeans", &["x", "na.rm", "dims"], 4, |it, c, a| margin(it, c, a, false, true)),
    closure("match", &["x", "table", "nomatch", "incomparables"], 4, match_fn),
    closure("%in%", &["x", "table"], 0, in_fn),
    closure("which.max", &["x"], 1, |it, c, a| which_extreme(it, c, a, true)),
    closure("which.min", &["x"], 1, |it, c, a| which_extreme(it, c, a, false)),
];

fn numeric_arg(it: &Interp, ctx: &CallCtx, x: Val, what: &str) -> EvalResult<SexpType> {
    match it.type_of(x) {
        t @ (SexpType::Lgl | SexpType::Int | SexpType::Real) => Ok(t),
        t => Err(ctx.error(format!("invalid 'type' ({}) of argument{what}", t.type_name()))),
    }
}

/// Keep `x`'s names on a result of the same length.
fn copy_names(it: &mut Interp, x: Val, id: crate::heap::ObjId) -> EvalResult<()> {
    if let Val::Obj(o) = x {
        if let Some(nm) = it.heap.attr(o, "names") {
            it.heap.set_attr(id, "names", nm)?;
        }
    }
    Ok(())
}

/// `cumsum(x)` / `cumprod(x)`: integers stay integer for `cumsum`; names are kept.
fn cumulative(it: &mut Interp, ctx: &CallCtx, a: &mut Args, product: bool) -> EvalResult<Val> {
    let x = a.need(ctx, "x")?;
    let t = numeric_arg(it, ctx, x, "")?;
    it.expand_altrep(x)?;
    let n = it.length(x);
    let out_t = if !product && t != SexpType::Real { SexpType::Int } else { SexpType::Real };
    let num = match it.num_values(x) {
        // doubles (and every cumprod) accumulate in long double (`cum.c`) while finite
        Some(v) if (product || out_t == SexpType::Real) && v.iter().all(|x| x.is_finite()) => {
            Num::Values(Rc::new(crate::lang::ldouble::cumulative(&v, product).unwrap_or_default()))
        }
        Some(v) => {
            let mut acc = if product { 1.0 } else { 0.0 };
            Num::Values(Rc::new(
                v.iter()
                    .map(|&e| {
                        acc = if product { acc * e } else { acc + e };
                        acc
                    })
                    .collect(),
            ))
        }
        None => Num::Unknown,
    };
    let id = it.new_num(out_t, n, normalize_num(num, n))?;
    it.heap.protect(Val::Obj(id));
    copy_names(it, x, id)?;
    Ok(Val::Obj(id))
}

/// `cummax(x)`, `cummin(x)` (cum.c `do_cum`): integers and logicals as integers (`icummax`: an
/// `NA` makes the rest `NA`), anything else as doubles (`cummax`: `NA` and `NaN` propagate by
/// addition); one new vector with `x`'s names.
fn cum_extreme(it: &mut Interp, ctx: &CallCtx, a: &mut Args, max: bool) -> EvalResult<Val> {
    let x = a.need(ctx, "x")?;
    let t = numeric_arg(it, ctx, x, "")?;
    it.expand_altrep(x)?;
    let n = it.length(x);
    let integer = matches!(t, SexpType::Int | SexpType::Lgl);
    let better = |a: f64, b: f64| if max { a > b } else { a < b };
    let num = match it.num_values(x) {
        Some(v) if integer => {
            let mut out = vec![crate::heap::na_real(); v.len()];
            let mut acc = match v.first() {
                Some(&e) => e,
                None => 0.0,
            };
            for (i, &e) in v.iter().enumerate() {
                if e.is_nan() {
                    break;
                }
                if better(e, acc) {
                    acc = e;
                }
                out[i] = acc;
            }
            Num::Values(Rc::new(out))
        }
        Some(v) => {
            let mut acc = if max { f64::NEG_INFINITY } else { f64::INFINITY };
            Num::Values(Rc::new(
                v.iter()
                    .map(|&e| {
                        acc = if e.is_nan() || acc.is_nan() {
                            acc + e
                        } else if better(e, acc) {
                            e
                        } else {
                            acc
                        };
                        acc
                    })
                    .collect(),
            ))
        }
        None => Num::Unknown,
    };
    let out_t = if integer { SexpType::Int } else { SexpType::Real };
    let id = it.new_num(out_t, n, normalize_num(num, n))?;
    it.heap.protect(Val::Obj(id));
    copy_names(it, x, id)?;
    Ok(Val::Obj(id))
}

fn all_values(it: &Interp, a: &Args) -> Option<Vec<f64>> {
    let mut all = Vec::new();
    for d in &a.dots {
        all.extend(it.num_values(d.value)?);
    }
    Some(all)
}

/// `prod(...)`: each argument's product in long double (`rprod`), the arguments' in double.
fn prod(it: &mut Interp, _ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let parts: Option<Vec<Vec<f64>>> = a.dots.iter().map(|d| it.num_values(d.value)).collect();
    let product = |v: &Vec<f64>| {
        crate::lang::ldouble::cumulative(v, true)
            .map_or_else(|| v.iter().product(), |c| c.last().copied().unwrap_or(1.0))
    };
    let num = parts.map_or(Num::Unknown, |p| Num::Fill(p.iter().map(product).product()));
    Ok(Val::Obj(it.new_num(SexpType::Real, 1, num)?))
}

/// `range(...)` (`range.default`: `c(min(x), max(x))`), which reads integer data through its
/// pointer.
fn range(it: &mut Interp, _ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let real = a.dots.iter().any(|d| it.type_of(d.value) == SexpType::Real);
    for d in &a.dots {
        it.expand_altrep(d.value)?;
    }
    let num = match all_values(it, a) {
        Some(v) if v.iter().any(|x| x.is_nan()) => Num::Fill(crate::heap::na_real()),
        Some(v) if !v.is_empty() => Num::Values(Rc::new(vec![
            v.iter().copied().fold(f64::INFINITY, f64::min),
            v.iter().copied().fold(f64::NEG_INFINITY, f64::max),
        ])),
        Some(_) => Num::Values(Rc::new(vec![f64::INFINITY, f64::NEG_INFINITY])),
        None => Num::Unknown,
    };
    let t = if real { SexpType::Real } else { SexpType::Int };
    Ok(Val::Obj(it.new_num(t, 2, normalize_num(num, 2))?))
}

/// `diff(x, lag = 1)`: `r[-(1:lag)] - r[-(n - lag + 1):n]`, two shifted copies and their
/// difference.
fn diff(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = a.need(ctx, "x")?;
    let t = numeric_arg(it, ctx, x, "")?;
    let lag = a.get("lag").and_then(|l| it.num_elt(l, 0)).unwrap_or(1.0).max(1.0) as u64;
    let n = it.length(x);
    let m = n.saturating_sub(lag);
    let out_t = if t == SexpType::Real { SexpType::Real } else { SexpType::Int };
    let in_t = if t == SexpType::Lgl { SexpType::Lgl } else { out_t };
    for _ in 0..2 {
        it.new_num(in_t, m, Num::Unknown)?;
    }
    let num = match it.num_values(x) {
        Some(v) => Num::Values(Rc::new((0..m as usize).map(|i| v[i + lag as usize] - v[i]).collect())),
        None => Num::Unknown,
    };
    Ok(Val::Obj(it.new_num(out_t, m, normalize_num(num, m))?))
}

fn any_na(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = a.need(ctx, "x")?;
    let b = match it.type_of(x) {
        SexpType::Str => it.str_values(x).map(|s| s.iter().any(|s| s.is_none())),
        _ => match it.num_content(x) {
            Num::Seq { .. } => Some(false),
            Num::Fill(v) => Some(it.length(x) > 0 && v.is_nan()),
            Num::Values(v) => Some(v.iter().any(|x| x.is_nan())),
            Num::Patched(p) if p.patches.values().any(|x| x.is_nan()) => Some(true),
            Num::Patched(p) => match p.base {
                crate::heap::Base::Seq { .. } => Some(false),
                crate::heap::Base::Fill(v) => Some(v.is_nan() && it.length(x) > p.patches.len() as u64),
                crate::heap::Base::Unknown => None,
            },
            Num::Complex(v) => Some(v.iter().any(|z| z.0.is_nan() || z.1.is_nan())),
            Num::Unknown => None,
        },
    };
    match b {
        Some(b) => Ok(it.scalar_logical(Some(b))),
        None => Ok(Val::Obj(it.new_num(SexpType::Lgl, 1, Num::Unknown)?)),
    }
}

/// `var(x)` of a vector: the sample variance, a double.
fn var(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = a.need(ctx, "x")?;
    numeric_arg(it, ctx, x, "")?;
    let num = match it.num_values(x) {
        Some(v) if v.len() >= 2 => {
            let mean = v.iter().sum::<f64>() / v.len() as f64;
            Num::Fill(v.iter().map(|e| (e - mean) * (e - mean)).sum::<f64>() / (v.len() - 1) as f64)
        }
        Some(_) => Num::Fill(crate::heap::na_real()),
        None => Num::Unknown,
    };
    Ok(Val::Obj(it.new_num(SexpType::Real, 1, num)?))
}

/// `median(x)` (`median.default`): `is.na(x)`, then a partially sorted copy of `x`.
fn median(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = a.need(ctx, "x")?;
    let t = numeric_arg(it, ctx, x, "")?;
    let n = it.length(x);
    it.new_num(SexpType::Lgl, n, Num::Unknown)?;
    it.new_num(t, n, Num::Unknown)?;
    let num = match it.num_values(x) {
        Some(v) if v.iter().any(|x| x.is_nan()) => Num::Fill(crate::heap::na_real()),
        Some(mut v) if !v.is_empty() => {
            v.sort_by(|p, q| p.total_cmp(q));
            let k = v.len();
            Num::Fill(if k % 2 == 1 { v[k / 2] } else { (v[k / 2 - 1] + v[k / 2]) / 2.0 })
        }
        Some(_) => Num::Fill(crate::heap::na_real()),
        None => Num::Unknown,
    };
    // an odd-length integer vector has an integer median
    let out_t = if t != SexpType::Real && n % 2 == 1 { SexpType::Int } else { SexpType::Real };
    Ok(Val::Obj(it.new_num(out_t, 1, num)?))
}

/// `rowSums()` & co. of a matrix: a double per row (column), named by the matrix's row (column)
/// names.
fn margin(it: &mut Interp, ctx: &CallCtx, a: &mut Args, rows: bool, mean: bool) -> EvalResult<Val> {
    let x = a.need(ctx, "x")?;
    numeric_arg(it, ctx, x, "")?;
    let Val::Obj(o) = x else { return Err(ctx.error("'x' must be an array of at least two dimensions")) };
    let d = super::vectors::dims_of(it, x)
        .filter(|d| d.len() == 2)
        .ok_or_else(|| ctx.error("'x' must be an array of at least two dimensions"))?;
    let (nr, nc) = (d[0] as usize, d[1] as usize);
    let len = if rows { nr } else { nc };
    let num = match it.num_values(x) {
        Some(v) => Num::Values(Rc::new(
            (0..len)
                .map(|k| {
                    let cells: Vec<f64> =
                        if rows { (0..nc).map(|j| v[k + j * nr]).collect() } else { v[k * nr..(k + 1) * nr].to_vec() };
                    let s: f64 = cells.iter().sum();
                    if mean {
                        s / cells.len() as f64
                    } else {
                        s
                    }
                })
                .collect(),
        )),
        None => Num::Unknown,
    };
    let id = it.new_num(SexpType::Real, len as u64, normalize_num(num, len as u64))?;
    it.heap.protect(Val::Obj(id));
    let names = it
        .heap
        .attr(o, "dimnames")
        .and_then(|dn| it.list_elems(Val::Obj(dn)))
        .and_then(|e| e.get(if rows { 0 } else { 1 }).copied())
        .filter(|&n| n != crate::heap::NIL);
    if let Some(nm) = names {
        it.heap.set_attr(id, "names", nm)?;
    }
    Ok(Val::Obj(id))
}

/// The hash table `unique()` and `duplicated()` build (`HashTableSetup`): an integer vector of
/// the first power of two at least twice the length.
fn hash_table(it: &mut Interp, n: u64) -> EvalResult<()> {
    let mut m = 2u64;
    while m < 2 * n {
        m *= 2;
    }
    it.new_num(SexpType::Int, m, Num::Unknown)?;
    Ok(())
}

/// The values of `x` as comparable keys once coerced to `match()`'s common type `t` (`match5`):
/// strings by content (numbers as `as.character` writes them), numbers by value (`0` and `-0`
/// alike; NA and NaN apart, as `requal` compares them).
fn keys(it: &Interp, x: Val, t: SexpType) -> Option<Vec<String>> {
    if t == SexpType::Str {
        let s = crate::lang::print::as_character_strings(it, x)?;
        return Some(s.iter().map(|s| s.as_deref().map_or("\u{0}NA".into(), |s| format!("s{s}"))).collect());
    }
    Some(
        it.num_values(x)?
            .iter()
            .map(|&v| {
                if crate::heap::is_na_real(v) {
                    "NA".to_string()
                } else if v.is_nan() {
                    "NaN".to_string()
                } else if v == 0.0 {
                    "0".to_string()
                } else {
                    format!("{}", v.to_bits())
                }
            })
            .collect(),
    )
}

/// The common type `match()` compares in (`match5`): character if either is, else the larger
/// of the two atomic types.
fn match_type(tx: SexpType, tt: SexpType) -> SexpType {
    let rank = |t| match t {
        SexpType::Lgl => 0,
        SexpType::Int => 1,
        SexpType::Real => 2,
        SexpType::Cplx => 3,
        _ => 4,
    };
    if rank(tx) >= rank(tt) {
        if rank(tx) == 4 {
            SexpType::Str
        } else {
            tx
        }
    } else if rank(tt) == 4 {
        SexpType::Str
    } else {
        tt
    }
}

/// `match5`: both vectors copied (`match_transform` duplicates a plain vector), coerced to their
/// common type (another vector for each whose type differs), the hash table of `table` unless
/// `x` is a single value, and the positions: an integer vector as long as `x`. (Measured: match
/// of 1e5 doubles in 1e4 peaks at 176 476 Vcells above the start = result 50 000, copies
/// 100 000 + 10 000, table 16 384.)
fn match_positions(it: &mut Interp, ctx: &CallCtx, x: Val, table: Val, nomatch: f64) -> EvalResult<Val> {
    let (tx, tt) = (it.type_of(x), it.type_of(table));
    for t in [tx, tt] {
        if !matches!(t, SexpType::Lgl | SexpType::Int | SexpType::Real | SexpType::Cplx | SexpType::Str | SexpType::Nil)
        {
            return Err(ctx.error("'match' requires vector arguments"));
        }
    }
    let (n, nt) = (it.length(x), it.length(table));
    let t = match_type(tx, tt);
    if n > 0 && nt > 0 {
        for (v, tv) in [(x, tx), (table, tt)] {
            let len = it.length(v);
            let copy = match v {
                Val::Obj(o) => it.duplicate(o)?,
                _ => super::vectors::unknown_vector(it, tv, len)?,
            };
            it.heap.protect(Val::Obj(copy));
            if tv != t {
                super::vectors::unknown_vector(it, t, len)?;
            }
        }
        if n > 1 {
            hash_table(it, nt)?;
        }
    }
    let found = match (keys(it, x, t), keys(it, table, t)) {
        (Some(kx), Some(kt)) => {
            let mut first = std::collections::HashMap::new();
            for (i, k) in kt.into_iter().enumerate().rev() {
                first.insert(k, i as f64 + 1.0);
            }
            Num::Values(Rc::new(kx.iter().map(|k| first.get(k).copied().unwrap_or(nomatch)).collect()))
        }
        // a long sequence as the table: each position follows from the value
        (Some(kx), None) if kx.len() as u64 == n => match (it.num_values(x), it.num_content(table)) {
            (Some(xs), Num::Seq { from, by }) if by != 0.0 => Num::Values(Rc::new(
                xs.iter()
                    .map(|&v| {
                        let k = (v - from) / by;
                        if k >= 0.0 && k < nt as f64 && k.fract() == 0.0 {
                            k + 1.0
                        } else {
                            nomatch
                        }
                    })
                    .collect(),
            )),
            _ => Num::Unknown,
        },
        _ => Num::Unknown,
    };
    Ok(Val::Obj(it.new_num(SexpType::Int, n, normalize_num(found, n))?))
}

/// `match(x, table, nomatch = NA_integer_)`.
fn match_fn(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = a.need(ctx, "x")?;
    let table = a.need(ctx, "table")?;
    let nomatch = match a.get("nomatch") {
        Some(v) => it.num_elt(v, 0).unwrap_or_else(crate::heap::na_real),
        None => crate::heap::na_real(),
    };
    match_positions(it, ctx, x, table, nomatch)
}

/// `x %in% table`: `match(x, table, nomatch = 0L) > 0L`, byte-compiled: the positions, then the
/// logical comparison (a second vector as long as `x`).
fn in_fn(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = a.need(ctx, "x")?;
    let table = a.need(ctx, "table")?;
    // match() returns before `>` runs: its copies and hash table are garbage by then
    let mark = it.heap.root_mark();
    let pos = match_positions(it, ctx, x, table, 0.0)?;
    it.heap.release_to(mark, Some(pos));
    let n = it.length(pos);
    let found = match it.num_values(pos) {
        Some(v) => Num::Values(Rc::new(v.iter().map(|&p| (p > 0.0) as i32 as f64).collect())),
        None => Num::Unknown,
    };
    Ok(Val::Obj(it.new_num(SexpType::Lgl, n, normalize_num(found, n))?))
}

/// `which.max(x)` / `which.min(x)`: the first position of the extreme (none when empty or all
/// NA), named by `x`'s name there. An unknown vector's position is taken as 1 and noted.
fn which_extreme(it: &mut Interp, ctx: &CallCtx, a: &mut Args, max: bool) -> EvalResult<Val> {
    let x = a.need(ctx, "x")?;
    let n = it.length(x);
    let pos: Option<u64> = match it.num_values(x) {
        Some(v) => {
            let mut best: Option<(usize, f64)> = None;
            for (i, &y) in v.iter().enumerate() {
                if y.is_nan() {
                    continue;
                }
                if best.is_none_or(|(_, b)| if max { y > b } else { y < b }) {
                    best = Some((i, y));
                }
            }
            best.map(|(i, _)| i as u64)
        }
        None => {
            it.notes.push(format!(
                "line {}: the values given to {}() are not known to the simulator; position 1 taken",
                ctx.call.pos.line,
                if max { "which.max" } else { "which.min" }
            ));
            (n > 0).then_some(0)
        }
    };
    let k = pos.is_some() as u64;
    let id = it.new_num(SexpType::Int, k, pos.map_or(Num::Unknown, |p| Num::Fill(p as f64 + 1.0)))?;
    if let (Some(p), Some(names)) = (pos, it.names(x)) {
        it.heap.protect(Val::Obj(id));
        let nm = it.mk_strings(&[names[p as usize].as_deref()])?;
        it.heap.set_attr(id, "names", nm)?;
    }
    Ok(Val::Obj(id))
}
