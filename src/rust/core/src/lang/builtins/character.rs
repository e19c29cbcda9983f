//! character.c: `.Internal(strtoi(x, base))` and `.Internal(strtrim(x, width))`.

use std::rc::Rc;

use super::coerce::coerce_vector;
use super::internal::{closure_error, internal, positional};
use super::{Args, Builtin};
use crate::heap::{Elems, Num, SexpType, Val, NIL};
use crate::lang::eval::CallCtx;
use crate::lang::interp::{EvalResult, Interp};

pub(super) const INTERNALS: &[Builtin] = &[
    internal("strtoi", &["x", "base"], strtoi),
    internal("strtrim", &["x", "width"], strtrim),
    internal("chartr", &["old", "new", "x"], chartr),
];

/// `wtr_build_spec`: the characters a `chartr()` specification lists, `a-z` ranges expanded
/// (a decreasing range is R's error).
fn tr_spec(s: &str) -> Result<Vec<char>, String> {
    let w: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i + 2 < w.len() {
        if w[i + 1] == '-' {
            if w[i] > w[i + 2] {
                return Err(format!("decreasing range specification ('{}-{}')", w[i], w[i + 2]));
            }
            out.extend(w[i]..=w[i + 2]);
            i += 3;
        } else {
            out.push(w[i]);
            i += 1;
        }
    }
    out.extend(&w[i..]);
    Ok(out)
}

/// `do_chartr` (character.c) in a UTF-8 locale (its wide-character branch): `old` and `new` as
/// specifications, the translation table `R_alloc`ed (`(n + 1)` pairs of `wchar_t`; a character
/// listed twice translates as its last listing), then a STRSXP of `x`'s length, each string
/// translated and made by `mkCharCE`, `NA` kept, and `x`'s attributes
/// (`SHALLOW_DUPLICATE_ATTRIB`).
fn chartr(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let mut specs = Vec::with_capacity(2);
    for (i, what) in [(0, "old"), (1, "new")] {
        let v = positional(a, i).unwrap_or(Val::Obj(NIL));
        let first = match it.type_of(v) {
            SexpType::Str if it.length(v) >= 1 => it.str_values(v).map(|s| s[0].clone()),
            _ => Some(None),
        };
        let text = match first {
            Some(Some(t)) => t,
            Some(None) => return Err(closure_error(it, ctx, format!("invalid '{what}' argument"))),
            None => return Err(closure_error(it, ctx, format!("rheap needs to know the text of '{what}'"))),
        };
        if it.length(v) > 1 {
            super::internal::closure_warning(
                it,
                ctx,
                format!("argument '{what}' has length > 1 and only the first element will be used"),
            )?;
        }
        specs.push(text);
    }
    let x = positional(a, 2).unwrap_or(Val::Obj(NIL));
    if it.type_of(x) != SexpType::Str {
        return Err(closure_error(it, ctx, "invalid 'x' argument"));
    }
    let old = tr_spec(&specs[0]).map_err(|m| closure_error(it, ctx, m))?;
    let new = tr_spec(&specs[1]).map_err(|m| closure_error(it, ctx, m))?;
    if old.len() > new.len() {
        return Err(closure_error(it, ctx, "'old' is longer than 'new'"));
    }
    super::unique::r_alloc(it, old.len() as u64 + 1, 8)?;
    let table: std::collections::HashMap<char, char> = old.iter().copied().zip(new.iter().copied()).collect();
    let n = it.length(x);
    let y = it.new_strs(n, Elems::Unknown)?;
    it.heap.protect(Val::Obj(y));
    if let Some(strs) = it.str_values(x) {
        let mut ids = Vec::with_capacity(strs.len());
        for el in strs {
            ids.push(match el {
                Some(s) => {
                    let t: String = s.chars().map(|c| *table.get(&c).unwrap_or(&c)).collect();
                    it.mk_char(&t)?
                }
                None => it.na_string,
            });
        }
        it.heap.obj_mut(y).body = crate::heap::Body::Elems(Elems::Values(ids));
    }
    it.heap.copy_attrs(x, y)?;
    Ok(Val::Obj(y))
}

/// C's `strtol(s, &endp, base)` as character.c's `strtoi` uses it: leading white space, a sign,
/// a `0x` prefix for base 16 (or 0), a leading `0` meaning octal for base 0; `None` unless the
/// whole string is read and the value fits an `int` (`NA_INTEGER` otherwise, and for "").
fn strtol_int(s: &str, base: u32) -> Option<i32> {
    let t = s.trim_start_matches([' ', '\t', '\n', '\r', '\x0b', '\x0c']);
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let hex_prefix =
        |t: &str| (t.starts_with("0x") || t.starts_with("0X")) && t[2..].starts_with(|c: char| c.is_ascii_hexdigit());
    let (base, digits) = match base {
        0 if hex_prefix(t) => (16, &t[2..]),
        0 if t.starts_with('0') => (8, t),
        0 => (10, t),
        16 if hex_prefix(t) => (16, &t[2..]),
        b => (b, t),
    };
    if digits.is_empty() || !digits.chars().all(|c| c.is_digit(base)) {
        return None;
    }
    let mut v: i64 = 0;
    for c in digits.chars() {
        v = v.checked_mul(base as i64)?.checked_add(c.to_digit(base)? as i64)?;
    }
    let v = if neg { -v } else { v };
    i32::try_from(v).ok().filter(|&v| v != i32::MIN)
}

/// `do_strtoi`: `base` an integer of 2 to 36 (or 0); an INTSXP of `x`'s length.
fn strtoi(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = positional(a, 0).unwrap_or(Val::Obj(NIL));
    let b = positional(a, 1).unwrap_or(Val::Obj(NIL));
    let base = match (it.type_of(b), it.num_elt(b, 0)) {
        (SexpType::Int, Some(v)) if !v.is_nan() && (v == 0.0 || (2.0..=36.0).contains(&v)) => v as u32,
        _ => return Err(closure_error(it, ctx, "invalid 'base' argument")),
    };
    let n = it.length(x);
    let num = match it.str_values(x) {
        Some(s) => Num::Values(Rc::new(
            s.iter()
                .map(|s| s.as_deref().and_then(|s| strtol_int(s, base)).map_or(crate::heap::na_real(), f64::from))
                .collect(),
        )),
        None => Num::Unknown,
    };
    Ok(Val::Obj(it.new_num(SexpType::Int, n, num)?))
}

/// The columns a character takes in a terminal (`Ri18n_wcwidth`): none for a combining mark, two
/// for East Asian wide characters, `None` for a control character (skipped).
fn char_width(c: char) -> Option<usize> {
    let u = c as u32;
    if u < 0x20 || (0x7f..0xa0).contains(&u) {
        return None;
    }
    let zero = [
        (0x0300, 0x036f),
        (0x0483, 0x0489),
        (0x0591, 0x05bd),
        (0x200b, 0x200f),
        (0x20d0, 0x20ff),
        (0xfe00, 0xfe0f),
        (0xfe20, 0xfe2f),
    ];
    let wide = [
        (0x1100, 0x115f),
        (0x2e80, 0x303e),
        (0x3041, 0x33ff),
        (0x3400, 0x4dbf),
        (0x4e00, 0x9fff),
        (0xa000, 0xa4cf),
        (0xac00, 0xd7a3),
        (0xf900, 0xfaff),
        (0xfe30, 0xfe4f),
        (0xff00, 0xff60),
        (0xffe0, 0xffe6),
        (0x1f300, 0x1f64f),
        (0x1f900, 0x1f9ff),
        (0x20000, 0x3fffd),
    ];
    let within = |t: &[(u32, u32)]| t.iter().any(|&(lo, hi)| (lo..=hi).contains(&u));
    Some(if within(&zero) {
        0
    } else if within(&wide) {
        2
    } else {
        1
    })
}

/// `do_strtrim`: a STRSXP of `x`'s length, `width` as integers (recycled; `NA` or negative is an
/// error); each string cut where its display width would pass the width (control characters
/// dropped), `NA` kept; then `x`'s attributes (`SHALLOW_DUPLICATE_ATTRIB`).
fn strtrim(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = positional(a, 0).unwrap_or(Val::Obj(NIL));
    if it.type_of(x) != SexpType::Str {
        return Err(closure_error(it, ctx, "strtrim() requires a character vector"));
    }
    let len = it.length(x);
    let s = it.new_strs(len, Elems::Unknown)?;
    it.heap.protect(Val::Obj(s));
    if len > 0 {
        let width = coerce_vector(it, positional(a, 1).unwrap_or(Val::Obj(NIL)), SexpType::Int)?;
        it.heap.protect(width);
        let nw = it.length(width);
        let bad = || closure_error(it, ctx, "invalid 'width' argument");
        if nw == 0 || (nw < len && !len.is_multiple_of(nw)) {
            return Err(bad());
        }
        let Some(ws) = it.num_values(width) else { return Err(bad()) };
        if ws.iter().any(|w| w.is_nan() || *w < 0.0) {
            return Err(bad());
        }
        if let Some(strs) = it.str_values(x) {
            let mut ids = Vec::with_capacity(strs.len());
            for (i, el) in strs.iter().enumerate() {
                let Some(el) = el else {
                    ids.push(it.na_string);
                    continue;
                };
                let w = ws[i % ws.len()] as usize;
                let (mut out, mut sum) = (String::new(), 0);
                for c in el.chars() {
                    let Some(cw) = char_width(c) else { continue };
                    sum += cw;
                    if sum > w {
                        break;
                    }
                    out.push(c);
                }
                ids.push(it.mk_char(&out)?);
            }
            it.heap.obj_mut(s).body = crate::heap::Body::Elems(Elems::Values(ids));
        }
    }
    it.heap.copy_attrs(x, s)?;
    Ok(Val::Obj(s))
}
