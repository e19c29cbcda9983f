//! platform.c: what R knows of the host it runs on, as a vanilla `Rscript` on this Debian sees it
//! (a UTF-8 locale), and raw.c's conversion of code points to UTF-8 text.

use super::internal::internal;
use super::{Args, Builtin};
use crate::error::SimError;
use crate::heap::{Num, SexpType, Val};
use crate::lang::eval::CallCtx;
use crate::lang::interp::{EvalResult, Flow, Interp};

pub(super) const INTERNALS: &[Builtin] = &[
    internal("l10n_info", &[], l10n_info),
    internal("intToUtf8", &["x", "multiple", "allow_surrogate_pairs"], int_to_utf8),
];

/// `.Internal(l10n_info())` (do_l10n_info): a list of MBCS, UTF-8, Latin-1 and codeset, the names
/// vector beside it, each logical a new scalar and the codeset a new string (mkString).
fn l10n_info(it: &mut Interp, _ctx: &CallCtx, _a: &mut Args) -> EvalResult<Val> {
    let mut elems = Vec::with_capacity(4);
    for flag in [true, true, false] {
        let v = it.new_num(SexpType::Lgl, 1, Num::Fill(if flag { 1.0 } else { 0.0 }))?;
        it.heap.protect(Val::Obj(v));
        elems.push(v);
    }
    let codeset = it.mk_strings(&[Some("UTF-8")])?;
    it.heap.protect(Val::Obj(codeset));
    elems.push(codeset);
    let ans = it.new_list(elems)?;
    it.heap.protect(Val::Obj(ans));
    let names = it.mk_strings(&[Some("MBCS"), Some("UTF-8"), Some("Latin-1"), Some("codeset")])?;
    it.heap.set_attr(ans, "names", names)?;
    Ok(Val::Obj(ans))
}

/// `.Internal(intToUtf8(x, multiple, allow_surrogate_pairs))` (raw.c do_intToUtf8): `x` coerced to
/// integer; with `multiple` one string per code point (NA for NA, surrogates and values past
/// 0x10FFFF), otherwise one string of them all (NA if any is invalid; 0 adds nothing).
fn int_to_utf8(it: &mut Interp, ctx: &CallCtx, a: &mut Args) -> EvalResult<Val> {
    let x = super::coerce::coerce_vector(it, a.need(ctx, "x")?, SexpType::Int)?;
    it.heap.protect(x);
    let flag = |it: &Interp, v: Option<Val>| v.and_then(|v| it.num_elt(v, 0)).filter(|f| !f.is_nan()).map(|f| f != 0.0);
    let multiple = flag(it, a.get("multiple")).ok_or_else(|| ctx.error("argument 'multiple' must be TRUE or FALSE"))?;
    let pairs = flag(it, a.get("allow_surrogate_pairs"))
        .ok_or_else(|| ctx.error("argument 'allow_surrogate_pairs' must be TRUE or FALSE"))?;
    let n = it.length(x);
    let mut points = Vec::with_capacity(n as usize);
    for i in 0..n {
        let v = it.num_elt(x, i).ok_or_else(|| {
            Flow::from(SimError::new("rheap does not know the values given to intToUtf8()".to_string()))
        })?;
        points.push(if v.is_nan() { None } else { Some(v as i64) });
    }
    let valid = |c: i64| !(0xD800..=0xDFFF).contains(&c) && c <= 0x10FFFF && c >= 0;
    let text = |c: i64| char::from_u32(c as u32).map(String::from).unwrap_or_default();
    let strings: Vec<Option<String>> = if multiple {
        points.iter().map(|p| p.filter(|&c| valid(c)).map(|c| if c == 0 { String::new() } else { text(c) })).collect()
    } else {
        let mut s = String::new();
        let mut i = 0;
        let mut na = false;
        while i < points.len() {
            let Some(c) = points[i] else {
                na = true;
                break;
            };
            if (0xD800..=0xDBFF).contains(&c) {
                match points.get(i + 1).copied().flatten() {
                    Some(lo) if pairs && (0xDC00..=0xDFFF).contains(&lo) => {
                        s.push_str(&text(0x10000 + ((c - 0xD800) << 10) + (lo - 0xDC00)));
                        i += 2;
                        continue;
                    }
                    _ => {
                        na = true;
                        break;
                    }
                }
            }
            if !valid(c) {
                na = true;
                break;
            }
            if c != 0 {
                s.push_str(&text(c));
            }
            i += 1;
        }
        vec![(!na).then_some(s)]
    };
    let refs: Vec<Option<&str>> = strings.iter().map(|s| s.as_deref()).collect();
    Ok(Val::Obj(it.mk_strings(&refs)?))
}
