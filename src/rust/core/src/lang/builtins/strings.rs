//! Strings: `paste()`, `paste0()`, `nchar()`, `as.character()`, `toupper()`, `tolower()`,
//! `startsWith()`, `endsWith()`, `substr()`, `trimws()`, `nzchar()`, `.Internal(pmatch())`. Every distinct string is one
//! CHARSXP in R's global cache; a string already there costs nothing new.

use std::rc::Rc;

use super::closure;
use super::{Args, Builtin, Cost, Imp, Shape};
use crate::heap::{Elems, Num, ObjId, SexpType, Val};
use crate::lang::eval::CallCtx;
use crate::lang::interp::{EvalResult, Interp, MAX_CONCRETE, R_STRING_LIMIT};
use crate::lang::print::as_character_strings;

/// Internals behind base's string closures.
pub(super) const INTERNALS: &[Builtin] = &[
    super::internal::internal("pmatch", &["x", "table", "nomatch", "duplicates.ok"], pmatch),
    super::internal::internal("grep", &GREP_FORMALS, |it, c, a| grep(it, c, a, false)),
    super::internal::internal("grepl", &GREP_FORMALS, |it, c, a| grep(it, c, a, true)),
];

const GREP_FORMALS: [&str; 8] = ["pattern", "x", "ignore.case", "value", "perl", "fixed", "useBytes", "invert"];

/// Characters that make a pattern more than its literal text to TRE's extended regular expressions.
const REGEX_SPECIAL: &[char] = &['.', '\\', '[', ']', '(', ')', '{', '}', '*', '+', '?', '^', '$', '|'];

/// `.Internal(grep(...))` and `grepl` (grep.c `do_grep`): the logical vector `ind` of matches
/// (`allocVector(LGLSXP, n)`, grepl's answer), then grep's answer: the indices (INTSXP) or, with
/// `value = TRUE`, the matching strings (STRSXP) with their names. Fixed patterns, and regular
/// expressions without special characters (which match as their text does), are simulated.
fn grep(it: &mut Interp, ctx: &CallCtx, a: &mut Args, logical: bool) -> EvalResult<Val> {
    use super::internal::positional;
    let flag = |it: &Interp, i: usize| {
        positional(a, i).and_then(|v| it.num_elt(v, 0)).is_some_and(|x| !x.is_nan() && x != 0.0)
    };
    let (igcase, value, fixed, invert) = (flag(it, 2), flag(it, 3), flag(it, 5), flag(it, 7));
    let pat = positional(a, 0).filter(|&p| it.type_of(p) == SexpType::Str && it.length(p) >= 1);
    let pat = pat.ok_or_else(|| ctx.error("invalid 'pattern' argument"))?;
    let text = positional(a, 1).filter(|&t| it.type_of(t) == SexpType::Str);
    let text = text.ok_or_else(|| ctx.error("invalid 'text' argument"))?;
    let pattern = it
        .str_values(pat)
        .and_then(|p| p.first().cloned())
        .ok_or_else(|| ctx.error("rheap does not know this pattern"))?;
    let Some(strings) = it.str_values(text) else {
        return Err(ctx.error("rheap does not know the strings grep() searches"));
    };
    let n = strings.len() as u64;
    let Some(pattern) = pattern else {
        return Err(ctx.error("rheap does not simulate grep() of an NA pattern"));
    };
    if !fixed && (pattern.contains(REGEX_SPECIAL) || igcase) {
        return Err(ctx.error("rheap does not simulate grep() of a regular expression"));
    }
    let ind: Vec<bool> = strings.iter().map(|s| s.as_deref().is_some_and(|s| s.contains(&*pattern)) ^ invert).collect();
    let lgl = it.new_num(SexpType::Lgl, n, Num::Values(Rc::new(ind.iter().map(|&b| b as i32 as f64).collect())))?;
    if logical {
        return Ok(Val::Obj(lgl));
    }
    it.heap.protect(Val::Obj(lgl));
    let hits: Vec<usize> = (0..ind.len()).filter(|&i| ind[i]).collect();
    if value {
        let names = it.names(text);
        let picked: Vec<Option<&str>> = hits.iter().map(|&i| strings[i].as_deref()).collect();
        let ans = it.mk_strings(&picked)?;
        if let Some(names) = names {
            it.heap.protect(Val::Obj(ans));
            let nm: Vec<Option<&str>> = hits.iter().map(|&i| names[i].as_deref()).collect();
            let nm = it.mk_strings(&nm)?;
            it.heap.set_attr(ans, "names", nm)?;
        }
        return Ok(Val::Obj(ans));
    }
    let idx = Num::Values(Rc::new(hits.iter().map(|&i| (i + 1) as f64).collect()));
    Ok(Val::Obj(it.new_num(SexpType::Int, hits.len() as u64, idx)?))
}

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
    super::primitive("nzchar", &["x", "keepNA"], nzchar),
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
fn paste_impl(it: &mut Interp, ctx: &CallCtx, a: &mut Args, sep: &str) -> EvalResult<Val> {
    let k = a.dots.len() as u64;
    it.heap.alloc_vector(SexpType::Vec, k, crate::heap::Body::Elems(Elems::Unknown))?;
    let mut cols: Vec<Option<Vec<Option<Rc<str>>>>> = Vec::new();
    // per column, the string lengths of a long integer sequence converted to character
    let mut seq_cols: Vec<Option<Vec<(u64, u64)>>> = Vec::new();
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
            if s.is_none() {
                if let Some(lengths) = sequence_string_lengths(it, d.value) {
                    let conv = new_distinct_strings(it, len, &lengths)?;
                    it.heap.protect(Val::Obj(conv));
                    cols.push(None);
                    seq_cols.push(Some(lengths));
                    continue;
                }
            }
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
        seq_cols.push(None);
    }
    let _ = any_zero;
    let collapse = a.get("collapse").and_then(|c| it.str_values(c)).and_then(|v| v.first().cloned().flatten());
    let known = cols.iter().all(|c| c.is_some()) && n <= MAX_CONCRETE;
    // element i: its length in bytes, then its text (made only when short enough to keep)
    let piece =
        |c: &Vec<Option<Rc<str>>>, i: usize| -> Rc<str> { c[i % c.len()].clone().unwrap_or_else(|| Rc::from("NA")) };
    let element_len = |i: usize| -> u64 {
        cols.iter().map(|c| piece(c.as_ref().unwrap(), i).len() as u64).sum::<u64>()
            + sep.len() as u64 * (cols.len() as u64).saturating_sub(1)
    };
    let element_text = |i: usize| -> String {
        let parts: Vec<Rc<str>> = cols.iter().map(|c| piece(c.as_ref().unwrap(), i)).collect();
        parts.join(sep)
    };
    if let Some(col) = collapse {
        if !known {
            return Ok(Val::Obj(it.new_strs(1, Elems::Unknown)?));
        }
        let total = (0..n as usize).map(element_len).sum::<u64>() + col.len() as u64 * n.saturating_sub(1);
        if total > R_STRING_LIMIT {
            return Err(ctx.error("result would exceed 2^31-1 bytes"));
        }
        let ch = it.mk_char_of_len(total, || (0..n as usize).map(element_text).collect::<Vec<_>>().join(&col))?;
        return Ok(Val::Obj(it.new_strs(1, Elems::Values(vec![ch]))?));
    }
    if !known {
        // one long sequence pasted with single strings: all distinct, their lengths known
        let mut seqs = seq_cols.iter().flatten();
        let others: Option<Vec<usize>> = cols
            .iter()
            .zip(&seq_cols)
            .filter(|(_, s)| s.is_none())
            .map(|(c, _)| c.as_ref().filter(|c| c.len() == 1).map(|c| c[0].as_ref().map_or(2, |s| s.len())))
            .collect();
        if let (Some(lengths), None, Some(others)) = (seqs.next(), seqs.next(), others) {
            let extra = (others.iter().sum::<usize>() + sep.len() * (cols.len() - 1)) as u64;
            let lengths: Vec<(u64, u64)> = lengths.iter().map(|&(l, c)| (l + extra, c)).collect();
            return Ok(Val::Obj(new_distinct_strings(it, n, &lengths)?));
        }
        return Ok(Val::Obj(it.new_strs(n, Elems::Unknown)?));
    }
    let mut ids: Vec<ObjId> = Vec::with_capacity(n as usize);
    let out = it.new_strs(n, Elems::Values(Vec::new()))?;
    for i in 0..n as usize {
        let len = element_len(i);
        if len > R_STRING_LIMIT {
            return Err(ctx.error("result would exceed 2^31-1 bytes"));
        }
        // the result vector holds them as they are made (SET_STRING_ELT)
        ids.push(it.mk_char_of_len(len, || element_text(i))?);
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
    // a symbol's name, a list's elements (coerceVector)
    if matches!(it.type_of(x), SexpType::Sym | SexpType::Vec) {
        return super::coerce::coerce_vector(it, x, SexpType::Str);
    }
    let n = it.length(x);
    let strs = as_character_strings(it, x);
    if strs.is_none() {
        if let Some(lengths) = sequence_string_lengths(it, x) {
            return Ok(Val::Obj(new_distinct_strings(it, n, &lengths)?));
        }
    }
    Ok(Val::Obj(new_string_vector(it, n, strs)?))
}

/// The strings `as.character()` makes of a long integer-valued sequence (`1:n`, `seq_len(n)`),
/// as (byte length, count) pairs; all distinct. `None` for anything else, and for doubles of
/// 1e5 or more, which may print in scientific notation.
fn sequence_string_lengths(it: &Interp, x: Val) -> Option<Vec<(u64, u64)>> {
    let Num::Seq { from, by } = it.num_content(x) else { return None };
    let t = it.type_of(x);
    let n = it.length(x);
    let last = from + by * (n.max(1) - 1) as f64;
    let integral = from.fract() == 0.0 && by.fract() == 0.0 && by != 0.0;
    if !integral
        || !matches!(t, SexpType::Int | SexpType::Real)
        || (t == SexpType::Real && last.abs().max(from.abs()) >= 1e5)
    {
        return None;
    }
    // how many `from + by * i` (i < n) lie in [a, b]
    let count_in = |a: f64, b: f64| -> u64 {
        let (lo, hi) = if by > 0.0 { ((a - from) / by, (b - from) / by) } else { ((b - from) / by, (a - from) / by) };
        let (lo, hi) = (lo.ceil().max(0.0), hi.floor().min(n as f64 - 1.0));
        if hi >= lo {
            (hi - lo + 1.0) as u64
        } else {
            0
        }
    };
    let mut lengths = Vec::new();
    for digits in 1..=10u32 {
        let lo = if digits == 1 { 0.0 } else { 10f64.powi(digits as i32 - 1) };
        let hi = 10f64.powi(digits as i32) - 1.0;
        lengths.push((digits as u64, count_in(lo, hi)));
        // negative numbers: a minus sign more (zero is counted once, above)
        lengths.push((digits as u64 + 1, count_in(-hi, -lo.max(1.0))));
    }
    lengths.retain(|&(_, c)| c > 0);
    Some(lengths)
}

/// A new character vector of `n` distinct strings not known one by one, with these (byte length,
/// count) pairs: its CHARSXPs are made after it, held in one batch per length.
fn new_distinct_strings(it: &mut Interp, n: u64, lengths: &[(u64, u64)]) -> EvalResult<ObjId> {
    let id = it.new_strs(n, Elems::Distinct(Vec::new()))?;
    it.heap.protect(Val::Obj(id));
    for &(len, count) in lengths {
        let batch = it.heap.alloc_strings(count, len)?;
        if let crate::heap::Body::Elems(Elems::Distinct(b)) = &mut it.heap.obj_mut(id).body {
            b.push(batch);
        }
    }
    Ok(id)
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

/// `.Internal(pmatch(x, table, nomatch, duplicates.ok))` (`do_pmatch`): exact matches first,
/// then unique partial ones; without `duplicates.ok` a table entry matches once. Its `R_alloc`
/// buffers (the used flags, the two arrays of string pointers) are garbage.
fn pmatch(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    use super::internal::positional;
    let (x, table) = match (positional(a, 0), positional(a, 1)) {
        (Some(x), Some(t)) if it.type_of(x) == SexpType::Str && it.type_of(t) == SexpType::Str => (x, t),
        _ => return Err(ctx.error("argument is not of mode character")),
    };
    let nomatch = positional(a, 2).and_then(|v| it.num_elt(v, 0)).unwrap_or(crate::heap::na_real());
    let dups_ok = match positional(a, 3).and_then(|v| it.num_elt(v, 0)) {
        Some(d) if !d.is_nan() => d != 0.0,
        _ => return Err(ctx.error("invalid 'duplicates.ok' argument")),
    };
    let (n_in, n_tab) = (it.length(x), it.length(table));
    if !dups_ok {
        super::vectors::unknown_vector(it, SexpType::Raw, 4 * n_tab)?;
    }
    super::vectors::unknown_vector(it, SexpType::Raw, 8 * n_in)?;
    super::vectors::unknown_vector(it, SexpType::Raw, 8 * n_tab)?;
    let num = match (it.str_values(x), it.str_values(table)) {
        (Some(input), Some(target)) => {
            let s = |v: &Option<Rc<str>>| v.as_deref().unwrap_or("NA").to_string();
            let (input, target): (Vec<String>, Vec<String>) =
                (input.iter().map(s).collect(), target.iter().map(s).collect());
            let mut used = vec![false; target.len()];
            let mut ans = vec![0usize; input.len()];
            for (i, ss) in input.iter().enumerate() {
                if ss.is_empty() {
                    continue;
                }
                if let Some(j) = (0..target.len()).find(|&j| (dups_ok || !used[j]) && target[j] == *ss) {
                    ans[i] = j + 1;
                    used[j] = !dups_ok;
                }
            }
            for (i, ss) in input.iter().enumerate() {
                if ans[i] != 0 || ss.is_empty() {
                    continue;
                }
                let hits: Vec<usize> = (0..target.len())
                    .filter(|&j| (dups_ok || !used[j]) && target[j].starts_with(ss.as_str()))
                    .collect();
                if let [j] = hits[..] {
                    ans[i] = j + 1;
                    used[j] = !dups_ok;
                }
            }
            Num::Values(Rc::new(ans.iter().map(|&m| if m == 0 { nomatch } else { m as f64 }).collect()))
        }
        _ => Num::Unknown,
    };
    Ok(Val::Obj(it.new_num(SexpType::Int, n_in, num)?))
}

/// `nzchar(x, keepNA = FALSE)`: whether each string is non-empty (NA counts as non-empty, or is NA
/// under `keepNA = TRUE`).
fn nzchar(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = a.need(ctx, "x")?;
    let keep_na = a.get("keepNA").and_then(|v| it.num_elt(v, 0)).is_some_and(|k| k == 1.0);
    let n = it.length(x);
    let num = match as_character_strings(it, x) {
        Some(s) => Num::Values(Rc::new(
            s.iter()
                .map(|s| match s {
                    Some(s) => f64::from(u8::from(!s.is_empty())),
                    None if keep_na => crate::heap::na_real(),
                    None => 1.0,
                })
                .collect(),
        )),
        None => Num::Unknown,
    };
    Ok(Val::Obj(it.new_num(SexpType::Lgl, n, num)?))
}
