//! util.c: `.Internal(Encoding(x))`, `.Internal(setEncoding(x, value))`, `.Internal(bincode(x,
//! breaks, right, include.lowest))`, `.Internal(encodeString(x, width, quote, justify,
//! na.encode))`, `.Internal(validEnc(x))` and the primitives `enc2native`, `enc2utf8`.
//!
//! Encoding marks: the simulated session is R's in a UTF-8 locale (`l10n_info()$UTF-8`), where the
//! parser and the string functions mark a string that is not ASCII as UTF-8 (`mkCharCE(...,
//! CE_UTF8)` when `known_to_be_utf8`) and ASCII strings are never marked: so a CHARSXP's mark
//! follows from its bytes.

use std::rc::Rc;

use super::coerce::coerce_vector;
use super::internal::{closure_error, internal, positional};
use super::{primitive, Args, Builtin};
use crate::heap::{Elems, Num, SexpType, Val, NIL};
use crate::lang::eval::CallCtx;
use crate::lang::interp::{EvalResult, Interp};

pub(super) const INTERNALS: &[Builtin] = &[
    internal("Encoding", &["x"], encoding),
    internal("setEncoding", &["x", "value"], set_encoding),
    internal("bincode", &["x", "breaks", "right", "include.lowest"], bincode),
    internal("encodeString", &["x", "width", "quote", "justify", "na.encode"], encode_string),
    internal("validEnc", &["x"], valid_enc),
    internal("merge", &["xinds", "yinds", "all.x", "all.y"], merge),
];

/// util.c `isort_with_index`: Shell sort of `x` carrying `indx` along (not stable: equal keys
/// come out in the order its gaps leave them).
fn isort_with_index(x: &mut [f64], indx: &mut [f64]) {
    let n = x.len();
    let mut h = 1;
    while h <= n / 9 {
        h = 3 * h + 1;
    }
    while h > 0 {
        for i in h..n {
            let (v, iv) = (x[i], indx[i]);
            let mut j = i;
            while j >= h && x[j - h] > v {
                x[j] = x[j - h];
                indx[j] = indx[j - h];
                j -= h;
            }
            x[j] = v;
            indx[j] = iv;
        }
        h /= 3;
    }
}

/// `.Internal(merge(xinds, yinds, all.x, all.y))` (util.c `do_merge`): the index vectors sorted in
/// place with their positions (two `R_alloc` buffers), then `mkNamed` list `xi`, `yi`,
/// `x.alone`, `y.alone`: the pairs of rows of each common value, and with `all.x`/`all.y` the
/// rows without a match.
fn merge(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let mut inds = Vec::with_capacity(2);
    for (i, what) in [(0, "xinds"), (1, "yinds")] {
        let v = positional(a, i).unwrap_or(Val::Obj(NIL));
        if it.type_of(v) != SexpType::Int || it.length(v) == 0 {
            return Err(closure_error(it, ctx, format!("invalid '{what}' argument")));
        }
        let Some(vals) = it.num_values(v) else {
            return Err(closure_error(it, ctx, "rheap needs to know the rows merge() matches"));
        };
        inds.push((v, vals));
    }
    let mut all = [false; 2];
    for (k, (i, what)) in [(2, "all.x"), (3, "all.y")].into_iter().enumerate() {
        let v = positional(a, i).unwrap_or(Val::Obj(NIL));
        all[k] = match it.num_elt(v, 0) {
            Some(b) if it.length(v) > 0 && !b.is_nan() => b != 0.0,
            _ => return Err(closure_error(it, ctx, format!("'{what}' must be TRUE or FALSE"))),
        };
    }
    let (nx, ny) = (inds[0].1.len(), inds[1].1.len());
    super::unique::r_alloc(it, nx as u64, 4)?;
    super::unique::r_alloc(it, ny as u64, 4)?;
    let mut ix: Vec<f64> = (1..=nx).map(|k| k as f64).collect();
    let mut iy: Vec<f64> = (1..=ny).map(|k| k as f64).collect();
    let (xv, xi) = (inds[0].0, &mut inds[0].1);
    isort_with_index(xi, &mut ix);
    let xi = xi.clone();
    let (yv, yi) = (inds[1].0, &mut inds[1].1);
    isort_with_index(yi, &mut iy);
    let yi = yi.clone();
    // the arguments are sorted in place
    for (v, sorted) in [(xv, &xi), (yv, &yi)] {
        if let Val::Obj(o) = v {
            it.heap.obj_mut(o).body = crate::heap::Body::Num(Num::Values(Rc::new(sorted.clone())));
        }
    }
    let nx_lone = xi.iter().position(|&v| v > 0.0).unwrap_or(nx);
    let ny_lone = yi.iter().position(|&v| v > 0.0).unwrap_or(ny);
    let (mut ansx, mut ansy) = (Vec::new(), Vec::new());
    let (mut i, mut j) = (nx_lone, ny_lone);
    while i < nx {
        let tmp = xi[i];
        let nnx = (i..nx).find(|&k| xi[k] != tmp).unwrap_or(nx);
        while j < ny && yi[j] < tmp {
            j += 1;
        }
        let nny = (j..ny).find(|&k| yi[k] != tmp).unwrap_or(ny);
        for &x in &ix[i..nnx] {
            for &y in &iy[j..nny] {
                ansx.push(x);
                ansy.push(y);
            }
        }
        i = nnx;
        j = nny;
    }
    let ans = it.new_list(vec![NIL; 4])?;
    it.heap.protect(Val::Obj(ans));
    let names = it.mk_strings(&[Some("xi"), Some("yi"), Some("x.alone"), Some("y.alone")])?;
    it.heap.set_attr(ans, "names", names)?;
    let mut elems = vec![NIL; 4];
    for (k, v) in [ansx, ansy].into_iter().enumerate() {
        elems[k] = it.new_num(SexpType::Int, v.len() as u64, Num::Values(Rc::new(v)))?;
        it.heap.protect(Val::Obj(elems[k]));
    }
    for (k, (flag, lone, idx)) in [(all[0], nx_lone, &ix), (all[1], ny_lone, &iy)].into_iter().enumerate() {
        if flag {
            let v: Vec<f64> = idx[..lone].to_vec();
            elems[2 + k] = it.new_num(SexpType::Int, lone as u64, Num::Values(Rc::new(v)))?;
            it.heap.protect(Val::Obj(elems[2 + k]));
        }
    }
    for e in elems.iter().copied().filter(|&e| e != NIL) {
        it.heap.obj_mut(e).refs = it.heap.obj(e).refs.saturating_add(1);
        it.heap.write_barrier(ans, Val::Obj(e));
    }
    it.heap.set_elems(ans, Elems::Values(elems));
    Ok(Val::Obj(ans))
}

/// `do_validEnc`: a LGLSXP, TRUE for each string valid in the UTF-8 session (the host's strings
/// are valid UTF-8).
fn valid_enc(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = positional(a, 0).unwrap_or(Val::Obj(NIL));
    if it.type_of(x) != SexpType::Str {
        return Err(closure_error(it, ctx, "invalid 'x' argument"));
    }
    let n = it.length(x);
    Ok(Val::Obj(it.new_num(SexpType::Lgl, n, Num::Fill(1.0))?))
}

/// `do_encodeString`: the width (the widest encoded string, quotes included, when `width` is
/// `NA`), then `duplicate(x)` and each string replaced by `EncodeString`'s text (escapes, quotes,
/// padded to the width: justify 0 left, 1 right, 2 centre, 3 none), `mkChar`ed; `NA` as `NA`
/// (quoted) or `<NA>` unless `na.encode` is FALSE.
fn encode_string(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    use crate::lang::print::encode_string as encode;
    let x = positional(a, 0).unwrap_or(Val::Obj(NIL));
    if it.type_of(x) != SexpType::Str {
        return Err(closure_error(it, ctx, "a character vector argument expected"));
    }
    let width = positional(a, 1).unwrap_or(Val::Obj(NIL));
    let mut w = if width == Val::Obj(NIL) { None } else { it.num_elt(width, 0).filter(|w| !w.is_nan()) };
    if w.is_some_and(|w| w < 0.0) {
        return Err(closure_error(it, ctx, "invalid 'width' value"));
    }
    let q = positional(a, 2).unwrap_or(Val::Obj(NIL));
    let quote = match it.str_values(q) {
        Some(s) if s.len() == 1 && it.type_of(q) == SexpType::Str => s[0].as_deref().unwrap_or("NA").to_string(),
        _ => return Err(closure_error(it, ctx, "invalid 'quote' value")),
    };
    if quote.chars().count() > 1 {
        super::internal::closure_warning(it, ctx, "only the first character of 'quote' will be used")?;
    }
    let quote = quote.chars().next();
    let justify = match positional(a, 3).and_then(|v| it.num_elt(v, 0)) {
        Some(j) if !j.is_nan() && (0.0..=3.0).contains(&j) => j as u8,
        _ => return Err(closure_error(it, ctx, "invalid 'justify' value")),
    };
    if justify == 3 {
        w = Some(0.0);
    }
    let na = match positional(a, 4).and_then(|v| it.num_elt(v, 0)) {
        Some(n) if !n.is_nan() => n != 0.0,
        _ => return Err(closure_error(it, ctx, "invalid 'na.encode' value")),
    };
    let Val::Obj(xo) = x else { return Ok(x) };
    let Some(strs) = it.str_values(x) else {
        return Ok(Val::Obj(it.duplicate(xo)?));
    };
    let text = |s: &Option<Rc<str>>| match s {
        Some(s) => encode(s, quote),
        None if quote.is_some() => "NA".to_string(),
        None => "<NA>".to_string(),
    };
    let width_of = |t: &str| t.chars().count();
    let w = match w {
        Some(w) => w as usize,
        None => strs
            .iter()
            .filter(|s| na || s.is_some())
            .map(|s| match s {
                Some(s) => width_of(&encode(s, None)) + if quote.is_some() { 2 } else { 0 },
                None => 2 + if quote.is_some() { 2 } else { 0 },
            })
            .max()
            .unwrap_or(0),
    };
    let ans = it.duplicate(xo)?;
    it.heap.protect(Val::Obj(ans));
    let mut ids = it.str_ids(x).unwrap_or_default();
    for (i, s) in strs.iter().enumerate() {
        if !na && s.is_none() {
            continue;
        }
        let t = text(s);
        let pad = w.saturating_sub(width_of(&t));
        let t = match justify {
            0 => format!("{t}{}", " ".repeat(pad)),
            1 => format!("{}{t}", " ".repeat(pad)),
            2 => format!("{}{t}{}", " ".repeat(pad / 2), " ".repeat(pad - pad / 2)),
            _ => t,
        };
        ids[i] = it.mk_char(&t)?;
    }
    it.heap.obj_mut(ans).body = crate::heap::Body::Elems(Elems::Values(ids));
    Ok(Val::Obj(ans))
}

pub(super) const BUILTINS: &[Builtin] = &[primitive("enc2native", &["x"], enc2), primitive("enc2utf8", &["x"], enc2)];

/// The mark R gives a string of these bytes in a UTF-8 session.
fn mark(s: &str) -> &'static str {
    if s.is_ascii() {
        "unknown"
    } else {
        "UTF-8"
    }
}

/// `do_encoding`: a new STRSXP of the marks ("unknown", "UTF-8"), each `mkChar`ed.
fn encoding(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = positional(a, 0).unwrap_or(Val::Obj(NIL));
    if it.type_of(x) != SexpType::Str {
        return Err(closure_error(it, ctx, "a character vector argument expected"));
    }
    let n = it.length(x);
    match it.str_values(x) {
        Some(s) => {
            let marks: Vec<Option<&str>> = s.iter().map(|s| Some(s.as_deref().map_or("unknown", mark))).collect();
            Ok(Val::Obj(it.mk_strings(&marks)?))
        }
        None => Ok(Val::Obj(it.new_strs(n, Elems::Unknown)?)),
    }
}

/// `do_setencoding`: `x` duplicated when something refers to it, then each string whose mark
/// differs re-made with the new one (`mkCharLenCE`); an ASCII string is never marked, so it stays
/// the same CHARSXP.
fn set_encoding(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = positional(a, 0).unwrap_or(Val::Obj(NIL));
    let value = positional(a, 1).unwrap_or(Val::Obj(NIL));
    if it.type_of(x) != SexpType::Str {
        return Err(closure_error(it, ctx, "a character vector argument expected"));
    }
    if it.type_of(value) != SexpType::Str {
        return Err(closure_error(it, ctx, "a character vector 'value' expected"));
    }
    if it.length(value) == 0 {
        return Err(closure_error(it, ctx, "'value' must be of positive length"));
    }
    let Val::Obj(o) = x else { return Ok(x) };
    let o = if it.heap.obj(o).refs > 0 { it.duplicate(o)? } else { o };
    Ok(Val::Obj(o))
}

/// `do_enc2`: in a UTF-8 session every string is ASCII or marked UTF-8 (see [`mark`]), which both
/// leave as they are: `x` itself.
fn enc2(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = a.need(ctx, "x")?;
    if it.type_of(x) != SexpType::Str {
        return Err(ctx.error("argument is not a character vector"));
    }
    Ok(x)
}

/// `do_bincode`: `x` and `breaks` as doubles (`coerceVector`: new vectors unless already
/// double), then an INTSXP of the codes (`bincode`: binary search over sorted breaks; `NA`
/// outside them or on an excluded border).
fn bincode(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = coerce_vector(it, positional(a, 0).unwrap_or(Val::Obj(NIL)), SexpType::Real)?;
    it.heap.protect(x);
    let breaks = coerce_vector(it, positional(a, 1).unwrap_or(Val::Obj(NIL)), SexpType::Real)?;
    it.heap.protect(breaks);
    let flag = |it: &Interp, i: usize| positional(a, i).and_then(|v| it.num_elt(v, 0)).filter(|f| !f.is_nan());
    let Some(right) = flag(it, 2) else { return Err(closure_error(it, ctx, "invalid 'right' argument")) };
    let Some(lowest) = flag(it, 3) else {
        return Err(closure_error(it, ctx, "invalid 'include.lowest' argument"));
    };
    let n = it.length(x);
    let (Some(xs), Some(br)) = (it.num_values(x), it.num_values(breaks)) else {
        return Ok(Val::Obj(it.new_num(SexpType::Int, n, Num::Unknown)?));
    };
    if br.windows(2).any(|w| w[0] > w[1]) {
        return Err(closure_error(it, ctx, "'breaks' is not sorted"));
    }
    let (lft, border) = (right == 0.0, lowest != 0.0);
    let nb1 = br.len() as i64 - 1;
    let codes: Vec<f64> = xs
        .iter()
        .map(|&v| {
            if v.is_nan() || nb1 < 0 {
                return crate::heap::na_real();
            }
            let (mut lo, mut hi) = (0i64, nb1);
            let edge = br[if lft { hi } else { lo } as usize];
            if v < br[lo as usize] || br[hi as usize] < v || (v == edge && !border) {
                return crate::heap::na_real();
            }
            while hi - lo >= 2 {
                let mid = (hi + lo) / 2;
                if v > br[mid as usize] || (lft && v == br[mid as usize]) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            (lo + 1) as f64
        })
        .collect();
    Ok(Val::Obj(it.new_num(SexpType::Int, n, Num::Values(Rc::new(codes)))?))
}
