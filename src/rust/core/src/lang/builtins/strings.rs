//! Strings: `paste()`, `paste0()`, `nchar()`, `as.character()`, `toupper()`, `tolower()`,
//! `startsWith()`, `endsWith()`, `substr()`, `trimws()`. Every distinct string is one
//! CHARSXP in R's global cache; a string already there costs nothing new.

use std::rc::Rc;

use super::closure;
use super::{Args, Builtin, Cost, Imp, Shape};
use crate::heap::{Elems, Num, ObjId, SexpType, Val};
use crate::lang::eval::CallCtx;
use crate::lang::interp::{EvalResult, Interp, MAX_CONCRETE};
use crate::lang::print::as_character_strings;

pub(super) const BUILTINS: &[Builtin] = &[
    closure("paste", &["...", "sep", "collapse", "recycle0"], 4, paste).scratch(10, 2),
    closure("paste0", &["...", "collapse", "recycle0"], 3, paste0).scratch(10, 2),
    closure("nchar", &["x", "type", "allowNA", "keepNA"], 4, nchar),
    closure("toupper", &["x"], 1, |it, c, a| change_case(it, c, a, true)),
    closure("startsWith", &["x", "prefix"], 2, |it, c, a| starts_ends(it, c, a, true)),
    closure("endsWith", &["x", "suffix"], 2, |it, c, a| starts_ends(it, c, a, false)),
    closure("substr", &["x", "start", "stop"], 3, substr),
    closure("trimws", &["x", "which", "whitespace"], 0, trimws),
    closure("tolower", &["x"], 1, |it, c, a| change_case(it, c, a, false)),
    Builtin {
        name: "as.character",
        formals: &["x", "..."],
        shape: Shape::Primitive { inlined: false },
        scratch: Cost { nodes: 0, vcells: 0 },
        imp: Imp::Eager(as_character),
    },
];

fn paste(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let sep = match a.get("sep") {
        Some(s) => {
            it.str_values(s).and_then(|v| v.first().cloned().flatten()).map(|s| s.to_string()).unwrap_or_default()
        }
        None => " ".to_string(),
    };
    paste_impl(it, ctx, a, &sep)
}

fn paste0(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    paste_impl(it, ctx, a, "")
}

/// `paste(..., sep, collapse)`: the arguments are first gathered in a list (`list(...)`), each
/// element converted to character, then the result strings are made.
fn paste_impl(it: &mut Interp, _ctx: &CallCtx, a: &mut Args, sep: &str) -> EvalResult<Val> {
    let k = a.dots.len() as u64;
    it.heap.alloc_vector(SexpType::Vec, k, crate::heap::Body::Elems(Elems::Unknown))?;
    let mut cols: Vec<Option<Vec<Option<Rc<str>>>>> = Vec::new();
    let mut n = 0u64;
    let mut any_zero = false;
    for d in &a.dots {
        let len = it.length(d.value);
        if len == 0 {
            any_zero = true;
            continue;
        }
        n = n.max(len);
        // Non-character arguments are converted with as.character(): a new STRSXP.
        if it.type_of(d.value) != SexpType::Str {
            let s = as_character_strings(it, d.value);
            let mut ids = Vec::new();
            if let Some(s) = &s {
                for x in s {
                    ids.push(match x {
                        Some(x) => it.mk_char(x)?,
                        None => it.na_string,
                    });
                }
            }
            let e = if s.is_some() { Elems::Values(ids) } else { Elems::Unknown };
            let conv = it.new_strs(len, e)?;
            it.heap.protect(Val::Obj(conv));
            cols.push(s);
        } else {
            cols.push(it.str_values(d.value));
        }
    }
    let _ = any_zero;
    let collapse = a.get("collapse").and_then(|c| it.str_values(c)).and_then(|v| v.first().cloned().flatten());
    let known = cols.iter().all(|c| c.is_some()) && n <= MAX_CONCRETE;
    let mut strings: Vec<String> = Vec::new();
    if known {
        for i in 0..n as usize {
            let mut s = String::new();
            for (j, c) in cols.iter().enumerate() {
                let c = c.as_ref().unwrap();
                if j > 0 {
                    s.push_str(sep);
                }
                match &c[i % c.len()] {
                    Some(x) => s.push_str(x),
                    None => s.push_str("NA"),
                }
            }
            strings.push(s);
        }
    }
    if let Some(col) = collapse {
        if !known {
            return Ok(Val::Obj(it.new_strs(1, Elems::Unknown)?));
        }
        let joined = strings.join(&col);
        let ch = it.mk_char(&joined)?;
        return Ok(Val::Obj(it.new_strs(1, Elems::Values(vec![ch]))?));
    }
    if !known {
        return Ok(Val::Obj(it.new_strs(n, Elems::Unknown)?));
    }
    let mut ids: Vec<ObjId> = Vec::with_capacity(strings.len());
    let out = it.new_strs(n, Elems::Values(Vec::new()))?;
    for s in &strings {
        ids.push(it.mk_char(s)?);
        // the result vector holds them as they are made (SET_STRING_ELT)
    }
    if let crate::heap::Body::Elems(e) = &mut it.heap.obj_mut(out).body {
        *e = Elems::Values(ids);
    }
    Ok(Val::Obj(out))
}

fn nchar(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = a.need(ctx, "x")?;
    let n = it.length(x);
    let strs = as_character_strings(it, x);
    let num = match strs {
        Some(s) => {
            Num::Values(Rc::new(s.iter().map(|s| s.as_ref().map_or(2.0, |s| s.chars().count() as f64)).collect()))
        }
        None => Num::Unknown,
    };
    Ok(Val::Obj(it.new_num(SexpType::Int, n, num)?))
}

fn as_character(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = a.need(ctx, "x")?;
    if it.type_of(x) == SexpType::Str {
        return Ok(x);
    }
    let n = it.length(x);
    let strs = as_character_strings(it, x);
    Ok(Val::Obj(new_string_vector(it, n, strs)?))
}

/// `toupper(x)` / `tolower(x)`: `x` as character, then a new character vector with `x`'s
/// attributes, each converted string made (or found) in the CHARSXP cache.
fn change_case(it: &mut Interp, ctx: &CallCtx, a: &mut Args, upper: bool) -> EvalResult<Val> {
    let mut x = a.need(ctx, "x")?;
    if it.type_of(x) != crate::heap::SexpType::Str {
        x = as_character(it, ctx, a)?;
        it.heap.protect(x);
    }
    let n = it.length(x);
    let strs = it
        .str_values(x)
        .map(|v| v.into_iter().map(|s| s.map(|s| if upper { s.to_uppercase() } else { s.to_lowercase() })).collect());
    let id = new_string_vector(it, n, strs)?;
    it.heap.copy_attrs(x, id)?;
    Ok(Val::Obj(id))
}

fn string_values(it: &Interp, ctx: &CallCtx, x: Val) -> EvalResult<Option<Vec<Option<Rc<str>>>>> {
    if it.type_of(x) != crate::heap::SexpType::Str {
        return Err(ctx.error("non-character object(s)"));
    }
    Ok(it.str_values(x))
}

/// A new character vector of these strings (each made or found in the CHARSXP cache), or of
/// `n` unknown ones.
fn new_string_vector<S: AsRef<str>>(it: &mut Interp, n: u64, strs: Option<Vec<Option<S>>>) -> EvalResult<ObjId> {
    Ok(match strs {
        Some(strs) => {
            let refs: Vec<Option<&str>> = strs.iter().map(|s| s.as_ref().map(|s| s.as_ref())).collect();
            it.mk_strings(&refs)?
        }
        None => it.new_strs(n, Elems::Unknown)?,
    })
}

/// `startsWith(x, prefix)` / `endsWith(x, suffix)`: a logical per string.
fn starts_ends(it: &mut Interp, ctx: &CallCtx, a: &mut Args, starts: bool) -> EvalResult<Val> {
    let x = a.need(ctx, "x")?;
    let p = a.need(ctx, if starts { "prefix" } else { "suffix" })?;
    let (xs, ps) = (string_values(it, ctx, x)?, string_values(it, ctx, p)?);
    let n = if it.length(x) == 0 || it.length(p) == 0 { 0 } else { it.length(x).max(it.length(p)) };
    let num = match (xs, ps) {
        (Some(xs), Some(ps)) if !ps.is_empty() && !xs.is_empty() => Num::Values(Rc::new(
            (0..n as usize)
                .map(|i| match (&xs[i % xs.len()], &ps[i % ps.len()]) {
                    (Some(s), Some(q)) => (if starts { s.starts_with(&**q) } else { s.ends_with(&**q) }) as i32 as f64,
                    _ => crate::heap::na_real(),
                })
                .collect(),
        )),
        _ => Num::Unknown,
    };
    Ok(Val::Obj(it.new_num(crate::heap::SexpType::Lgl, n, crate::lang::interp::normalize_num(num, n))?))
}

/// `substr(x, start, stop)`: characters `start..=stop` of each string (1-based).
fn substr(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = a.need(ctx, "x")?;
    let n = it.length(x);
    let start = a.need(ctx, "start")?;
    let stop = a.need(ctx, "stop")?;
    let (Some(st), Some(sp)) = (it.num_values(start), it.num_values(stop)) else {
        return Ok(Val::Obj(new_string_vector::<String>(it, n, None)?));
    };
    let xs = string_values(it, ctx, x)?;
    let strs = xs.map(|xs| {
        xs.iter()
            .enumerate()
            .map(|(i, s)| {
                s.as_ref().map(|s| {
                    let (b, e) = (st[i % st.len()].max(1.0) as usize, sp[i % sp.len()] as usize);
                    if e < b {
                        String::new()
                    } else {
                        s.chars().skip(b - 1).take(e + 1 - b).collect()
                    }
                })
            })
            .collect()
    });
    let id = new_string_vector(it, n, strs)?;
    it.heap.protect(Val::Obj(id));
    it.heap.copy_attrs(x, id)?;
    Ok(Val::Obj(id))
}

/// `trimws(x, which = "both")`: two `sub()` passes (leading, then trailing whitespace), each a new
/// character vector.
fn trimws(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = a.need(ctx, "x")?;
    let which = a.get("which").and_then(|w| it.str_values(w)).and_then(|w| w.first().cloned().flatten());
    let which = which.as_deref().unwrap_or("both").to_string();
    let n = it.length(x);
    let xs = if it.type_of(x) == crate::heap::SexpType::Str { it.str_values(x) } else { as_character_strings(it, x) };
    let ws = |c: char| matches!(c, ' ' | '\t' | '\n' | '\r');
    let mut cur = xs.map(|v| v.into_iter().map(|s| s.map(|s| s.to_string())).collect::<Vec<Option<String>>>());
    let passes: &[bool] = match which.as_str() {
        "left" => &[true],
        "right" => &[false],
        _ => &[true, false],
    };
    let mut out = crate::heap::NIL;
    for &left in passes {
        cur =
            cur.map(|v| {
                v.into_iter()
                    .map(|s| {
                        s.map(|s| {
                            if left {
                                s.trim_start_matches(ws).to_string()
                            } else {
                                s.trim_end_matches(ws).to_string()
                            }
                        })
                    })
                    .collect()
            });
        out = new_string_vector(it, n, cur.clone())?;
        it.heap.protect(Val::Obj(out));
    }
    Ok(Val::Obj(out))
}
