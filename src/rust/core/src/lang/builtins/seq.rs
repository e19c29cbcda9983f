//! seq.c's internals behind base closures: `rep_len()`, `rep.int()`, `sequence()`; and the
//! element gathering they share with the other functions that build a vector from another one's
//! elements (`gather`).

use std::rc::Rc;

use super::internal::{closure_error, internal, positional};
use super::{Args, Builtin};
use crate::heap::{Body, Elems, Num, ObjId, SexpType, Val, NIL};
use crate::lang::eval::CallCtx;
use crate::lang::interp::{num_at, EvalResult, Interp, MAX_CONCRETE};
use crate::profile::R_XLEN_T_MAX;

pub(super) const INTERNALS: &[Builtin] = &[
    internal("rep_len", &["x", "length.out"], rep_len),
    internal("rep.int", &["x", "times"], rep_int),
    internal("sequence", &["nvec", "from", "by"], sequence),
];

/// How a result's elements come from the source's: element `i` is source element `src(i)`, and
/// when the pattern is a cycle of the whole source each element repeated `each` times (`rep()`),
/// a long character result can stay known as [`Elems::Repeat`].
pub(super) struct Gather<'a> {
    pub n: u64,
    pub src: &'a dyn Fn(u64) -> u64,
    pub cycle_each: Option<u64>,
}

/// `allocVector(TYPEOF(x), n)` filled with elements of `x` (R copies doubles, shares CHARSXPs and,
/// for lists, shares the elements `lazy_duplicate` leaves shared): what the simulator knows of the
/// values is kept where it can be (short vectors, fills, single sources).
pub(super) fn gather(it: &mut Interp, x: Val, g: &Gather) -> EvalResult<ObjId> {
    let t = it.type_of(x);
    let ns = it.length(x);
    let n = g.n;
    Ok(match t {
        SexpType::Str | SexpType::Vec | SexpType::Expr => {
            let body = match x {
                Val::Obj(o) => it.heap.obj(o).body.clone(),
                _ => Body::Elems(Elems::Unknown),
            };
            let elems = match body {
                _ if n == 0 => Elems::Values(Vec::new()),
                Body::Elems(Elems::Fill(c)) => Elems::Fill(c),
                Body::Elems(Elems::Values(v)) if ns == 1 => Elems::Fill(v[0]),
                Body::Elems(Elems::Values(v)) if n <= MAX_CONCRETE => {
                    Elems::Values((0..n).map(|i| v[(g.src)(i) as usize]).collect())
                }
                Body::Elems(Elems::Values(v)) if t == SexpType::Str => match g.cycle_each {
                    Some(each) => Elems::Repeat { ids: Rc::new(v), each },
                    None => Elems::Unknown,
                },
                Body::Elems(Elems::Repeat { ids, each }) if n <= MAX_CONCRETE => {
                    Elems::Values((0..n).map(|i| ids[(((g.src)(i) / each) % ids.len() as u64) as usize]).collect())
                }
                _ => Elems::Unknown,
            };
            if t == SexpType::Str {
                it.new_strs(n, elems)?
            } else {
                // the elements are shared: one more reference each
                let id = it.heap.alloc_vector(t, n, Body::Elems(elems))?;
                it.reference_children(id);
                id
            }
        }
        _ => {
            let content = it.num_content(x);
            let num = match content {
                _ if n == 0 => Num::Unknown,
                Num::Fill(v) => Num::Fill(v),
                Num::Unknown => Num::Unknown,
                c if ns == 1 => num_at(&c, 0).map_or(Num::Unknown, Num::Fill),
                c if n <= MAX_CONCRETE => {
                    let v: Option<Vec<f64>> = (0..n).map(|i| num_at(&c, (g.src)(i))).collect();
                    v.map_or(Num::Unknown, |v| Num::Values(Rc::new(v)))
                }
                _ => Num::Unknown,
            };
            it.new_num(t, n, num)?
        }
    })
}

/// A replicated factor keeps its levels and gets a fresh class (`rep3`'s callers in seq.c:
/// `mkString("factor")`, or `c("ordered", "factor")`).
fn factor_class(it: &mut Interp, s: Val, a: ObjId) -> EvalResult<()> {
    if !super::objects::inherits_class(it, s, "factor") {
        return Ok(());
    }
    let classes: &[Option<&str>] = if super::objects::inherits_class(it, s, "ordered") {
        &[Some("ordered"), Some("factor")]
    } else {
        &[Some("factor")]
    };
    let cl = it.mk_strings(classes)?;
    it.heap.set_attr(a, "class", cl)?;
    if let Val::Obj(o) = s {
        if let Some(lv) = it.heap.attr(o, "levels") {
            it.heap.set_attr(a, "levels", lv)?;
        }
    }
    Ok(())
}

fn replicable(it: &Interp, s: Val) -> bool {
    let t = it.type_of(s);
    t.is_vector() && t != SexpType::Char || t == SexpType::Nil
}

/// `rep_len(x, length.out)` (`do_rep_len`): `rep3(x, ns, na)`, a vector of `x`'s type whose
/// elements cycle through `x`'s; an empty `x` is duplicated and extended (`xlengthgets`).
fn rep_len(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let s = positional(a, 0).unwrap_or(Val::Obj(NIL));
    let len = positional(a, 1).unwrap_or(Val::Obj(NIL));
    if !replicable(it, s) {
        return Err(closure_error(it, ctx, "attempt to replicate non-vector"));
    }
    let bad = || "invalid 'length.out' value";
    if it.length(len) != 1 {
        return Err(closure_error(it, ctx, bad()));
    }
    let na = match it.num_elt(len, 0) {
        Some(x) if !x.is_nan() && x > -1.0 && x < R_XLEN_T_MAX + 1.0 => x as u64,
        _ => return Err(closure_error(it, ctx, bad())),
    };
    let t = it.type_of(s);
    if t == SexpType::Nil && na > 0 {
        return Err(closure_error(it, ctx, "cannot replicate NULL to a non-zero length"));
    }
    let ns = it.length(s);
    if ns == 0 {
        if t == SexpType::Nil {
            return Ok(Val::Obj(NIL));
        }
        // duplicate(s), then xlengthgets: a new vector of NAs (NULLs) when na > 0
        let b = it.boxed(s)?;
        let d = it.duplicate(b)?;
        return Ok(Val::Obj(super::attrib::xlengthgets(it, Val::Obj(d), na)?));
    }
    let src = |i: u64| i % ns;
    let id = gather(it, s, &Gather { n: na, src: &src, cycle_each: Some(1) })?;
    factor_class(it, s, id)?;
    Ok(Val::Obj(id))
}

/// `rep.int(x, times)` (`do_rep_int`): `rep2` when `times` has one count per element (a `times`
/// that is not an integer vector is first coerced to double: a new vector), else `rep3` of the
/// whole vector `times` times.
fn rep_int(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let s = positional(a, 0).unwrap_or(Val::Obj(NIL));
    let ncopy = positional(a, 1).unwrap_or(Val::Obj(NIL));
    let tt = it.type_of(ncopy);
    if !tt.is_vector() || tt == SexpType::Char {
        let msg = format!("invalid type ({}) for 'times' (must be a vector)", tt.type_name());
        return Err(closure_error(it, ctx, msg));
    }
    let t = it.type_of(s);
    if !replicable(it, s) {
        let msg = format!("attempt to replicate an object of type '{}'", t.type_name());
        return Err(closure_error(it, ctx, msg));
    }
    let nc = it.length(ncopy);
    let ns = it.length(s);
    let bad = "invalid 'times' value";
    let id = if nc == ns {
        // rep2: coerceVector(ncopy, REALSXP) unless it is an integer vector
        // (a list of counts, `lapply(value, length)` in `levels<-.factor`, coerces element-wise)
        let ncopy = if tt != SexpType::Int && tt != SexpType::Real {
            let copy = super::coerce::coerce_vector(it, ncopy, SexpType::Real)?;
            it.heap.protect(copy);
            copy
        } else {
            ncopy
        };
        let Some(counts) = it.num_values(ncopy) else {
            return Err(closure_error(it, ctx, "rheap does not know the values of 'times'"));
        };
        if counts.iter().any(|&c| c.is_nan() || c <= -1.0 || c >= R_XLEN_T_MAX + 1.0) {
            return Err(closure_error(it, ctx, bad));
        }
        let counts: Vec<u64> = counts.iter().map(|&c| c as u64).collect();
        let na: u64 = counts.iter().sum();
        if t == SexpType::Nil {
            return Ok(Val::Obj(NIL));
        }
        // the source index of each result element
        let mut starts = Vec::with_capacity(counts.len());
        let mut acc = 0u64;
        for &c in &counts {
            starts.push(acc);
            acc += c;
        }
        let src = |i: u64| (starts.partition_point(|&s| s <= i) - 1) as u64;
        let fill = counts.iter().filter(|&&c| c > 0).count() <= 1;
        let src_fill = |_: u64| counts.iter().position(|&c| c > 0).unwrap_or(0) as u64;
        if fill && na > MAX_CONCRETE {
            gather(it, s, &Gather { n: na, src: &src_fill, cycle_each: None })?
        } else if na > MAX_CONCRETE {
            super::vectors::unknown_vector(it, t, na)?
        } else {
            gather(it, s, &Gather { n: na, src: &src, cycle_each: None })?
        }
    } else {
        if nc != 1 {
            return Err(closure_error(it, ctx, bad));
        }
        let times = match it.num_elt(ncopy, 0) {
            Some(x) if tt == SexpType::Int && !x.is_nan() && x >= 0.0 => x as u64,
            Some(x) if tt != SexpType::Int && x.is_finite() && x > -1.0 && (ns == 0 || x < R_XLEN_T_MAX + 1.0) => {
                if ns == 0 {
                    1
                } else {
                    x as u64
                }
            }
            _ => return Err(closure_error(it, ctx, bad)),
        };
        if (times as f64) * (ns as f64) > R_XLEN_T_MAX {
            return Err(closure_error(it, ctx, bad));
        }
        if t == SexpType::Nil {
            return Ok(Val::Obj(NIL));
        }
        let src = |i: u64| i % ns.max(1);
        gather(it, s, &Gather { n: times * ns, src: &src, cycle_each: Some(1) })?
    };
    factor_class(it, s, id)?;
    Ok(Val::Obj(id))
}

/// `sequence(nvec, from, by)` (`do_sequence`): the concatenated sequences, one integer vector.
fn sequence(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let mut parts = Vec::with_capacity(3);
    for (i, what) in ["lengths", "from", "by"].iter().enumerate() {
        let v = positional(a, i).unwrap_or(Val::Obj(NIL));
        if it.type_of(v) != SexpType::Int {
            return Err(closure_error(it, ctx, format!("'{what}' is not of mode integer")));
        }
        parts.push(v);
    }
    let (nl, nf, nb) = (it.length(parts[0]), it.length(parts[1]), it.length(parts[2]));
    if nl != 0 && nf == 0 {
        return Err(closure_error(it, ctx, "'from' has length 0, but not 'lengths'"));
    }
    if nl != 0 && nb == 0 {
        return Err(closure_error(it, ctx, "'by' has length 0, but not 'lengths'"));
    }
    let (Some(lengths), Some(from), Some(by)) =
        (it.num_values(parts[0]), it.num_values(parts[1]), it.num_values(parts[2]))
    else {
        return Err(closure_error(it, ctx, "rheap does not know the values given to sequence()"));
    };
    if lengths.iter().any(|&l| l.is_nan() || l < 0.0) {
        return Err(closure_error(it, ctx, "'lengths' must be a vector of non-negative integers"));
    }
    let total: u64 = lengths.iter().map(|&l| l as u64).sum();
    let mut values = (total <= MAX_CONCRETE).then(|| Vec::with_capacity(total as usize));
    for (i, &l) in lengths.iter().enumerate() {
        let (f, b) = (from[i % from.len().max(1)], by[i % by.len().max(1)]);
        if l > 0.0 && f.is_nan() {
            return Err(closure_error(it, ctx, "'from' contains NAs"));
        }
        if l >= 2.0 && b.is_nan() {
            return Err(closure_error(it, ctx, "'by' contains NAs"));
        }
        if let Some(v) = values.as_mut() {
            v.extend((0..l as u64).map(|k| f + b * k as f64));
        }
    }
    let num = match values {
        Some(v) => Num::Values(Rc::new(v)),
        None if lengths.len() == 1 => Num::Seq { from: from[0], by: by[0] },
        None => Num::Unknown,
    };
    Ok(Val::Obj(it.new_num(SexpType::Int, total, num)?))
}
