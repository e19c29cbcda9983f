//! raw.c: `.Internal(rawToChar(x, multiple))` and `.Internal(charToRaw(x))`.

use super::internal::{closure_error, internal, positional};
use super::{Args, Builtin};
use crate::heap::{Elems, Num, SexpType, Val, NIL};
use crate::lang::eval::CallCtx;
use crate::lang::interp::{EvalResult, Interp};

pub(super) const INTERNALS: &[Builtin] = &[
    internal("rawToChar", &["x", "multiple"], raw_to_char),
    internal("charToRaw", &["x"], char_to_raw),
    internal("utf8ToInt", &["x"], utf8_to_int),
];

/// The character vector argument of `charToRaw()` and `utf8ToInt()`, checked as raw.c checks it
/// (an error when empty, a warning when longer than one).
fn one_string_arg(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = positional(a, 0).unwrap_or(Val::Obj(NIL));
    if it.type_of(x) != SexpType::Str || it.length(x) == 0 {
        return Err(closure_error(it, ctx, "argument must be a character vector of length 1"));
    }
    if it.length(x) > 1 {
        super::internal::closure_warning(
            it,
            ctx,
            "argument should be a character vector of length 1\nall but the first element will be ignored",
        )?;
    }
    Ok(x)
}

/// `do_utf8ToInt` (raw.c): `NA` (`ScalarInteger`) for `NA` or invalid UTF-8; otherwise the
/// code points `R_alloc`ed (one int per byte of the string), then copied to an INTSXP.
fn utf8_to_int(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = one_string_arg(it, ctx, a)?;
    let first = it.str_values(x).map(|s| s[0].clone());
    let s = match first {
        Some(Some(s)) => s,
        Some(None) => return Ok(Val::Obj(it.new_num(SexpType::Int, 1, Num::Fill(crate::heap::na_real()))?)),
        None => return Err(closure_error(it, ctx, "rheap does not know the string given to utf8ToInt()")),
    };
    super::unique::r_alloc(it, s.len() as u64, 4)?;
    let codes: Vec<f64> = s.chars().map(|c| c as u32 as f64).collect();
    Ok(Val::Obj(it.new_num(SexpType::Int, codes.len() as u64, Num::Values(std::rc::Rc::new(codes)))?))
}

/// `do_charToRaw`: a RAWSXP of the first string's bytes (a warning when there are more strings).
fn char_to_raw(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = one_string_arg(it, ctx, a)?;
    let first = it.str_ids(x).and_then(|s| s.first().copied());
    let (n, num) = match first {
        Some(c) if c == it.na_string => (2, Num::Values(std::rc::Rc::new(vec![78.0, 65.0]))),
        Some(c) => match it.char_str(c) {
            Some(s) => (s.len() as u64, Num::Values(std::rc::Rc::new(s.bytes().map(f64::from).collect()))),
            None => (it.heap.obj(c).length, Num::Unknown),
        },
        None => return Err(closure_error(it, ctx, "rheap does not know the string given to charToRaw()")),
    };
    Ok(Val::Obj(it.new_num(SexpType::Raw, n, num)?))
}

/// `do_rawToChar`: with `multiple`, a STRSXP of one-byte strings (`mkChar` each); otherwise a
/// STRSXP of one string of the bytes up to the last non-zero one (an embedded nul is an error).
fn raw_to_char(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = positional(a, 0).unwrap_or(Val::Obj(NIL));
    if it.type_of(x) != SexpType::Raw {
        return Err(closure_error(it, ctx, "argument 'x' must be a raw vector"));
    }
    let multiple = match positional(a, 1).and_then(|v| it.num_elt(v, 0)) {
        Some(m) if !m.is_nan() => m != 0.0,
        _ => return Err(closure_error(it, ctx, "argument 'multiple' must be TRUE or FALSE")),
    };
    let n = it.length(x);
    let Some(bytes) = it.num_values(x).map(|v| v.iter().map(|&b| b as u8).collect::<Vec<u8>>()) else {
        return Ok(Val::Obj(it.new_strs(if multiple { n } else { 1 }, Elems::Unknown)?));
    };
    if multiple {
        let ans = it.new_strs(n, Elems::Unknown)?;
        it.heap.protect(Val::Obj(ans));
        let mut ids = Vec::with_capacity(bytes.len());
        for b in &bytes {
            let s = String::from_utf8_lossy(std::slice::from_ref(b)).into_owned();
            let s = if *b == 0 { String::new() } else { s };
            ids.push(it.mk_char(&s)?);
        }
        it.heap.obj_mut(ans).body = crate::heap::Body::Elems(Elems::Values(ids));
        return Ok(Val::Obj(ans));
    }
    let end = bytes.iter().rposition(|&b| b != 0).map_or(0, |j| j + 1);
    let text = &bytes[..end];
    if text.contains(&0) {
        let shown: String =
            text.iter().map(|&b| if b == 0 { "\\0".to_string() } else { (b as char).to_string() }).collect();
        return Err(closure_error(it, ctx, format!("embedded nul in string: '{shown}'")));
    }
    let ans = it.new_strs(1, Elems::Unknown)?;
    it.heap.protect(Val::Obj(ans));
    let ch = it.mk_char(&String::from_utf8_lossy(text))?;
    it.heap.obj_mut(ans).body = crate::heap::Body::Elems(Elems::Values(vec![ch]));
    Ok(Val::Obj(ans))
}
