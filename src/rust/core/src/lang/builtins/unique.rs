//! unique.c's internals behind base closures: `charmatch()`, `make.unique()`,
//! `duplicated()`, `unique()` and `anyDuplicated()` (the `.Internal`s their default methods call),
//! with util.c's `tabulate()` and character.c's `make.names()`.

use std::rc::Rc;

use super::internal::{closure_error, internal, positional};
use super::{Args, Builtin};
use crate::heap::{Body, Elems, Num, ObjId, SexpType, Val, NIL};
use crate::lang::eval::CallCtx;
use crate::lang::interp::{normalize_num, EvalResult, Interp};

pub(super) const INTERNALS: &[Builtin] = &[
    internal("charmatch", &["x", "table", "nomatch"], charmatch),
    internal("make.unique", &["names", "sep"], make_unique),
    internal("make.names", &["names", "allow_"], make_names),
    internal("duplicated", &["x", "incomparables", "fromLast", "nmax"], |it, c, a| {
        duplicated(it, c, a, Op::Duplicated)
    }),
    internal("unique", &["x", "incomparables", "fromLast", "nmax"], |it, c, a| duplicated(it, c, a, Op::Unique)),
    internal("anyDuplicated", &["x", "incomparables", "fromLast"], |it, c, a| duplicated(it, c, a, Op::Any)),
    internal("tabulate", &["bin", "nbins"], tabulate),
];

/// `R_alloc(nelem, eltsize)`: a raw vector of one byte more, on R's vector stack until the
/// `.Internal` returns (then garbage).
pub(super) fn r_alloc(it: &mut Interp, nelem: u64, eltsize: u64) -> EvalResult<()> {
    if nelem * eltsize > 0 {
        it.heap.alloc_vector(SexpType::Raw, nelem * eltsize + 1, Body::Num(Num::Unknown))?;
    }
    Ok(())
}

/// `HashTableSetup`: the open-addressing table, `M` integers (a power of two at least twice the
/// number of values, or of `nmax`; 4 for logicals, 256 for raw), doubles for a long vector.
pub(super) fn hash_table_setup(it: &mut Interp, t: SexpType, n: u64, nmax: Option<u64>) -> EvalResult<ObjId> {
    let m = match t {
        SexpType::Lgl => 4,
        SexpType::Raw => 256,
        _ => {
            let n = nmax.filter(|&k| k != 1).unwrap_or(n.min(1 << 32));
            let mut m = 2u64;
            while m < 2 * n {
                m *= 2;
            }
            m
        }
    };
    let ht = if n > i32::MAX as u64 { SexpType::Real } else { SexpType::Int };
    Ok(it.new_num(ht, m, Num::Unknown)?)
}

/// The strings of a character argument, with R's error when it is not one.
fn strings(it: &Interp, ctx: &CallCtx, v: Val, msg: &str) -> EvalResult<Option<Vec<Option<Rc<str>>>>> {
    if it.type_of(v) != SexpType::Str {
        return Err(closure_error(it, ctx, msg));
    }
    Ok(it.str_values(v))
}

fn int_arg(it: &Interp, v: Option<Val>) -> Option<f64> {
    v.and_then(|v| it.num_elt(v, 0))
}

/// Fill a fresh vector's values.
fn set_num(it: &mut Interp, id: ObjId, v: Vec<f64>) {
    let n = v.len() as u64;
    it.heap.obj_mut(id).body = Body::Num(normalize_num(Num::Values(Rc::new(v)), n));
}

/// `charmatch(x, table, nomatch)` (`do_charmatch`): a unique exact or partial match per element
/// (0 when ambiguous), one integer vector.
fn charmatch(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let input = positional(a, 0).unwrap_or(Val::Obj(NIL));
    let target = positional(a, 1).unwrap_or(Val::Obj(NIL));
    let msg = "argument is not of mode character";
    let ins = strings(it, ctx, input, msg)?;
    let tar = strings(it, ctx, target, msg)?;
    let no_match = int_arg(it, positional(a, 2)).unwrap_or(crate::heap::na_real());
    let ans = it.new_num(SexpType::Int, it.length(input), Num::Unknown)?;
    let (Some(ins), Some(tar)) = (ins, tar) else { return Ok(Val::Obj(ans)) };
    let text = |s: &Option<Rc<str>>| s.as_deref().unwrap_or("NA").to_string();
    let tar: Vec<String> = tar.iter().map(text).collect();
    let v: Vec<f64> = ins
        .iter()
        .map(|s| {
            let s = text(s);
            let (mut imatch, mut perfect) = (None::<usize>, false);
            for (j, t) in tar.iter().enumerate() {
                if !t.starts_with(s.as_str()) {
                    continue;
                }
                if t.len() == s.len() {
                    imatch = Some(if perfect { 0 } else { j + 1 });
                    perfect = true;
                } else if !perfect {
                    imatch = Some(if imatch.is_none() { j + 1 } else { 0 });
                }
            }
            imatch.map_or(no_match, |m| m as f64)
        })
        .collect();
    set_num(it, ans, v);
    Ok(Val::Obj(ans))
}

/// `make.unique(names, sep)` (`do_makeunique`): a copy of the names in which the second and later
/// occurrences of a name get `sep` and the first unused number appended. For more than one name it
/// also makes a one-string scratch vector, `duplicated2`'s hash table and integer vector, and the
/// new strings.
fn make_unique(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let names = positional(a, 0).unwrap_or(Val::Obj(NIL));
    let sep = positional(a, 1).unwrap_or(Val::Obj(NIL));
    let vals = strings(it, ctx, names, "'names' must be a character vector")?;
    let sep = match strings(it, ctx, sep, "'sep' must be a character string")? {
        Some(s) if s.len() == 1 => s[0].as_deref().unwrap_or("NA").to_string(),
        _ => return Err(closure_error(it, ctx, "'sep' must be a character string")),
    };
    let n = it.length(names);
    let ids: Option<Vec<ObjId>> = match names {
        Val::Obj(o) => match &it.heap.obj(o).body {
            Body::Elems(Elems::Values(v)) => Some(v.clone()),
            _ => None,
        },
        _ => None,
    };
    let ans = it.new_strs(n, ids.clone().map_or(Elems::Unknown, Elems::Values))?;
    if n <= 1 {
        return Ok(Val::Obj(ans));
    }
    if n >= 10000 {
        r_alloc(it, n, 4)?;
    }
    it.new_strs(1, Elems::Unknown)?;
    hash_table_setup(it, SexpType::Str, n, None)?;
    it.new_num(SexpType::Int, n, Num::Unknown)?;
    let (Some(vals), Some(mut ids)) = (vals, ids) else { return Ok(Val::Obj(ans)) };
    let text: Vec<String> = vals.iter().map(|s| s.as_deref().unwrap_or("NA").to_string()).collect();
    let mut seen: std::collections::HashSet<String> = std::collections::HashSet::new();
    let mut first: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    let mut cnts = vec![1usize; text.len()];
    for (i, s) in text.iter().enumerate() {
        let Some(&dp) = first.get(s) else {
            first.insert(s.clone(), i);
            seen.insert(s.clone());
            continue;
        };
        let mut cnt = cnts[dp];
        let mut name = format!("{s}{sep}{cnt}");
        while cnt < text.len() && seen.contains(&name) {
            cnt += 1;
            name = format!("{s}{sep}{cnt}");
        }
        ids[i] = it.mk_char(&name)?;
        seen.insert(name);
        cnts[dp] = cnt + 1;
    }
    it.heap.obj_mut(ans).body = Body::Elems(Elems::Values(ids));
    Ok(Val::Obj(ans))
}

/// `make.names(names, allow_)` (`do_makenames`): "X" before a name that does not start with a
/// letter or a dot not followed by a digit, "." for each invalid character, "." after a reserved
/// word; one new string vector and the new strings.
fn make_names(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let arg = positional(a, 0).unwrap_or(Val::Obj(NIL));
    let vals = strings(it, ctx, arg, "non-character names")?;
    let allow = match int_arg(it, positional(a, 1)) {
        Some(x) if !x.is_nan() => x != 0.0,
        _ => return Err(closure_error(it, ctx, "invalid 'allow_' value")),
    };
    let n = it.length(arg);
    let ans = it.new_strs(n, Elems::Unknown)?;
    let Some(vals) = vals else { return Ok(Val::Obj(ans)) };
    let mut ids = Vec::with_capacity(vals.len());
    for s in &vals {
        let s = s.as_deref().unwrap_or("NA");
        let mut chars = s.chars();
        let need_prefix = match chars.next() {
            Some('.') => chars.next().is_some_and(|d| d.is_ascii_digit()),
            Some(c) => !c.is_alphabetic(),
            None => true,
        };
        let mut t: String = if need_prefix { format!("X{s}") } else { s.to_string() };
        t = t.chars().map(|c| if c == '.' || (allow && c == '_') || c.is_alphanumeric() { c } else { '.' }).collect();
        let mut id = it.mk_char(&t)?;
        if !crate::lang::deparse::is_valid_name(&t) {
            id = it.mk_char(&format!("{t}."))?;
        }
        ids.push(id);
    }
    it.heap.obj_mut(ans).body = Body::Elems(Elems::Values(ids));
    Ok(Val::Obj(ans))
}

#[derive(Clone, Copy, PartialEq)]
enum Op {
    Duplicated,
    Unique,
    Any,
}

/// What `duplicated()` compares an element by: a number's value (every NaN that is not NA alike,
/// both zeros alike), a string's content, a list element's type and keys.
#[derive(Clone, PartialEq, Eq, Hash)]
pub(super) enum Key {
    Na,
    NaN,
    Num(u64),
    NaStr,
    Str(Rc<str>),
    Null,
    List(SexpType, Vec<Key>),
}

/// A number's key: NA, every other NaN alike, both zeros alike, else its bits.
fn num_key(v: f64) -> Key {
    if crate::heap::is_na_real(v) {
        Key::Na
    } else if v.is_nan() {
        Key::NaN
    } else if v == 0.0 {
        Key::Num(0)
    } else {
        Key::Num(v.to_bits())
    }
}

/// Comparable keys of a vector's elements (doubles by value with every NaN alike, strings by
/// content), when the simulator knows them.
pub(super) fn element_keys(it: &Interp, x: Val) -> Option<Vec<Key>> {
    match it.type_of(x) {
        SexpType::Str => Some(it.str_values(x)?.into_iter().map(|s| s.map_or(Key::NaStr, Key::Str)).collect()),
        SexpType::Lgl | SexpType::Int | SexpType::Real | SexpType::Raw => {
            Some(it.num_values(x)?.into_iter().map(num_key).collect())
        }
        SexpType::Vec => {
            let e = it.list_elems(x)?;
            // elements that are the same object are equal; others only when they are short
            // vectors whose values are known
            e.iter()
                .map(|&o| {
                    let v = Val::Obj(o);
                    let t = it.type_of(v);
                    if t == SexpType::Nil {
                        return Some(Key::Null);
                    }
                    if it.heap.obj(o).attrs.is_some() {
                        return None;
                    }
                    element_keys(it, v).map(|k| Key::List(t, k))
                })
                .collect()
        }
        _ => None,
    }
}

/// Vectors longer than this are not searched for a period (host memory of the flags' patches).
const MAX_PERIODIC_LENGTH: u64 = 1 << 40;

/// The period and the keys of its elements, for a vector longer than the values the simulator
/// keeps whose elements repeat the first `period` ones: a `rep()` of a few strings or a fill.
fn periodic_keys(it: &Interp, x: Val) -> Option<(u64, Vec<Key>)> {
    let n = it.length(x);
    if n <= crate::lang::interp::MAX_CONCRETE {
        return None;
    }
    let Val::Obj(o) = x else { return None };
    match &it.heap.obj(o).body {
        crate::heap::Body::Elems(crate::heap::Elems::Repeat { ids, each }) => {
            let period = (ids.len() as u64).checked_mul(*each)?.min(n);
            if period > crate::lang::interp::MAX_CONCRETE {
                return None;
            }
            let keys = (0..period)
                .map(|i| {
                    let id = ids[((i / each) % ids.len() as u64) as usize];
                    if id == it.na_string {
                        Some(Key::NaStr)
                    } else {
                        it.char_str(id).map(|s| Key::Str(Rc::from(s)))
                    }
                })
                .collect::<Option<Vec<Key>>>()?;
            Some((period, keys))
        }
        crate::heap::Body::Num(Num::Fill(v)) => Some((1, vec![num_key(*v)])),
        _ => None,
    }
}

/// `duplicated()`, `unique()`, `anyDuplicated()` (`do_duplicated`): the hash table, the logical
/// vector of duplicates, and for `unique()` the first occurrences in a new vector of `x`'s type;
/// `anyDuplicated()` answers a scalar integer.
fn duplicated(it: &mut Interp, ctx: &CallCtx, a: &mut Args, op: Op) -> EvalResult<Val> {
    let x = positional(a, 0).unwrap_or(Val::Obj(NIL));
    let incomp = positional(a, 1).unwrap_or(Val::Obj(NIL));
    let from_last = positional(a, 2).unwrap_or(Val::Obj(NIL));
    if it.length(from_last) < 1 {
        return Err(closure_error(it, ctx, "'fromLast' must be length 1"));
    }
    let from_last = match it.num_elt(from_last, 0) {
        Some(f) if !f.is_nan() => f != 0.0,
        _ => return Err(closure_error(it, ctx, "'fromLast' must be TRUE or FALSE")),
    };
    let t = it.type_of(x);
    let n = it.length(x);
    if n == 0 {
        return Ok(Val::Obj(match op {
            Op::Duplicated => it.new_num(SexpType::Lgl, 0, Num::Unknown)?,
            Op::Unique if t == SexpType::Nil => NIL,
            Op::Unique => super::vectors::unknown_vector(it, t, 0)?,
            Op::Any => it.new_num(SexpType::Int, 1, Num::Fill(0.0))?,
        }));
    }
    if !t.is_vector() || t == SexpType::Char {
        let f = match op {
            Op::Duplicated => "duplicated",
            Op::Unique => "unique",
            Op::Any => "anyDuplicated",
        };
        return Err(closure_error(it, ctx, format!("{f}() applies only to vectors")));
    }
    let nmax = match op {
        Op::Any => None,
        _ => match int_arg(it, positional(a, 3)) {
            Some(m) if m.is_nan() => None,
            Some(m) if m <= 0.0 => return Err(closure_error(it, ctx, "'nmax' must be positive")),
            m => m.map(|m| m as u64),
        },
    };
    // incomparables: values that are never duplicates (`FALSE` means none)
    let incomparable: Vec<Key> = if it.length(incomp) > 0
        && !(it.type_of(incomp) == SexpType::Lgl && it.length(incomp) == 1 && it.num_elt(incomp, 0) == Some(0.0))
    {
        element_keys(it, incomp).unwrap_or_default()
    } else {
        Vec::new()
    };
    hash_table_setup(it, t, n, nmax)?;
    // a vector that repeats its first `period` elements (a long `rep()` of a few strings, a fill):
    // every element past the first period is a duplicate of one in it
    if let Some((period, keys)) =
        periodic_keys(it, x).filter(|_| !from_last && incomparable.is_empty() && n <= MAX_PERIODIC_LENGTH)
    {
        let mut seen = crate::fxhash::FxHashSet::default();
        let first: Vec<bool> = keys.iter().map(|k| !seen.insert(k)).collect();
        return match op {
            Op::Any => {
                let pos = first.iter().position(|&d| d).map(|p| p as u64).or((n > period).then_some(period));
                Ok(Val::Obj(it.new_num(SexpType::Int, 1, Num::Fill(pos.map_or(0.0, |p| (p + 1) as f64)))?))
            }
            Op::Duplicated => {
                let patches = first.iter().enumerate().map(|(i, &d)| (i as u64, d as i32 as f64)).collect();
                let flags = crate::lang::interp::patched(crate::heap::Base::Fill(1.0), patches, n);
                Ok(Val::Obj(it.new_num(SexpType::Lgl, n, flags)?))
            }
            Op::Unique => {
                let dup = it.new_num(SexpType::Lgl, n, Num::Unknown)?;
                it.heap.protect(Val::Obj(dup));
                let keep: Vec<u64> = (0..period).filter(|&i| !first[i as usize]).collect();
                let src = |i: u64| keep[i as usize];
                let g = super::seq::Gather { n: keep.len() as u64, src: &src, cycle_each: None };
                Ok(Val::Obj(super::seq::gather(it, x, &g)?))
            }
        };
    }
    let keys = element_keys(it, x);
    let flags: Option<Vec<bool>> = keys.map(|k| {
        let mut seen = crate::fxhash::FxHashSet::default();
        let mut f = vec![false; k.len()];
        let order: Box<dyn Iterator<Item = usize>> =
            if from_last { Box::new((0..k.len()).rev()) } else { Box::new(0..k.len()) };
        for i in order {
            f[i] = !incomparable.contains(&k[i]) && !seen.insert(&k[i]);
        }
        f
    });
    if op == Op::Any {
        let first = flags.as_ref().map(|f| {
            let pos = if from_last { f.iter().rposition(|&d| d) } else { f.iter().position(|&d| d) };
            pos.map_or(0.0, |p| (p + 1) as f64)
        });
        if first.is_none() {
            it.notes.push(format!(
                "line {}: the values given to anyDuplicated() are not known to the simulator; taken as distinct",
                ctx.call.pos.line
            ));
        }
        return Ok(Val::Obj(it.new_num(SexpType::Int, 1, Num::Fill(first.unwrap_or(0.0)))?));
    }
    let dup_num =
        flags.as_ref().map_or(Num::Unknown, |f| Num::Values(Rc::new(f.iter().map(|&d| d as i32 as f64).collect())));
    let dup = it.new_num(SexpType::Lgl, n, dup_num)?;
    if op == Op::Duplicated {
        return Ok(Val::Obj(dup));
    }
    let Some(flags) = flags else {
        it.notes.push(format!(
            "line {}: the values given to unique() are not known to the simulator; all {n} taken as distinct",
            ctx.call.pos.line
        ));
        return Ok(Val::Obj(super::vectors::unknown_vector(it, t, n)?));
    };
    let keep: Vec<u64> = (0..flags.len()).filter(|&i| !flags[i]).map(|i| i as u64).collect();
    let src = |i: u64| keep[i as usize];
    let g = super::seq::Gather { n: keep.len() as u64, src: &src, cycle_each: None };
    Ok(Val::Obj(super::seq::gather(it, x, &g)?))
}

/// `tabulate(bin, nbins)` (`do_tabulate`): the count of each bin in 1..nbins, an integer vector.
fn tabulate(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let bin = positional(a, 0).unwrap_or(Val::Obj(NIL));
    if it.type_of(bin) != SexpType::Int {
        return Err(closure_error(it, ctx, "invalid input"));
    }
    let nb = match int_arg(it, positional(a, 1)) {
        Some(x) if !x.is_nan() && x >= 0.0 => x as u64,
        _ => return Err(closure_error(it, ctx, "invalid 'nbin' argument")),
    };
    let t = if it.length(bin) > i32::MAX as u64 { SexpType::Real } else { SexpType::Int };
    let num = match it.num_values(bin) {
        Some(v) if nb <= crate::lang::interp::MAX_CONCRETE => {
            let mut c = vec![0.0; nb as usize];
            for x in v {
                if !x.is_nan() && x > 0.0 && x <= nb as f64 {
                    c[x as usize - 1] += 1.0;
                }
            }
            Num::Values(Rc::new(c))
        }
        _ => Num::Unknown,
    };
    Ok(Val::Obj(it.new_num(t, nb, num)?))
}
